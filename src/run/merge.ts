import type { RunResults } from '../results/schema.js';
import { totalsOf } from '../results/totals.js';

/** File name a shard writes its side's results under, unique so `merge-multiple` keeps them all. */
export function shardFileName(side: 'base' | 'head', shard: { index: number; count: number }): string {
  return `evalgate-shard-${shard.index}-of-${shard.count}.${side}.json`;
}

const SHARD_FILE = /^evalgate-shard-(\d+)-of-(\d+)\.(base|head)\.json$/;

export function parseShardFileName(name: string): { index: number; count: number; side: 'base' | 'head' } | null {
  const m = SHARD_FILE.exec(name);
  return m ? { index: Number(m[1]), count: Number(m[2]), side: m[3] as 'base' | 'head' } : null;
}

export class MergeError extends Error {
  override name = 'MergeError';
}

/**
 * Joins shard results into one run per side. Refuses anything that is not exactly the full
 * sample: a missing shard, a shard of another split or suite, or a case evaluated twice.
 */
export function mergeShards(files: { name: string; results: RunResults }[]): { base: RunResults; head: RunResults } {
  const parsed = files.map((f) => ({ ...f, shard: parseShardFileName(f.name) }));
  const strays = parsed.filter((f) => !f.shard);
  if (strays.length > 0) throw new MergeError(`not a shard results file: ${strays[0].name}`);
  if (parsed.length === 0) throw new MergeError('no shard results found (expected evalgate-shard-<i>-of-<n>.{base,head}.json)');
  const counts = new Set(parsed.map((f) => f.shard!.count));
  if (counts.size > 1) throw new MergeError(`shard results from different splits: ${[...counts].map((n) => `of-${n}`).join(', ')}`);
  const count = [...counts][0];
  return { base: mergeSide(parsed, 'base', count), head: mergeSide(parsed, 'head', count) };
}

function mergeSide(
  files: { name: string; results: RunResults; shard: { index: number; count: number; side: string } | null }[],
  side: 'base' | 'head',
  count: number,
): RunResults {
  const mine = files.filter((f) => f.shard!.side === side).sort((a, b) => a.shard!.index - b.shard!.index);
  const seen = new Set(mine.map((f) => f.shard!.index));
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) {
    throw new MergeError(`${side} results of shard ${missing.join(', ')} of ${count} are missing: did every matrix job upload its results-dir?`);
  }
  const first = mine[0].results;
  for (const f of mine) {
    if (f.results.meta.suiteFingerprint !== first.meta.suiteFingerprint) {
      throw new MergeError(`${f.name} was made from a different suite than ${mine[0].name}`);
    }
    if (f.results.meta.sampleIds.join('\n') !== first.meta.sampleIds.join('\n')) {
      throw new MergeError(`${f.name} sampled different cases than ${mine[0].name} (different seed or sample size?)`);
    }
  }
  const byId = new Map<string, string>();
  for (const f of mine) {
    for (const c of f.results.cases) {
      const other = byId.get(c.id);
      if (other) throw new MergeError(`case ${c.id} appears in both ${other} and ${f.name}`);
      byId.set(c.id, f.name);
    }
  }
  const cases = first.meta.sampleIds.flatMap((id) => mine.flatMap((f) => f.results.cases.filter((c) => c.id === id)));
  const cut = mine.find((f) => f.results.meta.cut)?.results.meta.cut ?? null;
  const absent = first.meta.sampleIds.filter((id) => !byId.has(id));
  if (!cut && absent.length > 0) {
    throw new MergeError(`${side} results lack ${absent.length} sampled cases (e.g. ${absent[0]}): the shards do not cover the sample`);
  }
  const unknown = mine.flatMap((f) => f.results.totals.unknownPriceModels);
  return {
    ...first,
    meta: {
      ...first.meta,
      shard: null,
      startedAt: mine.map((f) => f.results.meta.startedAt).sort()[0],
      finishedAt: mine.map((f) => f.results.meta.finishedAt).sort().at(-1)!,
      durationMs: Math.max(...mine.map((f) => f.results.meta.durationMs)),
      cut: cut ? { ...cut, completed: cases.length, planned: first.meta.sampleIds.length } : null,
    },
    cases,
    totals: totalsOf(cases, unknown),
  };
}
