// End-to-end: a 2-way matrix. Each shard job evaluates its slice and uploads its results; the
// merge job (after download-artifact with merge-multiple) decides and posts the one comment.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractProblems } from '../github/openapi-contract.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import {
  FAKE_OPENAI_KEY,
  PROMPT_PATH,
  PROMPT_V1,
  PROMPT_V2,
  SUITE_PATH,
  SUPPORT_CASES,
  supportModel,
  supportSuite,
  withPullRequest,
  type PullRequest,
} from './scenarios.js';

const E2E_TIMEOUT_MS = 120_000;
const REGRESSED = SUPPORT_CASES.filter((c) => c.refund).map((c) => c.id);

describe('sharded evaluation merged into one comment', () => {
  let github: FakeGitHub;
  let openai: FakeOpenAi;
  let pr: PullRequest;

  beforeAll(async () => {
    openai = await startFakeOpenAi({ model: supportModel, apiKey: FAKE_OPENAI_KEY });
    github = await startFakeGitHub();
    pr = withPullRequest({ github, base: { [SUITE_PATH]: supportSuite(), [PROMPT_PATH]: PROMPT_V1 }, head: { [PROMPT_PATH]: PROMPT_V2 } });
  });
  afterAll(async () => {
    await openai.close();
    await github.close();
    pr.remove();
  });

  const keys = () => ({ 'openai-api-key': FAKE_OPENAI_KEY, 'openai-base-url': openai.url });

  it('shards post nothing, the merge job decides like an unsharded run without calling a model', { timeout: E2E_TIMEOUT_MS }, async () => {
    const downloaded = join(pr.workspace, 'downloaded');
    mkdirSync(downloaded, { recursive: true });
    for (const shard of ['1/2', '2/2']) {
      const dir = `shard-${shard[0]}`;
      const run = await pr.run({ action: 'synchronize', inputs: { ...keys(), shard, 'results-dir': dir } });
      expect(run.code).toBe(0);
      expect(github.comments(pr.number)).toHaveLength(0);
      // What actions/download-artifact with merge-multiple leaves: every shard's files in one folder.
      for (const f of readdirSync(join(pr.workspace, dir)).filter((n) => n.startsWith('evalgate-shard-'))) {
        cpSync(join(pr.workspace, dir, f), join(downloaded, f));
      }
    }
    expect(readdirSync(downloaded).sort()).toEqual([
      'evalgate-shard-1-of-2.base.json',
      'evalgate-shard-1-of-2.head.json',
      'evalgate-shard-2-of-2.base.json',
      'evalgate-shard-2-of-2.head.json',
    ]);
    const calls = openai.stats().chatRequests;

    const merged = await pr.run({ action: 'synchronize', inputs: { mode: 'merge', 'results-dir': 'downloaded' } });
    expect(openai.stats().chatRequests).toBe(calls);
    expect(merged.outputs.decision).toBe('fail');
    expect(merged.outputs.regressions).toBe(String(REGRESSED.length));
    const comments = github.comments(pr.number);
    expect(comments).toHaveLength(1);
    for (const id of REGRESSED) expect(comments[0].body).toContain(id);
    expect(comments[0].body).toContain(`${SUPPORT_CASES.length} of ${SUPPORT_CASES.length} cases`);
    expect(contractProblems(github.requests)).toEqual([]);
  });

  it('a missing shard is an error that names it, never a verdict', { timeout: E2E_TIMEOUT_MS }, async () => {
    const partial = join(pr.workspace, 'partial');
    mkdirSync(partial, { recursive: true });
    cpSync(join(pr.workspace, 'downloaded', 'evalgate-shard-1-of-2.base.json'), join(partial, 'evalgate-shard-1-of-2.base.json'));
    cpSync(join(pr.workspace, 'downloaded', 'evalgate-shard-1-of-2.head.json'), join(partial, 'evalgate-shard-1-of-2.head.json'));
    const run = await pr.run({ action: 'synchronize', inputs: { mode: 'merge', 'results-dir': 'partial' } });
    expect(run.outputs.decision).toBe('error');
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/shard 2 of 2 are missing/);
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
