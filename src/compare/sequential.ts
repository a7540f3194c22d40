import { normalPdf, normalQuantile, normalSf } from './distributions.js';
import { scoreTest, type ScoreTest } from './score-test.js';

/**
 * Group-sequential boundaries (SPEC §4): the sample is looked at after each batch, and a one-sided
 * error rate is spent across the looks with the Lan–DeMets O'Brien–Fleming-type spending function
 * α(t) = 2 − 2Φ(z_{1−α/2} / √t). Boundaries are computed from the design alone (error rate and
 * the information fraction of each look) by the recursive numerical integration of Armitage,
 * McPherson and Rowe (Jennison & Turnbull, "Group Sequential Methods", ch. 19), never tuned.
 *
 * Conventions: the statistic at look k is Z_k on the normal scale, with Z_k·√t_k a Brownian
 * motion in the information fraction t_k ∈ (0, 1]; the boundary is crossed when Z_k ≥ c_k.
 */

/** Lan–DeMets O'Brien–Fleming-type spending: the error rate spent by information fraction t. */
export function obrienFlemingSpending(alpha: number, t: number): number {
  if (t <= 0) return 0;
  if (t >= 1) return alpha;
  return 2 * normalSf(normalQuantile(1 - alpha / 2) / Math.sqrt(t));
}

/** Grid points per look; odd for Simpson's rule. 1e-6 accuracy in crossing probabilities. */
const GRID = 401;
/** The density below θt − LOWER_SDS·√t is negligible (< 1e-20). */
const LOWER_SDS = 10;
/** A boundary above this is "cannot be crossed": the spent error at that look is below ~1e-23. */
const MAX_BOUND = 10;

interface Stage {
  /** Grid of the score statistic S = Z·√t on the continuation region, and its sub-density. */
  s: Float64Array;
  density: Float64Array;
  weights: Float64Array;
}

function simpsonWeights(n: number, h: number): Float64Array {
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = ((i === 0 || i === n - 1 ? 1 : i % 2 === 1 ? 4 : 2) * h) / 3;
  return w;
}

function checkFractions(fractions: readonly number[]): void {
  let previous = 0;
  for (const t of fractions) {
    if (!(t > previous && t <= 1)) throw new RangeError(`information fractions must increase within (0, 1], got ${fractions.join(', ')}`);
    previous = t;
  }
}

/** P(cross at this look | not before) — as an integral over the previous stage — for boundary c. */
function crossAt(prev: Stage, t: number, tPrev: number, c: number, drift: number): number {
  const v = t - tPrev;
  const sd = Math.sqrt(v);
  const upper = c * Math.sqrt(t);
  let p = 0;
  for (let j = 0; j < prev.s.length; j++) {
    p += prev.weights[j] * prev.density[j] * normalSf((upper - prev.s[j] - drift * v) / sd);
  }
  return p;
}

function firstStage(t: number, c: number, drift: number): Stage {
  const sd = Math.sqrt(t);
  const lower = drift * t - LOWER_SDS * sd;
  const upper = Math.max(lower + 1e-9, Math.min(c, MAX_BOUND) * sd);
  return grid(lower, upper, (s) => normalPdf((s - drift * t) / sd) / sd);
}

function nextStage(prev: Stage, t: number, tPrev: number, c: number, drift: number): Stage {
  const v = t - tPrev;
  const sd = Math.sqrt(v);
  const lower = drift * t - LOWER_SDS * Math.sqrt(t);
  const upper = Math.max(lower + 1e-9, Math.min(c, MAX_BOUND) * Math.sqrt(t));
  return grid(lower, upper, (s) => {
    let g = 0;
    for (let j = 0; j < prev.s.length; j++) {
      g += prev.weights[j] * prev.density[j] * normalPdf((s - prev.s[j] - drift * v) / sd);
    }
    return g / sd;
  });
}

function grid(lower: number, upper: number, density: (s: number) => number): Stage {
  const h = (upper - lower) / (GRID - 1);
  const s = new Float64Array(GRID);
  const d = new Float64Array(GRID);
  for (let i = 0; i < GRID; i++) {
    s[i] = lower + i * h;
    d[i] = density(s[i]);
  }
  return { s, density: d, weights: simpsonWeights(GRID, h) };
}

/**
 * Upper boundaries c_1..c_K on the Z scale for one-sided level `alpha` spent with the
 * O'Brien–Fleming-type function at the given information fractions. The last look spends
 * whatever is left of `alpha`, whatever its fraction (a sample cut short, or errors, end the
 * design early without wasting the error rate). A look whose share of the error rate is too
 * small to spend gets MAX_BOUND (it cannot be crossed in practice).
 */
export function spendingBoundaries(alpha: number, fractions: readonly number[], lastIsFinal = true): number[] {
  checkFractions(fractions);
  const bounds: number[] = [];
  let stage: Stage | null = null;
  let spentBefore = 0;
  fractions.forEach((t, k) => {
    const last = lastIsFinal && k === fractions.length - 1;
    const spend = (last ? alpha : obrienFlemingSpending(alpha, t)) - spentBefore;
    let c: number;
    if (stage === null) {
      c = spend <= 0 ? MAX_BOUND : Math.min(MAX_BOUND, -normalQuantile(spend));
    } else {
      const s = stage;
      const tPrev = fractions[k - 1];
      const crossing = (bound: number) => crossAt(s, t, tPrev, bound, 0);
      if (spend <= 0 || crossing(MAX_BOUND) >= spend) c = MAX_BOUND;
      else {
        let lo = -MAX_BOUND;
        let hi = MAX_BOUND;
        for (let i = 0; i < 80; i++) {
          const mid = (lo + hi) / 2;
          if (crossing(mid) > spend) lo = mid;
          else hi = mid;
        }
        c = (lo + hi) / 2;
      }
    }
    bounds.push(c);
    spentBefore += stage === null ? normalSf(Math.min(c, MAX_BOUND)) : crossAt(stage, t, fractions[k - 1], c, 0);
    stage = stage === null ? firstStage(t, c, 0) : nextStage(stage, t, fractions[k - 1], c, 0);
  });
  return bounds;
}

/**
 * Probability that Z_k ≥ c_k at some look when the statistic drifts by `drift` (E[Z] at t = 1):
 * the power of the design at that drift (its size at drift 0).
 */
export function crossingProbability(bounds: readonly number[], fractions: readonly number[], drift: number): number {
  checkFractions(fractions);
  let stage: Stage | null = null;
  let total = 0;
  fractions.forEach((t, k) => {
    const c = bounds[k];
    if (stage === null) {
      total += normalSf(c - drift * Math.sqrt(t));
      stage = firstStage(t, c, drift);
    } else {
      total += crossAt(stage, t, fractions[k - 1], c, drift);
      stage = nextStage(stage, t, fractions[k - 1], c, drift);
    }
  });
  return total;
}

/**
 * The drift θ at which the design crosses with probability `power`; a fixed design needs
 * θ = z_{1−α} + z_{power}. With θ = (true effect)·√n / σ this gives the cases a design needs.
 */
export function driftForPower(bounds: readonly number[], fractions: readonly number[], power: number): number {
  // Secant iterations from the fixed design's drift: the power curve is smooth and nearly
  // linear there, so a handful of integrations reach 1e-9.
  const target = (theta: number) => crossingProbability(bounds, fractions, theta) - power;
  let x0 = bounds.at(-1)! + normalQuantile(power);
  let x1 = x0 * 1.05;
  let f0 = target(x0);
  let f1 = target(x1);
  for (let i = 0; i < 30 && Math.abs(f1) > 1e-9 && f1 !== f0; i++) {
    const x2 = x1 - (f1 * (x1 - x0)) / (f1 - f0);
    x0 = x1;
    f0 = f1;
    x1 = x2;
    f1 = target(x1);
  }
  return x1;
}

/** Equal information fractions for `looks` looks: 1/K, 2/K, …, 1. */
export function equalFractions(looks: number): number[] {
  return Array.from({ length: looks }, (_, k) => (k + 1) / looks);
}

/** The miss rate at Δ (SPEC §4): a drop of `detect-drop` passes at most this often. */
export const MISS_RATE = 0.1;

/** What a sequential evaluation is planned as: looks after each batch, up to the maximum sample. */
export interface SequentialDesign {
  maxCases: number;
  /** Cumulative cases at each planned look; the last is maxCases. */
  looks: number[];
  /** One-sided error rates: `fail` at a drop of exactly δ, `pass` at a drop of exactly Δ. */
  alpha: number;
  beta: number;
  maxScoreDrop: number;
  detectDrop: number;
}

/** `batches` looks at equal steps of the maximum sample (fewer when the sample is smaller). */
export function planLooks(maxCases: number, batches: number): number[] {
  const k = Math.max(1, Math.min(batches, maxCases));
  const looks = Array.from({ length: k }, (_, i) => Math.round(((i + 1) * maxCases) / k));
  return [...new Set(looks)].filter((n) => n > 0);
}

export function designOf(args: { maxCases: number; batches: number; confidence: number; maxScoreDrop: number; detectDrop: number }): SequentialDesign {
  return {
    maxCases: args.maxCases,
    looks: planLooks(args.maxCases, args.batches),
    alpha: (1 - args.confidence) / 2,
    beta: MISS_RATE,
    maxScoreDrop: args.maxScoreDrop,
    detectDrop: args.detectDrop,
  };
}

/** One look at the data: the two tests, the boundaries in force, and what crossed. */
export interface Look {
  /** Cases evaluated (on both sides) by this look, and how many gave a valid pair. */
  cases: number;
  pairs: number;
  test: ScoreTest;
  failBound: number;
  passBound: number;
  final: boolean;
  crossed: 'fail' | 'pass' | null;
}

const boundaryCache = new Map<string, number[]>();

/** Boundaries are pure functions of the design; memoised because every look asks again. */
function cachedBoundaries(alpha: number, fractions: readonly number[], final: boolean): number[] {
  const key = `${alpha}|${final}|${fractions.join(',')}`;
  let bounds = boundaryCache.get(key);
  if (!bounds) {
    bounds = spendingBoundaries(alpha, fractions, final);
    if (boundaryCache.size > 1000) boundaryCache.clear();
    boundaryCache.set(key, bounds);
  }
  return bounds;
}

/**
 * Information fractions of looks taken after `casesSoFar` cases: the share of the maximum
 * sample each had seen. Case counts, not valid pairs, so the boundaries follow from the design
 * and not from which cases errored.
 */
function fractionsOf(design: SequentialDesign, casesSoFar: readonly number[]): number[] {
  return casesSoFar.map((n) => Math.min(1, n / design.maxCases));
}

/**
 * The look after `casesSoFar[last]` cases, given the paired deltas available then. `final` when
 * no further look will come (the sample is spent or was cut): that look spends what is left of
 * both error rates. `fail` takes precedence when both boundaries are crossed (a drop shown to be
 * beyond δ is a regression even when it is also shown to be smaller than Δ).
 */
export function takeLook(design: SequentialDesign, casesSoFar: readonly number[], deltas: readonly number[], final: boolean): Look {
  const fractions = fractionsOf(design, casesSoFar);
  const failBound = cachedBoundaries(design.alpha, fractions, final).at(-1)!;
  const passBound = cachedBoundaries(design.beta, fractions, final).at(-1)!;
  const test = scoreTest(deltas, design.maxScoreDrop, design.detectDrop);
  const crossed = test.zFail <= -failBound ? 'fail' : test.zPass >= passBound ? 'pass' : null;
  return { cases: casesSoFar.at(-1) ?? 0, pairs: test.n, test, failBound, passBound, final, crossed };
}

/**
 * The drop this many pairs could detect with power 1 − β at the design's α, given the spread
 * of the deltas seen: δ + (z_{1−α} + z_{1−β})·sd/√n (fixed-sample approximation).
 */
export function detectableDrop(design: SequentialDesign, pairs: number, sd: number): number | null {
  if (pairs < 2) return null;
  return design.maxScoreDrop + (normalQuantile(1 - design.alpha) + normalQuantile(1 - design.beta)) * (sd / Math.sqrt(pairs));
}

/**
 * Cases the full design needs so that a drop of Δ fails with probability 1 − β, given the
 * spread `sd` of per-case deltas: n = (θ·sd / (Δ − δ))², θ the drift at which the planned
 * boundaries reach that power.
 */
export function casesNeeded(design: SequentialDesign, sd: number): number | null {
  const gap = design.detectDrop - design.maxScoreDrop;
  if (!(gap > 0) || !(sd >= 0)) return null;
  if (sd === 0) return 2;
  return Math.ceil(((designDrift(design.alpha, design.beta, design.looks.length) * sd) / gap) ** 2);
}

const driftCache = new Map<string, number>();

/** The drift at which `looks` equal looks reach power 1 − β at α; memoised (60 integrations each). */
function designDrift(alpha: number, beta: number, looks: number): number {
  const key = `${alpha}|${beta}|${looks}`;
  let theta = driftCache.get(key);
  if (theta === undefined) {
    const fractions = equalFractions(looks);
    theta = driftForPower(cachedBoundaries(alpha, fractions, true), fractions, 1 - beta);
    driftCache.set(key, theta);
  }
  return theta;
}
