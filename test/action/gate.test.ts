// gateSuite in-process, over a suite context built as run() builds one (once per suite),
// against the fake GitHub API: when a GitHub call the decision does not depend on keeps failing,
// the run still decides, and the log says what failed and what the user goes without.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gateSuite } from '../../src/action/gate.js';
import { buildMarker } from '../../src/github/marker.js';
import { actionSuiteContext, ONE_CASE_SUITE } from '../support/action-context.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);
const PR = 12;
const BOT = 'github-actions[bot]';

describe('gateSuite when GitHub calls it can do without keep failing', () => {
  let fake: FakeGitHub;
  let workspace: string;
  let log: string[];

  beforeEach(async () => {
    fake = await startFakeGitHub();
    workspace = await mkdtemp(join(tmpdir(), 'evalgate-gate-'));
    await mkdir(join(workspace, 'evals'));
    await writeFile(join(workspace, 'evals', 'evalgate.yaml'), ONE_CASE_SUITE);
    log = [];
    // @actions/core writes workflow commands (::warning::) to stdout.
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      log.push(String(chunk));
      return true;
    });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await fake.close();
    await rm(workspace, { recursive: true, force: true });
  });

  const suiteContext = (inputs: Record<string, string>, changed: string[], mode: 'gate' | 'merge' = 'gate') =>
    actionSuiteContext({ fake, workspace, inputs, mode, pr: { number: PR, headSha: HEAD, baseSha: BASE, files: changed.map((filename) => ({ filename })) } });

  const warnings = () => log.filter((line) => line.startsWith('::warning::'));

  it('skips without a key and says the notice could not be posted when commenting keeps failing', async () => {
    const ctx = await suiteContext({ 'on-missing-key': 'skip' }, ['prompts/support.md']);
    const create = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments' as const;
    fake.failNext(create, 502, { times: 10 });

    const outcome = await gateSuite(ctx);

    expect(outcome.decision).toBe('skipped');
    expect(outcome.summary).toMatch(/no OpenAI API key/i);
    // Retried first (the retry plugin), then given up on.
    expect(fake.requestsTo(create).length).toBeGreaterThan(1);
    expect(fake.comments(PR)).toEqual([]);
    expect(warnings()).toEqual([
      expect.stringMatching(
        /^::warning::EvalGate could not post the skipped notice on the pull request \(Bad Gateway.*\): the notice is in the job summary only/,
      ),
    ]);
  });

  it('is not applicable and says an earlier comment was left as it was when the token identity cannot be read', async () => {
    const ctx = await suiteContext({ 'openai-api-key': 'sk-test' }, ['docs/readme.md']);
    const earlier = `${buildMarker({ suite: ctx.suite.name, headSha: BASE })}\nfail: an earlier head regressed`;
    fake.addComment({ pr: PR, body: earlier, as: BOT });
    fake.failNext('POST /graphql', 500, { times: 10 });

    const outcome = await gateSuite(ctx);

    expect(outcome.decision).toBe('not-applicable');
    expect(fake.comments(PR).map((c) => c.body)).toEqual([earlier]);
    expect(warnings()).toEqual([
      expect.stringMatching(
        /^::warning::EvalGate could not tell which account its token comments as \(.*\): an earlier EvalGate comment on this pull request, if any, was not updated/,
      ),
    ]);
  });
});
