// Hardening: shard files are artifacts of jobs that also ran the PR's code, so the merge job
// trusts none of what they claim. Driven through the built action: two real shard jobs, then
// merge jobs over tampered copies of their files. A commit that is a git option never reaches git
// (no file is written), a shard cannot shrink the sample or swap the suite, and a merge that
// lacks cases — because a shard "ran out of budget" exactly where the failing cases were — is
// never green.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResults } from '../../src/results/schema.js';
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
} from '../e2e/scenarios.js';

const E2E_TIMEOUT_MS = 120_000;
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
const REFUND = new Set(SUPPORT_CASES.filter((c) => c.refund).map((c) => c.id));

describe('the merge job checks every shard file against what it knows itself', () => {
  let github: FakeGitHub;
  let openai: FakeOpenAi;
  let pr: PullRequest;
  let shards: string;
  let n = 0;

  beforeAll(async () => {
    openai = await startFakeOpenAi({ model: supportModel, apiKey: FAKE_OPENAI_KEY });
    github = await startFakeGitHub();
    pr = withPullRequest({ github, base: { [SUITE_PATH]: supportSuite(), [PROMPT_PATH]: PROMPT_V1 }, head: { [PROMPT_PATH]: PROMPT_V2 } });
    shards = join(pr.workspace, 'all-shards');
    mkdirSync(shards);
    for (const shard of ['1/2', '2/2']) {
      const dir = `shard-${shard[0]}`;
      const run = await pr.run({ inputs: { 'openai-api-key': FAKE_OPENAI_KEY, 'openai-base-url': openai.url, shard, 'results-dir': dir } });
      expect(run.code).toBe(0);
      for (const f of readdirSync(join(pr.workspace, dir)).filter((name) => name.startsWith('evalgate-shard-')))
        cpSync(join(pr.workspace, dir, f), join(shards, f));
    }
  }, E2E_TIMEOUT_MS);
  afterAll(async () => {
    await openai.close();
    await github.close();
    pr.remove();
  });

  /** A copy of the shard files with `change` applied to each, then a merge job over it. */
  async function mergeTampered(change: (name: string, results: RunResults) => void) {
    const dir = `tampered-${(n += 1)}`;
    mkdirSync(join(pr.workspace, dir));
    for (const name of readdirSync(shards)) {
      const results = JSON.parse(readFileSync(join(shards, name), 'utf8')) as RunResults;
      change(name, results);
      writeFileSync(join(pr.workspace, dir, name), JSON.stringify(results));
    }
    const run = await pr.run({ inputs: { mode: 'merge', 'results-dir': dir } });
    return { run, log: run.stdout + run.stderr };
  }

  it('untampered shards merge into the failing verdict an unsharded run gives', { timeout: E2E_TIMEOUT_MS }, async () => {
    const { run } = await mergeTampered(() => undefined);
    expect(run.outputs.decision).toBe('fail');
    expect(run.outputs.regressions).toBe(String(REFUND.size));
  });

  it('a commit of `--output=FILE` is refused before any git call, and writes no file', { timeout: E2E_TIMEOUT_MS }, async () => {
    const planted = join(pr.workspace, 'pwned.txt');
    const { run, log } = await mergeTampered((name, r) => {
      if (name.endsWith('.head.json')) r.meta.commit = `--output=${planted}`;
    });
    expect(existsSync(planted)).toBe(false);
    expect(run.outputs.decision).toBe('error');
    expect(run.code).not.toBe(0);
    expect(log).toMatch(/meta\.commit: expected a full hex commit id/);
    expect(log).not.toMatch(STACK_FRAME);
  });

  it('shards that drop the failing cases and claim a budget cut never make the merge green', { timeout: E2E_TIMEOUT_MS }, async () => {
    const { run } = await mergeTampered((_name, r) => {
      r.cases = r.cases.filter((c) => !REFUND.has(c.id));
      r.meta.cut = { reason: 'max-cost reached', completed: r.cases.length, planned: r.cases.length + 3 };
    });
    expect(['pass', 'inconclusive', 'approved', 'not-applicable', 'skipped']).not.toContain(run.outputs.decision);
    expect(run.outputs.decision).toBe('error');
    expect(run.code).not.toBe(0);
    expect(run.summary).toMatch(/5 of 12 sampled cases are missing from the shard results/);
    const [comment] = github.comments(pr.number);
    expect(comment.body).toMatch(/cannot pass/);
  });

  it.each<{ name: string; change: (name: string, r: RunResults) => void; error: RegExp }>([
    {
      name: 'a smaller sample that leaves out the failing cases',
      change: (_name, r) => {
        r.meta.sampleIds = r.meta.sampleIds.filter((id) => !REFUND.has(id));
        r.cases = r.cases.filter((c) => !REFUND.has(c.id));
      },
      error: /sampled other cases than the head suite gives/,
    },
    {
      name: 'the fingerprint of another suite',
      change: (_name, r) => void (r.meta.suiteFingerprint = 'ffffffffffffffff'),
      error: /another suite than the head suite's/,
    },
    {
      name: 'a base side evaluated at another commit',
      change: (name, r) => void (name.endsWith('.base.json') && (r.meta.commit = 'e'.repeat(40))),
      error: /evaluated eeeeeeeeeeee, but the base commit is/,
    },
    {
      name: 'failing cases swapped between the shards',
      change: (name, r) => {
        if (name.startsWith('evalgate-shard-1-of-2.head')) r.cases = r.cases.filter((c) => !REFUND.has(c.id));
        if (name.startsWith('evalgate-shard-2-of-2.head')) r.cases.push({ ...r.cases[0], id: 'refund-window' });
      },
      error: /case refund-window belongs to shard 1, not 2/,
    },
  ])('refuses $name, naming it', { timeout: E2E_TIMEOUT_MS }, async ({ change, error }) => {
    const { run, log } = await mergeTampered(change);
    expect(run.outputs.decision).toBe('error');
    expect(log).toMatch(error);
    expect(log).not.toMatch(STACK_FRAME);
  });
});
