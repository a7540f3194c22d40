import type { Step } from '../results/schema.js';

/** Tool calls by name, counted. */
function toolCounts(steps: readonly Step[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of steps) if (s.type === 'tool') counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
  return counts;
}

export interface ToolUseDiff {
  /** Tools head calls that base never called, with head's count. */
  added: { name: string; count: number }[];
  /** Tools base called that head never calls, with base's count. */
  gone: { name: string; count: number }[];
  /** Tools both call, a different number of times. */
  changed: { name: string; base: number; head: number }[];
}

/** How an agent's tool use moved between base and head: what reviewers ask first. Pure. */
export function toolUseDiff(base: readonly Step[], head: readonly Step[]): ToolUseDiff {
  const b = toolCounts(base);
  const h = toolCounts(head);
  const byName = (x: { name: string }, y: { name: string }) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
  return {
    added: [...h]
      .filter(([n]) => !b.has(n))
      .map(([name, count]) => ({ name, count }))
      .sort(byName),
    gone: [...b]
      .filter(([n]) => !h.has(n))
      .map(([name, count]) => ({ name, count }))
      .sort(byName),
    changed: [...h]
      .filter(([n, c]) => b.has(n) && b.get(n) !== c)
      .map(([name, count]) => ({ name, base: b.get(name)!, head: count }))
      .sort(byName),
  };
}

/** `new: refund_payment ×2; gone: search_kb; lookup_order 1→3`, or null when nothing moved. */
export function describeToolUseDiff(diff: ToolUseDiff, code: (name: string) => string): string | null {
  const times = (n: number) => (n > 1 ? ` ×${n}` : '');
  const parts = [
    diff.added.length > 0 ? `new: ${diff.added.map((t) => `${code(t.name)}${times(t.count)}`).join(', ')}` : null,
    diff.gone.length > 0 ? `gone: ${diff.gone.map((t) => `${code(t.name)}${times(t.count)}`).join(', ')}` : null,
    ...diff.changed.map((t) => `${code(t.name)} ${t.base}→${t.head}`),
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : parts.join('; ');
}
