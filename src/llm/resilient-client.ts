import type { ErrorKind, Usage } from '../results/schema.js';
import { replayMissError, type ResponseCache } from './cache.js';
import { LlmError, type ChatOptions, type ChatRequest, type ChatResponse, type LlmClient } from './llm.js';
import { DEFAULT_RETRY_POLICY, isRetryableKind, parseRetryAfter, realSleep, retryDelayMs, shouldRetry, type RetryPolicy, type Sleep } from './retry.js';
import type { Scheduler } from './scheduler.js';

/** A model call that takes longer than this is treated as hung. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Bumped when what a cached response means changes, so old recordings stop matching. */
const CACHE_KEY_VERSION = 1;

/** The parts of one provider answer EvalGate keeps (and caches). */
export interface Answer {
  content: string;
  usage: Usage;
  model: string;
}

/** What is stored per cached response. */
interface CachedChat extends Answer {
  latencyMs: number;
}

/** A failure mapped to a kind, with the wait the provider asked for (null: none). */
export interface Classified {
  error: LlmError;
  retryAfterMs: number | null;
}

/** How one provider is spoken to: one HTTP attempt, and what its failures mean. */
export interface Transport {
  /** One attempt, no retries; throws the raw failure. */
  send(request: ChatRequest, signal: AbortSignal | undefined): Promise<Answer>;
  classify(error: unknown, model: string): Classified;
}

export interface ClientStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  cacheHits: number;
  /** Attempts after the first. */
  retries: number;
}

export type StatsClient = LlmClient & { stats(): ClientStats };

export interface ResilientOptions {
  transport: Transport;
  /** Attempts per call including the first (default 4). */
  maxAttempts?: number;
  cache?: ResponseCache | null;
  /**
   * Added to every cache key when set (a named endpoint's name), so the same model name on two
   * endpoints is recorded apart. Absent for the default endpoint, whose recordings predate it.
   */
  cacheScope?: string;
  scheduler: Scheduler;
  retry?: Partial<Omit<RetryPolicy, 'maxAttempts'>>;
  sleep?: Sleep;
  random?: () => number;
  /** Applied to every answer, cached or not (e.g. the model an Azure deployment serves). */
  servedModel?: (requestedModel: string) => string | undefined;
}

/** What every provider's client takes for cache, scheduling and retries: one list, not one per client. */
export type ResilienceOptions = Pick<ResilientOptions, 'maxAttempts' | 'cache' | 'cacheScope' | 'scheduler' | 'retry' | 'sleep' | 'random'>;

/** Carries a classified failure out of the scheduler slot. */
class AttemptFailure extends Error {
  constructor(readonly classified: Classified) {
    super(classified.error.message);
  }
}

function statusKind(status: number): ErrorKind {
  if (status === 429) return 'rate-limit';
  if (status === 408) return 'timeout';
  return status >= 500 ? 'server-error' : 'other';
}

interface HeaderSource {
  get(name: string): string | null;
}

/** An HTTP error answer, as any provider sends one. */
export interface StatusFailure {
  status: number;
  /** The provider's own message. */
  message: string;
  headers: HeaderSource | null | undefined;
  /** Advice for failures a user fixes in configuration rather than by waiting, by status. */
  advice: Readonly<Record<number, string>>;
  /** Set when the status alone misleads (OpenAI's 429 `insufficient_quota`: waiting cannot fix it). */
  notRetryable?: { code: string; advice: string };
}

/** Kind, message and requested wait of an HTTP error answer. */
export function classifyStatus(model: string, failure: StatusFailure, cause: unknown): Classified {
  const { status, message } = failure;
  if (failure.notRetryable) {
    const { code, advice } = failure.notRetryable;
    return { error: new LlmError('other', `${model}: HTTP ${status} ${code}: ${message} — ${advice}`, { cause }), retryAfterMs: null };
  }
  const advice = failure.advice[status];
  return {
    error: new LlmError(statusKind(status), `${model}: HTTP ${status}: ${message}${advice ? ` — ${advice}` : ''}`, { cause }),
    retryAfterMs: parseRetryAfter(failure.headers, Date.now()),
  };
}

/**
 * A client over any transport: response cache → scheduler slot → one HTTP attempt, with our own
 * retries so every 429 reaches the scheduler's adaptive concurrency, and Retry-After waits happen
 * outside any slot. Every provider goes through here, so cache, replay, retries and concurrency
 * behave the same whichever endpoint answers.
 */
export function createResilientClient(options: ResilientOptions): StatsClient {
  const { transport, scheduler } = options;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry, maxAttempts: options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts };
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const cache = options.cache ?? null;
  const stats: ClientStats = { requests: 0, cacheHits: 0, retries: 0 };

  /**
   * One attempt inside a scheduler slot. Failures are classified here so a 429 lowers the limit
   * before the slot is released: otherwise the freed slot could start another call at the old limit.
   */
  const attempt = async (request: ChatRequest, signal: AbortSignal | undefined): Promise<CachedChat> => {
    stats.requests += 1;
    const started = performance.now();
    try {
      const answer = await transport.send(request, signal);
      return { ...answer, latencyMs: Math.round(performance.now() - started) };
    } catch (raw) {
      const classified = raw instanceof LlmError ? { error: raw, retryAfterMs: null } : transport.classify(raw, request.model);
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
        const { error, retryAfterMs } = raw instanceof AttemptFailure ? raw.classified : transport.classify(raw, request.model);
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

  const served = (request: ChatRequest, response: ChatResponse): ChatResponse => {
    const model = options.servedModel?.(request.model);
    return model === undefined ? response : { ...response, servedModel: model };
  };

  return {
    stats: () => ({ ...stats }),
    async chat(request: ChatRequest, chatOptions: ChatOptions): Promise<ChatResponse> {
      if (!cache) return served(request, { ...(await send(request, chatOptions.signal)), cached: false });
      const parts = { v: CACHE_KEY_VERSION, request, trial: chatOptions.trial };
      const key = cache.key(options.cacheScope === undefined ? parts : { ...parts, endpoint: options.cacheScope });
      const found = await cache.lookup<CachedChat>(key);
      if (found.hit) {
        stats.cacheHits += 1;
        return served(request, { ...found.value, cached: true });
      }
      try {
        if (cache.replay) throw replayMissError(request);
        const result = await send(request, chatOptions.signal);
        await cache.set(key, result);
        return served(request, { ...result, cached: false });
      } finally {
        found.release();
      }
    },
  };
}
