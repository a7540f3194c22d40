import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** A real git repository in a temp directory, for tests of base-versus-head runs. */
export interface TempRepo {
  dir: string;
  /** Writes files (path → content) and commits them; returns the new commit's SHA. */
  commit(files: Record<string, string>, message: string): string;
  git(...args: string[]): string;
  remove(): void;
}

export function createTempRepo(): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-test-repo-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], {
      cwd: dir,
      encoding: 'utf8',
    }).trim();
  git('init', '-q', '-b', 'main');
  return {
    dir,
    git,
    commit(files, message) {
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes files into a plain directory (no git). */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/**
 * A copy of `file` in a new world-readable folder under the temp dir. Agents that tests run as the
 * unprivileged agent user must be able to read their script, and the checkout holding the
 * fixtures may sit in a folder only its owner can enter (a `mktemp -d` clone is 0700).
 */
export function readableCopy(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-fixture-'));
  chmodSync(dir, 0o755);
  const copy = join(dir, basename(file));
  copyFileSync(file, copy);
  chmodSync(copy, 0o644);
  return copy;
}
