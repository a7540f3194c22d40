import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/compare/compare.js';
import type { Comparison, Decision, Verdict } from '../../src/compare/types.js';
import { decide } from '../../src/compare/verdict.js';
import { DEFAULT_GATE, type Gate } from '../../src/config/suite.js';
import { comparison, errored, failing, ids, passing, run } from './builders.js';

interface Branch {
  name: string;
  comparison: Comparison;
  gate?: Partial<Gate>;
  decision: Decision;
  gates: Partial<Verdict['gates']>;
  /** Matched against the first reason. */
  reason: RegExp;
  warning?: RegExp;
}

/** 40 cases; the listed ones call a forbidden tool at head (and, if given, at base too). */
function withViolations(options: { head: string[]; base?: string[] }): Comparison {
  const caseIds = ids(40);
  const side = (name: 'base' | 'head', violating: string[]) =>
    run(name, caseIds.map((id) => (violating.includes(id) ? failing(id, { score: 0.5, violations: ['refund_payment'] }) : passing(id))));
  return compareRuns({ base: side('base', options.base ?? []), head: side('head', options.head), confidence: 0.95, seed: 1, trafficCallsPerMonth: null });
}

/** 40 cases passing at base; at head the listed ones fail (tagged critical) or error. */
function withCriticalCases(options: { failingIds: string[]; erroredIds?: string[]; single?: boolean }): Comparison {
  const caseIds = ids(40);
  const critical = { tags: ['critical'] };
  const head = run(
    options.single ? 'single' : 'head',
    caseIds.map((id) =>
      options.failingIds.includes(id) ? failing(id, critical) : options.erroredIds?.includes(id) ? errored(id, 'timeout', ['critical']) : passing(id, critical),
    ),
  );
  const base = options.single ? null : run('base', caseIds.map((id) => passing(id, critical)));
  return compareRuns({ base, head, confidence: 0.95, seed: 1, trafficCallsPerMonth: null });
}

const branches: Branch[] = [
  {
    name: 'score regression beyond the tolerance',
    comparison: comparison({ score: { delta: -0.062, low: -0.098, high: -0.026 } }),
    decision: 'fail',
    gates: { score: 'regression' },
    reason: /^mean score dropped 6\.2 pts \(95% CI −9\.8 to −2\.6\), beyond the 2-pt tolerance$/,
  },
  {
    name: 'a significant drop within the tolerance',
    comparison: comparison({ score: { delta: -0.015, low: -0.025, high: -0.004 } }),
    decision: 'pass',
    gates: { score: 'ok' },
    reason: /^mean score changed −1\.5 pts \(95% CI −2\.5 to −0\.4\), no drop beyond the 2-pt tolerance$/,
  },
  {
    name: 'a drop beyond the tolerance whose interval still reaches 0 (inconclusive)',
    comparison: comparison({ score: { delta: -0.03, low: -0.07, high: 0.01 } }),
    decision: 'inconclusive',
    gates: { score: 'inconclusive' },
    reason: /^mean score dropped 3 pts \(95% CI −7 to \+1\): beyond the 2-pt tolerance, but too noisy to call a regression$/,
  },
  {
    name: 'a wide interval around a small drop is not inconclusive (noise of a small sample)',
    comparison: comparison({ score: { delta: -0.01, low: -0.05, high: 0.03 } }),
    decision: 'pass',
    gates: { score: 'ok' },
    reason: /no drop beyond the 2-pt tolerance/,
  },
  {
    name: 'inconclusive score but another gate failing',
    comparison: comparison({ score: { delta: -0.03, low: -0.07, high: 0.01 }, cost: { base: 0.001, head: 0.002 } }),
    gate: { maxCostIncrease: 0.25 },
    decision: 'fail',
    gates: { score: 'inconclusive', cost: 'exceeded' },
    reason: /^cost per case rose 100% \(\$0\.001 → \$0\.002\), above the 25% limit$/,
  },
  {
    name: 'a tool outside `allowed` newly called at head fails, however small the score drop',
    comparison: withViolations({ head: ['case-05'] }),
    decision: 'fail',
    gates: { score: 'ok', permissions: ['case-05'] },
    reason: /^1 case calls a tool outside `allowed` that it did not call at base \(refund_payment\): case-05$/,
  },
  {
    name: 'a violation already present at base is not new: the score gate decides',
    comparison: withViolations({ head: ['case-05'], base: ['case-05'] }),
    decision: 'pass',
    gates: { permissions: [] },
    reason: /no drop beyond the 2-pt tolerance/,
  },
  {
    name: 'no regression',
    comparison: comparison({ score: { delta: 0.01, low: -0.01, high: 0.03 } }),
    decision: 'pass',
    gates: { score: 'ok', cost: 'off', latency: 'off', errorRate: 'ok', mustPass: [], permissions: [] },
    reason: /^mean score changed \+1 pts \(95% CI −1 to \+3\), no drop beyond the 2-pt tolerance$/,
  },
  {
    name: 'a custom tolerance and confidence',
    comparison: { ...comparison({ score: { delta: -0.03, low: -0.05, high: -0.01 } }), confidence: 0.9 },
    gate: { maxScoreDrop: 0.05 },
    decision: 'pass',
    gates: { score: 'ok' },
    reason: /\(90% CI −5 to −1\), no drop beyond the 5-pt tolerance$/,
  },
  {
    name: 'must-pass cases failing at head',
    comparison: withCriticalCases({ failingIds: ['case-03', 'case-07'] }),
    gate: { mustPassTags: ['critical'] },
    decision: 'fail',
    gates: { mustPass: ['case-03', 'case-07'] },
    reason: /^2 must-pass cases \(tags: critical\) fail at head: case-03, case-07$/,
  },
  {
    name: 'a must-pass case erroring at head (not a failure)',
    comparison: withCriticalCases({ failingIds: [], erroredIds: ['case-05'] }),
    gate: { mustPassTags: ['critical'] },
    decision: 'pass',
    gates: { mustPass: [] },
    reason: /^mean score changed 0 pts/,
    warning: /^1 must-pass case errored at head and could not be checked: case-05$/,
  },
  {
    name: 'cost increase above the limit',
    comparison: comparison({ cost: { base: 0.001, head: 0.0015 } }),
    gate: { maxCostIncrease: 0.25 },
    decision: 'fail',
    gates: { cost: 'exceeded', score: 'ok' },
    reason: /^cost per case rose 50% \(\$0\.001 → \$0\.0015\), above the 25% limit$/,
  },
  {
    name: 'cost from zero',
    comparison: comparison({ cost: { base: 0, head: 0.0002 } }),
    gate: { maxCostIncrease: 0.25 },
    decision: 'fail',
    gates: { cost: 'exceeded' },
    reason: /^cost per case rose from zero \(\$0 → \$0\.0002\), above the 25% limit$/,
  },
  {
    name: 'cost increase within the limit',
    comparison: comparison({ cost: { base: 0.001, head: 0.0011 } }),
    gate: { maxCostIncrease: 0.25 },
    decision: 'pass',
    gates: { cost: 'ok' },
    reason: /^mean score changed/,
  },
  {
    name: 'cost unknown with the cost gate on',
    comparison: comparison({ cost: { base: 0.001, head: null }, unknownPriceModels: ['my-finetune'] }),
    gate: { maxCostIncrease: 0.25 },
    decision: 'pass',
    gates: { cost: 'unknown' },
    reason: /^mean score changed/,
    warning: /^cost gate not applied: price unknown for my-finetune; add it under `pricing:`$/,
  },
  {
    name: 'p50 latency increase above the limit',
    comparison: comparison({ latencyP50: { base: 1000, head: 1500 } }),
    gate: { maxLatencyIncrease: 0.2 },
    decision: 'fail',
    gates: { latency: 'exceeded' },
    reason: /^p50 latency rose 50% \(1 s → 1\.5 s\), above the 20% limit$/,
  },
  {
    name: 'p50 latency faster',
    comparison: comparison({ latencyP50: { base: 800, head: 600 } }),
    gate: { maxLatencyIncrease: 0.2 },
    decision: 'pass',
    gates: { latency: 'ok' },
    reason: /^mean score changed/,
  },
  {
    name: 'error rate above the limit, even with a regression',
    comparison: comparison({
      pairs: 50,
      score: { delta: -0.2, low: -0.3, high: -0.1 },
      errors: { base: 0, head: 6, byKind: { timeout: 4, 'rate-limit': 2 } },
    }),
    decision: 'error',
    gates: { errorRate: 'exceeded', score: 'regression' },
    reason: /^10\.7% of cases errored — 6 of 56 cases \(base 0, head 6; trial errors: timeout ×4, rate-limit ×2\) — above the 10% limit; this is an infrastructure problem, not a regression$/,
    warning: /^not decided because of errors: mean score dropped 20 pts/,
  },
  {
    name: 'errors under the limit',
    comparison: comparison({ pairs: 50, errors: { base: 1, head: 2, byKind: { timeout: 3 } } }),
    decision: 'pass',
    gates: { errorRate: 'ok' },
    reason: /^mean score changed/,
    warning: /^2 of 52 cases \(base 1, head 2; trial errors: timeout ×3\) errored and are left out of the deltas$/,
  },
  {
    name: 'too few pairs',
    comparison: comparison({ pairs: 3, score: { delta: -0.3, low: -0.6, high: -0.1 } }),
    decision: 'inconclusive',
    gates: { score: 'inconclusive' },
    reason: /^only 3 cases have a valid result on both sides; the score gate needs at least 5$/,
  },
  {
    name: 'a single run',
    comparison: comparison({ singleRun: true, pairs: 20 }),
    gate: { maxCostIncrease: 0.1, maxLatencyIncrease: 0.1 },
    decision: 'pass',
    gates: { score: 'ok', cost: 'off', latency: 'off' },
    reason: /^single run \(no base to compare\): mean score 0\.900, 20 of 20 cases pass$/,
  },
  {
    name: 'a single run with a must-pass case failing',
    comparison: withCriticalCases({ failingIds: ['case-11'], single: true }),
    gate: { mustPassTags: ['critical'] },
    decision: 'fail',
    gates: { mustPass: ['case-11'] },
    reason: /^1 must-pass case \(tags: critical\) fails at head: case-11$/,
  },
];

describe('decide', () => {
  it.each(branches)('$name → $decision', (branch) => {
    const verdict = decide(branch.comparison, { ...DEFAULT_GATE, ...branch.gate });
    expect(verdict.decision).toBe(branch.decision);
    expect(verdict.gates).toMatchObject(branch.gates);
    expect(verdict.reasons[0]).toMatch(branch.reason);
    if (branch.warning) expect(verdict.warnings).toContainEqual(expect.stringMatching(branch.warning));
  });

  it('lists at most 10 must-pass ids in the reason, all of them in the gate', () => {
    const failingIds = ids(13);
    const verdict = decide(withCriticalCases({ failingIds }), { ...DEFAULT_GATE, mustPassTags: ['critical'] });
    expect(verdict.gates.mustPass).toEqual(failingIds);
    expect(verdict.reasons).toContainEqual(expect.stringMatching(/case-09 and 3 more$/));
  });

  it('puts blocking reasons first and explains the gates that held', () => {
    const verdict = decide(comparison({ score: { delta: -0.1, low: -0.2, high: -0.05 }, latencyP50: { base: 1000, head: 1100 } }), {
      ...DEFAULT_GATE,
      maxCostIncrease: 0.25,
      maxLatencyIncrease: 0.2,
    });
    expect(verdict.reasons).toEqual([
      'mean score dropped 10 pts (95% CI −20 to −5), beyond the 2-pt tolerance',
      'cost per case did not change ($0.001 → $0.001), within the 25% limit',
      'p50 latency rose 10% (1 s → 1.1 s), within the 20% limit',
    ]);
  });

  it('warns when the budget cut the sample', () => {
    const cut = comparison();
    const verdict = decide({ ...cut, sample: { ...cut.sample, cut: { reason: 'max-cost $5 reached', completed: 30, planned: 50 } } }, DEFAULT_GATE);
    expect(verdict.decision).toBe('pass');
    expect(verdict.warnings).toContain('the run was cut after 30 of 50 cases: max-cost $5 reached');
  });

  it('fails a clear regression end to end from results files', () => {
    const caseIds = ids(60);
    const base = run('base', caseIds.map((id) => passing(id)));
    const head = run('head', caseIds.map((id, i) => (i % 4 === 0 ? failing(id) : passing(id))));
    const verdict = decide(compareRuns({ base, head, confidence: 0.95, seed: 3, trafficCallsPerMonth: null }), DEFAULT_GATE);
    expect(verdict.decision).toBe('fail');
    expect(verdict.reasons[0]).toMatch(/^mean score dropped 25 pts \(95% CI −3\d(\.\d)? to −1\d(\.\d)?\), beyond the 2-pt tolerance$/);
  });
});
