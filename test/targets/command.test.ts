import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandTarget } from '../../src/config/schema.js';
import { ResponseCache } from '../../src/llm/cache.js';
import type { LlmClient } from '../../src/llm/llm.js';
import { createTarget } from '../../src/targets/create.js';
import { TargetError, type Target } from '../../src/targets/target.js';
import { startFakeOpenAi, type FakeOpenAi, type FakeOpenAiOptions } from '../support/fake-openai.js';

const ROOT = process.cwd();
const NODE = JSON.stringify(process.execPath);
const AGENT = `${NODE} test/fixtures/agents/protocol-agent.mjs`;

const unusedLlm: LlmClient = {
  chat: () => Promise.reject(new Error('command targets do not use EvalGate’s own client')),
};

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fakeUpstream(options: FakeOpenAiOptions = {}): Promise<FakeOpenAi> {
  const fake = await startFakeOpenAi(options);
  cleanups.push(() => fake.close());
  return fake;
}

async function commandTarget(
  spec: CommandTarget,
  setup: { fake?: FakeOpenAi; cache?: ResponseCache; env?: Record<string, string | undefined> } = {},
): Promise<Target> {
  const fake = setup.fake ?? (await fakeUpstream());
  const target = await createTarget({
    root: ROOT,
    spec: { command: spec },
    llm: unusedLlm,
    pricing: {},
    side: 'single',
    openai: { apiKey: 'sk-real', baseURL: fake.url, cache: setup.cache ?? null, scheduler: null },
    ...(setup.env && { env: setup.env }),
  });
  cleanups.push(() => target.close?.());
  return target;
}

const agent = (mode: string, extra: Partial<CommandTarget> = {}): CommandTarget => ({ run: AGENT, env: { FIXTURE_MODE: mode }, ...extra });
const input = { caseId: 'refund-window', input: { question: 'Can I return shoes?' }, trial: 0 };

async function runError(target: Target, trial = 0): Promise<TargetError> {
  const error = await target.run({ ...input, trial }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TargetError);
  return error as TargetError;
}

/** Alive and not a zombie waiting to be reaped (containers may not reap orphans). */
async function alive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return !/^\d+ \(.*\) Z/.test(stat);
}

describe('command target', () => {
  it('reads the result line after log lines, with the case on stdin and in the environment', async () => {
    const target = await commandTarget(agent('steps'));
    const out = await target.run({ ...input, trial: 1 });
    expect(out.output).toBe('echo: Can I return shoes? (case refund-window, trial 1, stdin trial 1)');
    expect(out.steps).toEqual([
      { type: 'tool', name: 'lookup_order', input: { order: '4417' }, output: { status: 'shipped' }, latencyMs: 12, source: 'agent' },
      {
        type: 'llm',
        name: 'other-provider',
        model: 'claude-x',
        usage: { inputTokens: 100, outputTokens: 20, cachedTokens: 0 },
        costUsd: 0.002,
        source: 'agent',
      },
    ]);
    expect(out).toMatchObject({ usage: { inputTokens: 100, outputTokens: 20 }, costUsd: 0.002, requests: 0, cacheHits: 0 });
    expect(out.latencyMs).toBeGreaterThan(0);
  });

  it.each([
    { mode: 'object', output: { answer: 42, question: 'Can I return shoes?' } },
    { mode: 'pretty', output: 'pretty' },
  ])('accepts $mode output', async ({ mode, output }) => {
    const target = await commandTarget(agent(mode));
    expect((await target.run(input)).output).toEqual(output);
  });

  it.each([
    { mode: 'not-json', message: /stdout has no JSON object line .*"I think the answer is 42"/ },
    { mode: 'bad-shape', message: /output: expected a string or a JSON object/ },
    { mode: 'huge', message: /printed more than 10 MB to stdout and was stopped/ },
  ])('makes $mode stdout a command error that says what to print', async ({ mode, message }) => {
    const error = await runError(await commandTarget(agent(mode)));
    expect(error.kind).toBe('command');
    expect(error.message).toMatch(message);
  });

  it('reports a crash with its exit code and the tail of stderr', async () => {
    const error = await runError(await commandTarget(agent('crash')));
    expect(error.kind).toBe('command');
    expect(error.message).toMatch(/exited with code 3$/);
    expect(error.stderr).toMatch(/noise\nTraceback: KeyError 'order_id'\n$/);
    expect(error.stderr!.length).toBeLessThanOrEqual(4096);
  });

  it('stops the whole process group on timeout, grandchildren included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'evalgate-grandchild-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const pidFile = join(dir, 'pid');
    const target = await commandTarget({ run: `${NODE} test/fixtures/agents/spawn-grandchild.mjs`, timeout: '1s', env: { PID_FILE: pidFile } });

    const error = await runError(target);
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/did not finish within 1s and was stopped; raise target.command.timeout/);
    const grandchild = Number(await readFile(pidFile, 'utf8'));
    cleanups.push(async () => {
      if (await alive(grandchild)) process.kill(grandchild, 'SIGKILL');
    });
    // Signals are asynchronous: wait (bounded by the test timeout) for the group to go.
    while (await alive(grandchild)) await new Promise((r) => setTimeout(r, 50));
    expect(await alive(grandchild)).toBe(false);
  });

  it('hides the workflow’s tokens from the agent but gives it the proxy, the case and the suite env', async () => {
    const planted = { GITHUB_TOKEN: 'ghs_planted', 'INPUT_GITHUB-TOKEN': 'ghs_planted', ACTIONS_RUNTIME_TOKEN: 'planted', RUNNER_TEMP: '/tmp/runner' };
    const saved = Object.fromEntries(Object.keys(planted).map((k) => [k, process.env[k]]));
    Object.assign(process.env, planted);
    cleanups.push(() => {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    });
    const target = await commandTarget({ run: AGENT, env: { FIXTURE_MODE: 'env', SUITE_SETTING: 'from-suite' } });
    const seen = (await target.run(input)).output as Record<string, unknown>;

    expect(seen.seen).not.toEqual(expect.arrayContaining(['GITHUB_TOKEN']));
    for (const name of Object.keys(planted)) expect(seen.seen).not.toContain(name);
    expect(seen).toMatchObject({
      OPENAI_BASE_URL: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/r\/0\.[0-9a-f]+\.refund-window\/v1$/),
      // The proxy's stand-in, never the real key.
      OPENAI_API_KEY: expect.stringMatching(/^sk-evalgate-proxy-[0-9a-f]{64}$/),
      EVALGATE_CASE_ID: 'refund-window',
      SUITE_SETTING: 'from-suite',
      cwd: ROOT,
    });
  });

  it('records the agent’s model calls through the proxy, after the steps it reported', async () => {
    const fake = await fakeUpstream({ model: () => ({ content: 'Within 30 days.', usage: { prompt_tokens: 1000, completion_tokens: 10 } }) });
    const target = await commandTarget(agent('llm'), { fake });
    const out = await target.run(input);
    expect(out.output).toBe('Within 30 days.');
    expect(out.steps.map((s) => `${s.source}:${s.type}:${s.name}`)).toEqual(['agent:tool:search_kb', 'proxy:llm:gpt-4o-mini']);
    expect(out).toMatchObject({ usage: { inputTokens: 1000, outputTokens: 10, cachedTokens: 0 }, requests: 1, cacheHits: 0 });
    expect(out.costUsd).toBeCloseTo((1000 * 0.15 + 10 * 0.6) / 1e6, 12);
  });

  it('records streamed calls with their usage', async () => {
    const fake = await fakeUpstream({ model: () => ({ content: 'Streamed reply.', usage: { prompt_tokens: 50, completion_tokens: 4 } }) });
    const out = await (await commandTarget(agent('llm-stream'), { fake })).run(input);
    expect(out.output).toBe('Streamed reply.');
    expect(out.usage).toEqual({ inputTokens: 50, outputTokens: 4, cachedTokens: 0 });
  });

  it('answers a repeated run from the cache without calling upstream, and fails a replay miss as replay-miss', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'evalgate-command-cache-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const fake = await fakeUpstream();
    const target = await commandTarget(agent('llm'), { fake, cache: new ResponseCache(dir, { replay: false }) });
    const first = await target.run(input);
    const second = await target.run(input);
    expect(fake.stats().chatRequests).toBe(1);
    expect(second).toMatchObject({ output: first.output, usage: first.usage, costUsd: first.costUsd, cacheHits: 1, requests: 0 });

    const replay = await commandTarget(agent('llm'), { fake, cache: new ResponseCache(dir, { replay: true }) });
    expect((await replay.run(input)).output).toBe(first.output);
    const error = await runError(replay, 3);
    expect(error.kind).toBe('replay-miss');
    expect(error.message).toMatch(/--replay: no recorded response .*"Can I return shoes\?"/);
    expect(error.stderr).toMatch(/model call failed: HTTP 400/);
    expect(fake.stats().chatRequests).toBe(1);
  });

  it('refuses a suite env that forwards a workflow credential, when the target is created', async () => {
    await expect(commandTarget({ run: AGENT, env: { T: '${GITHUB_TOKEN}' } }, { env: { GITHUB_TOKEN: 'x', PATH: '/bin' } })).rejects.toThrow(
      /target\.command\.env\.T: \$\{GITHUB_TOKEN\} is a workflow credential/,
    );
  });
});
