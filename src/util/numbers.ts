/**
 * Every number EvalGate writes for people — in the PR comment, the terminal report and the
 * verdict's own sentences — goes through this one module, so a reason and the table under it
 * never round the same number differently, and money, time and score points always read alike.
 */
import { groupDigits } from './units.js';

const MINUS = '\u2212';

/** 0.062 → "6.2" (score points: 0..1 scale × 100). Trailing ".0" dropped for whole numbers. */
export function pts(value: number): string {
  return trimZero((value * 100).toFixed(1));
}

/** "+6.2", "−6.2", "0": a change in score points. */
export function signedPts(value: number): string {
  const text = pts(Math.abs(value));
  if (text === '0') return '0';
  return `${value < 0 ? MINUS : '+'}${text}`;
}

/** 0.25 → "25%", 0.125 → "12.5%". */
export function pct(fraction: number): string {
  return `${trimZero((fraction * 100).toFixed(1))}%`;
}

export function signedPct(fraction: number): string {
  const text = pct(Math.abs(fraction));
  return text === '0%' ? '0%' : `${fraction < 0 ? MINUS : '+'}${text}`;
}

/** A change of a rate in percentage points: "−25 pp", "+3.7 pp", "0 pp". */
export function signedPp(fraction: number): string {
  const text = trimZero((Math.abs(fraction) * 100).toFixed(1));
  return text === '0' ? '0 pp' : `${fraction < 0 ? MINUS : '+'}${text} pp`;
}

export function trimZero(text: string): string {
  return text.endsWith('.0') ? text.slice(0, -2) : text;
}

/** `1234.4` → `1,234`. */
export function count(n: number): string {
  return groupDigits(n);
}

/**
 * US dollars: cents from $1 up (`$2.63`, `$1,234.50`), three significant digits below (`$0.0554`,
 * `$0.00213`, `$0.50`), never exponent form. Sizes that small are rare in the comment: per-case
 * costs are shown per 1,000 cases (see `costScale`).
 */
export function usd(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? MINUS : '';
  if (abs === 0) return '$0';
  if (abs >= 1) return `${sign}$${groupDigits(Math.trunc(abs))}.${abs.toFixed(2).split('.')[1]}`;
  const decimals = Math.min(20, Math.max(2, 2 - Math.floor(Math.log10(abs))));
  let text = abs.toFixed(decimals);
  // Trailing zeros carry no information beyond the cents.
  while (text.endsWith('0') && text.split('.')[1].length > 2) text = text.slice(0, -1);
  return `${sign}$${text}`;
}

/** A signed amount of money: "+$1.20", "−$0.0219", "$0". */
export function signedUsd(value: number): string {
  return value > 0 ? `+${usd(value)}` : usd(value);
}

/** `850 ms`, `1.24 s`, `12.3 s`, `2.5 min`. */
export function duration(ms: number): string {
  const abs = Math.abs(ms);
  const sign = ms < 0 ? MINUS : '';
  if (abs < 1000) return `${sign}${Math.round(abs)} ms`;
  if (abs < 60_000) return `${sign}${Number((abs / 1000).toPrecision(3))} s`;
  return `${sign}${trimZero((abs / 60_000).toFixed(1))} min`;
}

export function signedDuration(ms: number): string {
  return ms > 0 ? `+${duration(ms)}` : Math.round(ms) === 0 ? '0 ms' : duration(ms);
}

/** How per-case costs read: per case, or per 1,000 cases when a case costs under a cent. */
export interface CostScale {
  /** "case" or "1k cases". */
  unit: string;
  factor: number;
}

/** One scale for a set of per-case costs, so numbers shown side by side share it. */
export function costScale(values: readonly (number | null)[]): CostScale {
  const largest = Math.max(0, ...values.map((v) => Math.abs(v ?? 0)));
  return largest > 0 && largest < 0.01 ? { unit: '1k cases', factor: 1000 } : { unit: 'case', factor: 1 };
}
