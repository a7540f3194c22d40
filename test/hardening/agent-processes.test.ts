// Hardening: every process a command agent started is gone before EvalGate reads the run's result
// or exits — one that ignores SIGTERM, a daemon in a new session (setsid) that would keep writing
// into the results directory, and (where a PID namespace is available) one that double-forks with
// a cleared environment. Driven through dist/index.js in a child process: the pids are checked the
// moment EvalGate has exited, so "gone" means it did not outlive EvalGate.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunResults } from '../../src/results/schema.js';
import { containment } from '../../src/isolation/agent-processes.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { readableCopy, writeFiles } from '../support/git-repo.js';
import { cliEnv, runBundle, startBundle, type BundleRun, type StartedBundle } from '../support/bundle.js';
import { alive } from '../support/processes.js';

// A readable copy: the agent-user tests run it as evalgate-agent, which may not enter the checkout.
const AGENT = readableCopy(fileURLToPath(new URL('./fixtures/escape-agent.mjs', import.meta.url)));
const RUN = JSON.stringify(`${JSON.stringify(process.execPath)} ${JSON.stringify(AGENT)}`);
const HANG_MS = 90_000;

function suite(dir: string, modes: string[]): string {
  const cases = modes.map(
    (mode) =>
      `  - { id: ${mode}, input: { mode: ${mode}, pidDir: ${JSON.stringify(join(dir, 'pids'))}, tamperFile: ${JSON.stringify(join(dir, 'out', 'tampered.txt'))} } }`,
  );
  return `version: 1\ntarget:\n  command: { run: ${RUN}, timeout: 2s }\ncases:\n${cases.join('\n')}\n`;
}

interface Scenario {
  dir: string;
  run: BundleRun;
  /** Each recorded pid with whether it was alive right after EvalGate exited. */
  survivors: Record<string, boolean>;
  results: RunResults;
}

async function runScenario(server: FakeOpenAi, modes: string[], path: string | undefined): Promise<Scenario> {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-hardening-escape-'));
  mkdirSync(join(dir, 'pids'));
  writeFiles(dir, { 'evals/evalgate.yaml': suite(dir, modes) });
  const env = cliEnv({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url });
  const run = await runBundle(['run', '--out', 'out'], { cwd: dir, env: { ...env, PATH: path ?? env.PATH }, killAfterMs: HANG_MS });
  const survivors: Record<string, boolean> = {};
  for (const mode of ['ignore-term', 'daemon', 'orphan']) {
    let pid: number;
    try {
      pid = Number(readFileSync(join(dir, 'pids', `${mode}.pid`), 'utf8'));
    } catch {
      continue;
    }
    survivors[mode] = alive(pid);
    // Never leave a process behind, whatever the verdict.
    if (survivors[mode]) process.kill(pid, 'SIGKILL');
  }
  const results = RunResults.parse(JSON.parse(readFileSync(join(dir, 'out/evalgate-results.json'), 'utf8')));
  return { dir, run, survivors, results };
}

describe('agent processes never outlive their run', () => {
  let server: FakeOpenAi;
  const dirs: string[] = [];
  beforeAll(async () => {
    server = await startFakeOpenAi();
  });
  afterAll(async () => {
    await server.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it(
    'in a PID namespace (root, or unprivileged user namespaces): nothing escapes, a cleared environment and a double fork included',
    { timeout: HANG_MS + 10_000 },
    async () => {
      // This machine (and CI) can create PID namespaces; where it cannot, the next test's guarantees hold.
      expect(containment().kind).toBe('pid-namespace');
      const s = await runScenario(server, ['ignore-term', 'setsid-daemon', 'clean-env-double-fork'], undefined);
      dirs.push(s.dir);
      expect(s.run.hung).toBe(false);
      expect(s.survivors).toEqual({ 'ignore-term': false, daemon: false, orphan: false });
      const status = Object.fromEntries(s.results.cases.map((c) => [c.id, c.status === 'error' ? c.trials[0].error!.kind : c.status]));
      expect(status).toEqual({ 'ignore-term': 'timeout', 'setsid-daemon': 'pass', 'clean-env-double-fork': 'pass' });
    },
  );

  it(
    'without namespaces (no usable unshare, e.g. GitHub-hosted Ubuntu 24.04): SIGTERM-ignoring agents and setsid daemons are still stopped',
    { timeout: HANG_MS + 10_000 },
    async () => {
      // No unshare on the PATH: EvalGate falls back to its process-group and /proc sweep.
      const s = await runScenario(server, ['ignore-term', 'setsid-daemon'], '/nonexistent');
      dirs.push(s.dir);
      expect(s.run.hung).toBe(false);
      expect(s.survivors).toEqual({ 'ignore-term': false, daemon: false });
      const status = Object.fromEntries(s.results.cases.map((c) => [c.id, c.status === 'error' ? c.trials[0].error!.kind : c.status]));
      expect(status).toEqual({ 'ignore-term': 'timeout', 'setsid-daemon': 'pass' });
    },
  );

  it('in a PID namespace: EvalGate killed with SIGKILL (no exit hook runs) takes its agents with it', { timeout: HANG_MS + 10_000 }, async () => {
    expect(containment().kind).toBe('pid-namespace');
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-hardening-escape-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'pids'));
    writeFiles(dir, { 'evals/evalgate.yaml': suite(dir, ['ignore-term']).replace('timeout: 2s', 'timeout: 10m') });
    const started = startBundle(['run', '--out', 'out'], {
      cwd: dir,
      env: cliEnv({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url }),
      killAfterMs: HANG_MS,
    });
    const pidFile = join(dir, 'pids', 'ignore-term.pid');
    while (!existsSync(pidFile)) await new Promise((r) => setTimeout(r, 20));
    const pid = Number(readFileSync(pidFile, 'utf8'));
    started.child.kill('SIGKILL');
    await started.done;
    // The kernel delivers the death signals asynchronously: wait for the agent to go (bounded by the test timeout).
    while (alive(pid)) await new Promise((r) => setTimeout(r, 20));
    expect(alive(pid)).toBe(false);
  });
});

/** The agent-user helper EvalGate `pid` started (a root process of its own, in EvalGate's process group). */
function helperOf(pid: number): number | undefined {
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes('__evalgate-agent-host')) return Number(entry);
    } catch {
      // Gone meanwhile.
    }
  }
  return undefined;
}

// With `--agent-user on` the agents are started by EvalGate's root helper, inside a PID namespace
// it makes, as the agent user. This machine runs the tests as root, as the helper needs.
describe('agent processes run as the agent user never outlive their run', () => {
  let server: FakeOpenAi;
  const dirs: string[] = [];
  beforeAll(async () => {
    server = await startFakeOpenAi();
  });
  afterAll(async () => {
    await server.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Starts `evalgate run --agent-user on` on one case that ignores SIGTERM and runs for ten
   * minutes, its command prefixed with `prefix`; resolves once it runs.
   */
  async function startHanging(prefix = ''): Promise<{ dir: string; started: StartedBundle; agentPid: number }> {
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-hardening-escape-'));
    dirs.push(dir);
    // The agent user writes its pid here.
    mkdirSync(join(dir, 'pids'), { mode: 0o1777 });
    chmodSync(join(dir, 'pids'), 0o1777);
    const run = JSON.stringify(`${prefix}${JSON.parse(RUN) as string}`);
    writeFiles(dir, { 'evals/evalgate.yaml': suite(dir, ['ignore-term']).replace('timeout: 2s', 'timeout: 10m').replace(RUN, run) });
    const started = startBundle(['run', '--agent-user', 'on', '--out', 'out'], {
      cwd: dir,
      env: cliEnv({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url }),
      killAfterMs: HANG_MS,
      ownGroup: true,
    });
    const pidFile = join(dir, 'pids', 'ignore-term.pid');
    while (!existsSync(pidFile)) await new Promise((r) => setTimeout(r, 20));
    return { dir, started, agentPid: Number(readFileSync(pidFile, 'utf8')) };
  }

  /** Waits for `pid` to go: the kernel delivers death signals asynchronously. */
  async function gone(pid: number): Promise<boolean> {
    for (const deadline = Date.now() + 20_000; alive(pid) && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 20));
    return !alive(pid);
  }

  it(
    'Ctrl-C (SIGINT to the whole process group, the helper included): the agent is stopped, the modes are put back, exit 130',
    { timeout: HANG_MS + 10_000 },
    async () => {
      const { dir, started, agentPid } = await startHanging();
      // The helper opened the tree to the agent user while it runs.
      expect(statSync(dir).mode & 0o777).toBe(0o705);
      process.kill(-started.child.pid!, 'SIGINT');
      const run = await started.done;
      const survived = alive(agentPid);
      if (survived) process.kill(agentPid, 'SIGKILL');
      expect(run.hung).toBe(false);
      expect(run.stderr).toContain('cancelled by SIGINT');
      expect(run.code).toBe(130);
      expect(survived).toBe(false);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    },
  );

  it.each([
    { agent: 'an agent', prefix: '' },
    // The agent is PID 1's child, not PID 1: clearing its own parent-death signal does not save it.
    { agent: 'an agent that clears its own parent-death signal', prefix: 'exec setpriv --pdeathsig clear -- ' },
  ])(
    'EvalGate and its helper killed with SIGKILL (no cleanup runs at all): the namespace takes $agent with it',
    { timeout: HANG_MS + 10_000 },
    async ({ prefix }) => {
      const { started, agentPid } = await startHanging(prefix);
      const helper = helperOf(started.child.pid!);
      expect(helper, 'the agent-user helper is running').toBeDefined();
      expect(readFileSync(`/proc/${agentPid}/status`, 'utf8')).toMatch(/^Uid:\s+[1-9]\d*\s/m);
      // A helper killed this way cannot remove the agent's home: the test does (README, Secrets and PR code).
      const home = /(?:^|\0)HOME=([^\0]*)/.exec(readFileSync(`/proc/${agentPid}/environ`, 'utf8'))?.[1];
      expect(home).toMatch(/\/evalgate-agent-\w+$/);
      dirs.push(home!);
      // The helper first, so that nothing sees EvalGate's pipe close and stops the agent the orderly way.
      process.kill(helper!, 'SIGKILL');
      started.child.kill('SIGKILL');
      await started.done;
      const stopped = await gone(agentPid);
      if (!stopped) process.kill(agentPid, 'SIGKILL');
      expect(stopped).toBe(true);
    },
  );
});

// The suite (from the pull request) sets the agent's environment. Whatever it sets must reach the
// agent and nothing that runs as root: a PATH to its own `setpriv` or `env` would be root code.
describe('the root processes that start the agent user', () => {
  let server: FakeOpenAi;
  let dir: string;
  beforeAll(async () => {
    server = await startFakeOpenAi();
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('never run with the suite’s PATH: look-alike setpriv, unshare, env and sh in the tree are not run as root', { timeout: HANG_MS }, async () => {
    dir = mkdtempSync(join(tmpdir(), 'evalgate-hardening-root-path-'));
    const bin = join(dir, 'bin');
    const record = join(dir, 'ran');
    mkdirSync(record, { mode: 0o1777 });
    chmodSync(record, 0o1777);
    const path = `${bin}:/usr/local/bin:/usr/bin:/bin`;
    const fakes = Object.fromEntries(
      ['setpriv', 'unshare', 'env', 'sh'].map((name) => [`bin/${name}`, `#!/bin/sh\ntouch "${record}/${name}-as-uid-$(id -u)"\nexec /usr/bin/${name} "$@"\n`]),
    );
    writeFiles(dir, {
      ...fakes,
      'agent.mjs': `process.stdout.write(JSON.stringify({ output: JSON.stringify({ uid: process.getuid(), path: process.env.PATH }) }));\n`,
      'evals/evalgate.yaml': `version: 1\ntarget:\n  command: { run: ${JSON.stringify(`${JSON.stringify(process.execPath)} agent.mjs`)}, env: { PATH: ${JSON.stringify(path)} } }\ncases:\n  - { id: env, input: {} }\n`,
    });
    for (const name of ['setpriv', 'unshare', 'env', 'sh']) chmodSync(join(bin, name), 0o755);
    const run = await runBundle(['run', '--agent-user', 'on', '--out', 'out'], {
      cwd: dir,
      env: cliEnv({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url }),
      killAfterMs: HANG_MS,
    });
    expect(run.code, run.stderr).toBe(0);
    const trial = RunResults.parse(JSON.parse(readFileSync(join(dir, 'out/evalgate-results.json'), 'utf8'))).cases[0].trials[0];
    expect(trial.error).toBeFalsy();
    const seen = JSON.parse(trial.output!) as { uid: number; path: string };
    // The agent got the suite's PATH, as the agent user…
    expect(seen.path).toBe(path);
    expect(seen.uid).toBeGreaterThan(0);
    // …and no look-alike ran as root on the way there.
    expect(readdirSync(record).filter((f) => f.endsWith('-as-uid-0'))).toEqual([]);
  });
});
