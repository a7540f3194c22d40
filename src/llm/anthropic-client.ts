import type { Usage } from '../results/schema.js';
import { httpFetch } from './http-fetch.js';
import { LlmError, type ChatRequest } from './llm.js';
import {
  classifyStatus,
  createResilientClient,
  DEFAULT_TIMEOUT_MS,
  type Answer,
  type Classified,
  type ResilienceOptions,
  type StatsClient,
  type Transport,
} from './resilient-client.js';
import type { StructuredOutput } from './structured-output.js';

/**
 * Anthropic's Messages API over plain HTTP (src/llm/http-fetch.ts), not @anthropic-ai/sdk: EvalGate
 * needs one non-streamed POST, and the SDK would add ~1.5 MB to dist and 8 packages for it.
 */

export const ANTHROPIC_VERSION = '2023-06-01';
export const DEFAULT_ANTHROPIC_BASE_URL = 'https://api.anthropic.com';
/** Messages requires max_tokens; used when the target sets no `max-tokens` (and for the judge). */
export const DEFAULT_ANTHROPIC_MAX_TOKENS = 4096;

export interface AnthropicClientOptions extends ResilienceOptions {
  key: string;
  /** Where the key comes from, for the advice on a 401. */
  keySource: string;
  /** Without /v1; https://api.anthropic.com when absent. */
  baseURL?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
  structuredOutput?: StructuredOutput;
}

/** A Messages API request body, as EvalGate builds it. */
export interface MessagesRequest {
  model: string;
  max_tokens: number;
  system?: string;
  messages: { role: 'user' | 'assistant'; content: string }[];
  temperature?: number;
  top_p?: number;
  tools?: { name: string; description: string; input_schema: Record<string, unknown> }[];
  tool_choice?: { type: 'tool'; name: string };
}

/** What the JSON answer is forced with, so the reply can be read back the same way. */
export type JsonForcing = { tool: string } | { prefill: string } | null;

/** Prefilled assistant text that makes Claude continue a JSON object (Anthropic's own advice for JSON without tools). */
const JSON_PREFILL = '{';

/**
 * The Messages request for a Chat Completions-shaped request. Pure. System and developer
 * messages become `system`; a JSON schema format becomes a forced tool call (`tool_choice`), JSON
 * mode an assistant message prefilled with `{`; `seed` has no Anthropic counterpart and is left out.
 */
export function toMessagesRequest(request: ChatRequest, mode: StructuredOutput): { body: MessagesRequest; forcing: JsonForcing } {
  const system = request.messages.filter((m) => m.role === 'system' || m.role === 'developer').map((m) => m.content);
  const messages = request.messages
    .filter((m) => m.role === 'user' || m.role === 'assistant')
    .map((m) => ({ role: m.role as 'user' | 'assistant', content: m.content }));
  const body: MessagesRequest = {
    model: request.model,
    max_tokens: request.max_tokens ?? DEFAULT_ANTHROPIC_MAX_TOKENS,
    ...(system.length > 0 && { system: system.join('\n\n') }),
    messages,
    ...(request.temperature !== undefined && { temperature: request.temperature }),
    ...(request.top_p !== undefined && { top_p: request.top_p }),
  };
  const format = request.response_format;
  if (format === undefined || mode === 'none') return { body, forcing: null };
  if (format.type === 'json_schema' && mode === 'json-schema') {
    const name = format.json_schema.name;
    body.tools = [{ name, description: 'Give your answer by calling this tool; its input is the whole answer.', input_schema: format.json_schema.schema }];
    body.tool_choice = { type: 'tool', name };
    return { body, forcing: { tool: name } };
  }
  if (messages.at(-1)?.role === 'assistant') return { body, forcing: null };
  body.messages = [...messages, { role: 'assistant', content: JSON_PREFILL }];
  return { body, forcing: { prefill: JSON_PREFILL } };
}

interface ContentBlock {
  type: string;
  text?: unknown;
  name?: unknown;
  input?: unknown;
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);

/**
 * The answer in a Messages response, checked. Input tokens include cache reads and writes (which
 * Anthropic counts apart from `input_tokens`), so they mean what OpenAI's prompt_tokens mean;
 * cache reads are the cached tokens.
 */
export function readMessage(model: string, json: unknown, forcing: JsonForcing): Answer {
  const message = json as { content?: unknown; usage?: Record<string, unknown>; model?: unknown; stop_reason?: unknown } | null;
  if (!message || typeof message !== 'object' || !Array.isArray(message.content)) {
    throw new LlmError('bad-response', `${model}: response has no content array`);
  }
  const blocks = message.content as ContentBlock[];
  let content: string | null = null;
  if (forcing && 'tool' in forcing) {
    const call = blocks.find((b) => b?.type === 'tool_use' && b.name === forcing.tool);
    if (call && call.input !== null && typeof call.input === 'object') content = JSON.stringify(call.input);
  }
  if (content === null) {
    const texts = blocks.filter((b) => b?.type === 'text' && typeof b.text === 'string').map((b) => b.text as string);
    if (texts.length > 0) content = (forcing && 'prefill' in forcing ? forcing.prefill : '') + texts.join('');
  }
  if (content === null) {
    const stop = typeof message.stop_reason === 'string' ? message.stop_reason : 'none';
    const why = stop === 'refusal' ? 'the model refused' : `stop_reason ${stop}`;
    throw new LlmError('bad-response', `${model}: response has no text${forcing && 'tool' in forcing ? ` and no ${forcing.tool} tool call` : ''} (${why})`);
  }
  const u = message.usage ?? {};
  const cacheRead = num(u.cache_read_input_tokens);
  const usage: Usage = {
    inputTokens: num(u.input_tokens) + cacheRead + num(u.cache_creation_input_tokens),
    cachedTokens: cacheRead,
    outputTokens: num(u.output_tokens),
  };
  return { content, usage, model: typeof message.model === 'string' && message.model !== '' ? message.model : model };
}

/** A non-2xx answer: Anthropic's `{type: "error", error: {type, message}}`. */
class AnthropicHttpError extends Error {
  constructor(
    readonly status: number,
    readonly providerMessage: string,
    readonly headers: Headers,
  ) {
    super(`HTTP ${status}: ${providerMessage}`);
  }
}

function errorMessage(status: number, text: string): string {
  try {
    const body = JSON.parse(text) as { error?: { type?: unknown; message?: unknown } };
    const type = typeof body.error?.type === 'string' ? body.error.type : null;
    const message = typeof body.error?.message === 'string' ? body.error.message : null;
    if (message !== null) return type ? `${type}: ${message}` : message;
  } catch {
    // not JSON: a gateway's page
  }
  const snippet = text.trim().slice(0, 200);
  return snippet === '' ? `status ${status}` : snippet;
}

class TimedOut extends Error {}

export function createAnthropicClient(options: AnthropicClientOptions): StatsClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const base = (options.baseURL ?? DEFAULT_ANTHROPIC_BASE_URL).replace(/\/+$/, '').replace(/\/v1$/, '');
  const url = `${base}/v1/messages`;
  const mode = options.structuredOutput ?? 'json-schema';
  const advice = {
    400: 'check the target or judge settings (model parameters; temperature is 0..1 on Anthropic)',
    401: `check ${options.keySource}`,
    403: 'check that the key may use this model',
    404: "check the model name and the endpoint's base-url",
  };
  const headers = {
    'content-type': 'application/json',
    'anthropic-version': ANTHROPIC_VERSION,
    ...options.headers,
    'x-api-key': options.key,
  };

  const transport: Transport = {
    async send(request, signal): Promise<Answer> {
      const { body, forcing } = toMessagesRequest(request, mode);
      const timeout = AbortSignal.timeout(timeoutMs);
      const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
      let response: Response;
      try {
        response = await httpFetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: both });
      } catch (error) {
        if (timeout.aborted && !signal?.aborted) throw new TimedOut('timed out', { cause: error });
        throw error;
      }
      const text = await response.text();
      if (!response.ok) throw new AnthropicHttpError(response.status, errorMessage(response.status, text), response.headers);
      return readMessage(request.model, JSON.parse(text), forcing);
    },
    classify(error, model): Classified {
      if (error instanceof LlmError) return { error, retryAfterMs: null };
      if (error instanceof AnthropicHttpError) {
        return classifyStatus(model, { status: error.status, message: error.providerMessage, headers: error.headers, advice }, error);
      }
      if (error instanceof TimedOut) {
        return { error: new LlmError('timeout', `${model}: no response within ${timeoutMs} ms`, { cause: error }), retryAfterMs: null };
      }
      if (error instanceof SyntaxError) {
        return { error: new LlmError('bad-response', `${model}: response body is not valid JSON (${error.message})`, { cause: error }), retryAfterMs: null };
      }
      if (error instanceof Error && error.name === 'AbortError') {
        return { error: new LlmError('other', `${model}: request cancelled`, { cause: error }), retryAfterMs: null };
      }
      const text = error instanceof Error ? error.message : String(error);
      return { error: new LlmError('network', `${model}: connection failed (${text})`, { cause: error }), retryAfterMs: null };
    },
  };
  return createResilientClient({ ...options, transport });
}
