import { normalQuantile, studentTQuantile, tToZ } from './distributions.js';
import { signFlipPValue } from './sign-flip.js';
import { mean } from './stats.js';

/** Below this many pairs the score tests use the exact sign-flip test instead of Student's t. */
export const SIGN_FLIP_BELOW = 30;

export interface ScoreTest {
  /** Valid pairs (cases with a result on both sides). */
  n: number;
  /** Mean paired delta (head − base) and its standard deviation over cases. */
  mean: number;
  sd: number;
  method: 'sign-flip' | 't';
  /**
   * Evidence that the drop exceeds δ (non-inferiority), on the normal scale: very negative when
   * the mean delta is clearly below −δ. `fail` when it falls to −(fail boundary).
   */
  zFail: number;
  /**
   * Evidence that the drop is smaller than Δ: very positive when the mean delta is clearly above
   * −Δ. `pass` when it reaches the pass boundary.
   */
  zPass: number;
}

/**
 * The two one-sided tests on the per-case paired deltas (cases are the unit: each delta is the
 * difference of two case scores, each the mean of that case's trials, so trials are clustered
 * by case). Deterministic: a t statistic put on the normal scale by its tail probability, or,
 * below SIGN_FLIP_BELOW pairs, the exact sign-flip test of the shifted deltas.
 */
export function scoreTest(deltas: readonly number[], maxScoreDrop: number, detectDrop: number): ScoreTest {
  const n = deltas.length;
  const m = n === 0 ? 0 : mean(deltas);
  const sd = standardDeviation(deltas, m);
  if (n < SIGN_FLIP_BELOW) {
    const pFail = signFlipPValue(
      deltas.map((d) => d + maxScoreDrop),
      'less',
    );
    const pPass = signFlipPValue(
      deltas.map((d) => d + detectDrop),
      'greater',
    );
    return { n, mean: m, sd, method: 'sign-flip', zFail: normalQuantile(pFail), zPass: -normalQuantile(pPass) };
  }
  const se = sd / Math.sqrt(n);
  return {
    n,
    mean: m,
    sd,
    method: 't',
    zFail: tToZ(ratio(m + maxScoreDrop, se), n - 1),
    zPass: tToZ(ratio(m + detectDrop, se), n - 1),
  };
}

/** x / se, with a zero spread read as certainty in the direction of x. */
function ratio(x: number, se: number): number {
  if (se > 0) return x / se;
  return x > 0 ? Number.POSITIVE_INFINITY : x < 0 ? Number.NEGATIVE_INFINITY : 0;
}

/** Sample standard deviation (n − 1); 0 below two values. */
export function standardDeviation(values: readonly number[], m: number = mean(values)): number {
  if (values.length < 2) return 0;
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m);
  return Math.sqrt(ss / (values.length - 1));
}

export interface TInterval {
  mean: number;
  low: number;
  high: number;
}

/**
 * Two-sided Student-t interval of a mean at `confidence`; null below two values (no spread to
 * speak of). Shown in the report; decisions use the tests above.
 */
export function tInterval(values: readonly number[], confidence: number): TInterval | null {
  if (values.length < 2) return null;
  const m = mean(values);
  const half = studentTQuantile(1 - (1 - confidence) / 2, values.length - 1) * (standardDeviation(values, m) / Math.sqrt(values.length));
  return { mean: m, low: m - half, high: m + half };
}
