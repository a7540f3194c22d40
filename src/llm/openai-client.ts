import { httpFetch } from './http-fetch.js';
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { ErrorKind, Usage } from '../results/schema.js';
import { replayMissError, type ResponseCache } from './cache.js';
import { LlmError, type ChatOptions, type ChatRequest, type ChatResponse, type LlmClient } from './llm.js';
import {
  DEFAULT_RETRY_POLICY,
  isRetryableKind,
  parseRetryAfter,
  realSleep,
  retryDelayMs,
  shouldRetry,
  type RetryPolicy,
  type Sleep,
} from './retry.js';
import type { Scheduler } from './scheduler.js';

/** A model call that takes longer than this is treated as hung. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Bumped when what a cached response means changes, so old recordings stop matching. */
const CACHE_KEY_VERSION = 1;

export interface OpenAiClientOptions {
  apiKey: string;
  /** Any OpenAI-compatible endpoint (Azure OpenAI, vLLM, Ollama, a proxy); OpenAI when absent. */
  baseURL?: string;
  timeoutMs?: number;
  /** Attempts per call including the first (default 4). */
  maxAttempts?: number;
  cache?: ResponseCache | null;
  scheduler: Scheduler;
  /** Backoff tuning beyond `maxAttempts`. */
  retry?: Partial<Omit<RetryPolicy, 'maxAttempts'>>;
  /** Injectable waiting and randomness, so retry timing is observable without real waits. */
  sleep?: Sleep;
  random?: () => number;
}

export interface OpenAiClientStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  cacheHits: number;
  /** Attempts after the first. */
  retries: number;
}

export type OpenAiClient = LlmClient & { stats(): OpenAiClientStats };

/** What is stored per cached response. */
interface CachedChat {
  content: string;
  usage: Usage;
  latencyMs: number;
  model: string;
}

interface Classified {
  error: LlmError;
  retryAfterMs: number | null;
}

/** Carries a classified failure out of the scheduler slot. */
class AttemptFailure extends Error {
  constructor(readonly classified: Classified) {
    super(classified.error.message);
  }
}

function providerMessage(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  if (body && typeof body.message === 'string') return body.message;
  return error.message.replace(/^\d{3}\s+/, '');
}

/** Advice for failures a user fixes in configuration rather than by waiting. */
const STATUS_ADVICE: Record<number, string> = {
  400: 'check the target or judge settings (model parameters, response format)',
  401: 'check the openai-api-key input (OPENAI_API_KEY locally)',
  403: 'check that the key\'s project may use this model',
  404: 'check the model name and openai-api-key / openai-base-url',
};

function statusKind(status: number): ErrorKind {
  if (status === 429) return 'rate-limit';
  if (status === 408) return 'timeout';
  return status >= 500 ? 'server-error' : 'other';
}

/** Maps an SDK or parse failure to an LlmError kind, keeping the original as `cause`. */
function classify(error: unknown, model: string, timeoutMs: number): Classified {
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
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    const message = providerMessage(error);
    if (status === 429 && error.code === 'insufficient_quota') {
      // A 429 that waiting cannot fix: the account is out of credit.
      return {
        error: new LlmError('other', `${model}: HTTP 429 insufficient_quota: ${message} — check the API account's billing`, { cause: error }),
        retryAfterMs: null,
      };
    }
    const advice = STATUS_ADVICE[status];
    return {
      error: new LlmError(statusKind(status), `${model}: HTTP ${status}: ${message}${advice ? ` — ${advice}` : ''}`, { cause: error }),
      retryAfterMs: parseRetryAfter(error.headers, Date.now()),
    };
  }
  if (error instanceof SyntaxError) {
    return { error: new LlmError('bad-response', `${model}: response body is not valid JSON (${error.message})`, { cause: error }), retryAfterMs: null };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { error: new LlmError('other', `${model}: ${text}`, { cause: error }), retryAfterMs: null };
}

/** The parts of a completion we use, checked: compatible servers return surprising shapes. */
function readCompletion(model: string, completion: OpenAI.ChatCompletion): { content: string; usage: Usage; model: string } {
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
  return {
    content,
    usage: {
      inputTokens: u?.prompt_tokens ?? 0,
      cachedTokens: u?.prompt_tokens_details?.cached_tokens ?? 0,
      outputTokens: u?.completion_tokens ?? 0,
    },
    model: typeof completion.model === 'string' && completion.model !== '' ? completion.model : model,
  };
}

/**
 * The production LlmClient: response cache → scheduler slot → one HTTP attempt, with our own
 * retries (the SDK's are off) so every 429 reaches the scheduler's adaptive concurrency, and
 * Retry-After waits happen outside any slot.
 */
export function createOpenAiClient(options: OpenAiClientOptions): OpenAiClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry, maxAttempts: options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts };
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const cache = options.cache ?? null;
  const { scheduler } = options;
  const sdk = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, maxRetries: 0, timeout: timeoutMs, fetch: httpFetch });
  const stats: OpenAiClientStats = { requests: 0, cacheHits: 0, retries: 0 };

  /**
   * One HTTP attempt inside a scheduler slot. Failures are classified here so a 429 lowers the
   * limit before the slot is released: otherwise the freed slot could start another call at
   * the old limit.
   */
  const attempt = async (request: ChatRequest, signal: AbortSignal | undefined): Promise<CachedChat> => {
    stats.requests += 1;
    const started = performance.now();
    try {
      const completion = await sdk.chat.completions.create({ ...request, stream: false }, { signal });
      const read = readCompletion(request.model, completion);
      return { ...read, latencyMs: Math.round(performance.now() - started) };
    } catch (raw) {
      const classified = classify(raw, request.model, timeoutMs);
      if (classified.error.kind === 'rate-limit') scheduler.onRateLimited(classified.retryAfterMs);
      throw new AttemptFailure(classified);
    }
  };

  /** Attempts until success or a failure that retrying cannot fix; waits happen outside any slot. */
  const send = async (request: ChatRequest, signal: AbortSignal | undefined): Promise<CachedChat> => {
    for (let n = 1; ; n += 1) {
      try {
        const result = await scheduler.run(() => attempt(request, signal));
        scheduler.onSuccess();
        return result;
      } catch (raw) {
        const { error, retryAfterMs } = raw instanceof AttemptFailure ? raw.classified : classify(raw, request.model, timeoutMs);
        if (!shouldRetry(n, { retryable: isRetryableKind(error.kind), retryAfterMs }, policy)) {
          if (n > 1) error.message += ` (after ${n} attempts)`;
          if (retryAfterMs !== null && retryAfterMs > policy.maxRetryAfterMs) {
            error.message += ` — the provider asked to wait ${Math.ceil(retryAfterMs / 1000)} s; try again later or lower max-concurrency`;
          }
          throw error;
        }
        stats.retries += 1;
        try {
          await sleep(retryDelayMs(n, retryAfterMs, policy, random), signal);
        } catch (abort) {
          throw new LlmError('other', `${request.model}: request cancelled`, { cause: abort });
        }
      }
    }
  };

  return {
    stats: () => ({ ...stats }),
    async chat(request: ChatRequest, chatOptions: ChatOptions): Promise<ChatResponse> {
      if (!cache) return { ...(await send(request, chatOptions.signal)), cached: false };
      const key = cache.key({ v: CACHE_KEY_VERSION, request, trial: chatOptions.trial });
      const found = await cache.lookup<CachedChat>(key);
      if (found.hit) {
        stats.cacheHits += 1;
        return { ...found.value, cached: true };
      }
      try {
        if (cache.replay) throw replayMissError(request);
        const result = await send(request, chatOptions.signal);
        await cache.set(key, result);
        return { ...result, cached: false };
      } finally {
        found.release();
      }
    },
  };
}
