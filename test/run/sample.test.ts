import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Case, Sample } from '../../src/config/suite.js';
import { parseShard, rankOf, sampleCases, sampleSize, shardOffsets, shardSlice } from '../../src/run/sample.js';

function cases(n: number, tagsOf: (i: number) => string[] = () => []): Case[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `case-${String(i).padStart(3, '0')}`,
    input: { i },
    tags: tagsOf(i),
    checks: [],
    source: { file: 'evals/cases.yaml', line: i + 1 },
  }));
}

function sample(overrides: Partial<Sample> = {}): Sample {
  return { size: null, seed: 1, stratify: false, always: [], trials: 1, batches: 5, ...overrides };
}

describe('sampleSize', () => {
  it.each<[Sample['size'], number, number]>([
    [null, 40, 40],
    [{ count: 10 }, 40, 10],
    [{ count: 100 }, 40, 40],
    [{ fraction: 0.25 }, 40, 10],
    [{ fraction: 0.01 }, 40, 1],
  ])('%j of %i cases is %i', (size, total, expected) => {
    expect(sampleSize(size, total)).toBe(expected);
  });
});

describe('sampleCases', () => {
  it('is deterministic for a seed and different for another seed', () => {
    const all = cases(100);
    const a = sampleCases(all, sample({ size: { count: 20 }, seed: 1 }));
    const b = sampleCases(all, sample({ size: { count: 20 }, seed: 1 }));
    const c = sampleCases(all, sample({ size: { count: 20 }, seed: 2 }));
    expect(a.ids).toHaveLength(20);
    expect(a.ids).toEqual(b.ids);
    expect(c.ids).not.toEqual(a.ids);
  });

  it('does not depend on the order cases are written in', () => {
    const all = cases(60);
    const forward = sampleCases(all, sample({ size: { count: 15 } })).ids;
    const backward = sampleCases([...all].reverse(), sample({ size: { count: 15 } })).ids;
    expect([...backward].sort()).toEqual([...forward].sort());
  });

  it('keeps the sample stable when a case is added: at most one case changes', () => {
    const all = cases(80);
    const before = new Set(sampleCases(all, sample({ size: { count: 20 } })).ids);
    const extra: Case = { id: 'zz-new', input: {}, tags: [], checks: [], source: { file: 'x', line: 1 } };
    const after = sampleCases([...all, extra], sample({ size: { count: 20 } })).ids;
    expect(after.filter((id) => !before.has(id)).length).toBeLessThanOrEqual(1);
  });

  it('always includes cases with an `always` tag, even beyond the requested size', () => {
    const all = cases(50, (i) => (i % 10 === 0 ? ['critical'] : ['other']));
    const plan = sampleCases(all, sample({ size: { count: 3 }, always: ['critical'] }));
    expect(plan.always).toBe(5);
    expect(plan.ids).toEqual(['case-000', 'case-010', 'case-020', 'case-030', 'case-040']);
  });

  it('fills the rest of the sample after the always cases', () => {
    const all = cases(50, (i) => (i % 10 === 0 ? ['critical'] : []));
    const plan = sampleCases(all, sample({ size: { count: 12 }, always: ['critical'] }));
    expect(plan.ids).toHaveLength(12);
    for (const id of ['case-000', 'case-010', 'case-020', 'case-030', 'case-040']) expect(plan.ids).toContain(id);
  });

  it('stratifies by tag in proportion to each tag’s share', () => {
    const all = cases(100, (i) => [i < 60 ? 'refunds' : i < 90 ? 'shipping' : 'account']);
    const plan = sampleCases(all, sample({ size: { count: 20 }, stratify: true }));
    const count = (tag: string) => plan.ids.filter((id) => all.find((c) => c.id === id)!.tags[0] === tag).length;
    expect([count('refunds'), count('shipping'), count('account')]).toEqual([12, 6, 2]);
  });

  it('returns ids in suite order', () => {
    const all = cases(30);
    const ids = sampleCases(all, sample({ size: { count: 10 } })).ids;
    expect(ids).toEqual([...ids].sort());
  });
});

/**
 * The sampler as it was before ranks were computed once (hash inside the comparator), kept
 * verbatim: the sample is part of the contract (SPEC §4), so a faster sampler must choose exactly
 * the same cases.
 */
function previousRankOf(seed: number, id: string): number {
  return createHash('sha256').update(`${seed}\u0000${id}`).digest().readUIntBE(0, 6);
}

function previousSampleCases(all: readonly Case[], s: Sample): string[] {
  const wanted = sampleSize(s.size, all.length);
  const alwaysTags = new Set(s.always);
  const pinned = all.filter((c) => c.tags.some((t) => alwaysTags.has(t)));
  const pinnedIds = new Set(pinned.map((c) => c.id));
  const others = all.filter((c) => !pinnedIds.has(c.id));
  const room = Math.max(0, wanted - pinned.length);
  const byRank = (a: Case, b: Case) => previousRankOf(s.seed, a.id) - previousRankOf(s.seed, b.id) || (a.id < b.id ? -1 : 1);
  let chosen: Case[];
  if (room >= others.length) chosen = others;
  else if (!s.stratify) chosen = [...others].sort(byRank).slice(0, room);
  else {
    const strata = new Map<string, Case[]>();
    for (const c of others) strata.set(c.tags[0] ?? '', [...(strata.get(c.tags[0] ?? '') ?? []), c]);
    const keys = [...strata.keys()].sort();
    const quotas = keys.map((k) => {
      const exact = (strata.get(k)!.length * room) / others.length;
      return { key: k, take: Math.floor(exact), remainder: exact - Math.floor(exact) };
    });
    let left = room - quotas.reduce((sum, q) => sum + q.take, 0);
    for (const q of [...quotas].sort((a, b) => b.remainder - a.remainder || (a.key < b.key ? -1 : 1))) {
      if (left <= 0) break;
      q.take += 1;
      left -= 1;
    }
    chosen = quotas.flatMap((q) => [...strata.get(q.key)!].sort(byRank).slice(0, q.take));
  }
  const picked = new Set([...pinnedIds, ...chosen.map((c) => c.id)]);
  return all.filter((c) => picked.has(c.id)).map((c) => c.id);
}

describe('sampleCases matches the previous sampler', () => {
  // A fixture with ids of mixed shapes (numbers, unicode, shared prefixes), uneven strata,
  // untagged cases and `always` cases.
  const TAGS = ['refunds', 'shipping', 'account', 'billing', 'critical'];
  const fixture: Case[] = Array.from({ length: 1500 }, (_, i) => ({
    id: i % 7 === 0 ? `${i}` : i % 11 === 0 ? `cas-é-${i}` : `case-${String(i).padStart(5, '0')}`,
    input: { i },
    tags: i % 13 === 0 ? [] : i % 97 === 0 ? ['critical', 'refunds'] : [TAGS[(i * i) % 4]],
    checks: [],
    source: { file: 'evals/cases.yaml', line: i + 1 },
  }));

  it('ranks every case as before', () => {
    for (const c of fixture) for (const seed of [1, 42]) expect(rankOf(seed, c.id)).toBe(previousRankOf(seed, c.id));
  });

  it.each<[string, Partial<Sample>]>([
    ['count 200, seed 1', { size: { count: 200 } }],
    ['count 37, seed 42', { size: { count: 37 }, seed: 42 }],
    ['10%, seed 7', { size: { fraction: 0.1 }, seed: 7 }],
    ['count 200 stratified', { size: { count: 200 }, stratify: true }],
    ['33% stratified, seed 3', { size: { fraction: 0.33 }, stratify: true, seed: 3 }],
    ['count 50 with always', { size: { count: 50 }, always: ['critical'] }],
    ['count 120 stratified with always, seed 9', { size: { count: 120 }, stratify: true, always: ['critical'], seed: 9 }],
  ])('%s', (_name, overrides) => {
    const s = sample(overrides);
    const ids = sampleCases(fixture, s).ids;
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(previousSampleCases(fixture, s));
  });
});

describe('sharding', () => {
  it('slices are disjoint and together cover the sample', () => {
    const ids = sampleCases(cases(53), sample({ size: { count: 40 } })).ids;
    const slices = [1, 2, 3, 4].map((index) => shardSlice(ids, { index, count: 4 }));
    expect(slices.flat().sort()).toEqual([...ids].sort());
    expect(new Set(slices.flat()).size).toBe(ids.length);
  });

  it('several suites: each suite sliced from its offset in the union, so small suites spread over the shards', () => {
    const suites = [['a1'], ['b1'], ['c1', 'c2', 'c3']];
    const offsets = shardOffsets(suites.map((s) => s.length));
    expect(offsets).toEqual([0, 1, 2]);
    const shards = [1, 2].map((index) => suites.flatMap((ids, i) => shardSlice(ids, { index, count: 2 }, offsets[i])));
    // Every case of the union in exactly one shard, and the shards as even as the union allows.
    expect(shards.flat().sort()).toEqual(suites.flat().sort());
    expect(shards.map((s) => s.length)).toEqual([3, 2]);
    // Sliced one suite at a time, every one-case suite would land in shard 1.
    expect(shards[1]).toContain('b1');
  });

  it.each(['0/4', '5/4', 'a/b', '2', '1/0'])('rejects shard "%s" with the expected form', (text) => {
    expect(() => parseShard(text)).toThrow(/expected "i\/n"/);
  });

  it('parses i/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
  });
});
