/** One thing wrong with a suite, pinned to a place a user can open. */
export interface ConfigProblem {
  /** Repository-relative path with forward slashes (or the path as given when outside the repo). */
  file: string;
  /** 1-based; problems about a whole file (missing, too large) point at 1:1. */
  line: number;
  column: number;
  /** Dotted path of the offending key, e.g. `cases[3].checks[0].contains`; empty for the file root. */
  key: string;
  /** What was expected and what was found. */
  message: string;
}

/** `evals/evalgate.yaml:14:7 gate.max-score-drop: expected a number between 0 and 1, got "lots"` */
export function formatProblem(p: ConfigProblem): string {
  const where = `${p.file}:${p.line}:${p.column}`;
  return p.key ? `${where} ${p.key}: ${p.message}` : `${where} ${p.message}`;
}

/**
 * Orders problems file by file (files in order of first mention, so the suite file comes before
 * the case files it names), then by position, so the list reads top to bottom.
 */
export function sortProblems(problems: readonly ConfigProblem[]): ConfigProblem[] {
  const fileOrder = new Map<string, number>();
  for (const p of problems) if (!fileOrder.has(p.file)) fileOrder.set(p.file, fileOrder.size);
  return [...problems].sort((a, b) => fileOrder.get(a.file)! - fileOrder.get(b.file)! || a.line - b.line || a.column - b.column);
}

/** Thrown by `loadSuite`: every problem found, one per line in `message`. */
export class ConfigError extends Error {
  readonly problems: ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    const sorted = sortProblems(problems);
    super(sorted.map(formatProblem).join('\n'));
    this.name = 'ConfigError';
    this.problems = sorted;
  }
}
