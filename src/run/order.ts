import type { Case } from '../config/suite.js';
import { rankOf } from './sample.js';

/**
 * The order sequential sampling evaluates the sample in (SPEC §4): cases carrying an `always` or
 * must-pass tag first, in suite order, so every look has them and stopping early never skips a
 * guarantee; then the rest by their seeded rank, a random order that does not depend on how
 * the suite file is arranged. Pure.
 */
export function runOrder(cases: readonly Case[], seed: number, firstTags: readonly string[]): Case[] {
  const first = new Set(firstTags);
  const pinned = cases.filter((c) => c.tags.some((t) => first.has(t)));
  const rest = cases
    .filter((c) => !c.tags.some((t) => first.has(t)))
    .map((c) => ({ c, rank: rankOf(seed, c.id) }))
    .sort((a, b) => a.rank - b.rank || (a.c.id < b.c.id ? -1 : 1))
    .map((r) => r.c);
  return [...pinned, ...rest];
}
