/**
 * Exact one-sided sign-flip (randomisation) test of paired differences: under the null each
 * difference is as likely to have either sign, so the observed sum is compared with the sums of
 * all 2^n sign patterns. Used below 30 pairs, where a t statistic's normal approximation is
 * not to be trusted with judge scores or 0/1 outcomes.
 *
 * The 2^n sums are counted by dynamic programming over the distinct partial sums, which stay few
 * when the values repeat (0/1 outcomes, scores in steps): exact, ties included. When they grow
 * past MAX_EXACT_SUMS (many distinct judge scores, where ties do not occur), |x| is put on a grid
 * of GRID_STEPS steps of the largest |x|, which moves no sum by more than n/2 steps.
 */
export const GRID_STEPS = 4000;
const MAX_EXACT_SUMS = 1 << 16;
/**
 * The exact pass counts in units of 1e-9 (scores live on a 0..1 scale); rounding moves each
 * weight by at most half a unit, so sums within n units are one sum (1/3 + 1/3 is 2/3).
 */
const UNIT = 1e-9;

export type Alternative = 'less' | 'greater';

/**
 * P(S* ≤ S) for `less`, P(S* ≥ S) for `greater`, where S = Σ x and S* = Σ ±|x| over every sign
 * pattern. 1 for an empty list or all zeros (no evidence either way).
 */
export function signFlipPValue(values: readonly number[], alternative: Alternative): number {
  const largest = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  if (values.length === 0 || largest === 0) return 1;
  return exactPValue(values, alternative) ?? gridPValue(values, largest, alternative);
}

/** Weights in integer units of `unit`; the + signs' total is what the sign patterns vary. */
function weightsOf(values: readonly number[], unit: number): { weights: number[]; observedPlus: number } {
  const weights = values.map((v) => Math.round(Math.abs(v) / unit));
  const observedPlus = values.reduce((s, v, i) => s + (v > 0 ? weights[i] : 0), 0);
  return { weights, observedPlus };
}

function tail(sums: Iterable<[number, number]>, observedPlus: number, alternative: Alternative, tolerance: number): number {
  let p = 0;
  for (const [s, prob] of sums) if (alternative === 'less' ? s <= observedPlus + tolerance : s >= observedPlus - tolerance) p += prob;
  return Math.min(1, p);
}

function exactPValue(values: readonly number[], alternative: Alternative): number | null {
  const { weights, observedPlus } = weightsOf(values, UNIT);
  let dist = new Map<number, number>([[0, 1]]);
  for (const w of weights) {
    const next = new Map<number, number>();
    for (const [s, p] of dist) {
      next.set(s, (next.get(s) ?? 0) + p / 2);
      next.set(s + w, (next.get(s + w) ?? 0) + p / 2);
    }
    if (next.size > MAX_EXACT_SUMS) return null;
    dist = next;
  }
  return tail(dist, observedPlus, alternative, values.length);
}

function gridPValue(values: readonly number[], largest: number, alternative: Alternative): number {
  const { weights, observedPlus } = weightsOf(values, largest / GRID_STEPS);
  const total = weights.reduce((s, w) => s + w, 0);
  let dist = new Float64Array(total + 1);
  dist[0] = 1;
  let reach = 0;
  for (const w of weights) {
    const next = new Float64Array(total + 1);
    for (let s = 0; s <= reach; s++) {
      const p = dist[s];
      if (p === 0) continue;
      next[s] += p / 2;
      next[s + w] += p / 2;
    }
    reach += w;
    dist = next;
  }
  return tail(
    (function* () {
      for (let s = 0; s <= total; s++) yield [s, dist[s]] as [number, number];
    })(),
    observedPlus,
    alternative,
    0,
  );
}
