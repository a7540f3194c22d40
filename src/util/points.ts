/**
 * Score points and percentages in the words of the verdict and its explanation: one formatter,
 * so a reason and the sentence under it never round the same number differently.
 */

const MINUS = '\u2212';

/** 0.062 → "6.2" (score points: 0..1 scale × 100). Trailing ".0" dropped for whole numbers. */
export function pts(value: number): string {
  return trimZero((value * 100).toFixed(1));
}

export function signedPts(value: number): string {
  const text = pts(Math.abs(value));
  if (text === '0') return '0';
  return `${value < 0 ? MINUS : '+'}${text}`;
}

export function pct(fraction: number): string {
  return `${trimZero((fraction * 100).toFixed(1))}%`;
}

export function signedPct(fraction: number): string {
  const text = pct(Math.abs(fraction));
  return text === '0%' ? '0%' : `${fraction < 0 ? MINUS : '+'}${text}`;
}

export function trimZero(text: string): string {
  return text.endsWith('.0') ? text.slice(0, -2) : text;
}

