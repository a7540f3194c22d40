import type { Comparison, Interval, Metric } from '../compare/types.js';
import { count, duration, pct, pts, signedDuration, signedPct, signedPp, signedPts, signedUsd, usd } from '../util/numbers.js';

/** How a metric's numbers read. Scores are shown in points (0–100), as the verdict speaks of them. */
export type Unit = 'score' | 'rate' | 'usd' | 'ms' | 'tokens';

const NONE = '—';

/** `1234.4` → `1,234`. */
export function formatCount(n: number): string {
  return count(n);
}

/** Bytes in binary units: `512 B`, `12.3 KiB`, `1.0 MiB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** US dollars (src/util/numbers.ts `usd`). */
export const formatUsd = usd;

/** `850 ms`, `1.24 s`, `2.5 min` (src/util/numbers.ts `duration`). */
export const formatMs = duration;

/** ISO time → `2026-11-27 10:00 UTC`; anything unparsable is returned as is. */
export function formatTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** A value in its unit, `—` when unknown. Scores read in points: 0.901 → `90.1`. */
export function formatValue(unit: Unit, v: number | null): string {
  if (v === null || !Number.isFinite(v)) return NONE;
  switch (unit) {
    case 'score':
      return pts(v);
    case 'rate':
      return pct(v);
    case 'usd':
      return usd(v);
    case 'ms':
      return duration(v);
    case 'tokens':
      return count(v);
  }
}

/** A signed difference: `−9.4 pts`, `−25 pp`, `+$0.02`, `−11 ms`, `+89`; zero is `0`, never `±0.0`. */
export function formatSigned(unit: Unit, v: number): string {
  switch (unit) {
    case 'score':
      return `${signedPts(v)} pts`;
    case 'rate':
      return signedPp(v);
    case 'usd':
      return signedUsd(v);
    case 'ms':
      return signedDuration(v);
    case 'tokens': {
      const text = count(Math.abs(v));
      return text === '0' ? '0' : `${v < 0 ? '\u2212' : '+'}${text}`;
    }
  }
}

/** Which way is better for a metric: a higher score, a lower cost. */
export type Better = 'higher' | 'lower';

/** Whether a change is good or bad news, by the metric's direction of goodness. */
export function goodness(better: Better, delta: number | null): 'better' | 'worse' | null {
  if (delta === null || !Number.isFinite(delta) || delta === 0) return null;
  return delta > 0 === (better === 'higher') ? 'better' : 'worse';
}

/** `−11 ms (−27%)` — the delta with its relative change (not for scores and rates: they are already relative). */
export function formatDelta(unit: Unit, metric: Pick<Metric, 'delta' | 'relative'>): string {
  const { delta, relative } = metric;
  if (delta === null || !Number.isFinite(delta)) return NONE;
  const rel = relative !== null && Number.isFinite(relative) && unit !== 'score' && unit !== 'rate' && delta !== 0 ? ` (${signedPct(relative)})` : '';
  return `${formatSigned(unit, delta)}${rel}`;
}

/** `−19.8 to +0.9` (score points), `−53.7 to +3.7 pp`, `−$0.02 to +$0.01`; `—` when none was computed. */
export function formatInterval(unit: Unit, interval: Interval | null): string {
  if (interval === null) return NONE;
  const end = (v: number): string => {
    switch (unit) {
      case 'score':
        return signedPts(v);
      case 'rate':
        return signedPp(v).replace(' pp', '');
      case 'usd':
        return signedUsd(v);
      case 'ms':
        return signedDuration(v);
      case 'tokens':
        return formatSigned('tokens', v);
    }
  };
  return `${end(interval.low)} to ${end(interval.high)}${unit === 'rate' ? ' pp' : ''}`;
}

/** A money metric in another unit (per 1,000 cases: `factor` 1000); relative changes stay as they are. */
export function scaleMetric(m: Metric, factor: number): Metric {
  if (factor === 1) return m;
  const times = (v: number | null): number | null => (v === null ? null : v * factor);
  return {
    ...m,
    base: times(m.base),
    head: times(m.head),
    delta: times(m.delta),
    interval: m.interval && { low: m.interval.low * factor, high: m.interval.high * factor },
  };
}

/** A relative interval: `−43% to −36%`. */
export function formatRelativeInterval(interval: Interval | null): string {
  return interval === null ? NONE : `${signedPct(interval.low)} to ${signedPct(interval.high)}`;
}

/** The first 7 characters of a commit id, or null when it does not look like one. */
export function shortCommit(commit: string | null): string | null {
  return commit !== null && /^[0-9a-f]{7,64}$/i.test(commit) ? commit.slice(0, 7).toLowerCase() : null;
}

/** Appended to a commit when the side evaluated was that commit's working tree with edits on top. */
export const UNCOMMITTED_SUFFIX = ' + uncommitted changes';

/** `1 trial`, `3 trials`. */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${formatCount(n)} ${n === 1 ? word : pluralWord}`;
}

export interface MetricRow {
  name: string;
  key: keyof Comparison['metrics'];
  unit: Unit;
  better: Better;
}

/** The metric rows the terminal shows, in order. */
export const METRIC_ROWS: readonly MetricRow[] = [
  { name: 'Score (pts)', key: 'score', unit: 'score', better: 'higher' },
  { name: 'Pass rate', key: 'passRate', unit: 'rate', better: 'higher' },
  { name: 'Cost per case', key: 'costPerCase', unit: 'usd', better: 'lower' },
  { name: 'Latency p50', key: 'latencyP50', unit: 'ms', better: 'lower' },
  { name: 'Latency p95', key: 'latencyP95', unit: 'ms', better: 'lower' },
  { name: 'Tokens in', key: 'inputTokens', unit: 'tokens', better: 'lower' },
  { name: 'Tokens out', key: 'outputTokens', unit: 'tokens', better: 'lower' },
];
