import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ancestors, commonGitDir } from '../../src/isolation/agent-host.js';
import { createTempRepo } from '../support/git-repo.js';

describe('ancestors', () => {
  it.each([
    { path: '/', expected: ['/'] },
    { path: '/home/runner/work/repo', expected: ['/', '/home', '/home/runner', '/home/runner/work', '/home/runner/work/repo'] },
    { path: '/a/b/../c/', expected: ['/', '/a', '/a/c'] },
  ])('$path', ({ path, expected }) => {
    expect(ancestors(path)).toEqual(expected);
  });
});

describe('commonGitDir: where actions/checkout keeps its auth header', () => {
  const repo = createTempRepo();
  repo.commit({ 'a.txt': 'a' }, 'first');
  const parent = mkdtempSync(join(tmpdir(), 'evalgate-worktree-'));
  repo.git('worktree', 'add', '--detach', join(parent, 'tree'), 'HEAD');
  afterAll(() => {
    repo.remove();
    rmSync(parent, { recursive: true, force: true });
  });

  it('is the checkout’s own .git directory', () => {
    expect(commonGitDir(repo.dir)).toBe(join(repo.dir, '.git'));
  });

  it('is the main checkout’s .git for a worktree, whose .git is a file', () => {
    expect(commonGitDir(join(parent, 'tree'))).toBe(join(repo.dir, '.git'));
  });

  it('is null for a tree without git', () => {
    expect(commonGitDir(parent)).toBeNull();
  });
});
