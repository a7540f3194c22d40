import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RunResults } from '../../src/results/schema.js';
import { cli } from '../support/cli.js';
import { startFakeAnthropic, type FakeAnthropic, type FakeAnthropicModel } from '../support/fake-anthropic.js';
import { startFakeOpenAi, type FakeModel, type FakeOpenAi } from '../support/fake-openai.js';
import { writeFiles } from '../support/git-repo.js';

/**
 * Command agents on the Responses API (the `openai` SDK) and on Anthropic's Messages API (its
 * wire format), run by `evalgate run` through the recording proxy to fakes on loopback: the
 * traces, costs, tool checks, cache, replay and budget a user sees in the results file.
 */

const NODE = JSON.stringify(process.execPath);
const fixture = (name: string): string => `${NODE} ${JSON.stringify(resolve('test/fixtures/agents', name))}`;

/** The refund model: call lookup_order first, then answer with the tool's result. */
const refundModel: FakeModel = (req) => {
  const tool = req.messages.find((m) => m.role === 'tool');
  if (!tool)
    return {
      content: null,
      tool_calls: [{ id: 'call_lookup', name: 'lookup_order', arguments: '{"order_id":"A1001"}' }],
      usage: { prompt_tokens: 1000, cached_tokens: 400, completion_tokens: 20 },
    };
  return {
    content: `Order A1001 is ${(JSON.parse(String(tool.content)) as { status: string }).status}.`,
    usage: { prompt_tokens: 1200, cached_tokens: 1000, completion_tokens: 30 },
  };
};
// gpt-4o-mini at $0.15 input, $0.075 cached, $0.60 output per 1M tokens
const RUN_COST = (600 * 0.15 + 400 * 0.075 + 20 * 0.6 + 200 * 0.15 + 1000 * 0.075 + 30 * 0.6) / 1e6;

const responsesSuite = (extraCases = '') => `version: 1
target:
  command: { run: ${JSON.stringify(fixture('responses-agent.mjs'))}, timeout: 30s }
cases:
  - id: whole
    input: { question: "Where is A1001? (whole)" }
  - id: streamed
    input: { question: "Where is A1001? (streamed)", stream: true }
  - id: chained
    input: { question: "Where is A1001? (chained)", chain: true }
${extraCases}defaults:
  checks: [ { contains: "shipped" }, { tools: { must-call: [lookup_order] } } ]
`;

const readResults = (dir: string, out: string): RunResults => RunResults.parse(JSON.parse(readFileSync(join(dir, out, 'evalgate-results.json'), 'utf8')));

describe('a Responses API agent through the recording proxy', () => {
  let server: FakeOpenAi;
  let dir: string;
  beforeAll(async () => {
    server = await startFakeOpenAi({ model: refundModel, apiKey: 'sk-real' });
  });
  afterAll(async () => server.close());
  beforeEach(() => {
    server.reset();
    dir = mkdtempSync(join(tmpdir(), 'evalgate-responses-agent-'));
    writeFiles(dir, { 'evals/evalgate.yaml': responsesSuite() });
    return () => rmSync(dir, { recursive: true, force: true });
  });
  const live = () => ({ OPENAI_API_KEY: 'sk-real', OPENAI_BASE_URL: server.url, PATH: process.env.PATH });

  it('records each run as llm, tool, llm steps with exact cost; a re-run is answered from the cache and replayed offline', async () => {
    const first = await cli(['run', '--out', 'first', '--cache', 'cache', '--max-concurrency', '2'], dir, live());
    expect(first.stderr).not.toMatch(/at .*\.ts:/);
    expect(first.code).toBe(0);
    const recorded = readResults(dir, 'first');
    for (const c of recorded.cases) {
      expect(c.status, c.id).toBe('pass');
      const [trial] = c.trials;
      expect(trial?.steps.map((s) => `${s.type}:${s.name}`)).toEqual(['llm:gpt-4o-mini', 'tool:lookup_order', 'llm:gpt-4o-mini']);
      expect(trial?.steps[1]).toMatchObject({ input: { order_id: 'A1001' }, output: '{"status":"shipped"}' });
      expect(trial?.usage).toEqual({ inputTokens: 2200, cachedTokens: 1400, outputTokens: 50 });
      expect(trial?.costUsd).toBeCloseTo(RUN_COST, 12);
    }
    expect(recorded.totals.liveCostUsd).toBeCloseTo(3 * RUN_COST, 12);
    expect(recorded.totals).toMatchObject({ replayedCostUsd: 0, requests: 6, cacheHits: 0, unrecordedCalls: 0 });
    expect(server.stats().responsesRequests).toBe(6);

    const again = await cli(['run', '--out', 'again', '--cache', 'cache'], dir, live());
    expect(again.code).toBe(0);
    expect(server.stats().responsesRequests).toBe(6);
    const cached = readResults(dir, 'again');
    expect(cached.totals).toMatchObject({ liveCostUsd: 0, requests: 0, cacheHits: 6 });
    expect(cached.totals.replayedCostUsd).toBeCloseTo(3 * RUN_COST, 12);
    expect(cached.totals.costUsd).toBeCloseTo(3 * RUN_COST, 12);
    expect(again.stdout).toMatch(/paid now \$0, replayed from the cache \$0\.\d*[1-9]/);

    // Offline: no key, no endpoint; everything from the recordings.
    const replayed = await cli(['run', '--out', 'replay', '--cache', 'cache', '--replay'], dir, { PATH: process.env.PATH });
    expect(replayed.code).toBe(0);
    expect(readResults(dir, 'replay').cases.map((c) => c.status)).toEqual(['pass', 'pass', 'pass']);
    expect(server.stats().responsesRequests).toBe(6);
  });

  it('counts live spend against max-cost, errored runs included, and cuts the sample', async () => {
    writeFiles(dir, { 'evals/evalgate.yaml': responsesSuite('  - id: crashes\n    input: { question: "Where is A1001?", crash: true }\n') });
    const budget = (RUN_COST * 1.5).toFixed(8);
    const r = await cli(['run', '--out', 'out', '--max-concurrency', '1', '--max-cost', budget], dir, live());
    const results = readResults(dir, 'out');
    // Two runs spend more than the budget: the third case never starts.
    expect(results.cases.map((c) => c.id)).toEqual(['whole', 'streamed']);
    expect(results.meta.cut).toMatchObject({ completed: 2, planned: 4 });
    expect(r.stdout).toMatch(/Sample cut: 2 of 4/);

    writeFiles(dir, {
      'evals/evalgate.yaml': responsesSuite('  - id: crashes\n    input: { question: "Where is A1001?", crash: true }\n').replace(
        / {2}- id: whole[\s\S]*?(?= {2}- id: crashes)/,
        '',
      ),
    });
    server.reset();
    await cli(['run', '--out', 'crash'], dir, live());
    const [crashed] = readResults(dir, 'crash').cases;
    expect(crashed?.status).toBe('error');
    // The agent crashed after both calls were answered: they were billed, so they count.
    expect(crashed?.trials[0]).toMatchObject({ requests: 2, usage: { inputTokens: 2200 } });
    expect(crashed?.trials[0]?.liveCostUsd).toBeCloseTo(RUN_COST, 12);
  });
});

describe('an Anthropic Messages agent through the recording proxy', () => {
  let fake: FakeAnthropic;
  let dir: string;
  const model: FakeAnthropicModel = (req) => {
    const last = req.messages.at(-1)?.content;
    const result = Array.isArray(last) ? last.find((b) => b.type === 'tool_result') : undefined;
    if (!result)
      return {
        text: null,
        tool_use: [{ id: 'toolu_1', name: 'lookup_order', input: { order_id: 'A1001' } }],
        usage: { input_tokens: 300, cache_creation_input_tokens: 1000, output_tokens: 20 },
      };
    return {
      text: `Order A1001 is ${(JSON.parse(String(result.content)) as { status: string }).status}.`,
      usage: { input_tokens: 350, cache_read_input_tokens: 1000, output_tokens: 10 },
    };
  };
  // claude-3-5-haiku: $0.80 input, $1.00 cache write, $0.08 cache read, $4 output per 1M tokens
  const cost = (300 * 0.8 + 1000 * 1.0 + 20 * 4 + 350 * 0.8 + 1000 * 0.08 + 10 * 4) / 1e6;
  beforeAll(async () => {
    fake = await startFakeAnthropic({ apiKey: 'sk-ant-real', model });
  });
  afterAll(async () => fake.close());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'evalgate-anthropic-agent-'));
    writeFiles(dir, {
      'evals/evalgate.yaml': `version: 1
target:
  command: { run: ${JSON.stringify(fixture('anthropic-agent.mjs'))}, timeout: 30s }
cases:
  - { id: whole, input: { question: "Where is A1001?" } }
  - { id: streamed, input: { question: "Where is A1001?", stream: true } }
defaults:
  checks: [ { contains: "shipped" }, { tools: { must-call: [lookup_order] } }, { max-steps: 3 } ]
`,
    });
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it('records both calls with Anthropic usage and cost, and the tool once although the agent reported it too', async () => {
    const env = { OPENAI_API_KEY: 'unused', ANTHROPIC_API_KEY: 'sk-ant-real', ANTHROPIC_BASE_URL: fake.url, PATH: process.env.PATH };
    const r = await cli(['run', '--out', 'out'], dir, env);
    expect(r.code).toBe(0);
    const results = readResults(dir, 'out');
    for (const c of results.cases) {
      const [trial] = c.trials;
      expect(
        trial?.steps.map((s) => `${s.type}:${s.name}:${s.source}`),
        c.id,
      ).toEqual(['llm:claude-3-5-haiku-20241022:proxy', 'tool:lookup_order:agent', 'llm:claude-3-5-haiku-20241022:proxy']);
      expect(trial?.usage).toEqual({ inputTokens: 2650, cachedTokens: 1000, cacheWriteTokens: 1000, outputTokens: 30 });
      expect(trial?.costUsd).toBeCloseTo(cost, 12);
    }
    // The agent never held the real key: the proxy sent it.
    expect(fake.requests.every((q) => q.headers['x-api-key'] === 'sk-ant-real')).toBe(true);
  });

  it('forwards to the anthropic endpoint the target names (endpoints.anthropic), with its key and headers', async () => {
    writeFiles(dir, {
      'evals/evalgate.yaml': readFileSync(join(dir, 'evals/evalgate.yaml'), 'utf8')
        .replace(
          'target:\n',
          `endpoints:\n  claude: { kind: anthropic, base-url: "${fake.url}/v1", api-key-env: CLAUDE_KEY, headers: { x-team: "\${TEAM}" } }\ntarget:\n`,
        )
        .replace('timeout: 30s }', 'timeout: 30s, endpoints: { anthropic: claude } }'),
    });
    fake.requests.length = 0;
    // No ANTHROPIC_* in EvalGate's environment: the endpoint alone says where and with which key.
    const r = await cli(['run', '--out', 'out'], dir, { OPENAI_API_KEY: 'unused', CLAUDE_KEY: 'sk-ant-real', TEAM: 'support', PATH: process.env.PATH });
    expect(r.stderr).not.toMatch(/at .*\.ts:/);
    expect(r.code).toBe(0);
    expect(readResults(dir, 'out').cases.map((c) => c.trials[0]?.costUsd)).toEqual([expect.closeTo(cost, 12), expect.closeTo(cost, 12)]);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests.every((q) => q.headers['x-api-key'] === 'sk-ant-real' && q.headers['x-team'] === 'support')).toBe(true);

    const unset = await cli(['run', '--out', 'out2'], dir, { OPENAI_API_KEY: 'unused', TEAM: 'support', PATH: process.env.PATH });
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('CLAUDE_KEY is not set: endpoint "claude" (used by the agent target\'s Anthropic calls (recording proxy))');
  });
});
