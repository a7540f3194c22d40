/** Counters describing a scheduler's state, for logs, tests and the run summary. */
export interface SchedulerStats {
  /** Current concurrency limit (between minConcurrency and maxConcurrency). */
  limit: number;
  maxConcurrency: number;
  inFlight: number;
  queued: number;
  /** Highest number of calls that were ever running at once. */
  peakInFlight: number;
  /** How many times a 429 lowered the limit (or found it at the floor already). */
  rateLimited: number;
  completed: number;
}

/** One queue for every model call of a run, so target and judge calls share the provider's limits. */
export interface Scheduler {
  /** Runs `fn` when a slot is free; the slot is held only while `fn` runs. */
  run<T>(fn: () => Promise<T>): Promise<T>;
  /** A call was rate-limited: halve the limit. The caller waits Retry-After outside any slot. */
  onRateLimited(retryAfterMs: number | null): void;
  /** A call succeeded: counts towards recovering the limit. */
  onSuccess(): void;
  stats(): SchedulerStats;
}

export interface SchedulerOptions {
  maxConcurrency: number;
  minConcurrency?: number;
  /** Successes needed to raise the limit by one (additive increase). */
  recoverAfter?: number;
}

/** Additive increase is deliberately slow: a provider that just said 429 is near its limit. */
const DEFAULT_RECOVER_AFTER = 5;

/**
 * Adaptive concurrency (AIMD): the limit halves on every 429 (not below `minConcurrency`) and
 * grows by one after every `recoverAfter` successes, up to `maxConcurrency`. A call never starts
 * while `inFlight >= limit`; calls already running when the limit drops finish normally.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const maxConcurrency = Math.max(1, Math.floor(options.maxConcurrency));
  const minConcurrency = Math.min(maxConcurrency, Math.max(1, Math.floor(options.minConcurrency ?? 1)));
  const recoverAfter = Math.max(1, Math.floor(options.recoverAfter ?? DEFAULT_RECOVER_AFTER));

  let limit = maxConcurrency;
  let inFlight = 0;
  let peakInFlight = 0;
  let rateLimited = 0;
  let completed = 0;
  let successesSinceChange = 0;
  const waiting: (() => void)[] = [];

  const dispatch = (): void => {
    while (inFlight < limit && waiting.length > 0) {
      const start = waiting.shift();
      inFlight += 1;
      peakInFlight = Math.max(peakInFlight, inFlight);
      start?.();
    }
  };

  return {
    run<T>(fn: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push(() => {
          Promise.resolve()
            .then(fn)
            .then(resolve, reject)
            .finally(() => {
              inFlight -= 1;
              completed += 1;
              dispatch();
            });
        });
        dispatch();
      });
    },
    onRateLimited(): void {
      rateLimited += 1;
      successesSinceChange = 0;
      limit = Math.max(minConcurrency, Math.floor(limit / 2));
    },
    onSuccess(): void {
      if (limit >= maxConcurrency) return;
      successesSinceChange += 1;
      if (successesSinceChange >= recoverAfter) {
        successesSinceChange = 0;
        limit += 1;
        dispatch();
      }
    },
    stats: () => ({ limit, maxConcurrency, inFlight, queued: waiting.length, peakInFlight, rateLimited, completed }),
  };
}
