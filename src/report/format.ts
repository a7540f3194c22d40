import type { Comparison, Interval, Metric } from '../compare/types.js';
import { groupDigits } from '../util/units.js';

/** How a metric's numbers read. */
export type Unit = 'score' | 'rate' | 'usd' | 'ms' | 'tokens';

const MINUS = '−';
const NONE = '—';

/** `1234.4` → `1,234`. */
export function formatCount(n: number): string {
  return groupDigits(n);
}

/** Bytes in binary units: `512 B`, `12.3 KiB`, `1.0 MiB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** US dollars with enough digits for per-case costs: `$1.23`, `$0.0123`, `$0.000042`. */
export function formatUsd(v: number): string {
  const abs = Math.abs(v);
  const digits = abs === 0 || abs >= 1 ? 2 : abs >= 0.001 ? 4 : 6;
  return `${v < 0 ? MINUS : ''}$${abs.toFixed(digits)}`;
}

/** `850 ms`, `1.24 s`, `2.5 min`. */
export function formatMs(v: number): string {
  const abs = Math.abs(v);
  const sign = v < 0 ? MINUS : '';
  if (abs < 1000) return `${sign}${Math.round(abs)} ms`;
  if (abs < 60_000) return `${sign}${(abs / 1000).toFixed(2)} s`;
  return `${sign}${(abs / 60_000).toFixed(1)} min`;
}

/** ISO time → `2026-11-27 10:00 UTC`; anything unparsable is returned as is. */
export function formatTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

function magnitude(unit: Unit, abs: number): string {
  switch (unit) {
    case 'score':
      return abs.toFixed(3);
    case 'rate':
      return `${(abs * 100).toFixed(1)}%`;
    case 'usd':
      return formatUsd(abs);
    case 'ms':
      return formatMs(abs);
    case 'tokens':
      return formatCount(abs);
  }
}

/** A value in its unit, `—` when unknown. */
export function formatValue(unit: Unit, v: number | null): string {
  if (v === null || !Number.isFinite(v)) return NONE;
  return (v < 0 ? MINUS : '') + magnitude(unit, Math.abs(v));
}

/** A signed difference; rates read in percentage points. */
export function formatSigned(unit: Unit, v: number): string {
  const sign = v > 0 ? '+' : v < 0 ? MINUS : '±';
  const abs = Math.abs(v);
  return unit === 'rate' ? `${sign}${(abs * 100).toFixed(1)} pp` : sign + magnitude(unit, abs);
}

/** `▲`, `▼` or nothing, by the sign of the delta. */
export function arrow(delta: number | null): string {
  if (delta === null || delta === 0 || !Number.isFinite(delta)) return '';
  return delta > 0 ? '▲' : '▼';
}

/** `▼ −0.110 (−12.0%)` — the delta with its direction mark and relative change. */
export function formatDelta(unit: Unit, metric: Metric): string {
  const { delta, relative } = metric;
  if (delta === null || !Number.isFinite(delta)) return NONE;
  const mark = arrow(delta);
  const rel =
    relative !== null && Number.isFinite(relative) && unit !== 'score' && unit !== 'rate'
      ? ` (${formatSigned('rate', relative).replace(' pp', '%')})`
      : '';
  return `${mark ? mark + ' ' : ''}${formatSigned(unit, delta)}${rel}`;
}

/** `[−0.180, +0.040]` in the metric's unit, `—` when no interval was computed. */
export function formatInterval(unit: Unit, interval: Interval | null): string {
  if (interval === null) return NONE;
  // The interval is of the delta, so both ends carry a sign.
  return `[${formatSigned(unit, interval.low)}, ${formatSigned(unit, interval.high)}]`;
}

/** The first 7 characters of a commit id, or null when it does not look like one. */
export function shortCommit(commit: string | null): string | null {
  return commit !== null && /^[0-9a-f]{7,64}$/i.test(commit) ? commit.slice(0, 7).toLowerCase() : null;
}

/** `1 trial`, `3 trials`. */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${formatCount(n)} ${n === 1 ? word : pluralWord}`;
}

/** The metric rows every rendering shows, in order. */
export const METRIC_ROWS: ReadonlyArray<{ name: string; key: keyof Comparison['metrics']; unit: Unit }> = [
  { name: 'Score', key: 'score', unit: 'score' },
  { name: 'Pass rate', key: 'passRate', unit: 'rate' },
  { name: 'Cost per case', key: 'costPerCase', unit: 'usd' },
  { name: 'Latency p50', key: 'latencyP50', unit: 'ms' },
  { name: 'Latency p95', key: 'latencyP95', unit: 'ms' },
  { name: 'Tokens in', key: 'inputTokens', unit: 'tokens' },
  { name: 'Tokens out', key: 'outputTokens', unit: 'tokens' },
];
