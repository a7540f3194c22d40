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
