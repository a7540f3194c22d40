import { AzureOpenAI } from 'openai';
import { httpFetch } from './http-fetch.js';
import { createResilientClient, DEFAULT_TIMEOUT_MS, type ResilienceOptions, type StatsClient } from './resilient-client.js';
import { openAiAdvice, sdkTransport, withStructuredOutput } from './openai-client.js';
import type { StructuredOutput } from './structured-output.js';

export interface AzureClientOptions extends ResilienceOptions {
  /** The resource endpoint, e.g. https://my-resource.openai.azure.com (no /openai). */
  baseURL: string;
  apiVersion: string;
  /** `api-key`: the key goes in the `api-key` header; `bearer`: it is an Entra ID access token. */
  auth: 'api-key' | 'bearer';
  key: string;
  /** Where the key comes from, for the advice on a 401. */
  keySource: string;
  headers?: Record<string, string>;
  /** Deployment name → the model it serves, for pricing. */
  deployments?: Record<string, string>;
  timeoutMs?: number;
  structuredOutput?: StructuredOutput;
}

/**
 * Azure OpenAI through the `openai` SDK's AzureOpenAI: the suite's `model` is the deployment
 * (`/openai/deployments/{model}/chat/completions?api-version=…`), and `deployments` says which
 * model a deployment serves so its calls are priced as that model.
 */
export function createAzureOpenAiClient(options: AzureClientOptions): StatsClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const sdk = new AzureOpenAI({
    // baseURL, not `endpoint`: the SDK would otherwise also read OPENAI_BASE_URL and refuse both.
    baseURL: `${options.baseURL.replace(/\/+$/, '')}/openai`,
    apiVersion: options.apiVersion,
    // An empty apiKey (not undefined) keeps the SDK from reading AZURE_OPENAI_API_KEY itself.
    ...(options.auth === 'bearer' ? { apiKey: '', azureADTokenProvider: async () => options.key } : { apiKey: options.key }),
    // OPENAI_ORG_ID / OPENAI_PROJECT_ID belong to the default endpoint, not to this resource.
    organization: null,
    project: null,
    maxRetries: 0,
    timeout: timeoutMs,
    fetch: httpFetch,
    ...(options.headers && { defaultHeaders: options.headers }),
  });
  const advice = openAiAdvice(options.keySource, 'check the deployment name (the model), base-url and api-version');
  const deployments = options.deployments ?? {};
  const client = createResilientClient({
    ...options,
    transport: sdkTransport(sdk, { timeoutMs, advice }),
    servedModel: (deployment) => (Object.hasOwn(deployments, deployment) ? deployments[deployment] : undefined),
  });
  return withStructuredOutput(client, options.structuredOutput ?? 'json-schema');
}
