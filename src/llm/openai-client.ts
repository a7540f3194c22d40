import { httpFetch } from './http-fetch.js';
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { Usage } from '../results/schema.js';
import { LlmError, type ChatRequest } from './llm.js';
import {
  classifyStatus,
  createResilientClient,
  DEFAULT_TIMEOUT_MS,
  type Answer,
  type Classified,
  type ClientStats,
  type ResilienceOptions,
  type StatsClient,
  type Transport,
} from './resilient-client.js';
import { adaptResponseFormat, type StructuredOutput } from './structured-output.js';

export { DEFAULT_TIMEOUT_MS };

export interface OpenAiClientOptions extends ResilienceOptions {
  apiKey: string;
  /** Any OpenAI-compatible endpoint (Azure OpenAI, vLLM, Ollama, a proxy); OpenAI when absent. */
  baseURL?: string;
  /** Extra headers on every request (a gateway's own authentication or routing). */
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** What the endpoint supports for JSON answers; `json-schema` when absent. */
  structuredOutput?: StructuredOutput;
  /** Where the key comes from, for the advice on a 401 (the default endpoint's input when absent). */
  keySource?: string;
  /**
   * A suite endpoint: the SDK reads nothing from OPENAI_* variables (base URL, organization,
   * project), which belong to the default endpoint and must not leak to another server.
   */
  suiteEndpoint?: boolean;
}

export const OPENAI_API_BASE_URL = 'https://api.openai.com/v1';

export type OpenAiClientStats = ClientStats;
export type OpenAiClient = StatsClient;

const DEFAULT_KEY_SOURCE = 'the openai-api-key input (OPENAI_API_KEY locally)';

/** Advice for failures a user fixes in configuration rather than by waiting. */
export function openAiAdvice(keySource: string, notFound = 'check the model name and openai-api-key / openai-base-url'): Record<number, string> {
  return {
    400: 'check the target or judge settings (model parameters, response format)',
    401: `check ${keySource}`,
    403: "check that the key's project may use this model",
    404: notFound,
  };
}

function providerMessage(error: APIError): string {
  const body = error.error;
  if (body && 'message' in body && typeof body.message === 'string') return body.message;
  return error.message.replace(/^\d{3}\s+/, '');
}

/** `instanceof APIError` alone narrows to APIError<any, any, any>; this keeps the SDK's field types. */
function isApiError(error: unknown): error is APIError {
  return error instanceof APIError;
}

/** Maps an SDK or parse failure to an LlmError kind, keeping the original as `cause`. */
function classifySdkError(error: unknown, model: string, timeoutMs: number, advice: Record<number, string>): Classified {
  if (error instanceof LlmError) return { error, retryAfterMs: null };
  if (error instanceof APIConnectionTimeoutError) {
    return { error: new LlmError('timeout', `${model}: no response within ${timeoutMs} ms`, { cause: error }), retryAfterMs: null };
  }
  if (error instanceof APIUserAbortError) {
    return { error: new LlmError('other', `${model}: request cancelled`, { cause: error }), retryAfterMs: null };
  }
  if (error instanceof APIConnectionError) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { error: new LlmError('network', `${model}: connection failed (${error.message}${cause})`, { cause: error }), retryAfterMs: null };
  }
  if (isApiError(error) && typeof error.status === 'number') {
    return classifyStatus(
      model,
      {
        status: error.status,
        message: providerMessage(error),
        headers: error.headers,
        advice,
        // A 429 that waiting cannot fix: the account is out of credit.
        ...(error.status === 429 &&
          error.code === 'insufficient_quota' && { notRetryable: { code: 'insufficient_quota', advice: "check the API account's billing" } }),
      },
      error,
    );
  }
  if (error instanceof SyntaxError) {
    return { error: new LlmError('bad-response', `${model}: response body is not valid JSON (${error.message})`, { cause: error }), retryAfterMs: null };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { error: new LlmError('other', `${model}: ${text}`, { cause: error }), retryAfterMs: null };
}

/** The parts of a completion we use, checked: compatible servers return surprising shapes. */
function readCompletion(model: string, completion: OpenAI.ChatCompletion): Answer {
  if (!completion || !Array.isArray(completion.choices)) {
    throw new LlmError('bad-response', `${model}: response has no choices array`);
  }
  const choice = completion.choices[0];
  if (!choice) throw new LlmError('bad-response', `${model}: response has no choices`);
  const content = choice.message?.content;
  if (typeof content !== 'string') {
    const refusal = choice.message?.refusal;
    const why = refusal ? `the model refused: ${refusal}` : `finish_reason ${choice.finish_reason ?? 'none'}`;
    throw new LlmError('bad-response', `${model}: response has no message content (${why})`);
  }
  const u = completion.usage;
  const usage: Usage = {
    inputTokens: u?.prompt_tokens ?? 0,
    cachedTokens: u?.prompt_tokens_details?.cached_tokens ?? 0,
    outputTokens: u?.completion_tokens ?? 0,
  };
  return { content, usage, model: typeof completion.model === 'string' && completion.model !== '' ? completion.model : model };
}

/**
 * Chat Completions through an `openai` SDK instance (OpenAI or AzureOpenAI). The SDK's own
 * retries must be off (`maxRetries: 0`): the resilient client retries, so 429s reach the scheduler.
 */
export function sdkTransport(sdk: OpenAI, options: { timeoutMs: number; advice: Record<number, string> }): Transport {
  return {
    async send(request: ChatRequest, signal: AbortSignal | undefined): Promise<Answer> {
      const completion = await sdk.chat.completions.create({ ...request, stream: false }, { signal });
      return readCompletion(request.model, completion);
    },
    classify: (error, model) => classifySdkError(error, model, options.timeoutMs, options.advice),
  };
}

/** The client for the default endpoint and `kind: openai` endpoints: any OpenAI-compatible server. */
export function createOpenAiClient(options: OpenAiClientOptions): OpenAiClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const sdk = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.suiteEndpoint ? (options.baseURL ?? OPENAI_API_BASE_URL) : options.baseURL,
    ...(options.suiteEndpoint && { organization: null, project: null }),
    maxRetries: 0,
    timeout: timeoutMs,
    fetch: httpFetch,
    ...(options.headers && { defaultHeaders: options.headers }),
  });
  const advice = openAiAdvice(options.keySource ?? DEFAULT_KEY_SOURCE, options.keySource ? "check the model name and the endpoint's base-url" : undefined);
  const client = createResilientClient({ ...options, transport: sdkTransport(sdk, { timeoutMs, advice }) });
  return withStructuredOutput(client, options.structuredOutput ?? 'json-schema');
}

/**
 * Sends what the endpoint supports for JSON answers. Adapted before the cache, so the cache key
 * is the request as sent.
 */
export function withStructuredOutput(client: StatsClient, mode: StructuredOutput): StatsClient {
  if (mode === 'json-schema') return client;
  return { stats: () => client.stats(), chat: (request, options) => client.chat(adaptResponseFormat(request, mode), options) };
}
