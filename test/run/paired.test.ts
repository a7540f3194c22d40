import { describe, expect, it } from 'vitest';
import { decide } from '../../src/compare/decision.js';
import { DEFAULT_GATE, type Case, type Gate } from '../../src/config/suite.js';
import type { CaseResult, RunResults } from '../../src/results/schema.js';
import { totalsOf } from '../../src/results/totals.js';
import { Budget } from '../../src/run/budget.js';
import { evaluatePaired, type PairedArgs } from '../../src/run/paired.js';
import type { OpenSide } from '../../src/run/side.js';
import { caseResult } from '../support/builders.js';

/** A side whose cases score by a rule; it records every batch it was asked to run. */
function side(name: 'base' | 'head', score: (id: string, trial: number) => number, options: { stopAfter?: number } = {}) {
  const batches: { ids: string[]; firstTrial: number; trials: number }[] = [];
  let ran = 0;
  const open: OpenSide = {
    async run(cases, opts = {}) {
      const firstTrial = opts.firstTrial ?? 0;
      const trials = opts.trials ?? 1;
      batches.push({ ids: cases.map((c) => c.id), firstTrial, trials });
      const allowed = options.stopAfter === undefined ? cases.length : Math.max(0, Math.min(cases.length, options.stopAfter - ran));
      ran += allowed;
      const results: CaseResult[] = cases.slice(0, allowed).map((c) =>
        caseResult(c.id, {
          tags: c.tags,
          trials: Array.from({ length: trials }, (_, t) => {
            const s = score(c.id, firstTrial + t);
            return { score: s, status: s >= 0.5 ? 'pass' : 'fail' };
          }),
        }),
      );
      return { cases: results, notStarted: cases.length - allowed };
    },
    async results(cases, cut): Promise<RunResults> {
      return {
        schema: 'evalgate-results',
        schemaVersion: 1,
        meta: {
          side: name,
          commit: null,
          ref: null,
          suitePath: 'evals/evalgate.yaml',
          suiteName: 'paired',
          suiteFingerprint: 'fp',
          targetFingerprint: name,
          seed: 1,
          trials: 1,
          totalCases: 200,
          sampleIds: [],
          shard: null,
          startedAt: '',
          finishedAt: '',
          durationMs: 0,
          cut,
          evalgateVersion: 'test',
        },
        cases,
        totals: totalsOf(cases, []),
      };
    },
    async close() {},
  };
  return { open, batches };
}

const cases = (n: number, tagged: (i: number) => string[] = () => []): Case[] =>
  Array.from({ length: n }, (_, i) => ({ id: `c${String(i).padStart(3, '0')}`, input: {}, tags: tagged(i), checks: [], source: { file: 'x', line: i + 1 } }));

/** Deterministic "noise": a case scores 1 or 0 by a hash of its id, so sides differ by rule only. */
const coin = (id: string, salt: number, p: number) => {
  let h = salt * 2654435761;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return (h % 10_000) / 10_000 < p ? 1 : 0;
};

function args(over: Partial<PairedArgs> & Pick<PairedArgs, 'base' | 'head'>): PairedArgs {
  return { cases: cases(200), gate: DEFAULT_GATE, batches: 5, trials: 1, budget: new Budget(null), trafficCallsPerMonth: null, baselineNote: null, ...over };
}

describe('evaluatePaired: sequential sampling', () => {
  it('stops early when a harmless change is clearly harmless, and says why', async () => {
    const same = (id: string) => coin(id, 1, 0.9);
    const base = side('base', same);
    const head = side('head', same);
    const run = await evaluatePaired(args({ base: base.open, head: head.open }));
    expect(run.comparison.sequential?.stop).toBe('pass');
    expect(run.comparison.sample.used).toBeLessThan(200);
    expect(head.batches.map((b) => b.ids.length)).toEqual(base.batches.map((b) => b.ids.length));
    expect(head.batches[0].ids).toEqual(cases(40).map((c) => c.id));
    expect(decide(run.comparison, DEFAULT_GATE).decision).toBe('pass');
  });

  it('stops early on a clear regression', async () => {
    const base = side('base', (id) => coin(id, 1, 0.95));
    const head = side('head', (id) => coin(id, 1, 0.95) * coin(id, 2, 0.5));
    const run = await evaluatePaired(args({ base: base.open, head: head.open }));
    expect(run.comparison.sequential?.stop).toBe('fail');
    expect(run.comparison.sequential?.looks).toHaveLength(1);
    expect(run.comparison.sample.used).toBe(40);
    expect(decide(run.comparison, DEFAULT_GATE).decision).toBe('fail');
  });

  it('spends the whole sample when the answer stays unclear, and ends inconclusive', async () => {
    const base = side('base', (id) => coin(id, 1, 0.7));
    const head = side('head', (id) => coin(id, 3, 0.64));
    const run = await evaluatePaired(args({ cases: cases(60), base: base.open, head: head.open }));
    expect(run.comparison.sequential?.stop).toBe('sample-spent');
    expect(run.comparison.sample.used).toBe(60);
    expect(decide(run.comparison, DEFAULT_GATE).decision).toBe('inconclusive');
  });

  it('with one batch evaluates everything at once (shards)', async () => {
    const same = (id: string) => coin(id, 1, 0.9);
    const head = side('head', same);
    const run = await evaluatePaired(args({ batches: 1, base: side('base', same).open, head: head.open }));
    expect(head.batches).toHaveLength(1);
    expect(run.comparison.sequential).toBeNull();
    expect(run.comparison.sample.used).toBe(200);
  });

  it('makes the completed cases the final look when the budget cuts a batch', async () => {
    const run = await evaluatePaired(
      args({ base: side('base', (id) => coin(id, 1, 0.6), { stopAfter: 55 }).open, head: side('head', (id) => coin(id, 2, 0.6)).open }),
    );
    expect(run.comparison.sequential?.looks.map((l) => [l.cases, l.final])).toEqual([
      [40, false],
      [55, true],
    ]);
    expect(run.comparison.sequential?.stop).toBe('budget');
    expect(run.comparison.sample.used).toBe(55);
    expect(run.head.meta.cut).toMatchObject({ completed: 55, planned: 200 });
    expect(run.base.cases.map((c) => c.id)).toEqual(run.head.cases.map((c) => c.id));
  });

  it('reads base results of each batch from a stored baseline', async () => {
    const same = (id: string) => coin(id, 1, 0.9);
    const storedCases = cases(200).map((c) => caseResult(c.id, { trials: [{ score: same(c.id), status: same(c.id) ? 'pass' : 'fail' }] }));
    const stored = await side('base', same).open.results(storedCases, null);
    const run = await evaluatePaired(args({ base: { stored }, head: side('head', same).open }));
    expect(run.comparison.sequential?.stop).toBe('pass');
    expect(run.base.cases.map((c) => c.id)).toEqual(run.head.cases.map((c) => c.id));
  });
});

describe('evaluatePaired: must-pass confirmation', () => {
  const gate: Gate = { ...DEFAULT_GATE, mustPassTags: ['critical'] };
  const critical = (i: number) => (i < 3 ? ['critical'] : []);

  it('re-runs a must-pass case that passed at base and failed at head, with the next trial numbers', async () => {
    const base = side('base', () => 1);
    // c001 fails its first trial only: flaky, not blocking.
    const head = side('head', (id, trial) => (id === 'c001' && trial === 0 ? 0 : 1));
    const run = await evaluatePaired(args({ cases: cases(40, critical), gate, batches: 1, base: base.open, head: head.open }));
    expect(head.batches.at(-1)).toEqual({ ids: ['c001'], firstTrial: 1, trials: 2 });
    expect(run.head.cases.find((c) => c.id === 'c001')?.confirmTrials).toHaveLength(2);
    const verdict = decide(run.comparison, gate);
    expect(verdict.gates.mustPass).toEqual([]);
    expect(verdict.warnings).toContainEqual(expect.stringMatching(/flaky, not blocking\): c001$/));
  });

  it('blocks when the re-runs fail too', async () => {
    const head = side('head', (id) => (id === 'c002' ? 0 : 1));
    const run = await evaluatePaired(args({ cases: cases(40, critical), gate, batches: 1, base: side('base', () => 1).open, head: head.open }));
    expect(decide(run.comparison, gate).gates.mustPass).toEqual(['c002']);
  });

  it('does not re-run a case that fails at base too, unless the gate is strict', async () => {
    const failing = (id: string) => (id === 'c000' ? 0 : 1);
    const head = side('head', failing);
    await evaluatePaired(args({ cases: cases(40, critical), gate, batches: 1, base: side('base', failing).open, head: head.open }));
    expect(head.batches).toHaveLength(1);
    const strict = side('head', failing);
    await evaluatePaired(
      args({ cases: cases(40, critical), gate: { ...gate, mustPass: 'strict' }, batches: 1, base: side('base', failing).open, head: strict.open }),
    );
    expect(strict.batches.at(-1)?.ids).toEqual(['c000']);
  });
});
