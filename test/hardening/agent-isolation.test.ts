// Hardening: a command agent is code from the pull request. Run through `evalgate run`, it sees
// none of the workflow's credentials, its whole process group is stopped on timeout (a
// grandchild it left behind included), and what it prints is capped.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RunResults } from '../../src/results/schema.js';
import { MAX_STDOUT_BYTES, STDERR_TAIL_CHARS } from '../../src/isolation/run-process.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { writeFiles } from '../support/git-repo.js';
import { cli, STACK_TRACE } from '../support/cli.js';

const AGENT = fileURLToPath(new URL('./fixtures/isolation-agent.mjs', import.meta.url));
const RUN = JSON.stringify(`${JSON.stringify(process.execPath)} ${JSON.stringify(AGENT)}`);

/** What a GitHub runner puts in the environment of the action's step. Values match no secret pattern, so redaction cannot hide a leak. */
const RUNNER_ENV: Record<string, string> = {
  GITHUB_TOKEN: 'planted-value-github-token',
  'INPUT_GITHUB-TOKEN': 'planted-value-input-github-token',
  'INPUT_OPENAI-API-KEY': 'planted-value-input-openai-key',
  ACTIONS_RUNTIME_TOKEN: 'planted-value-actions-runtime',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'planted-value-oidc-request',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://planted.example/oidc',
  ACTIONS_CACHE_URL: 'https://planted.example/cache',
  RUNNER_TEMP: '/planted/runner/temp',
  RUNNER_TOKEN: 'planted-value-runner-token',
  GITHUB_REPOSITORY: 'acme/planted',
  NODE_OPTIONS: '--require /planted/hook.js',
};

async function alive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie awaiting its reaper is dead for our purposes.
  const stat = (() => {
    try {
      return readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      return '';
    }
  })();
  return !/^\d+ \(.*\) Z/.test(stat);
}

describe('a command agent runs isolated', () => {
  let server: FakeOpenAi;
  let dir: string;
  let results: RunResults;
  let output: { code: number; stdout: string; stderr: string };
  const pidFile = () => join(dir, 'grandchild.pid');

  beforeAll(async () => {
    server = await startFakeOpenAi();
    dir = mkdtempSync(join(tmpdir(), 'evalgate-hardening-agent-'));
    writeFiles(dir, {
      // The timeout stops only the hanging grandchild case; the others end by themselves. It is
      // long enough for two Node starts on a loaded machine (1 s was not, under a CPU hog):
      // expiring before the grandchild wrote its pid, or before the flood was noticed, failed the test.
      'evals/evalgate.yaml': `version: 1
target:
  command: { run: ${RUN}, timeout: 8s }
cases:
  - { id: env, input: { mode: env } }
  - { id: grandchild, input: { mode: grandchild, pidFile: ${JSON.stringify(join(dir, 'grandchild.pid'))} } }
  - { id: flood-stdout, input: { mode: flood-stdout } }
  - { id: flood-stderr, input: { mode: flood-stderr } }
`,
    });
    for (const [name, value] of Object.entries(RUNNER_ENV)) vi.stubEnv(name, value);
    output = await cli(['run', '--out', 'out'], dir, { ...process.env, OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url });
    results = RunResults.parse(JSON.parse(readFileSync(join(dir, 'out/evalgate-results.json'), 'utf8')));
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const trial = (id: string) => results.cases.find((c) => c.id === id)!.trials[0];

  it('finishes the run and reports each misbehaving agent as an error, without a stack trace', () => {
    expect(output.stderr).not.toMatch(STACK_TRACE);
    expect(output.code).toBe(1);
    expect(results.cases.map((c) => [c.id, c.status])).toEqual([
      ['env', 'pass'],
      ['grandchild', 'error'],
      ['flood-stdout', 'error'],
      ['flood-stderr', 'error'],
    ]);
  });

  it('gives the agent no GitHub token, action input or runner secret', () => {
    const seen = JSON.parse(trial('env').output!) as { names: string[]; values: string[] };
    // The variables really were in EvalGate's own environment.
    for (const name of Object.keys(RUNNER_ENV)) expect(process.env[name]).toBe(RUNNER_ENV[name]);
    for (const name of Object.keys(RUNNER_ENV)) expect(seen.names).not.toContain(name);
    expect(seen.names.filter((n) => /^(GITHUB_|INPUT_|ACTIONS_|RUNNER_)/i.test(n))).toEqual([]);
    const leaked = seen.values.filter((v) => Object.values(RUNNER_ENV).some((planted) => v.includes(planted)));
    expect(leaked).toEqual([]);
    // What it is meant to get: the recording proxy and the case.
    expect(seen.names).toEqual(expect.arrayContaining(['OPENAI_BASE_URL', 'OPENAI_API_KEY', 'EVALGATE_CASE_ID', 'EVALGATE_TRIAL', 'PATH']));
  });

  it('stops the whole process group on timeout, the grandchild included', async () => {
    expect(trial('grandchild').error).toMatchObject({ kind: 'timeout', message: expect.stringMatching(/did not finish within 8s and was stopped/) });
    const pid = Number(readFileSync(pidFile(), 'utf8'));
    expect(pid).toBeGreaterThan(0);
    // SIGKILL follows SIGTERM after a grace period; wait for it, then check.
    for (let i = 0; i < 100 && (await alive(pid)); i++) await new Promise((r) => setTimeout(r, 50));
    const survived = await alive(pid);
    if (survived) process.kill(pid, 'SIGKILL'); // not past this test, whatever the verdict
    expect(survived).toBe(false);
  });

  it('caps what the agent prints: stdout is cut off, stderr keeps only its tail', () => {
    expect(trial('flood-stdout').error).toMatchObject({
      kind: 'command',
      message: expect.stringContaining(`printed more than ${MAX_STDOUT_BYTES / 1024 / 1024} MB to stdout and was stopped`),
    });
    const stderr = trial('flood-stderr').error?.stderr ?? '';
    expect(stderr.length).toBeLessThanOrEqual(STDERR_TAIL_CHARS);
    expect(stderr).toContain('FINAL: the last thing said');
    expect(stderr).not.toContain('noise line 0\n');
    // The results file stays small whatever the agents printed.
    expect(readFileSync(join(dir, 'out/evalgate-results.json')).length).toBeLessThan(64 * 1024);
  });

  it('refuses a suite that forwards a workflow credential to the agent, as a suite error', async () => {
    writeFiles(dir, {
      'evals/evalgate.yaml': `version: 1
target:
  command: { run: ${RUN}, env: { TOKEN: "\${GITHUB_TOKEN}" } }
cases:
  - { id: env, input: { mode: env } }
`,
    });
    const r = await cli(['run', '--out', 'out2'], dir, { ...process.env, OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url });
    expect(r.stderr).toMatch(/target\.command\.env\.TOKEN: \$\{GITHUB_TOKEN\} is a workflow credential/);
    expect(r.stderr).not.toContain(RUNNER_ENV.GITHUB_TOKEN);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(2);
  });
});
