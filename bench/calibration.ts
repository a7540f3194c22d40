/**
 * Calibration of the default verdict (run: `npx tsx bench/calibration.ts [--prs 1000]`).
 *
 * Simulates PRs against a noisy model and measures how often EvalGate's default gate blocks
 * (decision `fail` from the real `decide(compareRuns(...), DEFAULT_GATE)` path):
 * - no-change PRs (false blocks), and regressions of 5 and 10 points (detection);
 * - next to a naive rule ("fail when the pass rate drops more than 2 points") and an oracle
 *   (one-sided z-test on the mean score delta with the PR's true variance known, run at
 *   EvalGate's measured false-block rate).
 *
 * Model: each case has a pass probability from a mixture — 65% easy Beta(19, 1) (≈0.95),
 * 20% medium Beta(8, 3) (≈0.73), 15% hard Beta(5, 5) (≈0.5). Checks are binary, so a trial scores
 * 0 or 1; a case's score is the mean over its trials and it passes when at least half pass.
 * Base and head are sampled independently. A regression of D points lowers each case's
 * probability by D·2u, u ~ U(0, 1) (every case gets worse by a varying amount; D on average,
 * slightly less where the probability hits 0).
 *
 * Targets at defaults: false blocks ≤ 5% everywhere; ≥ 90% detection of a 10-point drop at
 * n = 200, 3 trials; detection within 5 points of the oracle's in every cell. Prints, no asserts.
 */
import { DEFAULT_GATE } from '../src/config/suite.js';
import { compareRuns } from '../src/compare/compare.js';
import { decide } from '../src/compare/verdict.js';
import { createRng, type Rng } from '../src/compare/random.js';
import type { CaseResult, RunMeta, RunResults, Totals, TrialResult } from '../src/results/schema.js';

const SIZES = [50, 100, 200];
const TRIALS = [1, 3];
const DROPS = [0.05, 0.1];
const DEFAULT_PRS = 1000; // ≈70 s on one core; Monte Carlo error of a 3% rate ≈ ±0.5 pt

// ---- sampling helpers (bench only) ----

function normal(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Marsaglia–Tsang; every shape used here is ≥ 1. */
function gamma(rng: Rng, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

function beta(rng: Rng, a: number, b: number): number {
  const x = gamma(rng, a);
  return x / (x + gamma(rng, b));
}

function passProbability(rng: Rng): number {
  const r = rng.next();
  if (r < 0.65) return beta(rng, 19, 1);
  if (r < 0.85) return beta(rng, 8, 3);
  return beta(rng, 5, 5);
}

/** Acklam's rational approximation of the standard normal quantile (|error| < 1.2e-9). */
function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

// ---- RunResults-shaped inputs ----

const ZERO = { inputTokens: 0, cachedTokens: 0, outputTokens: 0 };

function simulateCase(rng: Rng, id: string, p: number, trials: number): CaseResult {
  const results: TrialResult[] = [];
  let passes = 0;
  for (let t = 0; t < trials; t++) {
    const pass = rng.next() < p;
    if (pass) passes += 1;
    results.push({
      trial: t,
      status: pass ? 'pass' : 'fail',
      score: pass ? 1 : 0,
      checks: [],
      output: '',
      steps: [],
      usage: ZERO,
      costUsd: null,
      latencyMs: 1000,
      judgeUsage: ZERO,
      judgeCostUsd: null,
      cacheHits: 0,
      requests: 1,
    });
  }
  return {
    id,
    tags: [],
    input: {},
    fingerprint: id,
    trials: results,
    score: passes / trials,
    status: passes * 2 >= trials ? 'pass' : 'fail',
  };
}

function runResults(side: 'base' | 'head', cases: CaseResult[], trials: number): RunResults {
  const meta: RunMeta = {
    side,
    commit: null,
    ref: null,
    suitePath: 'evals/evalgate.yaml',
    suiteName: 'calibration',
    suiteFingerprint: 'x',
    targetFingerprint: side,
    seed: 1,
    trials,
    totalCases: cases.length,
    sampleIds: cases.map((c) => c.id),
    shard: null,
    startedAt: '',
    finishedAt: '',
    durationMs: 0,
    cut: null,
    evalgateVersion: 'bench',
  };
  const totals: Totals = {
    cases: cases.length,
    passed: 0,
    failed: 0,
    errors: 0,
    usage: ZERO,
    costUsd: null,
    judgeUsage: ZERO,
    judgeCostUsd: null,
    requests: 0,
    cacheHits: 0,
    unknownPriceModels: [],
  };
  return { schema: 'evalgate-results', schemaVersion: 1, meta, cases, totals };
}

// ---- one simulated PR ----

interface PrOutcome {
  evalgateBlocks: boolean;
  evalgateInconclusive: boolean;
  naiveBlocks: boolean;
  /** Mean score delta divided by its true standard deviation. */
  oracleZ: number;
  trueDrop: number;
}

function simulatePr(rng: Rng, n: number, trials: number, drop: number, prIndex: number): PrOutcome {
  const baseCases: CaseResult[] = [];
  const headCases: CaseResult[] = [];
  let variance = 0;
  let trueDrop = 0;
  let deltaSum = 0;
  let basePasses = 0;
  let headPasses = 0;
  for (let i = 0; i < n; i++) {
    const pBase = passProbability(rng);
    const pHead = drop === 0 ? pBase : Math.max(0, pBase - drop * 2 * rng.next());
    trueDrop += pBase - pHead;
    variance += (pBase * (1 - pBase) + pHead * (1 - pHead)) / trials;
    const id = `case-${i}`;
    const b = simulateCase(rng, id, pBase, trials);
    const h = simulateCase(rng, id, pHead, trials);
    baseCases.push(b);
    headCases.push(h);
    deltaSum += (h.score as number) - (b.score as number);
    if (b.status === 'pass') basePasses += 1;
    if (h.status === 'pass') headPasses += 1;
  }
  const comparison = compareRuns({
    base: runResults('base', baseCases, trials),
    head: runResults('head', headCases, trials),
    confidence: DEFAULT_GATE.confidence,
    seed: prIndex,
    trafficCallsPerMonth: null,
  });
  const verdict = decide(comparison, DEFAULT_GATE);
  return {
    evalgateBlocks: verdict.decision === 'fail',
    evalgateInconclusive: verdict.decision === 'inconclusive',
    naiveBlocks: (headPasses - basePasses) / n < -0.02,
    oracleZ: deltaSum / n / (Math.sqrt(variance) / n),
    trueDrop: trueDrop / n,
  };
}

// ---- table ----

interface Scenario {
  evalgate: number;
  inconclusive: number;
  naive: number;
  oracleZ: number[];
  trueDrop: number;
}

function runScenario(n: number, trials: number, drop: number, prs: number, seed: number): Scenario {
  const rng = createRng(seed);
  let evalgate = 0;
  let inconclusive = 0;
  let naive = 0;
  let trueDrop = 0;
  const oracleZ: number[] = [];
  for (let pr = 0; pr < prs; pr++) {
    const o = simulatePr(rng, n, trials, drop, pr + 1);
    if (o.evalgateBlocks) evalgate += 1;
    if (o.evalgateInconclusive) inconclusive += 1;
    if (o.naiveBlocks) naive += 1;
    oracleZ.push(o.oracleZ);
    trueDrop += o.trueDrop;
  }
  return { evalgate: evalgate / prs, inconclusive: inconclusive / prs, naive: naive / prs, oracleZ, trueDrop: trueDrop / prs };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);

function main(): void {
  const prsFlag = process.argv.indexOf('--prs');
  const prs = prsFlag >= 0 ? Number(process.argv[prsFlag + 1]) : DEFAULT_PRS;
  const started = Date.now();
  console.log(`EvalGate calibration — ${prs} simulated PRs per cell, default gate (max-score-drop ${DEFAULT_GATE.maxScoreDrop}, confidence ${DEFAULT_GATE.confidence})`);
  console.log('false block = decision `fail` on a no-change PR; detect −D = decision `fail` on a D-point regression');
  console.log('oracle: one-sided z-test, true variance known, at EvalGate\'s false-block rate (floored at 1/(2·PRs))\n');
  const header = ['  n', 'k', 'false block EG/naive', 'inconcl. EG', 'detect −5 EG/naive/oracle', 'detect −10 EG/naive/oracle', 'true drops'];
  console.log(header.join(' | '));
  let seed = 1000;
  for (const n of SIZES) {
    for (const trials of TRIALS) {
      const none = runScenario(n, trials, 0, prs, seed++);
      const regressions = DROPS.map((d) => runScenario(n, trials, d, prs, seed++));
      const alpha = Math.max(none.evalgate, 1 / (2 * prs));
      const critical = normalQuantile(alpha); // negative: block when z < critical
      const oracle = (s: Scenario): number => s.oracleZ.filter((z) => z < critical).length / s.oracleZ.length;
      const cells = [
        String(n).padStart(3),
        String(trials),
        `${pct(none.evalgate)} / ${pct(none.naive)}`.padEnd(20),
        pct(none.inconclusive).padEnd(11),
        ...regressions.map((r) => `${pct(r.evalgate)} / ${pct(r.naive)} / ${pct(oracle(r))}`.padEnd(25)),
        regressions.map((r) => (r.trueDrop * 100).toFixed(1)).join(', '),
      ];
      console.log(cells.join(' | '));
    }
  }
  console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
