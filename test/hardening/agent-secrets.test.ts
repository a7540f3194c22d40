// Hardening: code from the pull request — a command agent, a module agent, a javascript check —
// tries to steal the workflow's secrets the way an attacker would: its own environment, the
// environment of every ancestor process in /proc (EvalGate's included), the checkout's auth header
// in .git/config, a credentials file in $RUNNER_TEMP, and the real API key at the recording proxy.
// Driven through dist/index.js as the runner starts it, once with `agent-user: off` (the agent
// runs as EvalGate's own user) and once with `agent-user: on` (this test machine runs as root, as
// EvalGate can on GitHub-hosted runners through passwordless sudo).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { RunResults } from '../../src/results/schema.js';
import { ACTION_BUNDLE, runAction, type ActionRun } from '../support/action-runner.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { FAKE_OPENAI_KEY, withPullRequest, type PullRequest } from '../e2e/scenarios.js';

const E2E_TIMEOUT_MS = 120_000;
const SNOOP = readFileSync(new URL('./fixtures/snoop.mjs', import.meta.url), 'utf8');
/** The PID namespace of this test, outside any agent's. */
const HOST_PID_NAMESPACE = readlinkSync('/proc/self/ns/pid');

/** Planted in the step's environment as the runner sets it. Values match no secret pattern, so redaction cannot hide a leak. */
const RUNNER_SECRETS = {
  ACTIONS_RUNTIME_TOKEN: 'planted-actions-runtime-token-7f3a',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'planted-oidc-request-token-91bc',
  STEP_SECRET: 'planted-step-secret-from-env-4d2e',
};
const CHECKOUT_HEADER = 'planted-checkout-basic-auth-55aa';
const RUNNER_TEMP_SECRET = 'planted-npmrc-auth-token-c0ffee';

const COMMAND_AGENT = `import { readFileSync } from 'node:fs';
import { snoop } from './snoop.mjs';
const req = JSON.parse(readFileSync(0, 'utf8'));
console.log(JSON.stringify({ output: await snoop(req.input.snoop) }));
`;
const MODULE_AGENT = `import { snoop } from './snoop.mjs';
export default async (input, ctx) => ({ output: { ...(await snoop(input.snoop)), ctxKeyIsReal: Object.values(input.snoop.planted).includes(ctx.openaiApiKey) } });
`;
const CHECK = `import { snoop } from '../agent/snoop.mjs';
export default async ({ input }) => {
  const r = await snoop(input.snoop);
  const envLeaks = [...r.ownEnv, ...r.ancestors.flatMap((a) => a.leaks)];
  const fileLeaks = Object.values(r.files).flatMap((f) => f.leaks ?? []);
  const evalgate = r.ancestors.find((a) => a.role === 'evalgate');
  const git = r.files['git-config'];
  return { pass: true, reason: 'pidns=' + r.pidNamespace + ' uid=' + r.uid + ' env-leaks=' + (envLeaks.join(',') || 'none') + ' evalgate-environ=' + (evalgate ? evalgate.environ : 'absent') + ' file-leaks=' + (fileLeaks.join(',') || 'none') + ' git-config=' + (git.read ? 'read' : git.code) };
};
`;

interface Snooped {
  uid: number;
  /** The agent's HOME: as the agent user, a private directory the helper made for this run. */
  home: string;
  /** The agent's /proc/self/ns/pid, e.g. "pid:[4026531836]". */
  pidNamespace: string;
  ownEnv: string[];
  ancestors: { role: string; environ: string; leaks: string[] }[];
  files: Record<string, { read: boolean; leaks?: string[]; code?: string }>;
  apiKeyIsReal: boolean;
  ctxKeyIsReal?: boolean;
  proxy: { withStandIn?: number; withoutKey?: number; withRealKey?: number; filesWithStandIn?: number };
}

function suite(target: Record<string, unknown>, withCheck: boolean, snoop: unknown): string {
  return stringify({
    version: 1,
    watch: ['agent/**', 'checks/**'],
    target,
    cases: [{ id: 'snoop', input: { snoop }, checks: withCheck ? [{ javascript: 'checks/snoop.mjs' }] : [] }],
  });
}

describe.each([
  { agentUser: 'off', separate: false },
  { agentUser: 'on', separate: true },
])('PR code looking for secrets, agent-user: $agentUser', ({ agentUser, separate }) => {
  let github: FakeGitHub;
  let openai: FakeOpenAi;
  let pr: PullRequest;
  let runnerTemp: string;
  const runs: Record<'command' | 'module', ActionRun> = {} as never;
  const modesBefore: Record<string, number> = {};

  const mode = (path: string) => statSync(path).mode & 0o7777;
  const headResults = (config: string) =>
    RunResults.parse(JSON.parse(readFileSync(join(pr.workspace, `results-${config}`, 'head', 'evalgate-results.json'), 'utf8')));
  const snooped = (config: 'command' | 'module', side: 'head' | 'base' = 'head'): Snooped => {
    const results = RunResults.parse(JSON.parse(readFileSync(join(pr.workspace, `results-${config}`, side, 'evalgate-results.json'), 'utf8')));
    const trial = results.cases[0].trials[0];
    expect(trial.error, JSON.stringify(trial.error)).toBeFalsy();
    return JSON.parse(trial.output!) as Snooped;
  };

  beforeAll(async () => {
    openai = await startFakeOpenAi({ apiKey: FAKE_OPENAI_KEY });
    github = await startFakeGitHub();
    runnerTemp = mkdtempSync(join(tmpdir(), 'evalgate-runner-temp-'));
    mkdirSync(join(runnerTemp, 'setup-node'));
    writeFileSync(join(runnerTemp, 'setup-node', '.npmrc'), `//registry.npmjs.org/:_authToken=${RUNNER_TEMP_SECRET}\n`);
    const planted = { ...RUNNER_SECRETS, openaiKey: FAKE_OPENAI_KEY, githubToken: github.token, checkoutHeader: CHECKOUT_HEADER, npmrc: RUNNER_TEMP_SECRET };
    const snoop = { planted, files: { 'runner-temp-npmrc': join(runnerTemp, 'setup-node', '.npmrc') }, entry: ACTION_BUNDLE };
    const node = JSON.stringify(process.execPath);
    pr = withPullRequest({
      github,
      base: {
        'evals/command.yaml': suite({ command: { run: `${node} agent/command.mjs`, timeout: '30s' } }, true, snoop),
        'evals/module.yaml': suite({ module: { path: 'agent/module.mjs', timeout: '30s' } }, false, snoop),
        'agent/snoop.mjs': SNOOP,
        'agent/command.mjs': COMMAND_AGENT,
        'agent/module.mjs': MODULE_AGENT,
        'checks/snoop.mjs': CHECK,
      },
      head: { 'agent/command.mjs': `${COMMAND_AGENT}// head\n`, 'agent/module.mjs': `${MODULE_AGENT}// head\n` },
    });
    // What actions/checkout leaves behind with persist-credentials (the default).
    pr.repo.git('config', '--local', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${CHECKOUT_HEADER}`);
    for (const path of [pr.workspace, join(pr.workspace, '.git'), runnerTemp, tmpdir()]) modesBefore[path] = mode(path);
    for (const config of ['command', 'module'] as const) {
      runs[config] = await runAction({
        workspace: pr.workspace,
        event: pr.event('synchronize'),
        inputs: {
          'openai-api-key': FAKE_OPENAI_KEY,
          'openai-base-url': openai.url,
          config: `evals/${config}.yaml`,
          'results-dir': `results-${config}`,
          'agent-user': agentUser,
          comment: 'false',
        },
        githubApiUrl: github.baseUrl,
        githubToken: github.token,
        env: { ...RUNNER_SECRETS, RUNNER_TEMP: runnerTemp },
      });
    }
  }, E2E_TIMEOUT_MS);
  afterAll(async () => {
    await openai.close();
    await github.close();
    pr.remove();
    rmSync(runnerTemp, { recursive: true, force: true });
  });

  it('evaluates both targets, and says which user ran the agents', () => {
    for (const run of Object.values(runs)) {
      expect(run.stderr).toBe('');
      // One case is too few for a verdict; what matters here is that every run finished (see snooped()).
      expect(run.outputs.decision, run.summary).toBe('inconclusive');
      if (separate) expect(run.stdout).toMatch(/EvalGate runs agent code as the unprivileged user evalgate-agent \(uid \d+\)/);
    }
  });

  it.each(['command', 'module'] as const)('a %s agent finds no secret in its environment or in any ancestor’s /proc/<pid>/environ', (config) => {
    for (const side of ['base', 'head'] as const) {
      const seen = snooped(config, side);
      expect(seen.ownEnv).toEqual([]);
      expect(seen.ancestors.flatMap((a) => a.leaks.map((leak) => `${a.role}: ${leak}`))).toEqual([]);
      // The walk crossed the agent's PID namespace and reached EvalGate (through the root helper
      // as the agent user), so the reads asserted here were really attempted.
      const evalgate = seen.ancestors.filter((a) => a.role === 'evalgate');
      expect(evalgate, 'EvalGate is an ancestor of the agent').toHaveLength(1);
      expect(seen.ancestors.some((a) => a.role === 'helper')).toBe(separate);
      // Same user: the block is readable (the attack of issue 13) but its values are blanked.
      // Agent user: another user's environ cannot be read at all.
      expect(evalgate[0].environ).toBe(separate ? 'EACCES' : 'readable');
      expect(seen.uid === 0).toBe(!separate);
    }
  });

  // This machine runs the test as root (agent-user: on needs it), where unshare always makes the
  // namespace: the agent runs in it in both modes, and as the agent user in it with `on`. The
  // namespace bounds the agent's processes' lifetime; it hides nothing (/proc is the host's), which
  // is why the walk above still reaches EvalGate.
  it.each(['command', 'module'] as const)('a %s agent runs in a PID namespace of its own', (config) => {
    for (const side of ['base', 'head'] as const) expect(snooped(config, side).pidNamespace).not.toBe(HOST_PID_NAMESPACE);
  });

  it.each(['command', 'module'] as const)(
    'a %s agent holds only the proxy’s stand-in key, and the proxy refuses any other key and account endpoints',
    (config) => {
      const seen = snooped(config);
      expect(seen.apiKeyIsReal).toBe(false);
      if (config === 'module') expect(seen.ctxKeyIsReal).toBe(false);
      // The stand-in reaches model endpoints only: not the account's files.
      expect(seen.proxy).toEqual({ withStandIn: 200, withoutKey: 401, withRealKey: 401, filesWithStandIn: 403 });
    },
  );

  it('a javascript check runs in a child process with the same isolation', () => {
    const check = headResults('command').cases[0].trials[0].checks.find((c) => c.kind === 'javascript')!;
    const namespace = /^pidns=(\S+) /.exec(check.reason ?? '')?.[1];
    expect(namespace).toMatch(/^pid:\[\d+\]$/);
    expect(namespace).not.toBe(HOST_PID_NAMESPACE);
    expect(check.reason).toMatch(
      new RegExp(`^pidns=\\S+ uid=${separate ? '[1-9]\\d*' : '0'} env-leaks=none evalgate-environ=${separate ? 'EACCES' : 'readable'} `),
    );
  });

  if (separate) {
    it.each(['command', 'module'] as const)('a %s agent run as the agent user cannot read the checkout’s auth header or $RUNNER_TEMP', (config) => {
      for (const side of ['base', 'head'] as const) {
        const seen = snooped(config, side);
        expect(seen.files['git-config']).toEqual({ read: false, code: 'EACCES' });
        expect(seen.files['runner-temp-npmrc']).toEqual({ read: false, code: 'EACCES' });
      }
    });

    it('a javascript check run as the agent user cannot read them either', () => {
      const check = headResults('command').cases[0].trials[0].checks[0];
      expect(check.reason).toMatch(/ file-leaks=none git-config=EACCES$/);
    });

    it('puts back every file mode it changed, and removes the agent’s home', () => {
      for (const [path, before] of Object.entries(modesBefore)) expect([path, mode(path)]).toEqual([path, before]);
      // Each run's own home (other tests, and other runs on this machine, may have theirs meanwhile).
      const homes = (['command', 'module'] as const).flatMap((config) => (['base', 'head'] as const).map((side) => snooped(config, side).home));
      for (const home of homes) expect(home).toMatch(new RegExp(`^${tmpdir()}/evalgate-agent-\\w+$`));
      expect(homes.filter((home) => existsSync(home))).toEqual([]);
    });
  }
});

describe('the CLI with --agent-user', () => {
  let dir: string;
  let openai: FakeOpenAi;
  const evalgate = (args: string[]) =>
    spawnSync(process.execPath, [ACTION_BUNDLE, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH, OPENAI_API_KEY: FAKE_OPENAI_KEY, OPENAI_BASE_URL: openai.url },
      encoding: 'utf8',
    });

  beforeAll(async () => {
    openai = await startFakeOpenAi({ apiKey: FAKE_OPENAI_KEY });
    dir = mkdtempSync(join(tmpdir(), 'evalgate-cli-agent-user-'));
    mkdirSync(join(dir, 'evals'));
    writeFileSync(
      join(dir, 'evals/evalgate.yaml'),
      stringify({
        version: 1,
        target: { command: { run: `${JSON.stringify(process.execPath)} -e "process.stdout.write(JSON.stringify({output: String(process.getuid())}))"` } },
        cases: [{ id: 'uid', input: {} }],
      }),
    );
  });
  afterAll(async () => {
    await openai.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the agent as the agent user with on, and as its own user by default', () => {
    const on = evalgate(['run', '--agent-user', 'on', '--out', 'on']);
    expect(on.stderr).toMatch(/EvalGate runs agent code as the unprivileged user evalgate-agent/);
    evalgate(['run', '--out', 'off']);
    const uid = (out: string) => RunResults.parse(JSON.parse(readFileSync(join(dir, out, 'evalgate-results.json'), 'utf8'))).cases[0].trials[0].output;
    expect(Number(uid('on'))).toBeGreaterThan(0);
    expect(uid('off')).toBe(String(process.getuid!()));
  });

  it('rejects an unknown setting as a usage error', () => {
    const r = evalgate(['run', '--agent-user', 'maybe']);
    expect(r.stderr).toContain('--agent-user: expected on, auto or off, got "maybe"');
    expect(r.status).toBe(2);
  });
});
