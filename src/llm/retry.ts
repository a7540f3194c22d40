import type { ErrorKind } from '../results/schema.js';
import { abortReason } from '../util/abort.js';

/** How failed model calls are retried. */
export interface RetryPolicy {
  /** Total attempts including the first. */
  maxAttempts: number;
  /** First backoff step; doubles per attempt. */
  baseDelayMs: number;
  /** Longest computed backoff. */
  maxDelayMs: number;
  /**
   * Longest provider-requested wait we honour. A longer Retry-After means the quota is gone for
   * a while; failing the call is better than silently stalling a CI job for an hour.
   */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 120_000,
};

/** Spreads retries of calls that were rate-limited together, without distorting the provider's wait. */
const RETRY_AFTER_JITTER_MS = 100;

/** Waits `ms`, or rejects with the signal's reason when aborted. Injectable so tests need not wait. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      if (signal) reject(abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Failure kinds worth another attempt: transient on the provider's or the network's side. */
const RETRYABLE_KINDS: ReadonlySet<ErrorKind> = new Set<ErrorKind>(['rate-limit', 'server-error', 'timeout', 'network']);

export function isRetryableKind(kind: ErrorKind): boolean {
  return RETRYABLE_KINDS.has(kind);
}

interface HeaderSource {
  get(name: string): string | null;
}

/**
 * The wait a response asks for: `retry-after-ms` (OpenAI's, milliseconds) first, then
 * `Retry-After` as seconds or an HTTP date. null when absent or unparseable.
 */
export function parseRetryAfter(headers: HeaderSource | null | undefined, nowMs: number): number | null {
  if (!headers) return null;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '') {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const after = headers.get('retry-after');
  if (after === null || after.trim() === '') return null;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : null;
  const date = Date.parse(after);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - nowMs);
}

/**
 * Delay before attempt `attempt + 1` after attempt `attempt` (1-based) failed. The provider's
 * Retry-After is honoured as given (plus a little jitter); otherwise exponential backoff with
 * "equal jitter" (half fixed, half random) so retries neither synchronise nor collapse to zero.
 */
export function retryDelayMs(attempt: number, retryAfterMs: number | null, policy: RetryPolicy, random: () => number): number {
  if (retryAfterMs !== null) return retryAfterMs + random() * RETRY_AFTER_JITTER_MS;
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return exp / 2 + random() * (exp / 2);
}

/** What the retry loop needs to know about a failure. */
export interface RetryDecision {
  retryable: boolean;
  retryAfterMs: number | null;
}

/**
 * Whether to try again: only retryable failures, only while attempts remain, and only when the
 * provider's requested wait is within `maxRetryAfterMs`.
 */
export function shouldRetry(attempt: number, decision: RetryDecision, policy: RetryPolicy): boolean {
  if (!decision.retryable || attempt >= policy.maxAttempts) return false;
  return decision.retryAfterMs === null || decision.retryAfterMs <= policy.maxRetryAfterMs;
}
