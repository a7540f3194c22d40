import { backtracksCatastrophically } from '../util/safe-regex.js';
import type { Suite } from './suite.js';

/**
 * Warnings for suite regexes that nest quantifiers (`^(\w+\s?)*$`). EvalGate runs them in linear
 * time, so they cannot hang a run; they are still worth fixing, because the same pattern in a
 * backtracking engine (a script or dashboard reading the same answers) takes exponential time.
 * One warning per distinct pattern, at the first place it is used. Pure.
 */
export function regexWarnings(suite: Pick<Suite, 'path' | 'cases' | 'redact'>): string[] {
  const seen = new Set<string>();
  const warnings: string[] = [];
  const consider = (pattern: string, where: string): void => {
    if (seen.has(pattern)) return;
    seen.add(pattern);
    if (!backtracksCatastrophically(pattern)) return;
    warnings.push(
      `${where}: ${JSON.stringify(pattern)} nests quantifiers; EvalGate matches it in linear time, but a backtracking ` +
        'engine (JavaScript, Python) can take exponential time on it; prefer a pattern without a repeated group that repeats, e.g. ^[\\w\\s]*$',
    );
  };
  for (const c of suite.cases) {
    c.checks.forEach((check, i) => {
      for (const kind of ['regex', 'not-regex'] as const) {
        const spec = check[kind];
        if (spec !== undefined)
          consider(typeof spec === 'string' ? spec : spec.pattern, `${c.source.file}:${c.source.line} case "${c.id}" checks[${i}].${kind}`);
      }
    });
  }
  suite.redact.forEach((pattern, i) => consider(pattern, `${suite.path} redact[${i}]`));
  return warnings;
}
