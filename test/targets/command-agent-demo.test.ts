import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AGENT_DEMO_SCRIPT, agentDemoModel } from '../../scripts/agent-demo-model.js';
import { checkTools } from '../../src/checks/tools.js';
import { SuiteSpec, type CaseSpec } from '../../src/config/schema.js';
import type { LlmClient } from '../../src/llm/llm.js';
import { createTarget } from '../../src/targets/create.js';
import type { Target } from '../../src/targets/target.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';

// The agent demo end to end below the pipeline: evals/agent-demo/agent.mjs (Chat Completions, it
// reports its tool steps) and agent-responses.mjs (Responses API, reports nothing) as command
// targets, their calls recorded by the proxy, answered by the scripted model the recordings come from.
const unusedLlm: LlmClient = { chat: () => Promise.reject(new Error('unused')) };

describe.each([
  { config: 'evals/agent-demo/evalgate.yaml', api: 'chat', toolSource: 'agent' },
  { config: 'evals/agent-demo/evalgate-responses.yaml', api: 'responses', toolSource: 'proxy' },
])('agent demo ($api)', async ({ config, api, toolSource }) => {
  const suite = SuiteSpec.parse(parse(await readFile(config, 'utf8')));
  const cases = suite.cases.filter((c): c is CaseSpec => 'id' in c);
  let fake: FakeOpenAi;
  let target: Target;
  beforeAll(async () => {
    fake = await startFakeOpenAi({ model: agentDemoModel });
    target = await createTarget({
      root: process.cwd(),
      spec: suite.target,
      llm: unusedLlm,
      pricing: {},
      side: 'single',
      openai: { apiKey: 'sk-demo', baseURL: fake.url, cache: null, scheduler: null },
    });
  });
  afterAll(async () => {
    await target?.close?.();
    await fake?.close();
  });

  it('has a scripted conversation for every case', () => {
    for (const c of cases) {
      expect(
        AGENT_DEMO_SCRIPT.some((s) => String(c.input.question).startsWith(s.question)),
        c.id,
      ).toBe(true);
    }
  });

  it.each(cases.map((c) => ({ id: c.id, c })))('$id: the trace interleaves measured model turns and tool calls, and the tools checks pass', async ({ c }) => {
    const script = AGENT_DEMO_SCRIPT.find((s) => String(c.input.question).startsWith(s.question))!;
    const out = await target.run({ caseId: c.id, input: c.input, trial: 0 });

    expect(out.output).toBe(script.turns.at(-1)?.reply);
    const expectedTrace = script.turns.flatMap((t) => (t.tool ? ['llm', `tool:${t.tool.name}`] : ['llm']));
    expect(out.steps.map((s) => (s.type === 'tool' ? `tool:${s.name}` : s.type))).toEqual(expectedTrace);
    for (const step of out.steps.filter((s) => s.type === 'llm')) {
      expect(step).toMatchObject({ source: 'proxy', api, model: 'gpt-4o-mini', usage: { inputTokens: expect.any(Number) } });
    }
    for (const step of out.steps.filter((s) => s.type === 'tool')) expect(step.source).toBe(toolSource);
    expect(out.costUsd).toBeGreaterThan(0);

    const toolChecks = [...(c.checks ?? []), ...(suite.defaults?.checks ?? [])].flatMap((check) => (check.tools ? [check.tools] : []));
    for (const tools of toolChecks) expect(checkTools(out.steps, tools)).toMatchObject({ pass: true });
  });
});
