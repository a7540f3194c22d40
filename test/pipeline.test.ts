// The paired replay checks out base and head as git worktrees: whatever fails, none is left behind
// in the user's repository (`git worktree list`) or on disk.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runComparison, type EvalOptions } from '../src/pipeline.js';
import { createTempRepo, type TempRepo } from './support/git-repo.js';

const OPTIONS: EvalOptions = {
  apiKey: 'sk-test',
  baseURL: null,
  sample: null,
  trials: null,
  seed: null,
  maxConcurrency: 1,
  maxCost: null,
  cacheDir: null,
  replay: false,
  timeoutMs: 1_000,
  outDir: null,
  shard: null,
};

/** Paths of every worktree git knows of, the main checkout first. */
function worktrees(repo: TempRepo): string[] {
  return repo
    .git('worktree', 'list', '--porcelain')
    .split('\n')
    .filter((line) => line.startsWith('worktree '))
    .map((line) => line.slice('worktree '.length));
}

/**
 * A post-checkout hook that fails when `sha` is checked out, as a broken or hostile hook would, and
 * logs the directory of every checkout, so the test knows which worktrees were made.
 */
function failCheckoutOf(repo: TempRepo, sha: string): string {
  const log = join(repo.dir, '.git', 'checkouts.log');
  const hook = join(repo.dir, '.git', 'hooks', 'post-checkout');
  writeFileSync(hook, `#!/bin/sh\npwd >> '${log}'\n[ "$2" = "${sha}" ] && exit 1\nexit 0\n`);
  chmodSync(hook, 0o755);
  return log;
}

describe('runComparison worktrees', () => {
  let repo: TempRepo;
  afterEach(() => repo.remove());

  it('removes the head worktree when adding the base worktree fails', async () => {
    repo = createTempRepo();
    const base = repo.commit({ 'prompt.md': 'base' }, 'base');
    const head = repo.commit({ 'prompt.md': 'head' }, 'head');
    const log = failCheckoutOf(repo, base);

    const run = runComparison({ root: repo.dir, configPath: 'evals/evalgate.yaml', baseRef: base, headRef: head, baselineFile: null, options: OPTIONS });

    await expect(run).rejects.toThrow(/worktree add/);
    const made = readFileSync(log, 'utf8').trim().split('\n');
    // Both checkouts happened (head first, then the failing base one) ...
    expect(made).toHaveLength(2);
    // ... and neither is left: not registered with git, not on disk.
    expect(worktrees(repo)).toEqual([repo.git('rev-parse', '--show-toplevel')]);
    for (const dir of made) expect(existsSync(dir)).toBe(false);
  });
});
