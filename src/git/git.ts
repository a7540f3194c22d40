import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/**
 * Ends option parsing before every argument that comes from data (refs from inputs, commits from
 * results files): `--output=FILE` as a "commit" must stay a revision that fails to resolve, never
 * an option that writes a file (git 2.24+).
 */
const END_OF_OPTIONS = '--end-of-options';

/** Diff text per file is cut here: the comment shows what changed, not a whole rewrite. */
const MAX_DIFF_CHARS = 20_000;

export class GitError extends Error {
  override name = 'GitError';
}

/** A ref the user named that does not resolve: a usage mistake, not an evaluation failure. */
export class UnknownRefError extends GitError {
  override name = 'UnknownRefError';
}

async function git(root: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await exec('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim() ?? '';
    throw new GitError(`git ${args.join(' ')} failed in ${root}: ${stderr || (error as Error).message}`, { cause: error });
  }
}

/** Full SHA of a ref, or a clear error naming it. */
export async function resolveRef(root: string, ref: string): Promise<string> {
  try {
    return (await git(root, ['rev-parse', '--verify', '--quiet', END_OF_OPTIONS, `${ref}^{commit}`])).trim();
  } catch {
    throw new UnknownRefError(
      `cannot resolve "${ref}" to a commit in ${root}: check its spelling (git branch -a lists branches), or fetch it first (in a workflow: actions/checkout with fetch-depth: 0)`,
    );
  }
}

async function hasCommit(root: string, sha: string): Promise<boolean> {
  try {
    await git(root, ['cat-file', '-e', END_OF_OPTIONS, `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** Makes sure `sha` is present, fetching just that commit from origin when the clone is shallow. */
export async function ensureCommit(root: string, sha: string): Promise<void> {
  if (await hasCommit(root, sha)) return;
  await git(root, ['fetch', '--no-tags', '--depth=1', END_OF_OPTIONS, 'origin', sha]);
  if (!(await hasCommit(root, sha))) throw new GitError(`commit ${sha} is not available after fetching it from origin`);
}

/**
 * Whether the working tree differs from HEAD: any tracked file edited, staged or deleted, or one of
 * `paths` (files the suite reads) present but untracked. Other untracked files (build output,
 * results directories) do not count.
 */
export async function hasUncommittedChanges(root: string, paths: readonly string[]): Promise<boolean> {
  const tracked = await git(root, ['status', '--porcelain', '-z', '--untracked-files=no']);
  if (tracked !== '') return true;
  // Files outside the repository cannot be untracked in it; git would refuse the pathspec.
  const inside = paths.filter((p) => !isAbsolute(p) && !p.startsWith('../'));
  if (inside.length === 0) return false;
  // :(literal): a file name is a name, never a glob.
  const untracked = await git(root, ['status', '--porcelain', '-z', '--untracked-files=all', '--', ...inside.map((p) => `:(literal)${p}`)]);
  return untracked !== '';
}

export interface Worktree {
  path: string;
  remove(): Promise<void>;
}

/** A detached worktree of `sha` in a temporary directory, for evaluating the base side. */
export async function addWorktree(root: string, sha: string): Promise<Worktree> {
  const parent = await mkdtemp(join(tmpdir(), 'evalgate-base-'));
  const path = join(parent, 'tree');
  const remove = async (): Promise<void> => {
    // Best effort: the directory is deleted below either way.
    await oneAtATime(() => git(root, ['worktree', 'remove', '--force', END_OF_OPTIONS, path])).catch(() => undefined);
    await rm(parent, { recursive: true, force: true });
  };
  try {
    await oneAtATime(() => git(root, ['worktree', 'add', '--detach', '--force', END_OF_OPTIONS, path, sha]));
  } catch (error) {
    // git can fail after it made the worktree (a failing post-checkout hook): none may stay.
    await remove();
    throw error;
  }
  return { path, remove };
}

/**
 * Worktree commands of one process run one at a time: several suites compared together each add
 * and remove worktrees, and concurrent `git worktree` commands race for the repository's lock.
 */
let worktreeQueue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(command: () => Promise<T>): Promise<T> {
  const run = worktreeQueue.then(command, command);
  worktreeQueue = run.catch(() => undefined);
  return run;
}

/** Paths changed between two commits (renames reported under the new path). */
export async function changedPaths(root: string, base: string, head: string): Promise<{ path: string; status: ChangedFile['status'] }[]> {
  // --name-status -z: a status letter, then the path (two paths for a rename: old, new).
  const out = (await git(root, ['diff', '--name-status', '--find-renames', '-z', END_OF_OPTIONS, base, head])).split('\0').filter(Boolean);
  const files: { path: string; status: ChangedFile['status'] }[] = [];
  for (let i = 0; i < out.length; i++) {
    const letter = out[i][0];
    if (letter === 'R' || letter === 'C') {
      files.push({ path: out[i + 2], status: 'renamed' });
      i += 2;
    } else {
      files.push({ path: out[i + 1], status: letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified' });
      i += 1;
    }
  }
  return files;
}

/** Unified diff of one path between two commits, truncated for display. */
export async function fileDiff(root: string, base: string, head: string, path: string): Promise<string> {
  const out = await git(root, ['diff', '--no-color', '--unified=3', END_OF_OPTIONS, base, head, '--', path]);
  return out.length > MAX_DIFF_CHARS ? `${out.slice(0, MAX_DIFF_CHARS)}\n… (diff truncated)` : out;
}

/** A file of the system under test that differs between base and head, for the report. */
export interface ChangedFile {
  path: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  /** Unified diff (may be truncated), or null when not available. */
  diff: string | null;
}
