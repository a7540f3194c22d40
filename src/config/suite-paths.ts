import picomatch from 'picomatch';
import { repoPath } from '../util/repo-path.js';
import { listRepoFiles } from './files.js';

/** What `resolveSuitePaths` needs from the tree: its files (repository-relative, sorted). */
export type ListFiles = () => Promise<string[]>;

/** Suite files end in .yaml or .yml; a glob matches only those. */
const SUITE_FILE = /\.ya?ml$/i;

/** A `config` value that names no suite: the message says which pattern matched nothing. */
export class SuitePathError extends Error {
  override name = 'UsageError';
}

/**
 * The `config` setting as written: one path or glob, or several separated by newlines or commas
 * (an action input is one string; a YAML block scalar gives one per line). Blank entries dropped.
 */
export function splitConfig(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

/** Whether a `config` value is a glob: a glob always means "several suites", even when it matches one. */
export function isSuiteGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
}

/**
 * The suite files `patterns` name, in a stable order: patterns in the order given, each glob's
 * matches sorted, duplicates kept at their first place. A plain path is taken as written (loading
 * reports a missing file with its position); a glob that matches no .yaml/.yml file is an error
 * naming it. Paths are repository-relative with forward slashes.
 */
export async function resolveSuitePaths(patterns: readonly string[], root: string, list: ListFiles = () => listRepoFiles(root)): Promise<string[]> {
  if (patterns.length === 0) throw new SuitePathError('config: no suite file given; name one (evals/evalgate.yaml) or a glob (evals/**/evalgate.yaml)');
  const out: string[] = [];
  const seen = new Set<string>();
  let files: Promise<string[]> | undefined;
  const add = (path: string) => {
    if (!seen.has(path)) {
      seen.add(path);
      out.push(path);
    }
  };
  const empty: string[] = [];
  for (const pattern of patterns) {
    const rel = repoPath(pattern);
    if (rel === null)
      throw new SuitePathError(`config: ${JSON.stringify(pattern)} is not a path inside the repository; give it relative to the repository root`);
    if (!isSuiteGlob(rel)) {
      add(rel);
      continue;
    }
    files ??= list();
    const isMatch = picomatch(rel, { dot: true });
    const matches = (await files).filter((f) => isMatch(f) && SUITE_FILE.test(f)).sort();
    if (matches.length === 0) empty.push(pattern);
    for (const m of matches) add(m);
  }
  if (empty.length > 0) {
    throw new SuitePathError(
      `config: no suite file (.yaml or .yml) matches ${empty.map((p) => JSON.stringify(p)).join(', ')}; check the pattern against the repository's paths (relative to its root)`,
    );
  }
  return out;
}
