import { describe, expect, it } from 'vitest';
import type { Step } from '../../src/results/schema.js';
import { agentOutput, mergeSteps, parseAgentStdout, ProtocolError, totalsOfSteps } from '../../src/targets/steps.js';

interface StdoutCase {
  name: string;
  stdout: string;
  output: unknown;
}

const validStdout: StdoutCase[] = [
  { name: 'one JSON line', stdout: '{"output":"hi"}\n', output: 'hi' },
  { name: 'log lines before the result', stdout: 'loading...\n{"debug":true\n{"output":"hi"}\n\n', output: 'hi' },
  { name: 'the last JSON object line wins', stdout: '{"output":"draft"}\n{"output":"final"}\n', output: 'final' },
  { name: 'pretty-printed JSON', stdout: '{\n  "output": {\n    "a": 1\n  }\n}\n', output: { a: 1 } },
  { name: 'CRLF line endings', stdout: 'log\r\n{"output":"hi"}\r\n', output: 'hi' },
];

interface BadStdoutCase {
  name: string;
  stdout: string;
  message: RegExp;
}

const invalidStdout: BadStdoutCase[] = [
  { name: 'empty', stdout: '', message: /stdout was empty/ },
  { name: 'plain text', stdout: 'the answer is 42\n', message: /no JSON object line.*"the answer is 42"/ },
  { name: 'a JSON array', stdout: '[1,2]\n', message: /no JSON object line/ },
  { name: 'no output key', stdout: '{"result":"x"}\n', message: /output: expected a string or a JSON object/ },
  { name: 'output is a number', stdout: '{"output":42}\n', message: /output/ },
  { name: 'unknown step type', stdout: '{"output":"x","steps":[{"type":"thinking","name":"a"}]}', message: /steps\.0\.type/ },
  {
    name: 'usage with a string',
    stdout: '{"output":"x","steps":[{"type":"llm","name":"a","usage":{"input_tokens":"3","output_tokens":1}}]}',
    message: /steps\.0\.usage\.input_tokens/,
  },
];

describe('parseAgentStdout', () => {
  it.each(validStdout)('reads $name', ({ stdout, output }) => {
    expect(parseAgentStdout(stdout).output).toEqual(output);
  });

  it.each(invalidStdout)('rejects $name with a message saying what is wrong', ({ stdout, message }) => {
    expect(() => parseAgentStdout(stdout)).toThrow(ProtocolError);
    expect(() => parseAgentStdout(stdout)).toThrow(message);
  });

  it('maps the protocol snake_case step fields to camelCase steps from the agent', () => {
    const { steps } = parseAgentStdout(
      JSON.stringify({
        output: 'ok',
        steps: [
          {
            type: 'llm',
            name: 'plan',
            model: 'gpt-4o-mini',
            usage: { input_tokens: 10, output_tokens: 5, cached_tokens: 4 },
            cost_usd: 0.001,
            latency_ms: 250,
            custom_annotation: 'ignored',
          },
          { type: 'tool', name: 'refund_payment', input: { amount: 20 }, error: 'declined' },
        ],
      }),
    );
    expect(steps).toEqual([
      {
        type: 'llm',
        name: 'plan',
        model: 'gpt-4o-mini',
        usage: { inputTokens: 10, outputTokens: 5, cachedTokens: 4 },
        costUsd: 0.001,
        latencyMs: 250,
        source: 'agent',
      },
      { type: 'tool', name: 'refund_payment', input: { amount: 20 }, error: 'declined', source: 'agent' },
    ]);
  });
});

const tool = (name: string): Step => ({ type: 'tool', name, source: 'agent' });
const agentLlm = (name: string, model?: string): Step => ({ type: 'llm', name, ...(model && { model }), source: 'agent' });
const proxyLlm = (n: number, model = 'gpt-4o-mini-2024-07-18'): Step => ({
  type: 'llm',
  name: 'gpt-4o-mini',
  model,
  usage: { inputTokens: n, outputTokens: 1, cachedTokens: 0 },
  latencyMs: n,
  source: 'proxy',
});
const label = (s: Step): string => `${s.source}:${s.name}${s.usage ? `#${s.usage.inputTokens}` : ''}`;

interface MergeCase {
  name: string;
  agent: Step[];
  proxy: Step[];
  expected: string[];
}

const mergeCases: MergeCase[] = [
  { name: 'no proxy calls', agent: [tool('a'), agentLlm('x')], proxy: [], expected: ['agent:a', 'agent:x'] },
  {
    name: 'agent reports only tools: proxy calls follow',
    agent: [tool('a')],
    proxy: [proxyLlm(1), proxyLlm(2)],
    expected: ['agent:a', 'proxy:gpt-4o-mini#1', 'proxy:gpt-4o-mini#2'],
  },
  {
    name: 'reported llm steps anchor the measured ones in call order',
    agent: [agentLlm('plan', 'gpt-4o-mini'), tool('lookup'), agentLlm('answer')],
    proxy: [proxyLlm(1), proxyLlm(2)],
    expected: ['proxy:plan#1', 'agent:lookup', 'proxy:answer#2'],
  },
  {
    name: 'unreported proxy calls go before the next anchor',
    agent: [tool('lookup'), agentLlm('answer', 'gpt-4o')],
    proxy: [proxyLlm(1), proxyLlm(2, 'gpt-4o-2024-08-06')],
    expected: ['agent:lookup', 'proxy:gpt-4o-mini#1', 'proxy:answer#2'],
  },
  {
    name: 'a reported llm step without a model anchors the first unmatched call',
    agent: [tool('lookup'), agentLlm('answer')],
    proxy: [proxyLlm(1), proxyLlm(2)],
    expected: ['agent:lookup', 'proxy:answer#1', 'proxy:gpt-4o-mini#2'],
  },
  {
    name: 'an llm step for another model stays the agent’s own',
    agent: [agentLlm('claude', 'claude-x'), agentLlm('gpt', 'gpt-4o-mini')],
    proxy: [proxyLlm(1)],
    expected: ['agent:claude', 'proxy:gpt#1'],
  },
  {
    name: 'more reported llm steps than proxy calls',
    agent: [agentLlm('a'), agentLlm('b')],
    proxy: [proxyLlm(1)],
    expected: ['proxy:a#1', 'agent:b'],
  },
];

describe('mergeSteps', () => {
  it.each(mergeCases)('$name', ({ agent, proxy, expected }) => {
    expect(mergeSteps(agent, proxy).map(label)).toEqual(expected);
  });
});

describe('totalsOfSteps', () => {
  it('counts a call the agent reported and the proxy measured once', () => {
    const reported: Step = {
      type: 'llm',
      name: 'answer',
      model: 'gpt-4o-mini',
      usage: { inputTokens: 999, outputTokens: 999, cachedTokens: 0 },
      source: 'agent',
    };
    const steps = mergeSteps([reported], [proxyLlm(1000)]);
    const totals = totalsOfSteps(steps, {});
    expect(totals.usage).toEqual({ inputTokens: 1000, outputTokens: 1, cachedTokens: 0 });
    // gpt-4o-mini: $0.15 / 1M input, $0.60 / 1M output
    expect(totals.costUsd).toBeCloseTo((1000 * 0.15 + 0.6) / 1e6, 12);
  });

  it('prices agent steps that report usage and a model but no cost, and trusts a reported cost', () => {
    const steps: Step[] = [
      { type: 'llm', name: 'a', model: 'gpt-4o-mini', usage: { inputTokens: 1_000_000, outputTokens: 0, cachedTokens: 0 } },
      { type: 'llm', name: 'b', model: 'my-model', usage: { inputTokens: 5, outputTokens: 5, cachedTokens: 0 }, costUsd: 0.5 },
      { type: 'tool', name: 'lookup' },
    ];
    expect(totalsOfSteps(steps, {}).costUsd).toBeCloseTo(0.65, 10);
  });

  it('makes the cost unknown (null) and names the model when a price is missing', () => {
    const steps: Step[] = [{ type: 'llm', name: 'a', model: 'mystery-1', usage: { inputTokens: 5, outputTokens: 5, cachedTokens: 0 } }];
    expect(totalsOfSteps(steps, {})).toMatchObject({ costUsd: null, unknownPriceModels: ['mystery-1'] });
    expect(totalsOfSteps(steps, { 'mystery-1': { input: 1, output: 1 } }).costUsd).toBeCloseTo(10 / 1e6, 12);
  });
});

describe('agentOutput', () => {
  it('reports cached calls at their recorded latency', () => {
    const out = agentOutput({ output: 'x', steps: [] }, { steps: [proxyLlm(1)], cacheHits: 1, requests: 0, unrecorded: 0, latencyAdjustMs: 700 }, 50, {});
    expect(out).toMatchObject({ output: 'x', latencyMs: 750, cacheHits: 1, requests: 0 });
    expect(out.steps).toHaveLength(1);
  });
});

describe('recorded tool steps and spend', () => {
  const tool = (name: string, input: unknown, source: Step['source']): Step => ({ type: 'tool', name, input, output: 'ok', source });
  const call = (model: string, usd: number, extra: Partial<Step> = {}): Step => ({
    type: 'llm',
    name: model,
    model,
    usage: { inputTokens: 10, outputTokens: 1, cachedTokens: 0 },
    costUsd: usd,
    source: 'proxy',
    ...extra,
  });

  it('keeps one tool step per call when the agent reports a tool the proxy also recorded, and keeps unreported ones', () => {
    const recorded = [
      call('gpt-4o-mini', 0.1),
      tool('lookup_order', { order_id: 'A1' }, 'proxy'),
      tool('refund_payment', { order_id: 'A1' }, 'proxy'),
      call('gpt-4o-mini', 0.1),
    ];
    const reported = [tool('lookup_order', { order_id: 'A1' }, 'agent')];
    const merged = mergeSteps(reported, recorded);
    // The reported tool step takes the recorded one's place, so the trace stays in call order.
    expect(merged.map((s) => `${s.type}:${s.name}:${s.source}`)).toEqual([
      'llm:gpt-4o-mini:proxy',
      'tool:lookup_order:agent',
      'tool:refund_payment:proxy',
      'llm:gpt-4o-mini:proxy',
    ]);
    // Reported out of call order, it is still counted once.
    const late = mergeSteps([{ type: 'llm', name: 'last', model: 'gpt-4o-mini' }, ...reported], recorded.slice(0, 2));
    expect(late.filter((s) => s.type === 'tool')).toHaveLength(1);
  });

  it('never matches a reported model turn to an embeddings call', () => {
    const recorded = [call('text-embedding-3-small', 0.01, { api: 'embeddings' }), call('gpt-4o-mini', 0.1, { api: 'responses' })];
    const merged = mergeSteps([{ type: 'llm', name: 'answer' }], recorded);
    expect(merged.map((s) => s.name)).toEqual(['text-embedding-3-small', 'answer']);
  });

  it('splits the cost into live spend and replayed cost by the cached flag', () => {
    const totals = totalsOfSteps([call('gpt-4o-mini', 0.25), call('gpt-4o-mini', 0.5, { cached: true }), call('gpt-4o-mini', 0.125)], {});
    expect(totals).toMatchObject({ costUsd: 0.875, liveCostUsd: 0.375, replayedCostUsd: 0.5 });
  });

  it('makes the cost unknown, not 0, for an answer whose usage the server did not report', () => {
    const totals = totalsOfSteps([{ type: 'llm', name: 'llama3.1:8b', model: 'llama3.1:8b', costUsd: null, source: 'proxy' }], {});
    expect(totals).toMatchObject({ costUsd: null, liveCostUsd: null, unknownPriceModels: ['llama3.1:8b (usage not reported)'] });
  });
});

describe('agent-reported usage', () => {
  it('keeps cache-write and reasoning tokens an agent reports, and prices them', () => {
    const { steps } = parseAgentStdout(
      '{"output":"x","steps":[{"type":"llm","name":"direct call","model":"claude-3-5-haiku","usage":{"input_tokens":3000,"cached_tokens":1000,"cache_write_tokens":1000,"output_tokens":100,"reasoning_tokens":40}}]}',
    );
    expect(steps[0]?.usage).toEqual({ inputTokens: 3000, cachedTokens: 1000, cacheWriteTokens: 1000, outputTokens: 100, reasoningTokens: 40 });
    // claude-3-5-haiku: $0.80 input, $0.08 cache read, $1.00 cache write, $4 output per 1M tokens
    expect(totalsOfSteps(steps, {}).costUsd).toBeCloseTo((1000 * 0.8 + 1000 * 0.08 + 1000 * 1 + 100 * 4) / 1e6, 12);
  });
});
