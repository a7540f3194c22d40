// mode: merge in-process: results-dir problems are usage errors that name the input and the fix.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeShardResults } from '../../src/action/merge.js';
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

  const merge = async (resultsDir: string) =>
    mergeShardResults(
      await actionSuiteContext({ fake, workspace, inputs: { 'results-dir': resultsDir }, mode: 'merge', pr: { number: PR, headSha: HEAD, baseSha: BASE } }),
    );

  it('says no shard results were found when results-dir does not exist', async () => {
    await expect(merge('not-downloaded')).rejects.toThrow(/^mode: merge: no shard results found .*\(looked in not-downloaded\)$/);
  });

  it('names results-dir and the fix when it cannot be listed', async () => {
    await writeFile(join(workspace, 'a-file'), 'not a folder');
    await expect(merge('a-file')).rejects.toThrow(
      /^mode: merge: cannot list results-dir a-file \(ENOTDIR.*\); point results-dir at the folder the shard artifacts were downloaded into$/,
    );
  });
});
