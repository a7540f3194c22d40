/**
 * Keeps the response cache and baselines across workflow runs with the Actions cache, so a push
 * that changes one prompt pays only for the requests that prompt changed, and a label event
 * re-decides for free. Everything here degrades to a no-op (with a log line) when the cache
 * service is absent: local runs, tests, GitHub Enterprise without caching.
 */

// Type only: the module itself is imported lazily, when a cache is used.
import type * as ActionsCache from '@actions/cache';
import { MAX_KEPT_CACHE_BYTES, pruneCache } from '../llm/cache.js';

type Log = (line: string) => void;

/** Bumped when the cached layout changes, so old entries are never misread. */
const CACHE_VERSION = 'v1';

async function cacheModule(log: Log): Promise<typeof ActionsCache | null> {
  try {
    const cache = await import('@actions/cache');
    if (!cache.isFeatureAvailable()) {
      log('Actions cache not available here: the response cache is not kept between runs.');
      return null;
    }
    return cache;
  } catch (error) {
    log(`Actions cache unavailable (${(error as Error).message}).`);
    return null;
  }
}

function safe(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
}

/**
 * Saves the response cache under `key`, keeping only what this run used (read or written since
 * `usedSince`), at most MAX_KEPT_CACHE_BYTES: restored, added to and saved on every push, it
 * would otherwise grow forever.
 */
export async function saveResponseCache(dir: string, key: string, usedSince: number, log: Log): Promise<void> {
  const pruned = await pruneCache(dir, { usedSince, maxBytes: MAX_KEPT_CACHE_BYTES }).catch((error: unknown) => {
    log(`Could not prune the response cache: ${(error as Error).message}`);
    return null;
  });
  if (pruned) {
    const mb = (pruned.keptBytes / 1024 / 1024).toFixed(1);
    log(
      `Response cache: keeping ${pruned.kept} responses (${mb} MB); dropped ${pruned.unused} this run did not use` +
        (pruned.overCap > 0 ? ` and ${pruned.overCap} over the ${MAX_KEPT_CACHE_BYTES / 1024 / 1024} MB cap.` : '.'),
    );
  }
  await saveDir(dir, key, log);
}

export interface ResponseCacheKeys {
  /** The key this run saves under (unique per run: cache entries are immutable). */
  save: string;
  /** Prefixes restored from, most specific first: this PR's entries, then the base branch's. */
  restore: string[];
}

/**
 * Keys for the response cache of `suite` on pull request `pr` (or a push when null). A shard job
 * (`shard: "2/4"`) keeps its own cache: it evaluates the same slice of cases on every push, and
 * each saved cache holds only what its run used.
 */
export function responseCacheKeys(args: { suite: string; pr: number | null; headSha: string; runId: string; shard?: string }): ResponseCacheKeys {
  const root = `evalgate-${CACHE_VERSION}-responses-${safe(args.suite)}-`;
  const shard = args.shard ? `shard${safe(args.shard.replace('/', 'of'))}-` : '';
  const scope = `${args.pr === null ? 'push-' : `pr${args.pr}-`}${shard}`;
  return { save: `${root}${scope}${args.headSha}-${safe(args.runId)}`, restore: [`${root}${scope}`, root] };
}

/** Key of a stored baseline: the suite fingerprint and the commit it was evaluated at. */
export function baselineCacheKey(fingerprint: string, commit: string): string {
  return `evalgate-${CACHE_VERSION}-baseline-${fingerprint}-${commit}`;
}

/** Restores `dir` from the first matching key; returns the key that hit, or null. */
export async function restoreDir(dir: string, primaryKey: string, restoreKeys: string[], log: Log): Promise<string | null> {
  const cache = await cacheModule(log);
  if (!cache) return null;
  try {
    const hit = await cache.restoreCache([dir], primaryKey, restoreKeys);
    log(hit ? `Restored ${dir} from the Actions cache (${hit}).` : `No Actions cache entry for ${primaryKey}.`);
    return hit ?? null;
  } catch (error) {
    log(`Could not restore ${dir} from the Actions cache: ${(error as Error).message}`);
    return null;
  }
}

/** Saves `dir` under `key`; failures only log (a cache is an optimisation, never a gate). */
export async function saveDir(dir: string, key: string, log: Log): Promise<void> {
  const cache = await cacheModule(log);
  if (!cache) return;
  try {
    await cache.saveCache([dir], key);
    log(`Saved ${dir} to the Actions cache (${key}).`);
  } catch (error) {
    log(`Could not save ${dir} to the Actions cache: ${(error as Error).message}`);
  }
}
