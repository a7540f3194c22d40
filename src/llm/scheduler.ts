/** Counters describing a scheduler's state, for logs, tests and the run summary. */
export interface SchedulerStats {
  /** Current concurrency limit (between minConcurrency and maxConcurrency). */
  limit: number;
  maxConcurrency: number;
  inFlight: number;
  queued: number;
  /** Highest number of calls that were ever running at once. */
  peakInFlight: number;
  /** How many 429s were reported (whether or not they lowered the limit). */
  rateLimited: number;
  completed: number;
}

/** One queue for every model call of a run, so target and judge calls share the provider's limits. */
export interface Scheduler {
  /** Runs `fn` when a slot is free; the slot is held only while `fn` runs. */
  run<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * A call was rate-limited: halves the limit when 429s cluster (see createScheduler). The
   * caller waits Retry-After outside any slot.
   */
  onRateLimited(retryAfterMs: number | null): void;
  /** A call succeeded: counts towards recovering the limit. */
  onSuccess(): void;
  stats(): SchedulerStats;
}

export interface SchedulerOptions {
  maxConcurrency: number;
  minConcurrency?: number;
  /** Successes needed to raise the limit by one (additive increase); fewer while the limit is lower. */
  recoverAfter?: number;
  /** Milliseconds clock for the Retry-After cooldown; injectable so tests need not wait. */
  now?: () => number;
}

/** Additive increase is deliberately slow: a provider that just said 429 is near its limit. */
const DEFAULT_RECOVER_AFTER = 5;

/**
 * How many recent call outcomes the 429 share is taken over: a few rounds of a typical limit, so
 * one 429 among many successes is noise and a storm shows within a round.
 */
const OUTCOME_WINDOW = 20;

/**
 * The share of 429s among recent outcomes above which the limit halves. A provider just at its
 * limit rejects a few calls; their Retry-After is honoured exactly and outside any slot, so they
 * cost only themselves, while halving would cost every call after them. More than one in eight
 * rejected means the run is well over the limit.
 */
const STORM_SHARE = 1 / 8;

/**
 * How long after a halving further 429s cannot halve again, when the provider gave no
 * Retry-After: about one backoff round (retry.ts waits 250–500 ms first) plus the call itself.
 * 429s of calls sent before the halving say nothing about the new limit.
 */
const DEFAULT_COOLDOWN_MS = 1_000;

/**
 * Adaptive concurrency (AIMD). Decrease: a 429 halves the limit (not below `minConcurrency`) when
 * more than STORM_SHARE of the last OUTCOME_WINDOW outcomes were 429s, at most once per
 * Retry-After window (as TCP halves once per window of losses, not once per lost packet).
 * Increase: the limit grows by one after `min(recoverAfter, limit)` successes, up to
 * `maxConcurrency` — at least one step per round of calls, so a collapsed limit climbs back in a
 * few rounds. A call never starts while `inFlight >= limit`; calls already running when the limit
 * drops finish normally.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const maxConcurrency = Math.max(1, Math.floor(options.maxConcurrency));
  const minConcurrency = Math.min(maxConcurrency, Math.max(1, Math.floor(options.minConcurrency ?? 1)));
  const recoverAfter = Math.max(1, Math.floor(options.recoverAfter ?? DEFAULT_RECOVER_AFTER));
  const now = options.now ?? Date.now;

  let limit = maxConcurrency;
  let inFlight = 0;
  let peakInFlight = 0;
  let rateLimited = 0;
  let completed = 0;
  let successesSinceChange = 0;
  /** No halving before this time (ms): the Retry-After window of the last halving. */
  let coolUntil = Number.NEGATIVE_INFINITY;
  /** The last OUTCOME_WINDOW outcomes, true for a 429, as a ring. */
  const outcomes: boolean[] = [];
  let nextOutcome = 0;
  let recent429s = 0;
  const waiting: (() => void)[] = [];

  const record = (was429: boolean): void => {
    if (outcomes.length < OUTCOME_WINDOW) {
      outcomes.push(was429);
    } else {
      if (outcomes[nextOutcome]) recent429s -= 1;
      outcomes[nextOutcome] = was429;
      nextOutcome = (nextOutcome + 1) % OUTCOME_WINDOW;
    }
    if (was429) recent429s += 1;
  };

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
    onRateLimited(retryAfterMs: number | null): void {
      rateLimited += 1;
      record(true);
      const t = now();
      if (t < coolUntil || recent429s <= STORM_SHARE * outcomes.length) return;
      successesSinceChange = 0;
      limit = Math.max(minConcurrency, Math.floor(limit / 2));
      coolUntil = t + (retryAfterMs ?? DEFAULT_COOLDOWN_MS);
    },
    onSuccess(): void {
      record(false);
      if (limit >= maxConcurrency) return;
      successesSinceChange += 1;
      if (successesSinceChange >= Math.min(recoverAfter, limit)) {
        successesSinceChange = 0;
        limit += 1;
        dispatch();
      }
    },
    stats: () => ({ limit, maxConcurrency, inFlight, queued: waiting.length, peakInFlight, rateLimited, completed }),
  };
}
