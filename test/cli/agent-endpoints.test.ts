// The issue's "done when": an agent on the Responses API whose calls the recording proxy forwards
// to an Azure OpenAI endpoint (target.command.endpoints.openai), a judge on an Anthropic endpoint,
// no OpenAI key anywhere: traces, costs, cache, replay and compare through the CLI, on fakes.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ReportJson } from '../../src/report/json.js';
import { RunResults } from '../../src/results/schema.js';
import { cli, STACK_TRACE } from '../support/cli.js';
import { startFakeAnthropic, type FakeAnthropic } from '../support/fake-anthropic-endpoint.js';
import { startFakeAzure, type FakeAzure } from '../support/fake-azure.js';
import type { FakeModel } from '../support/fake-openai.js';
import { createTempRepo, writeFiles, type TempRepo } from '../support/git-repo.js';

const AZURE_KEY = 'azure-agent-key-0123456789';
const ANTHROPIC_KEY = 'sk-ant-agent-key-0123456789';
const NODE = JSON.stringify(process.execPath);
const AGENT = `${NODE} ${JSON.stringify(resolve('test/fixtures/agents/responses-agent.mjs'))}`;

/** Call lookup_order first, then answer with its result. */
const refundModel: FakeModel = (req) => {
  const tool = req.messages.find((m) => m.role === 'tool');
  if (!tool) return { content: null, tool_calls: [{ id: 'call_lookup', name: 'lookup_order', arguments: '{"order_id":"A1001"}' }] };
  return `Order A1001 is ${(JSON.parse(String(tool.content)) as { status: string }).status}.`;
};

function suite(azure: FakeAzure, anthropic: FakeAnthropic, agentEndpoints = '{ openai: azure }'): string {
  return `version: 1
endpoints:
  azure:
    kind: azure-openai
    base-url: ${azure.url}
    api-version: "2025-03-01-preview"
    api-key-env: AZURE_OPENAI_API_KEY
    deployments: { agent-mini: gpt-4o-mini }
  claude:
    kind: anthropic
    base-url: ${anthropic.url}
    api-key-env: ANTHROPIC_API_KEY
target:
  command:
    run: ${JSON.stringify(AGENT)}
    timeout: 30s
    env: { AGENT_MODEL: agent-mini }
    endpoints: ${agentEndpoints}
judge: { model: claude-test-judge, endpoint: claude }
cases:
  - id: good
    input: { question: "Where is A1001? GOOD" }
  - id: weak
    input: { question: "Where is A1001?" }
defaults:
  checks: [ { tools: { must-call: [lookup_order] } }, { judge: "Does it answer the question?" } ]
`;
}

const results = (dir: string, out: string): RunResults => RunResults.parse(JSON.parse(readFileSync(join(dir, out, 'evalgate-results.json'), 'utf8')));
// gpt-4o-mini: $0.15 input, $0.60 output per 1M tokens (src/pricing).
const gpt4oMiniCost = (u: { inputTokens: number; outputTokens: number }): number => (u.inputTokens * 0.15 + u.outputTokens * 0.6) / 1e6;

describe('an agent whose recording proxy forwards to Azure OpenAI, judged on Anthropic', () => {
  let azure: FakeAzure;
  let anthropic: FakeAnthropic;
  let repo: TempRepo;
  const env = { AZURE_OPENAI_API_KEY: AZURE_KEY, ANTHROPIC_API_KEY: ANTHROPIC_KEY, PATH: process.env.PATH };

  beforeAll(async () => {
    // The deployment answers as a snapshot no price table knows: only the endpoint's `deployments` can price it.
    azure = await startFakeAzure({ deployments: { 'agent-mini': 'gpt-4o-mini-azure-snapshot' }, apiKey: AZURE_KEY, model: refundModel });
    anthropic = await startFakeAnthropic({ apiKey: ANTHROPIC_KEY });
  });
  afterAll(async () => {
    await azure.close();
    await anthropic.close();
  });
  beforeEach(() => {
    azure.requests.length = 0;
    anthropic.requests.length = 0;
    repo = createTempRepo();
  });
  afterEach(() => repo.remove());

  it('traces, prices, caches, replays and compares the agent on Azure and the judge on Anthropic', async () => {
    const base = repo.commit({ 'evals/evalgate.yaml': suite(azure, anthropic) }, 'suite');
    const first = await cli(['run', '--out', 'first', '--cache', '.cache'], repo.dir, env);
    expect(first.stderr).not.toMatch(STACK_TRACE);
    expect(first.code).toBe(1); // `weak` fails its judge check
    const recorded = results(repo.dir, 'first');
    expect(Object.fromEntries(recorded.cases.map((c) => [c.id, c.status]))).toEqual({ good: 'pass', weak: 'fail' });

    // The agent's Responses calls reached Azure's layout with the endpoint's key and api-version.
    expect(azure.answered()).toHaveLength(4);
    for (const q of azure.answered()) {
      expect(q.path).toBe('/openai/responses');
      expect(q.query.get('api-version')).toBe('2025-03-01-preview');
      expect(q.deployment).toBe('agent-mini');
      expect(q.headers['api-key']).toBe(AZURE_KEY);
      expect(q.headers.authorization).toBeUndefined();
    }
    // The judge ran on Anthropic as forced tool calls.
    expect(anthropic.answered()).toHaveLength(2);
    expect(anthropic.answered().every((b) => b.model === 'claude-test-judge' && b.tool_choice?.type === 'tool')).toBe(true);

    // Trace: llm, tool, llm from the proxy; the deployment priced as the model the endpoint says it serves.
    for (const c of recorded.cases) {
      const trial = c.trials[0];
      expect(trial.steps.map((s) => `${s.type}:${s.name}`)).toEqual(['llm:agent-mini', 'tool:lookup_order', 'llm:agent-mini']);
      expect(trial.steps[0]).toMatchObject({ source: 'proxy', api: 'responses', model: 'gpt-4o-mini-azure-snapshot' });
      expect(trial.steps[1]).toMatchObject({ input: { order_id: 'A1001' }, output: '{"status":"shipped"}' });
      expect(trial.output).toBe('Order A1001 is shipped.');
      expect(trial.usage.inputTokens).toBeGreaterThan(0);
      expect(trial.costUsd).toBeCloseTo(gpt4oMiniCost(trial.usage), 12);
      expect(trial.costUsd).toBeGreaterThan(0);
    }
    expect(recorded.totals).toMatchObject({ requests: 6, cacheHits: 0, unrecordedCalls: 0 });
    expect(readFileSync(join(repo.dir, 'first/evalgate-results.json'), 'utf8')).not.toContain(AZURE_KEY);

    // A re-run with the cache sends nothing upstream.
    const again = await cli(['run', '--out', 'again', '--cache', '.cache'], repo.dir, env);
    expect(again.code).toBe(1);
    expect(azure.requests).toHaveLength(4);
    expect(anthropic.requests).toHaveLength(2);
    expect(results(repo.dir, 'again').totals).toMatchObject({ requests: 0, cacheHits: 6, liveCostUsd: 0 });

    // Replay needs no key and no endpoint.
    const replay = await cli(['run', '--out', 'replay', '--cache', '.cache', '--replay'], repo.dir, { PATH: process.env.PATH });
    expect(replay.stderr).not.toMatch(STACK_TRACE);
    expect(replay.code).toBe(1);
    const replayed = results(repo.dir, 'replay');
    expect(replayed.cases.map((c) => c.status)).toEqual(['pass', 'fail']);
    expect(replayed.totals).toMatchObject({ requests: 0, cacheHits: 6, errors: 0 });

    // compare: base (a worktree) and head (the working tree) agree, every call from the cache.
    const compared = await cli(['compare', '--base-ref', base, '--out', 'cmp', '--cache', '.cache'], repo.dir, env);
    expect(compared.stderr).not.toMatch(STACK_TRACE);
    const report = JSON.parse(readFileSync(join(repo.dir, 'cmp/evalgate-report.json'), 'utf8')) as ReportJson;
    expect(report.counts.regressed).toBe(0);
    expect(azure.requests).toHaveLength(4);
    expect(anthropic.requests).toHaveLength(2);
  });

  it("refuses to start when the agent's endpoint has no key, naming the variable", async () => {
    writeFiles(repo.dir, { 'evals/evalgate.yaml': suite(azure, anthropic) });
    const r = await cli(['run', '--out', 'out'], repo.dir, { ANTHROPIC_API_KEY: ANTHROPIC_KEY, OPENAI_API_KEY: 'sk-not-a-fallback', PATH: process.env.PATH });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'AZURE_OPENAI_API_KEY is not set: endpoint "azure" (used by the agent target (recording proxy)) takes its api-key-env from it; export AZURE_OPENAI_API_KEY',
    );
    expect(azure.requests).toHaveLength(0);
  });

  it('reports an unknown endpoint name and a kind mismatch at their line', async () => {
    writeFiles(repo.dir, { 'evals/evalgate.yaml': suite(azure, anthropic, '{ openai: claude, anthropic: nope }') });
    const r = await cli(['validate'], repo.dir, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/evalgate\.yaml:18:\d+.*unknown endpoint "nope" \(endpoints defines "azure", "claude"\)/);
    expect(r.stderr).toMatch(
      /evalgate\.yaml:18:\d+.*endpoint "claude" is kind anthropic, but endpoints\.openai takes the agent's OpenAI-style calls and needs kind openai or azure-openai/,
    );
  });
});
