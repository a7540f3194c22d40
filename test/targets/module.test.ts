import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModuleTarget } from '../../src/config/schema.js';
import type { LlmClient } from '../../src/llm/llm.js';
import { createTarget } from '../../src/targets/create.js';
import { TargetError, type Target } from '../../src/targets/target.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';

const ROOT = process.cwd();
const MODULE = 'test/fixtures/agents/module-agent.mjs';
const unusedLlm: LlmClient = { chat: () => Promise.reject(new Error('unused')) };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function moduleTarget(spec: ModuleTarget, root = ROOT): Promise<{ target: Target; fake: FakeOpenAi }> {
  const fake = await startFakeOpenAi({ model: () => ({ content: 'Within 30 days.', usage: { prompt_tokens: 100, completion_tokens: 5 } }) });
  cleanups.push(() => fake.close());
  const target = await createTarget({
    root,
    spec: { module: spec },
    llm: unusedLlm,
    pricing: {},
    side: 'single',
    openai: { apiKey: 'sk-real', baseURL: fake.url, cache: null, scheduler: null },
  });
  cleanups.push(async () => target.close?.());
  return { target, fake };
}

const input = { caseId: 'refund-window', input: { question: 'Can I return shoes?' }, trial: 2 };

describe('module target', () => {
  it('calls the default export with the input and a context whose base URL records its model calls', async () => {
    const { target, fake } = await moduleTarget({ path: MODULE });
    const out = await target.run(input);
    expect(out.output).toBe('Within 30 days. [refund-window/2]');
    expect(out.steps.map((s) => `${s.source}:${s.type}:${s.name}`)).toEqual(['agent:tool:search_kb', 'proxy:llm:gpt-4o-mini']);
    expect(out).toMatchObject({ usage: { inputTokens: 100, outputTokens: 5, cachedTokens: 0 }, requests: 1 });
    expect(fake.chatBodies()[0]?.messages).toEqual([{ role: 'user', content: 'Can I return shoes?' }]);
  });

  it.each([
    { exportName: 'throws', kind: 'command', message: /module-agent\.mjs threw: order database unreachable/ },
    { exportName: 'wrongShape', kind: 'command', message: /output: expected a string or a JSON object/ },
    { exportName: 'hangs', kind: 'timeout', message: /did not finish within 0\.2s; raise target\.module\.timeout/ },
  ])('turns export $exportName into a $kind run error', async ({ exportName, kind, message }) => {
    const { target } = await moduleTarget({ path: MODULE, export: exportName, timeout: '200ms' });
    const error = await target.run(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetError);
    expect(error).toMatchObject({ kind, message: expect.stringMatching(message) });
  });

  it('runs the module in a child process with the built environment: the suite env, the proxy’s stand-in key, no workflow token', async () => {
    vi.stubEnv('GITHUB_TOKEN', 'planted-github-token');
    vi.stubEnv('INPUT_OPENAI-API-KEY', 'sk-real');
    vi.stubEnv('MODULE_SECRET', 'from-the-step');
    cleanups.push(async () => {
      vi.unstubAllEnvs();
    });
    const { target } = await moduleTarget({ path: MODULE, export: 'whereAmI', env: { SUITE_SETTING: '${MODULE_SECRET}' } });
    const seen = (await target.run(input)).output as { pid: number; names: string[]; suiteSetting: string; envKey: string; ctxKey: string };
    expect(seen.pid).not.toBe(process.pid);
    expect(seen.names).not.toEqual(expect.arrayContaining(['GITHUB_TOKEN']));
    expect(seen.names.filter((n) => /^(GITHUB_|INPUT_|ACTIONS_|RUNNER_)/i.test(n))).toEqual([]);
    expect(seen.suiteSetting).toBe('from-the-step');
    expect(seen.envKey).toMatch(/^sk-evalgate-proxy-/);
    expect(seen.ctxKey).toBe(seen.envKey);
  });

  it('refuses a module env that forwards a workflow credential', async () => {
    await expect(moduleTarget({ path: MODULE, env: { TOKEN: '${GITHUB_TOKEN}' } })).rejects.toThrow(
      /target\.module\.env\.TOKEN: \$\{GITHUB_TOKEN\} is a workflow credential/,
    );
  });

  it.each([
    { spec: { path: '../outside.mjs' }, message: /target\.module\.path: \.\.\/outside\.mjs is outside the evaluated tree/ },
    { spec: { path: 'agents/missing.mjs' }, message: /target\.module\.path: agents\/missing\.mjs does not exist/ },
    {
      spec: { path: MODULE, export: 'nope' },
      message: /target\.module\.export: .* has no function export "nope" \(function exports: default, hangs, throws, whereAmI, wrongShape\)/,
    },
  ])('refuses $spec.path when the target is created', async ({ spec, message }) => {
    await expect(moduleTarget(spec)).rejects.toThrow(message);
  });
});
