// mode: merge in-process: results-dir problems are usage errors that name the input and the fix, and
// a checkout that cannot diff base and head still merges, with a warning saying what is missing.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeShardResults } from '../../src/action/merge.js';
import { caseFingerprint, suiteFingerprint } from '../../src/config/fingerprint.js';
import { JUDGE_PROMPT_VERSION } from '../../src/judge/judge.js';
import type { RunResults } from '../../src/results/schema.js';
import { aCaseResult, aMeta, aRunResults, trial } from '../support/builders.js';
import { actionSuiteContext, ONE_CASE_SUITE } from '../support/action-context.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const PR = 12;

describe('mode: merge reading results-dir', () => {
  let fake: FakeGitHub;
  let workspace: string;
  beforeEach(async () => {
    fake = await startFakeGitHub();
    workspace = await mkdtemp(join(tmpdir(), 'evalgate-merge-'));
    await mkdir(join(workspace, 'evals'));
    await writeFile(join(workspace, 'evals', 'evalgate.yaml'), ONE_CASE_SUITE);
  });
  afterEach(async () => {
    await fake.close();
    await rm(workspace, { recursive: true, force: true });
  });

  const context = (resultsDir: string) =>
    actionSuiteContext({ fake, workspace, inputs: { 'results-dir': resultsDir }, mode: 'merge', pr: { number: PR, headSha: HEAD, baseSha: BASE } });
  const merge = async (resultsDir: string) => mergeShardResults(await context(resultsDir));

  it('says no shard results were found when results-dir does not exist', async () => {
    await expect(merge('not-downloaded')).rejects.toThrow(/^mode: merge: no shard results found .*\(looked in not-downloaded\)$/);
  });

  it('names results-dir and the fix when it cannot be listed', async () => {
    await writeFile(join(workspace, 'a-file'), 'not a folder');
    await expect(merge('a-file')).rejects.toThrow(
      /^mode: merge: cannot list results-dir a-file \(ENOTDIR.*\); point results-dir at the folder the shard artifacts were downloaded into$/,
    );
  });

  it('merges in a checkout that is no git repository, and warns that the comment lists no changed files', async () => {
    const ctx = await context('downloaded');
    const { suite } = ctx;
    const sideOf = (side: 'base' | 'head', score: number): RunResults => ({
      ...aRunResults(suite.cases.map((c) => aCaseResult(c.id, [trial({ score })], { fingerprint: caseFingerprint(c) }))),
      meta: aMeta(side, {
        commit: side === 'base' ? BASE : HEAD,
        suiteFingerprint: suiteFingerprint(suite, JUDGE_PROMPT_VERSION),
        seed: suite.sample.seed,
        trials: suite.sample.trials,
        sampleIds: suite.cases.map((c) => c.id),
        shard: { index: 1, count: 1 },
        targetFingerprint: side === 'base' ? '0123456789abcdef' : 'fedcba9876543210',
      }),
    });
    await mkdir(join(workspace, 'downloaded'));
    await writeFile(join(workspace, 'downloaded', 'evalgate-shard-1-of-1.base.json'), JSON.stringify(sideOf('base', 1)));
    await writeFile(join(workspace, 'downloaded', 'evalgate-shard-1-of-1.head.json'), JSON.stringify(sideOf('head', 1)));
    const log: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      log.push(String(chunk));
      return true;
    });
    try {
      const result = await mergeShardResults(ctx);
      expect(result.comparison.counts.regressed).toBe(0);
      expect(result.changedFiles).toEqual([]);
    } finally {
      vi.restoreAllMocks();
    }
    expect(log.filter((line) => line.startsWith('::warning::'))).toEqual([
      expect.stringMatching(
        /^::warning::EvalGate could not read the checked-out commit in .*: the shards' head commit is checked against GITHUB_SHA \(a{40}\) instead/,
      ),
      expect.stringMatching(
        /^::warning::EvalGate could not diff the files under test between base and head in this checkout .*: the comment lists no changed files/,
      ),
    ]);
  });
});
