import type { ChatTarget, PriceSpec } from '../config/schema.js';
import { responseCost } from '../llm/response-cost.js';
import type { Step } from '../results/schema.js';
import type { ChatRequest, LlmClient } from '../llm/llm.js';
import { readInRoot, resolveModel } from './model-file.js';
import { renderTemplate } from './template.js';
import type { Target, TargetInput, TargetOutput } from './target.js';

type Role = ChatRequest['messages'][number]['role'];

/** A message before rendering: its template text and where it came from (for error messages). */
interface MessageTemplate {
  role: Role;
  text: string;
  where: string;
}

/**
 * The chat target (SPEC §3): the model is resolved and prompt files are read once, from the
 * evaluated tree; each case renders the messages and makes one Chat Completions call.
 */
export async function createChatTarget(args: { root: string; spec: ChatTarget; llm: LlmClient; pricing: Record<string, PriceSpec> }): Promise<Target> {
  const { spec, llm, pricing } = args;
  const endpoint = spec.endpoint ?? null;
  const model = await resolveModel(args.root, spec);
  const templates: MessageTemplate[] = await Promise.all(
    spec.messages.map(async (m, i): Promise<MessageTemplate> => {
      if ('file' in m) {
        return { role: m.role, text: await readInRoot(args.root, m.file, `target.chat.messages[${i}].file`), where: m.file };
      }
      return { role: m.role, text: m.content, where: `target.chat.messages[${i}].content` };
    }),
  );

  // Only set keys enter the request: it is the cache key, and an absent parameter is not `null`.
  const parameters: Omit<ChatRequest, 'model' | 'messages'> = {
    ...(spec.temperature !== undefined && { temperature: spec.temperature }),
    ...(spec['max-tokens'] !== undefined && { max_tokens: spec['max-tokens'] }),
    ...(spec['top-p'] !== undefined && { top_p: spec['top-p'] }),
    ...(spec.seed !== undefined && { seed: spec.seed }),
    ...(spec['response-format'] === 'json' && { response_format: { type: 'json_object' as const } }),
  };

  return {
    async run(input: TargetInput): Promise<TargetOutput> {
      const messages = templates.map((t) => ({ role: t.role, content: renderTemplate(t.text, input.input, t.where) }));
      const request: ChatRequest = { model, messages, ...parameters };
      const response = await llm.chat(request, { trial: input.trial, purpose: 'target', signal: input.signal, endpoint });
      const costUsd = responseCost(model, response, pricing);
      const step: Step = {
        type: 'llm',
        name: model,
        input: messages,
        output: response.content,
        model: response.model,
        usage: response.usage,
        costUsd,
        latencyMs: response.latencyMs,
        source: 'target',
        ...(response.cached && { cached: true }),
      };
      return {
        output: response.content,
        steps: [step],
        usage: response.usage,
        costUsd,
        latencyMs: response.latencyMs,
        cacheHits: response.cached ? 1 : 0,
        requests: response.cached ? 0 : 1,
        // A cached answer was paid for when it was recorded: its cost is replayed, not spent.
        replayedCostUsd: response.cached ? costUsd : 0,
        unknownPriceModels: costUsd === null ? [model] : [],
      };
    },
  };
}
