/**
 * Exact one-sided sign-flip (randomisation) test of paired differences: under the null each
 * difference is as likely to have either sign, so the observed sum is compared with the sums of
 * all 2^n sign patterns. Used below 30 pairs, where a t statistic's normal approximation is
 * not to be trusted with judge scores or 0/1 outcomes.
 *
 * The 2^n sums are counted exactly by meet in the middle: the sign patterns of each half of the
 * values (2^⌈n/2⌉ sums at most), one half sorted, the other searched in it — a few milliseconds
 * at n = 29 whatever the values. Sums within TIE of each other count as equal, so float rounding
 * never breaks a tie (1/3 + 1/3 is 2/3).
 */

/** Above this many values the 2^(n/2) sums of a half take too much memory; callers stay below 30. */
export const MAX_SIGN_FLIP_VALUES = 40;
const TIE = 1e-9;

export type Alternative = 'less' | 'greater';

/** Every sum Σ ±|v| over the sign patterns of `values`. */
function patternSums(values: readonly number[]): Float64Array {
  let sums = new Float64Array([0]);
  for (const v of values) {
    const a = Math.abs(v);
    const next = new Float64Array(sums.length * 2);
    for (let i = 0; i < sums.length; i++) {
      next[2 * i] = sums[i] + a;
      next[2 * i + 1] = sums[i] - a;
    }
    sums = next;
  }
  return sums;
}

/** How many entries of the sorted array are ≤ x. */
function countAtMost(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * P(S* ≤ S) for `less`, P(S* ≥ S) for `greater`, where S = Σ x and S* = Σ ±|x| over every sign
 * pattern. 1 for an empty list or all zeros (no evidence either way).
 */
export function signFlipPValue(values: readonly number[], alternative: Alternative): number {
  if (values.length > MAX_SIGN_FLIP_VALUES) throw new RangeError(`the exact sign-flip test takes at most ${MAX_SIGN_FLIP_VALUES} values`);
  if (values.length === 0 || values.every((v) => v === 0)) return 1;
  // S* is symmetric about 0: P(S* ≥ S) = P(S* ≤ −S), so one counting direction serves both.
  const observed = values.reduce((s, v) => s + v, 0) * (alternative === 'less' ? 1 : -1);
  const half = values.length >> 1;
  const left = patternSums(values.slice(0, half)).sort();
  const right = patternSums(values.slice(half)).sort();
  const bound = observed + TIE * values.length;
  // As the left sum grows, the room left for the right one shrinks: one pointer walks down.
  let count = 0;
  let j = countAtMost(right, bound - left[0]);
  for (let i = 0; i < left.length; i++) {
    const room = bound - left[i];
    while (j > 0 && right[j - 1] > room) j -= 1;
    count += j;
  }
  return Math.min(1, count / (left.length * right.length));
}
