import { MULBERRY32_INCREMENT, mulberry32Output, UINT32_RANGE } from './random.js';

// Local aliases: reading imported bindings inside the hot loop is several times slower under tsx.
const mix = mulberry32Output;
const increment = MULBERRY32_INCREMENT;

/** SPEC §4: at least 2,000 resamples; fewer are raised to this. */
export const MIN_BOOTSTRAP_RESAMPLES = 2000;

export interface BootstrapOptions {
  /** Raised to MIN_BOOTSTRAP_RESAMPLES when lower. */
  resamples?: number;
  /** Two-sided confidence level, e.g. 0.95. */
  confidence: number;
  seed: number;
}

export interface BootstrapResult {
  mean: number;
  low: number;
  high: number;
}

/** Arithmetic mean; NaN for an empty list (callers decide what "no data" means). */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * Percentile by linear interpolation between closest ranks (Hyndman–Fan type 7, the default of
 * numpy and R): with the values sorted, h = (n − 1)·p and the result interpolates between the
 * values at floor(h) and ceil(h). `p` is a fraction in [0, 1] (0.5 = median). NaN when empty.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  return sortedPercentile(sorted, p);
}

function sortedPercentile(sorted: Float64Array, p: number): number {
  const clamped = Math.min(1, Math.max(0, p));
  const h = (sorted.length - 1) * clamped;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (h - lo);
}

/**
 * Paired bootstrap of the mean of per-case deltas: resample the deltas with replacement, and take
 * the percentile interval of the resampled means at the given confidence. Seeded, so the same
 * input and seed always give the same interval. With no deltas it returns zeros (the caller must
 * treat n = 0 as "no interval"); with one delta the interval collapses to that value.
 */
export function pairedBootstrap(deltas: readonly number[], options: BootstrapOptions): BootstrapResult {
  const n = deltas.length;
  if (n === 0) return { mean: 0, low: 0, high: 0 };
  const m = mean(deltas);
  if (n === 1) return { mean: m, low: m, high: m };

  const resamples = Math.max(MIN_BOOTSTRAP_RESAMPLES, Math.floor(options.resamples ?? MIN_BOOTSTRAP_RESAMPLES));
  const data = Float64Array.from(deltas);
  const means = new Float64Array(resamples);
  const scale = n / UINT32_RANGE;
  // Hot loop (the calibration bench runs it billions of times): typed arrays, no allocation, and
  // the generator state kept local — the same sequence as createRng(seed).int(n).
  let state = options.seed | 0;
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      state = (state + increment) | 0;
      sum += data[(mix(state) * scale) | 0];
    }
    means[r] = sum / n;
  }
  means.sort();
  const alpha = 1 - options.confidence;
  return { mean: m, low: sortedPercentile(means, alpha / 2), high: sortedPercentile(means, 1 - alpha / 2) };
}

/**
 * Exact two-sided McNemar test on the discordant pairs: b = pass→fail, c = fail→pass.
 * p = min(1, 2·P(X ≤ min(b, c))) with X ~ Binomial(b + c, ½). Summed in log space relative to the
 * largest term so it stays finite and accurate for b + c in the tens of thousands.
 */
export function mcnemarExact(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  // log C(n, i) − n·ln2, built iteratively; terms grow with i while i ≤ n/2, so term k is largest.
  const logTerms: number[] = [];
  let logTerm = -n * Math.LN2;
  logTerms.push(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log((n - i + 1) / i);
    logTerms.push(logTerm);
  }
  const largest = logTerms[k];
  let scaled = 0;
  for (const t of logTerms) scaled += Math.exp(t - largest);
  const tail = Math.exp(largest + Math.log(scaled));
  return Math.min(1, 2 * tail);
}
