import type { RunError, Usage } from '../results/schema.js';

/** One Chat Completions request, as EvalGate sends it. The whole object is the cache key. */
export interface ChatRequest {
  model: string;
  messages: { role: 'system' | 'user' | 'assistant' | 'developer'; content: string }[];
  temperature?: number;
  max_tokens?: number;
  top_p?: number;
  seed?: number;
  /** `json_object`, or a strict JSON schema (structured outputs). */
  response_format?: { type: 'json_object' } | { type: 'json_schema'; json_schema: { name: string; strict: true; schema: Record<string, unknown> } };
}

export interface ChatResponse {
  content: string;
  usage: Usage;
  /** Wall time of the request that produced this answer (the recorded time for a cache hit). */
  latencyMs: number;
  /** True when answered from the response cache (no request sent, nothing paid). */
  cached: boolean;
  model: string;
  /**
   * The model an endpoint says serves this request (an Azure deployment's `deployments` entry):
   * priced before the requested name and the echoed model.
   */
  servedModel?: string;
}

export interface ChatOptions {
  /** Part of the cache key, so trial k of a case is cached separately from trial j. */
  trial: number;
  /** Who pays: separates system-under-test spend from judge spend in the budget. */
  purpose: 'target' | 'judge';
  signal?: AbortSignal;
  /** The suite endpoint to send to (`endpoints:` name); the default endpoint when absent or null. */
  endpoint?: string | null;
}

/**
 * The only way EvalGate talks to a model. Implementations add the response cache, retries with
 * Retry-After, per-request timeouts and the concurrency scheduler; callers see one call.
 */
export interface LlmClient {
  chat(request: ChatRequest, options: ChatOptions): Promise<ChatResponse>;
}

/** A failure a user can act on, classified so the report can count errors by kind. */
export class LlmError extends Error {
  constructor(
    readonly kind: RunError['kind'],
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LlmError';
  }
}
