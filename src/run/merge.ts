import type { RunResults } from '../results/schema.js';
import { totalsOf } from '../results/totals.js';

/** File name a shard writes its side's results under, unique so `merge-multiple` keeps them all. */
export function shardFileName(side: 'base' | 'head', shard: { index: number; count: number }): string {
  return `evalgate-shard-${shard.index}-of-${shard.count}.${side}.json`;
}

const SHARD_FILE = /^evalgate-shard-(\d{1,4})-of-(\d{1,4})\.(base|head)\.json$/;
/** A full commit id as git prints it (SHA-1 or SHA-256). */
const COMMIT_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export function parseShardFileName(name: string): { index: number; count: number; side: 'base' | 'head' } | null {
  const m = SHARD_FILE.exec(name);
  if (!m) return null;
  const [index, count] = [Number(m[1]), Number(m[2])];
  return index >= 1 && index <= count ? { index, count, side: m[3] as 'base' | 'head' } : null;
}

export class MergeError extends Error {
  override name = 'MergeError';
}

/**
 * What the merge job knows for itself, from the head suite and the event: shard files come from
 * jobs that also ran the PR's code, so nothing they claim about what they evaluated is taken on
 * trust.
 */
export interface MergeExpectation {
  /** Fingerprint of the head suite (cases, checks, judge). */
  suiteFingerprint: string;
  /** Case fingerprint by id, from the head suite. */
  caseFingerprints: ReadonlyMap<string, string>;
  /** The sample the head suite gives with the merge job's sample/seed/trials settings. */
  sampleIds: readonly string[];
  seed: number;
  trials: number;
  /** The PR's base commit, which the base side must have evaluated. */
  baseSha: string;
  /** The commit this job checked out, which the shards evaluated as head; null when unknown. */
  headSha: string | null;
  /** Where this suite's sample starts in the union of several suites' samples (see shardOffsets); 0 for one suite. */
  offset?: number;
}

export interface MergedShards {
  base: RunResults;
  head: RunResults;
  /** Sampled cases missing from either side (shards that claim a budget cut). */
  missing: string[];
}

interface ShardFile {
  name: string;
  results: RunResults;
  shard: { index: number; count: number; side: 'base' | 'head' };
}

/**
 * Joins shard results into one run per side. Refuses anything that is not a slice of exactly the
 * sample the head suite gives: a missing or stray shard, another split, suite, sample, seed, trial
 * count or commit, a case outside its shard's slice or evaluated twice, a case whose definition
 * differs from the head suite's. Missing cases are allowed only where a shard says the budget cut
 * it, and are returned so that the caller never lets such a merge pass.
 */
export function mergeShards(files: { name: string; results: RunResults }[], expected: MergeExpectation): MergedShards {
  const parsed: ShardFile[] = [];
  for (const f of files) {
    const shard = parseShardFileName(f.name);
    if (!shard) throw new MergeError(`not a shard results file: ${f.name}`);
    parsed.push({ ...f, shard });
  }
  if (parsed.length === 0) throw new MergeError('no shard results found (expected evalgate-shard-<i>-of-<n>.{base,head}.json)');
  const counts = new Set(parsed.map((f) => f.shard.count));
  if (counts.size > 1) throw new MergeError(`shard results from different splits: ${[...counts].map((n) => `of-${n}`).join(', ')}`);
  const count = [...counts][0];
  for (const f of parsed) checkMeta(f, expected);
  // Position of each sampled id: the slice a case belongs to is its position modulo the count.
  const position = new Map(expected.sampleIds.map((id, i) => [id, i]));
  const base = mergeSide(parsed, 'base', count, expected, position);
  const head = mergeSide(parsed, 'head', count, expected, position);
  const present = (r: RunResults) => new Set(r.cases.map((c) => c.id));
  const [inBase, inHead] = [present(base), present(head)];
  const missing = expected.sampleIds.filter((id) => !inBase.has(id) || !inHead.has(id));
  if (missing.length === 0) return { base, head, missing };
  // Compare the pairs that are there: a case one side lacks is not a new or removed case.
  const both = (r: RunResults, other: Set<string>): RunResults => {
    const cases = r.cases.filter((c) => other.has(c.id));
    return {
      ...r,
      cases,
      totals: totalsOf(cases, r.totals.unknownPriceModels),
      meta: { ...r.meta, cut: r.meta.cut && { ...r.meta.cut, completed: cases.length } },
    };
  };
  return { base: both(base, inHead), head: both(head, inBase), missing };
}

function checkMeta(f: ShardFile, expected: MergeExpectation): void {
  const { meta } = f.results;
  const { index, count, side } = f.shard;
  const fail: (what: string) => never = (what) => {
    throw new MergeError(`${f.name}: ${what}`);
  };
  if (meta.side !== side) fail(`holds ${meta.side} results, its name says ${side}`);
  if (meta.shard === null || meta.shard.index !== index || meta.shard.count !== count) {
    fail(`says it is shard ${meta.shard ? `${meta.shard.index}/${meta.shard.count}` : 'none'}, its name says ${index}/${count}`);
  }
  if (meta.commit === null || !COMMIT_SHA.test(meta.commit)) fail(`its commit ${JSON.stringify(meta.commit)} is not a full commit id`);
  const want = side === 'base' ? expected.baseSha : expected.headSha;
  if (want !== null && meta.commit !== want) fail(`evaluated ${meta.commit.slice(0, 12)}, but the ${side} commit is ${want.slice(0, 12)}`);
  if (meta.suiteFingerprint !== expected.suiteFingerprint) {
    fail("was made from another suite than the head suite's (cases, checks or judge differ)");
  }
  if (meta.seed !== expected.seed || meta.trials !== expected.trials || !sameIds(meta.sampleIds, expected.sampleIds)) {
    fail('sampled other cases than the head suite gives (give the merge job the same sample, seed and trials inputs as the shards)');
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function mergeSide(
  files: readonly ShardFile[],
  side: 'base' | 'head',
  count: number,
  expected: MergeExpectation,
  position: ReadonlyMap<string, number>,
): RunResults {
  const mine = files.filter((f) => f.shard.side === side).sort((a, b) => a.shard.index - b.shard.index);
  const seen = new Set(mine.map((f) => f.shard.index));
  if (seen.size !== mine.length) throw new MergeError(`${side} results of one shard appear twice`);
  const missingShards = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missingShards.length > 0) {
    throw new MergeError(`${side} results of shard ${missingShards.join(', ')} of ${count} are missing: did every matrix job upload its results-dir?`);
  }
  const byId = new Map<string, { file: ShardFile; result: RunResults['cases'][number] }>();
  for (const f of mine) {
    for (const c of f.results.cases) {
      const at = position.get(c.id);
      if (at === undefined) throw new MergeError(`${f.name}: case ${JSON.stringify(c.id)} is not in the sample`);
      const slice = (at + (expected.offset ?? 0)) % count;
      if (slice !== f.shard.index - 1) throw new MergeError(`${f.name}: case ${c.id} belongs to shard ${slice + 1}, not ${f.shard.index}`);
      const other = byId.get(c.id);
      if (other) throw new MergeError(`case ${c.id} appears in both ${other.file.name} and ${f.name}`);
      if (c.fingerprint !== expected.caseFingerprints.get(c.id)) {
        throw new MergeError(`${f.name}: case ${c.id} was evaluated with another definition than the head suite's`);
      }
      byId.set(c.id, { file: f, result: c });
    }
  }
  const cases = expected.sampleIds.flatMap((id) => {
    const hit = byId.get(id);
    return hit ? [hit.result] : [];
  });
  const cut = mine.find((f) => f.results.meta.cut)?.results.meta.cut ?? null;
  const absent = expected.sampleIds.length - cases.length;
  if (absent > 0) {
    const cutFree = mine.filter(
      (f) => !f.results.meta.cut && f.results.cases.length < shardSize(expected.sampleIds.length, count, f.shard.index, expected.offset ?? 0),
    );
    if (!cut || cutFree.length > 0) {
      const example = expected.sampleIds.find((id) => !byId.has(id));
      throw new MergeError(`${side} results lack ${absent} sampled cases (e.g. ${example}): the shards do not cover the sample`);
    }
  }
  const unknown = mine.flatMap((f) => f.results.totals.unknownPriceModels);
  const first = mine[0].results;
  return {
    ...first,
    meta: {
      ...first.meta,
      shard: null,
      startedAt: mine.map((f) => f.results.meta.startedAt).sort()[0],
      finishedAt: mine
        .map((f) => f.results.meta.finishedAt)
        .sort()
        .at(-1)!,
      durationMs: Math.max(...mine.map((f) => f.results.meta.durationMs)),
      cut: cut ? { ...cut, completed: cases.length, planned: expected.sampleIds.length } : null,
    },
    cases,
    totals: totalsOf(cases, unknown),
  };
}

/** How many sampled cases shard `index` of `count` evaluates (see shardSlice). */
function shardSize(total: number, count: number, index: number, offset: number): number {
  let n = 0;
  for (let i = 0; i < total; i += 1) if ((i + offset) % count === index - 1) n += 1;
  return n;
}

/**
 * The decision of a merge that lacks sampled cases: a shard that says the budget cut it cannot be
 * checked, and the cases it left out may be the failing ones. A regression shown by the cases that
 * are there stands; anything else is `error`, never a pass or a (green) inconclusive.
 */
export function incompleteMergeDecision<T extends { decision: 'pass' | 'fail' | 'inconclusive' | 'error'; reasons: string[] }>(
  verdict: T,
  missing: readonly string[],
  planned: number,
): T {
  if (missing.length === 0 || verdict.decision === 'fail' || verdict.decision === 'error') return verdict;
  return {
    ...verdict,
    decision: 'error',
    reasons: [
      `${missing.length} of ${planned} sampled cases are missing from the shard results (e.g. ${missing[0]}); a merge that lacks cases cannot pass — raise max-cost or re-run the shards`,
      ...verdict.reasons,
    ],
  };
}
