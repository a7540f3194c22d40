/**
 * Calibration of the verdict (run: `npm run calibration`, or `npx tsx bench/calibration.ts
 * [--prs 5000] [--cells quick]`). Prints a Markdown table; asserts nothing (not a timed test).
 *
 * Every simulated PR goes through the real decision path: `evaluatePaired` (src/run/paired.ts:
 * sequential looks, budget, must-pass confirmation), `compareRuns` and `decide`, with the
 * default gate plus five must-pass cases and cost (25%) and latency (20%) limits switched on.
 * Only the model is simulated, by sides that answer each case from a pass probability.
 *
 * Noise model (the README's):
 * - each case has a pass probability p from a mixture: 65% easy Beta(19, 1) (≈0.95),
 *   20% medium Beta(8, 3) (≈0.73), 15% hard Beta(5, 5) (≈0.5);
 * - `binary` scores: a trial passes with probability p and scores 1 or 0; `judge` scores: a trial
 *   scores Beta(4p, 4(1 − p)) (mean p) and passes at ≥ 0.5;
 * - a case's score is the mean of its trials; it passes when at least half of them pass;
 * - five further must-pass cases (tag `critical`) with p = 0.95, evaluated first;
 * - cost per trial: lognormal with CV 0.6 around $0.001; latency: lognormal with σ = 0.3 around
 *   1 s — the same distribution on both sides (no cost or latency change);
 * - `drift`: every case's p moves between the base and the head run by N(0, 0.3²) on the logit
 *   scale (a model that answers differently from run to run, independently per case);
 * - regressions: `uniform` lowers every case's p by D·2u, u ~ U(0, 1) (D on average); `sparse`
 *   breaks a few cases completely (p → 0), chosen so the mean drop is D.
 *
 * Columns: `fail` (decision fail: a false block at D = 0 or D = δ, power at D = Δ),
 * `inconcl.`, `cases used` (mean share of the maximum sample), and `z-test` — the power of a
 * one-sided fixed-sample z-test at the same α on all n cases with the true variance known.
 * Monte Carlo standard error of a rate r over P PRs: √(r(1 − r)/P) (±0.22 pt at 2.5%, 5,000 PRs).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { normalCdf, normalQuantile } from '../src/compare/distributions.js';
import { decide } from '../src/compare/decision.js';
import { createRng, type Rng } from '../src/compare/random.js';
import { DEFAULT_GATE, type Case, type Gate } from '../src/config/suite.js';
import type { CaseResult, RunResults, TrialResult } from '../src/results/schema.js';
import { totalsOf } from '../src/results/totals.js';
import { Budget } from '../src/run/budget.js';
import { evaluatePaired } from '../src/run/paired.js';
import type { OpenSide } from '../src/run/side.js';

const SIZES = [10, 20, 30, 50, 100, 200];
const TRIALS = [1, 3];
const SCORES = ['binary', 'judge'] as const;
const MUST_PASS = 5;
const BATCHES = Number(process.env.BATCHES ?? 5);
const GATE: Gate = { ...DEFAULT_GATE, mustPassTags: ['critical'], maxCostIncrease: 0.25, maxLatencyIncrease: 0.2 };

type ScoreKind = (typeof SCORES)[number];
interface Scenario {
  name: string;
  drop: number;
  shape: 'uniform' | 'sparse';
  drift: boolean;
}
const SCENARIOS: Scenario[] = [
  { name: 'no change', drop: 0, shape: 'uniform', drift: false },
  { name: 'no change, drift', drop: 0, shape: 'uniform', drift: true },
  { name: 'drop δ', drop: GATE.maxScoreDrop, shape: 'uniform', drift: false },
  { name: 'drop Δ', drop: GATE.detectDrop, shape: 'uniform', drift: false },
  { name: 'drop Δ, sparse', drop: GATE.detectDrop, shape: 'sparse', drift: false },
  { name: 'drop Δ, drift', drop: GATE.detectDrop, shape: 'uniform', drift: true },
];

// ---- random variates (bench only) ----

function normal(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Marsaglia–Tsang, with the boost for shapes below 1. */
function gamma(rng: Rng, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * Math.pow(1 - rng.next(), 1 / shape);
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

const logit = (p: number) => Math.log(p / (1 - p));
const expit = (x: number) => 1 / (1 + Math.exp(-x));
const clamp = (p: number) => Math.min(1 - 1e-6, Math.max(1e-6, p));

// ---- one simulated PR ----

interface SimCase {
  id: string;
  tags: string[];
  pBase: number;
  pHead: number;
}

/** Lognormal with the given mean and coefficient of variation. */
function lognormal(rng: Rng, mean: number, cv: number): number {
  const sigma = Math.sqrt(Math.log(1 + cv * cv));
  return mean * Math.exp(sigma * normal(rng) - (sigma * sigma) / 2);
}

function simulateTrial(rng: Rng, p: number, kind: ScoreKind, index: number): TrialResult {
  const score = kind === 'binary' ? (rng.next() < p ? 1 : 0) : beta(rng, Math.max(0.05, 4 * p), Math.max(0.05, 4 * (1 - p)));
  const zero = { inputTokens: 0, cachedTokens: 0, outputTokens: 0 };
  return {
    trial: index,
    status: score >= 0.5 ? 'pass' : 'fail',
    score,
    checks: [],
    output: '',
    steps: [],
    usage: zero,
    costUsd: lognormal(rng, 0.001, 0.6),
    latencyMs: lognormal(rng, 1000, 0.3),
    judgeUsage: zero,
    judgeCostUsd: 0,
    cacheHits: 0,
    requests: 1,
  };
}

function aggregate(c: SimCase, trials: TrialResult[]): CaseResult {
  const passes = trials.filter((t) => t.status === 'pass').length;
  return {
    id: c.id,
    tags: c.tags,
    input: {},
    fingerprint: c.id,
    trials,
    score: trials.reduce((s, t) => s + (t.score ?? 0), 0) / trials.length,
    status: passes * 2 >= trials.length ? 'pass' : 'fail',
  };
}

/** A side that answers from the simulated probabilities, as the real one answers from a model. */
function simulatedSide(rng: Rng, side: 'base' | 'head', byId: Map<string, SimCase>, kind: ScoreKind, trials: number): OpenSide {
  return {
    async run(cases, options = {}) {
      const first = options.firstTrial ?? 0;
      const count = options.trials ?? trials;
      const results = cases.map((c) => {
        const sim = byId.get(c.id)!;
        const p = side === 'base' ? sim.pBase : sim.pHead;
        return aggregate(
          sim,
          Array.from({ length: count }, (_, t) => simulateTrial(rng, p, kind, first + t)),
        );
      });
      return { cases: results, notStarted: 0 };
    },
    async results(cases, cut): Promise<RunResults> {
      return {
        schema: 'evalgate-results',
        schemaVersion: 1,
        meta: {
          side,
          commit: null,
          ref: null,
          suitePath: 'evals/evalgate.yaml',
          suiteName: 'calibration',
          suiteFingerprint: 'x',
          targetFingerprint: side,
          seed: 1,
          trials,
          totalCases: byId.size,
          sampleIds: [...byId.keys()],
          shard: null,
          startedAt: '',
          finishedAt: '',
          durationMs: 0,
          cut,
          evalgateVersion: 'bench',
        },
        cases,
        totals: totalsOf(cases, []),
      };
    },
    async close() {},
  };
}

interface PrOutcome {
  decision: string;
  /** Which rule blocked (first of them), for the breakdown. */
  blockedBy: string | null;
  used: number;
  zPower: number;
}

async function simulatePr(rng: Rng, n: number, trials: number, kind: ScoreKind, scenario: Scenario): Promise<PrOutcome> {
  const sims: SimCase[] = [];
  for (let i = 0; i < MUST_PASS; i++) sims.push({ id: `critical-${i}`, tags: ['critical'], pBase: 0.95, pHead: 0.95 });
  const sparseShare = scenario.shape === 'sparse' ? scenario.drop / 0.85 : 0;
  for (let i = 0; i < n - MUST_PASS; i++) {
    const p = passProbability(rng);
    let pHead = p;
    if (scenario.drop > 0) pHead = scenario.shape === 'uniform' ? Math.max(0, p - scenario.drop * 2 * rng.next()) : rng.next() < sparseShare ? 0 : p;
    sims.push({ id: `case-${i}`, tags: [], pBase: p, pHead });
  }
  if (scenario.drift) {
    for (const s of sims) {
      s.pBase = expit(logit(clamp(s.pBase)) + 0.3 * normal(rng));
      s.pHead = s.pHead === 0 ? 0 : expit(logit(clamp(s.pHead)) + 0.3 * normal(rng));
    }
  }
  // The oracle: a fixed-sample z-test on all n cases with the true per-case variance.
  // The variance of a case's delta: trial noise on both sides plus the spread of the true
  // per-case drops (a sparse regression is a few large drops among many zeros).
  const trueDrop = sims.reduce((sum, s) => sum + s.pBase - s.pHead, 0);
  let variance = 0;
  for (const s of sims) {
    const v = (p: number) => (kind === 'binary' ? p * (1 - p) : (p * (1 - p)) / 5);
    variance += (v(s.pBase) + v(s.pHead)) / trials + (s.pBase - s.pHead - trueDrop / n) ** 2;
  }
  const alpha = (1 - GATE.confidence) / 2;
  const zPower = normalCdf((trueDrop / n - GATE.maxScoreDrop) / (Math.sqrt(variance) / n) - normalQuantile(1 - alpha));

  const byId = new Map(sims.map((s) => [s.id, s]));
  const cases: Case[] = sims.map((s) => ({ id: s.id, input: {}, tags: s.tags, checks: [], source: { file: 'x', line: 1 } }));
  const shuffled = [...cases.slice(0, MUST_PASS), ...shuffle(rng, cases.slice(MUST_PASS))];
  const run = await evaluatePaired({
    cases: shuffled,
    gate: GATE,
    batches: BATCHES,
    trials,
    base: simulatedSide(rng, 'base', byId, kind, trials),
    head: simulatedSide(rng, 'head', byId, kind, trials),
    budget: new Budget(null),
    trafficCallsPerMonth: null,
    baselineNote: null,
  });
  const verdict = decide(run.comparison, GATE);
  const blockedBy = verdict.findings.find((f) => f.outcome === 'block' && f.rule !== 'errors')?.rule ?? null;
  return { decision: verdict.decision, blockedBy, used: run.comparison.sample.used / n, zPower };
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

// ---- cells ----

interface Cell {
  n: number;
  trials: number;
  kind: ScoreKind;
  scenario: number;
}

interface CellResult extends Cell {
  prs: number;
  fail: number;
  inconclusive: number;
  used: number;
  zPower: number;
  blockedBy: Record<string, number>;
}

async function runCell(cell: Cell, prs: number): Promise<CellResult> {
  const rng = createRng(1_000_003 * (cell.n + 7 * cell.trials) + 97 * cell.scenario + (cell.kind === 'judge' ? 13 : 0));
  const result: CellResult = { ...cell, prs, fail: 0, inconclusive: 0, used: 0, zPower: 0, blockedBy: {} };
  for (let i = 0; i < prs; i++) {
    const o = await simulatePr(rng, cell.n, cell.trials, cell.kind, SCENARIOS[cell.scenario]);
    if (o.decision === 'fail') result.fail += 1;
    if (o.decision === 'inconclusive') result.inconclusive += 1;
    if (o.blockedBy) result.blockedBy[o.blockedBy] = (result.blockedBy[o.blockedBy] ?? 0) + 1;
    result.used += o.used;
    result.zPower += o.zPower;
  }
  return result;
}

function allCells(quick: boolean): Cell[] {
  const cells: Cell[] = [];
  for (const kind of SCORES) {
    for (const trials of TRIALS) {
      for (const n of SIZES) {
        if (quick && (kind === 'judge' || trials === 3 || (n !== 50 && n !== 200))) continue;
        SCENARIOS.forEach((_, scenario) => cells.push({ n, trials, kind, scenario }));
      }
    }
  }
  return cells;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function table(results: CellResult[]): string {
  const lines = ['| scores | trials | n (max) | scenario | fail | inconcl. | cases used | z-test | blocked by |', '|---|---|---|---|---|---|---|---|---|'];
  for (const r of results) {
    const s = SCENARIOS[r.scenario];
    const by = Object.entries(r.blockedBy)
      .sort((a, b) => b[1] - a[1])
      .map(([rule, k]) => `${rule} ${pct(k / r.prs)}`)
      .join(', ');
    lines.push(
      `| ${r.kind} | ${r.trials} | ${r.n} | ${s.name} | ${pct(r.fail / r.prs)} | ${pct(r.inconclusive / r.prs)} | ${pct(r.used / r.prs)} | ${s.drop > 0 ? pct(r.zPower / r.prs) : '—'} | ${by || '—'} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const prs = Number(arg('--prs') ?? 5000);
  const quick = arg('--cells') === 'quick';
  const cells = allCells(quick);
  const worker = arg('--worker');
  if (worker !== undefined) {
    // A worker runs every other cell and prints its results as JSON lines.
    const [index, count] = worker.split('/').map(Number);
    for (const [i, cell] of cells.entries()) {
      if (i % count !== index) continue;
      process.stdout.write(`${JSON.stringify(await runCell(cell, prs))}\n`);
    }
    return;
  }
  const started = Date.now();
  const workers = Math.max(1, Number(arg('--workers') ?? 2));
  const outputs = await Promise.all(
    Array.from({ length: workers }, (_, i) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(import.meta.url), '--prs', String(prs), ...(quick ? ['--cells', 'quick'] : []), '--worker', `${i}/${workers}`],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      let text = '';
      child.stdout.on('data', (d: Buffer) => (text += d.toString()));
      return new Promise<string>((resolve, reject) =>
        child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`worker ${i} exited ${code}`)))),
      );
    }),
  );
  const results = outputs
    .flatMap((t) => t.trim().split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as CellResult)
    .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || a.trials - b.trials || a.n - b.n || a.scenario - b.scenario);
  console.log(`## EvalGate calibration — ${prs} simulated PRs per cell`);
  console.log('');
  console.log(
    `Gate: max-score-drop δ = ${GATE.maxScoreDrop}, detect-drop Δ = ${GATE.detectDrop}, confidence ${GATE.confidence} (one-sided α = 2.5%, β = 10%), ` +
      `${DEFAULT_GATE.confirmTrials} confirmation trials, sample.batches ${BATCHES}, ${MUST_PASS} must-pass cases (p = 0.95), cost limit 25%, latency limit 20%.`,
  );
  console.log(`Monte Carlo standard error: ±${pct(Math.sqrt((0.025 * 0.975) / prs))} at 2.5%, ±${pct(Math.sqrt(0.25 / prs))} at 50%.`);
  console.log('');
  console.log(table(results));
  console.log('');
  console.log(`${((Date.now() - started) / 1000).toFixed(0)} s on ${workers} workers`);
}

await main();
