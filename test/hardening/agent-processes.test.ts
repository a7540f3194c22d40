// Hardening: every process a command agent started is gone before EvalGate reads the run's result
// or exits — one that ignores SIGTERM, a daemon in a new session (setsid) that would keep writing
// into the results directory, and (where a PID namespace is available) one that double-forks with
// a cleared environment. Driven through dist/index.js in a child process: the pids are checked the
// moment EvalGate has exited, so "gone" means it did not outlive EvalGate.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunResults } from '../../src/results/schema.js';
import { containment } from '../../src/targets/agent-processes.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { writeFiles } from '../support/git-repo.js';
import { cliEnv, runBundle, startBundle, type BundleRun } from '../support/bundle.js';

const AGENT = fileURLToPath(new URL('./fixtures/escape-agent.mjs', import.meta.url));
const RUN = JSON.stringify(`${JSON.stringify(process.execPath)} ${JSON.stringify(AGENT)}`);
const HANG_MS = 90_000;

/** Alive and not a zombie; a process of ours never outlives these tests. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

function suite(dir: string, modes: string[]): string {
  const cases = modes.map(
    (mode) => `  - { id: ${mode}, input: { mode: ${mode}, pidDir: ${JSON.stringify(join(dir, 'pids'))}, tamperFile: ${JSON.stringify(join(dir, 'out', 'tampered.txt'))} } }`,
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

  it('in a PID namespace (root, or unprivileged user namespaces): nothing escapes, a cleared environment and a double fork included', { timeout: HANG_MS + 10_000 }, async () => {
    // This machine (and CI) can create PID namespaces; where it cannot, the next test's guarantees hold.
    expect(containment().kind).toBe('pid-namespace');
    const s = await runScenario(server, ['ignore-term', 'setsid-daemon', 'clean-env-double-fork'], undefined);
    dirs.push(s.dir);
    expect(s.run.hung).toBe(false);
    expect(s.survivors).toEqual({ 'ignore-term': false, daemon: false, orphan: false });
    const status = Object.fromEntries(s.results.cases.map((c) => [c.id, c.status === 'error' ? c.trials[0]!.error!.kind : c.status]));
    expect(status).toEqual({ 'ignore-term': 'timeout', 'setsid-daemon': 'pass', 'clean-env-double-fork': 'pass' });
  });

  it('without namespaces (no usable unshare, e.g. GitHub-hosted Ubuntu 24.04): SIGTERM-ignoring agents and setsid daemons are still stopped', { timeout: HANG_MS + 10_000 }, async () => {
    // No unshare on the PATH: EvalGate falls back to its process-group and /proc sweep.
    const s = await runScenario(server, ['ignore-term', 'setsid-daemon'], '/nonexistent');
    dirs.push(s.dir);
    expect(s.run.hung).toBe(false);
    expect(s.survivors).toEqual({ 'ignore-term': false, daemon: false });
    const status = Object.fromEntries(s.results.cases.map((c) => [c.id, c.status === 'error' ? c.trials[0]!.error!.kind : c.status]));
    expect(status).toEqual({ 'ignore-term': 'timeout', 'setsid-daemon': 'pass' });
  });

  it('in a PID namespace: EvalGate killed with SIGKILL (no exit hook runs) takes its agents with it', { timeout: HANG_MS + 10_000 }, async () => {
    expect(containment().kind).toBe('pid-namespace');
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-hardening-escape-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'pids'));
    writeFiles(dir, { 'evals/evalgate.yaml': suite(dir, ['ignore-term']).replace('timeout: 2s', 'timeout: 10m') });
    const started = startBundle(['run', '--out', 'out'], { cwd: dir, env: cliEnv({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url }), killAfterMs: HANG_MS });
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
