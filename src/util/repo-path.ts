import { realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * The one rule for "inside the repository". Suites name files relative to the repository root;
 * the evaluated tree is a pull request's checkout, so a path (or a symlink) leading out of it
 * could send runner files to a model or run code from elsewhere. Every check of a path, whether
 * at validation, when a target reads a prompt, or when a check loads a schema or module, goes
 * through `repoPath` (and, for files on disk, `resolveInRepo`).
 */

/**
 * Normalises a path written in a suite to repository-relative form with forward slashes, or
 * returns null when it is absolute (`/x`, `C:\x`, `\\server\x`), climbs out of the repository
 * (`../x`, `a/../../x`) or names the root itself. Backslashes count as separators, so a suite
 * written on Windows means the same file everywhere.
 */
export function repoPath(written: string): string | null {
  const slashed = written.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) return null;
  const norm = path.posix.normalize(slashed);
  if (norm === '..' || norm.startsWith('../') || norm === '.' || norm === '' || norm === './') return null;
  return norm.replace(/^\.\//, '').replace(/\/$/, '');
}

/** Whether the absolute path `target` lies below the absolute directory `root` (not `root` itself). */
export function isInside(root: string, target: string): boolean {
  return repoPath(path.relative(root, target)) !== null;
}

/** Where a written path leads on disk. */
export type RepoFile =
  /** `real` is the file's real path (symlinks resolved), inside the root's real path. */
  | { kind: 'inside'; rel: string; real: string }
  /** Absolute, or climbs out of the repository as written. */
  | { kind: 'escapes' }
  /** Written inside, but a symlink on the way leads out of the repository. */
  | { kind: 'links-out'; rel: string }
  /** Nothing there (or a dangling link): `abs` is where it would be. */
  | { kind: 'missing'; rel: string; abs: string; cause: unknown };

/** Resolves `written` under `root` on disk, following symlinks, and says whether it stays inside. */
export async function resolveInRepo(root: string, written: string): Promise<RepoFile> {
  const rel = repoPath(written);
  if (rel === null) return { kind: 'escapes' };
  const abs = path.resolve(root, rel);
  let real: string;
  try {
    real = await realpath(abs);
  } catch (cause) {
    return { kind: 'missing', rel, abs, cause };
  }
  return isInside(await realpath(root), real) ? { kind: 'inside', rel, real } : { kind: 'links-out', rel };
}
