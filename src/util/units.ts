const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m)$/;
const PERCENT = /^(\d+(?:\.\d+)?)\s*%$/;
const MS_PER_UNIT = { ms: 1, s: 1000, m: 60_000 } as const;

/**
 * A duration in milliseconds. A number is seconds; a string is `500ms`, `20s` or `2m`.
 * Throws on anything else (the suite schema has already rejected it for users).
 */
export function parseDurationMs(d: number | string): number {
  if (typeof d === 'number') {
    if (!Number.isFinite(d) || d < 0) throw new RangeError(`expected a non-negative number of seconds, got ${d}`);
    return d * 1000;
  }
  const m = DURATION.exec(d.trim());
  if (!m) throw new RangeError(`expected a duration such as "500ms", "20s" or "2m", got ${JSON.stringify(d)}`);
  return Number(m[1]) * MS_PER_UNIT[m[2] as keyof typeof MS_PER_UNIT];
}

/** A fraction: `"25%"` → 0.25; a number is already a fraction and is returned as is. */
export function parsePercent(p: number | string): number {
  if (typeof p === 'number') {
    if (!Number.isFinite(p) || p < 0) throw new RangeError(`expected a non-negative fraction, got ${p}`);
    return p;
  }
  const m = PERCENT.exec(p.trim());
  if (!m) throw new RangeError(`expected a percentage such as "25%", got ${JSON.stringify(p)}`);
  return Number(m[1]) / 100;
}

/**
 * A whole number with comma thousands separators: `1234567` → `1,234,567`, `-1234` → `-1,234`.
 * Rounds first. Written out rather than `toLocaleString('en-US')`, whose first call loads ICU
 * data (~25 ms) on the path between the last answer and the exit of every run.
 */
export function groupDigits(n: number): string {
  const rounded = Math.round(n);
  if (!Number.isFinite(rounded)) return String(rounded);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+$)/g, ',');
  return rounded < 0 ? `-${digits}` : digits;
}
