// Hardening: cancelling `evalgate compare` (the runner sends SIGINT, then SIGTERM) or one side
// failing stops the whole run: in-flight model requests are dropped, agents are stopped, the
// trials that finished stay in the JSONL files (every line valid, nothing half-done written), and
// the base worktree is removed only after both sides stopped. Driven through dist/index.js.
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { TrialResult } from '../../src/results/schema.js';
import { lastUserText, startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { createTempRepo, readableCopy, type TempRepo } from '../support/git-repo.js';
import { cliEnv, startBundle } from '../support/bundle.js';
import { runAction } from '../support/action-runner.js';
import { startFakeGitHub } from '../support/fake-github.js';
import { FAKE_OPENAI_KEY, withPullRequest } from '../e2e/scenarios.js';
import { alive } from '../support/processes.js';

// A readable copy: the agent-user tests run it as evalgate-agent, which may not enter the checkout.
const AGENT = readableCopy(fileURLToPath(new URL('./fixtures/escape-agent.mjs', import.meta.url)));
const RUN = JSON.stringify(`${JSON.stringify(process.execPath)} ${JSON.stringify(AGENT)}`);
/** Requests for the "slow" case take this long: far beyond any test, so only an abort ends them. */
const NEVER_MS = 10 * 60_000;
const HANG_MS = 60_000;

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + HANG_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function jsonlLines(file: string): string[] {
  return existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
    : [];
}

const CHAT_SUITE = `version: 1
target:
  chat:
    model: gpt-4o-mini
    messages: [{ role: user, content: "{{q}}" }]
cases:
  - { id: fast, input: { q: fast, mode: answer } }
  - { id: slow, input: { q: slow, mode: ignore-term } }
`;

function agentSuite(pidDir: string, env = ''): string {
  return `version: 1
target:
  command: { run: ${RUN}, timeout: 10m${env} }
cases:
  - { id: fast, input: { q: fast, mode: answer, pidDir: ${JSON.stringify(pidDir)} } }
  - { id: slow, input: { q: slow, mode: ignore-term, pidDir: ${JSON.stringify(pidDir)} } }
`;
}

/** Worktrees git still knows about besides the checkout itself. */
function extraWorktrees(repo: TempRepo): string[] {
  return repo
    .git('worktree', 'list', '--porcelain')
    .split('\n')
    .filter((l) => l.startsWith('worktree ') && l !== `worktree ${repo.dir}`);
}

describe('cancelling a comparison', () => {
  let server: FakeOpenAi | null = null;
  let repo: TempRepo | null = null;
  afterEach(async () => {
    await server?.close();
    repo?.remove();
  });

  it('on SIGINT: aborts requests, stops agents, keeps finished trials, removes the worktree, exits 130', { timeout: 2 * HANG_MS }, async () => {
    server = await startFakeOpenAi({
      model: () => 'ok',
      faults: [{ when: (req) => lastUserText(req) === 'slow', fault: { kind: 'slow', delayMs: NEVER_MS } }],
    });
    repo = createTempRepo();
    const pidDir = join(repo.dir, '.pids');
    // Base: a chat target whose "slow" request never returns; head: an agent whose "slow" run ignores SIGTERM.
    const baseSha = repo.commit({ 'evals/evalgate.yaml': CHAT_SUITE, '.pids/.keep': '' }, 'base');
    repo.commit({ 'evals/evalgate.yaml': agentSuite(pidDir) }, 'head');

    const out = join(repo.dir, 'out');
    const started = startBundle(['compare', '--base-ref', baseSha, '--out', out], {
      cwd: repo.dir,
      env: cliEnv({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url }),
      killAfterMs: 2 * HANG_MS,
    });
    // Both sides have finished one case and are stuck in the other.
    await until(
      () =>
        jsonlLines(join(out, 'base.jsonl')).length === 1 &&
        jsonlLines(join(out, 'head.jsonl')).length === 1 &&
        server!.stats().inFlight === 1 &&
        existsSync(join(pidDir, 'ignore-term.pid')),
      'both sides to be mid-run',
    );
    const agentPid = Number(readFileSync(join(pidDir, 'ignore-term.pid'), 'utf8'));
    started.child.kill('SIGINT');
    const run = await started.done;
    const agentSurvived = alive(agentPid);
    if (agentSurvived) process.kill(agentPid, 'SIGKILL');

    expect(run.hung).toBe(false);
    expect(run.code).toBe(130);
    expect(run.stderr).toContain('cancelled by SIGINT');
    expect(agentSurvived).toBe(false);
    // Finished trials are kept, every line whole; the cancelled ones are not recorded as errors.
    for (const side of ['base', 'head']) {
      const lines = jsonlLines(join(out, `${side}.jsonl`));
      expect(lines).toHaveLength(1);
      const { caseId, trial } = JSON.parse(lines[0]) as { caseId: string; trial: unknown };
      expect(caseId).toBe('fast');
      expect(TrialResult.parse(trial).status).toBe('pass');
    }
    // Nothing claims to be a complete run.
    expect(readdirSync(out).filter((n) => n.endsWith('.json'))).toEqual([]);
    expect(existsSync(join(out, 'base', 'evalgate-results.json'))).toBe(false);
    expect(extraWorktrees(repo)).toEqual([]);
  });

  it('one side failing stops the other at once: no agent keeps running, the worktree is removed', { timeout: 2 * HANG_MS }, async () => {
    server = await startFakeOpenAi();
    repo = createTempRepo();
    const pidDir = join(repo.dir, '.pids');
    // Base: an agent whose environment cannot be built, so the base side fails; head: an agent
    // whose "slow" case ignores SIGTERM and would run for ten minutes.
    const baseSha = repo.commit({ 'evals/evalgate.yaml': agentSuite(pidDir, ', env: { KEY: "${EVALGATE_TEST_NEVER_SET}" }'), '.pids/.keep': '' }, 'base');
    repo.commit({ 'evals/evalgate.yaml': agentSuite(pidDir) }, 'head');

    const run = await startBundle(['compare', '--base-ref', baseSha, '--out', join(repo.dir, 'out')], {
      cwd: repo.dir,
      env: cliEnv({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url }),
      killAfterMs: HANG_MS,
    }).done;
    const pidFile = join(pidDir, 'ignore-term.pid');
    const agentPid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : null;
    const agentSurvived = agentPid !== null && alive(agentPid);
    if (agentSurvived) process.kill(agentPid, 'SIGKILL');

    expect(run.hung).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('target.command.env.KEY: ${EVALGATE_TEST_NEVER_SET} is not set');
    expect(agentSurvived).toBe(false);
    expect(extraWorktrees(repo)).toEqual([]);
  });

  it("the action on the runner's cancel (SIGTERM): no verdict, the agent stopped, the worktree removed", { timeout: 2 * HANG_MS }, async () => {
    server = await startFakeOpenAi({ apiKey: FAKE_OPENAI_KEY });
    const github = await startFakeGitHub();
    try {
      const pidDir = join(tmpdir(), `evalgate-cancel-pids-${process.pid}`);
      mkdirSync(pidDir, { recursive: true });
      // The action's default `agent-user: auto` runs the agent as evalgate-agent through the root
      // helper here (the tests run as root): the cancel goes EvalGate → helper → agent, and the
      // agent must be able to write its pid file.
      chmodSync(pidDir, 0o1777);
      // Base: a chat target (done at once); head: an agent whose "slow" run ignores SIGTERM.
      const pr = withPullRequest({ github, base: { 'evals/evalgate.yaml': CHAT_SUITE }, head: { 'evals/evalgate.yaml': agentSuite(pidDir) } });
      repo = pr.repo;
      const pidFile = join(pidDir, 'ignore-term.pid');
      const run = await runAction({
        workspace: pr.workspace,
        event: pr.event('synchronize'),
        inputs: { 'openai-api-key': FAKE_OPENAI_KEY, 'openai-base-url': server.url },
        githubApiUrl: github.baseUrl,
        githubToken: github.token,
        onStart: (child) => {
          void until(() => existsSync(pidFile), 'the agent to be running').then(() => child.kill('SIGTERM'));
        },
      });
      const agentPid = Number(readFileSync(pidFile, 'utf8'));
      const agentSurvived = alive(agentPid);
      if (agentSurvived) process.kill(agentPid, 'SIGKILL');
      rmSync(pidDir, { recursive: true, force: true });

      expect(run.code).toBe(1);
      expect(run.outputs.decision).toBe('error');
      expect(run.stdout).toMatch(/EvalGate runs agent code as the unprivileged user evalgate-agent/);
      expect(run.stdout).toContain('cancelled by SIGTERM');
      expect(agentSurvived).toBe(false);
      expect(github.comments(pr.number)).toEqual([]);
      expect(extraWorktrees(repo)).toEqual([]);
    } finally {
      await github.close();
    }
  });
});
