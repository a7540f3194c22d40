import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/compare/compare.js';
import { baselineDecision, decide, finalDecision, shardDecision } from '../../src/compare/decision.js';
import { designOf, takeLook } from '../../src/compare/sequential.js';
import type { Comparison, Decision } from '../../src/compare/types.js';
import { DEFAULT_GATE, type Gate } from '../../src/config/suite.js';
import type { CaseResult } from '../../src/results/schema.js';
import { caseResult, errored, failing, ids, passing, run, type TrialSpec } from '../support/builders.js';

const settings = { confidence: 0.95, trafficCallsPerMonth: null };

/** n cases with the given per-case scores on each side (pass at ≥ 0.5). */
function scored(n: number, base: (i: number) => number, head: (i: number) => number, extra: (i: number) => TrialSpec = () => ({})): Comparison {
  const make = (score: number, i: number): TrialSpec => ({ score, status: score >= 0.5 ? 'pass' : 'fail', ...extra(i) });
  const caseIds = ids(n);
  return compareRuns({
    base: run(
      'base',
      caseIds.map((id, i) => caseResult(id, { trials: [make(base(i), i)] })),
    ),
    head: run(
      'head',
      caseIds.map((id, i) => caseResult(id, { trials: [make(head(i), i)] })),
    ),
    ...settings,
  });
}

function sides(baseCases: CaseResult[], headCases: CaseResult[]): Comparison {
  return compareRuns({ base: run('base', baseCases), head: run('head', headCases), ...settings });
}

const gate = (g: Partial<Gate> = {}): Gate => ({ ...DEFAULT_GATE, ...g });

describe('decide: the score rule (two error rates)', () => {
  it.each<[string, Decision, Comparison, RegExp]>([
    [
      'a drop clearly beyond δ',
      'fail',
      scored(
        60,
        () => 0.9,
        (i) => 0.82 + (i % 3) * 0.01,
      ),
      /^mean score dropped 7 pts \(95% CI −7\.\d to −6\.\d\): the drop is beyond the 2-pt tolerance \(60 paired cases\)$/,
    ],
    [
      'no change at all',
      'pass',
      scored(
        60,
        () => 0.9,
        () => 0.9,
      ),
      /^mean score changed 0 pts .*: a drop of 10 pts or more is ruled out \(60 paired cases\)$/,
    ],
    [
      'a small drop measured well: within Δ, not beyond δ',
      'pass',
      scored(
        60,
        () => 0.9,
        (i) => 0.89 + (i % 2) * 0.005,
      ),
      /ruled out/,
    ],
    [
      'a noisy drop: neither shown',
      'inconclusive',
      scored(
        40,
        () => 0.5,
        (i) => (i % 2 === 0 ? 0.94 : 0),
      ),
      /^mean score dropped 3 pts .*: neither beyond the 2-pt tolerance nor shown to be below 10 pts \(40 paired cases\); about [\d,]+ cases \(or more trials\) would decide$/,
    ],
  ])('%s → %s', (_name, decision, comparison, reason) => {
    const verdict = decide(comparison, DEFAULT_GATE);
    expect(verdict.decision).toBe(decision);
    expect(verdict.reasons[0]).toMatch(reason);
    expect(verdict.evidence).toMatchObject({ stop: 'fixed', method: 't', beta: 0.1 });
    expect(verdict.evidence?.alpha).toBeCloseTo(0.025, 12);
  });

  it('blocks a PR whose true drop equals δ only at the error rate α, not on every noisy sample', () => {
    // Mean delta exactly −δ with spread: the non-inferiority test cannot reject.
    const verdict = decide(
      scored(
        100,
        () => 0.9,
        (i) => 0.88 + (i % 2 === 0 ? 0.05 : -0.05),
      ),
      DEFAULT_GATE,
    );
    expect(verdict.decision).not.toBe('fail');
  });

  it('uses the exact sign-flip test below 30 pairs, and needs 6 failing pairs to block', () => {
    const five = decide(
      scored(
        5,
        () => 1,
        () => 0,
      ),
      DEFAULT_GATE,
    );
    expect(five.decision).toBe('inconclusive');
    expect(five.evidence?.method).toBe('sign-flip');
    expect(
      decide(
        scored(
          6,
          () => 1,
          () => 0,
        ),
        DEFAULT_GATE,
      ).decision,
    ).toBe('fail');
  });

  it('takes a custom δ, Δ and confidence', () => {
    const c = scored(
      60,
      () => 0.9,
      (i) => 0.86 + (i % 3) * 0.01,
    );
    expect(decide(c, DEFAULT_GATE).decision).toBe('fail');
    const tolerant = decide({ ...c, confidence: 0.9 }, gate({ confidence: 0.9, maxScoreDrop: 0.05, detectDrop: 0.15 }));
    expect(tolerant.decision).toBe('pass');
    expect(tolerant.reasons[0]).toMatch(/90% CI .*a drop of 15 pts or more is ruled out/);
    expect(tolerant.evidence?.alpha).toBeCloseTo(0.05, 12);
  });

  it('decides at the look that stopped a sequential run, and says how far it got', () => {
    const c = scored(
      40,
      () => 0.9,
      () => 0.9,
    );
    const design = designOf({ maxCases: 200, batches: 5, confidence: 0.95, maxScoreDrop: 0.02, detectDrop: 0.1 });
    const look = takeLook(
      design,
      [40],
      c.cases.map((k) => k.delta!),
      false,
    );
    const verdict = decide({ ...c, sequential: { maxCases: 200, plannedLooks: design.looks, looks: [look], stop: 'pass' } }, DEFAULT_GATE);
    expect(verdict.decision).toBe('pass');
    expect(verdict.reasons[0]).toMatch(/ruled out after 40 of at most 200 cases$/);
    expect(verdict.evidence).toMatchObject({ stop: 'pass', casesUsed: 40, maxCases: 200, looks: 1, plannedLooks: 5 });
  });
});

describe('decide: errors caused by the change', () => {
  const failingAtHead = (origin: 'target' | 'provider') =>
    sides(
      ids(40).map((id) => passing(id)),
      ids(40).map((id, i) => (i < 8 ? caseResult(id, { trials: [{ status: 'error', errorKind: 'command', errorOrigin: origin }] }) : passing(id))),
    );

  it('counts a target that crashes at head only as failing cases', () => {
    const verdict = decide(failingAtHead('target'), DEFAULT_GATE);
    expect(verdict.decision).toBe('fail');
    expect(verdict.warnings).toContainEqual(
      expect.stringMatching(/^8 cases failed because the target crashed, timed out or returned invalid output at head only/),
    );
  });

  it('never counts provider errors as failures: too many make the run untrustworthy', () => {
    const verdict = decide(failingAtHead('provider'), DEFAULT_GATE);
    expect(verdict.decision).toBe('error');
    expect(verdict.reasons[0]).toMatch(/this is an infrastructure problem, not a regression$/);
  });

  it('calls errors of the target on both sides a broken suite, not an outage', () => {
    const crash = (id: string) => caseResult(id, { trials: [{ status: 'error', errorKind: 'template', errorOrigin: 'target' }] });
    const all = ids(10).map(crash);
    const verdict = decide(sides(all, all), DEFAULT_GATE);
    expect(verdict.decision).toBe('error');
    expect(verdict.reasons[0]).toMatch(
      /fail the same way at base and head \(template, command or timeout errors\): the suite or the target is broken, not the provider/,
    );
  });

  it('leaves a crash on both sides an error (a broken case, not a regression)', () => {
    const crash = (id: string) => caseResult(id, { trials: [{ status: 'error', errorKind: 'template', errorOrigin: 'target' }] });
    const c = sides([crash('a'), ...ids(30).map((id) => passing(id))], [crash('a'), ...ids(30).map((id) => passing(id))]);
    expect(c.cases.find((k) => k.id === 'a')?.class).toBe('error');
  });

  it('warns about errors under the limit and reports their kinds', () => {
    const verdict = decide(
      sides(
        ids(52).map((id, i) => (i === 0 ? errored(id) : passing(id))),
        ids(52).map((id, i) => (i < 3 ? errored(id) : passing(id))),
      ),
      DEFAULT_GATE,
    );
    expect(verdict.decision).toBe('pass');
    expect(verdict.warnings[0]).toBe('3 of 52 cases (base 1, head 3; trial errors: timeout ×4) errored and are left out of the deltas');
  });
});

describe('decide: must-pass cases', () => {
  const critical = ['critical'];
  const mustPass = gate({ mustPassTags: critical });
  /** 40 passing cases; case-03 is critical with the given base and head (and confirmation) trials. */
  function withCritical(base: TrialSpec[], head: TrialSpec[], confirm?: TrialSpec[]): Comparison {
    const caseIds = ids(40);
    const side = (trials: TrialSpec[], extra?: TrialSpec[]) =>
      caseIds.map((id) => {
        if (id !== 'case-03') return passing(id);
        const c = caseResult(id, { tags: critical, trials });
        return extra ? { ...c, confirmTrials: caseResult(id, { trials: extra }).trials } : c;
      });
    return sides(side(base), side(head, confirm));
  }
  const pass: TrialSpec = { status: 'pass' };
  const fail: TrialSpec = { status: 'fail' };

  it.each<[string, Decision, Comparison, Gate, RegExp | null]>([
    [
      'pass → fail, confirmed by 2 failing re-runs',
      'fail',
      withCritical([pass], [fail], [fail, fail]),
      mustPass,
      /^1 must-pass case \(tags: critical\) fails at head, confirmed by re-running at head \(3 of 3 trials failed\): case-03$/,
    ],
    ['pass → fail, 2 of 3 failing', 'fail', withCritical([pass], [fail], [pass, fail]), mustPass, /2 of 3 trials failed/],
    ['pass → fail once, then passing twice: flaky', 'pass', withCritical([pass], [fail], [pass, pass]), mustPass, null],
    ['failing at base too: pre-existing', 'pass', withCritical([fail], [fail], [fail, fail]), mustPass, null],
    ['failing at base too, strict', 'fail', withCritical([fail], [fail], [fail, fail]), gate({ mustPassTags: critical, mustPass: 'strict' }), /fails at head/],
    [
      'no confirmation trials configured',
      'fail',
      withCritical([pass], [fail]),
      gate({ mustPassTags: critical, confirmTrials: 0 }),
      /^1 must-pass case \(tags: critical\) fails at head: case-03$/,
    ],
  ])('%s → %s', (_name, decision, comparison, g, reason) => {
    const verdict = decide(comparison, g);
    expect(verdict.decision).toBe(decision);
    if (reason) expect(verdict.reasons[0]).toMatch(reason);
  });

  it('says why a failing must-pass case did not block', () => {
    expect(decide(withCritical([pass], [fail], [pass, pass]), mustPass).warnings).toContainEqual(
      '1 must-pass case failed at head but passed most confirmation trials (flaky, not blocking): case-03',
    );
    expect(decide(withCritical([fail], [fail], [fail, fail]), mustPass).warnings).toContainEqual(
      '1 must-pass case already failed at base (pre-existing, not blocking; `must-pass: strict` blocks them): case-03',
    );
  });

  it('blocks an unconfirmed failure when the budget left no room to confirm it, and says so', () => {
    const verdict = decide(withCritical([pass], [fail]), mustPass);
    expect(verdict.decision).toBe('fail');
    expect(verdict.warnings).toContainEqual(expect.stringMatching(/could not be confirmed/));
  });

  it('lists at most 10 ids in the reason, all of them in the gate', () => {
    const caseIds = ids(40);
    const failingIds = caseIds.slice(0, 13);
    const c = sides(
      caseIds.map((id) => passing(id, { tags: critical })),
      caseIds.map((id) =>
        failingIds.includes(id)
          ? { ...failing(id, { tags: critical }), confirmTrials: caseResult(id, { trials: [fail, fail] }).trials }
          : passing(id, { tags: critical }),
      ),
    );
    const verdict = decide(c, mustPass);
    expect(verdict.gates.mustPass).toEqual(failingIds);
    expect(verdict.reasons).toContainEqual(expect.stringMatching(/case-09 and 3 more$/));
  });
});

describe('decide: permissions', () => {
  const violating = (which: string[]) => ids(40).map((id) => (which.includes(id) ? failing(id, { score: 0.5, violations: ['refund_payment'] }) : passing(id)));
  it('blocks a forbidden tool call new at head, whatever the score says', () => {
    const verdict = decide(sides(violating([]), violating(['case-05'])), DEFAULT_GATE);
    expect(verdict.decision).toBe('fail');
    expect(verdict.reasons[0]).toBe('1 case calls a tool outside `allowed` that it did not call at base (refund_payment): case-05');
  });
  it('leaves a violation already present at base to the score rule', () => {
    expect(decide(sides(violating(['case-05']), violating(['case-05'])), DEFAULT_GATE).gates.permissions).toEqual([]);
  });
});

describe('decide: cost and latency on intervals', () => {
  const costs = (head: (i: number) => number, latency: (i: number) => number = () => 1000) =>
    scored(
      40,
      () => 0.9,
      () => 0.9,
      (i) => ({ costUsd: head(i), latencyMs: latency(i) }),
    );
  const withBase = (c: Comparison, baseCost: number, baseLatency = 1000): Comparison => {
    const caseIds = ids(40);
    const trial = (i: number): TrialSpec => ({ score: 0.9, costUsd: baseCost, latencyMs: baseLatency + (i % 2) * 10 });
    const head = run(
      'head',
      c.cases.map((k) => k.head),
    );
    return compareRuns({
      base: run(
        'base',
        caseIds.map((id, i) => caseResult(id, { trials: [trial(i)] })),
      ),
      head,
      ...settings,
    });
  };

  it('blocks a cost increase whose interval lies above the limit', () => {
    const verdict = decide(
      withBase(
        costs((i) => 0.0015 + (i % 2) * 0.00001),
        0.001,
      ),
      gate({ maxCostIncrease: 0.25 }),
    );
    expect(verdict.decision).toBe('fail');
    expect(verdict.reasons[0]).toMatch(/^cost per 1k cases rose 50\.\d% \(\$1\.00 → \$1\.50; 95% CI \+50\.\d% to \+5\d\.\d%\), above the 25% limit$/);
  });

  it('does not block a noisy cost increase whose interval reaches below the limit', () => {
    const verdict = decide(
      withBase(
        costs((i) => (i % 2 === 0 ? 0.0001 : 0.0025)),
        0.001,
      ),
      gate({ maxCostIncrease: 0.25 }),
    );
    expect(verdict.decision).toBe('pass');
    expect(verdict.reasons).toContainEqual(expect.stringMatching(/^cost per 1k cases rose 30% .*not shown to exceed the 25% limit$/));
  });

  it('blocks a latency increase on paired log-latency, not on p50', () => {
    const verdict = decide(
      withBase(
        costs(
          () => 0.001,
          (i) => 1500 + (i % 3) * 20,
        ),
        0.001,
      ),
      gate({ maxLatencyIncrease: 0.2 }),
    );
    expect(verdict.gates.latency).toBe('exceeded');
    expect(verdict.reasons[0]).toMatch(/^latency \(geometric mean per case\) rose 5\d(\.\d)?% \(1 s → 1\.5\d? s; 95% CI \+5\d/);
  });

  it('warns instead when a price is unknown', () => {
    const verdict = decide(
      withBase(
        costs(() => 0.001),
        0.001,
      ),
      gate({ maxCostIncrease: 0.25 }),
    );
    expect(verdict.gates.cost).toBe('ok');
    const unknown = scored(
      40,
      () => 0.9,
      () => 0.9,
      () => ({ costUsd: null }),
    );
    const v2 = decide({ ...unknown, spend: { ...unknown.spend, unknownPriceModels: ['my-finetune'] } }, gate({ maxCostIncrease: 0.25 }));
    expect(v2.gates.cost).toBe('unknown');
    expect(v2.warnings).toContain('cost gate not applied: price unknown for my-finetune; add it under `pricing:`');
  });
});

describe('decide: flaky or regressed (trials > 1)', () => {
  it('classes each case from its trials', () => {
    const p: TrialSpec = { status: 'pass' };
    const f: TrialSpec = { status: 'fail' };
    const c = sides(
      [caseResult('stable', { trials: [p, p, p] }), caseResult('flaky', { trials: [p, p, p] }), caseResult('regressed', { trials: [p, p, p] })],
      [caseResult('stable', { trials: [p, p, p] }), caseResult('flaky', { trials: [p, f, f] }), caseResult('regressed', { trials: [f, f, f] })],
    );
    expect(Object.fromEntries(c.cases.map((k) => [k.id, k.stability]))).toEqual({ stable: 'stable', flaky: 'flaky', regressed: 'regressed' });
  });
});

describe('finalDecision and baselineDecision', () => {
  it.each<[Decision, boolean, 'pass' | 'fail', string]>([
    ['fail', false, 'pass', 'fail'],
    ['fail', true, 'pass', 'approved'],
    ['inconclusive', false, 'pass', 'inconclusive'],
    ['inconclusive', false, 'fail', 'fail'],
    ['inconclusive', true, 'fail', 'approved'],
    ['pass', true, 'pass', 'pass'],
    ['error', true, 'fail', 'error'],
  ])('%s, approved %s, on-inconclusive %s → %s', (verdict, approved, onInconclusive, expected) => {
    expect(finalDecision(verdict, approved, { onInconclusive })).toBe(expected);
  });

  it('fails a shard job only when its evaluation could not be trusted', () => {
    expect(shardDecision('fail')).toBe('pass');
    expect(shardDecision('inconclusive')).toBe('pass');
    expect(shardDecision('error')).toBe('error');
  });

  it('errors a baseline run only above the error limit', () => {
    expect(baselineDecision({ cases: 100, errors: 10 }, { maxErrorRate: 0.1 })).toBe('pass');
    expect(baselineDecision({ cases: 100, errors: 11 }, { maxErrorRate: 0.1 })).toBe('error');
  });
});
