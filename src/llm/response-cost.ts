import type { PriceSpec } from '../config/schema.js';
import { costOfCall } from '../pricing/index.js';
import type { ChatResponse } from './llm.js';

/**
 * USD for one answer, or null when no price is known. Tried in order: the model the endpoint says
 * serves the request (an Azure deployment's `deployments` entry), the model as the suite names it
 * (a deployment or fine-tune alias), then the snapshot the provider echoes.
 */
export function responseCost(
  requestedModel: string,
  response: Pick<ChatResponse, 'usage' | 'model' | 'servedModel'>,
  pricing: Record<string, PriceSpec>,
): number | null {
  return costOfCall([response.servedModel, requestedModel, response.model], response.usage, pricing);
}
