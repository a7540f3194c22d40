import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI, { BadRequestError } from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/llm/cache.js';
import { makeRunId, startRecordingProxy, type RecordingProxy, type RecordingProxyOptions } from '../../src/proxy/recording-proxy.js';
import { startFakeAnthropic, type FakeAnthropic, type FakeAnthropicModel } from '../support/fake-anthropic.js';
import { startFakeOpenAi, type FakeModel, type FakeOpenAi, type FakeOpenAiOptions } from '../support/fake-openai.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempCache(replay: boolean, dir?: string): Promise<ResponseCache> {
  const path = dir ?? (await mkdtemp(join(tmpdir(), 'evalgate-providers-cache-')));
  if (!dir) cleanups.push(() => rm(path, { recursive: true, force: true }));
  return new ResponseCache(path, { replay });
}

async function openaiProxy(
  fakeOptions: FakeOpenAiOptions = {},
  proxyOptions: Partial<RecordingProxyOptions> = {},
): Promise<{ fake: FakeOpenAi; proxy: RecordingProxy }> {
  const fake = await startFakeOpenAi({ apiKey: 'sk-real', ...fakeOptions });
  cleanups.push(() => fake.close());
  const proxy = await startRecordingProxy({ upstreamBaseUrl: fake.url, apiKey: 'sk-real', cache: null, pricing: {}, timeoutMs: 5_000, ...proxyOptions });
  cleanups.push(() => proxy.close());
  return { fake, proxy };
}

const sdk = (proxy: RecordingProxy, runId: string): OpenAI =>
  new OpenAI({ apiKey: proxy.agentKey, baseURL: proxy.urlFor(runId), maxRetries: 0, timeout: 5_000 });

/** The scripted model of a refund agent: look the order up first, then answer from the tool's output. */
const refundModel: FakeModel = (req) => {
  const tool = req.messages.find((m) => m.role === 'tool');
  if (!tool)
    return {
      content: null,
      tool_calls: [{ id: 'call_lookup', name: 'lookup_order', arguments: '{"order_id":"A1001"}' }],
      usage: { prompt_tokens: 1000, cached_tokens: 400, completion_tokens: 20 },
    };
  return { content: `Order A1001: ${String(tool.content)}`, usage: { prompt_tokens: 1200, cached_tokens: 1000, completion_tokens: 30, reasoning_tokens: 10 } };
};

const lookupTool = {
  type: 'function' as const,
  name: 'lookup_order',
  parameters: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] },
  strict: false,
};

/** A Responses API agent turn loop, as the Agents SDK runs it (whole input resent, or chained by id). */
async function responsesAgent(client: OpenAI, how: { stream: boolean; chain: boolean }): Promise<string> {
  const input: OpenAI.Responses.ResponseInputItem[] = [{ role: 'user', content: 'Where is order A1001?' }];
  const create = async (items: OpenAI.Responses.ResponseInputItem[], previous: string | undefined): Promise<OpenAI.Responses.Response> => {
    const params = { model: 'gpt-4o-mini', input: items, tools: [lookupTool], ...(previous && { previous_response_id: previous }) };
    if (!how.stream) return client.responses.create(params);
    const stream = await client.responses.create({ ...params, stream: true });
    let done: OpenAI.Responses.Response | null = null;
    for await (const event of stream) if (event.type === 'response.completed') done = event.response;
    if (!done) throw new Error('stream ended without response.completed');
    return done;
  };
  const first = await create(input, undefined);
  const call = first.output.find((item): item is OpenAI.Responses.ResponseFunctionToolCall => item.type === 'function_call');
  if (!call) throw new Error('expected a function call');
  const result: OpenAI.Responses.ResponseInputItem = { type: 'function_call_output', call_id: call.call_id, output: '{"status":"shipped"}' };
  const second = how.chain
    ? await create([result], first.id)
    : await create([...input, ...first.output.map((item) => item as OpenAI.Responses.ResponseInputItem), result], undefined);
  // The SDK adds `output_text` to whole responses only; a streamed one is read item by item.
  return second.output
    .flatMap((item) => (item.type === 'message' ? item.content.flatMap((part) => (part.type === 'output_text' ? [part.text] : [])) : []))
    .join('');
}

describe('recording proxy: OpenAI Responses API', () => {
  it.each([
    { stream: false, chain: false },
    { stream: true, chain: false },
    { stream: false, chain: true },
  ])('records a function-call round trip as llm, tool, llm steps with exact usage and cost (stream: $stream, previous_response_id: $chain)', async (how) => {
    const { fake, proxy } = await openaiProxy({ model: refundModel });
    const run = makeRunId('refund', 0);
    expect(await responsesAgent(sdk(proxy, run), how)).toBe('Order A1001: {"status":"shipped"}');

    const recording = proxy.takeRun(run);
    expect(recording.steps.map((s) => `${s.type}:${s.name}`)).toEqual(['llm:gpt-4o-mini', 'tool:lookup_order', 'llm:gpt-4o-mini']);
    const [call, tool, answer] = recording.steps;
    expect(call).toMatchObject({
      api: 'responses',
      source: 'proxy',
      output: { content: null, tool_calls: [{ id: 'call_lookup', type: 'function', function: { name: 'lookup_order', arguments: '{"order_id":"A1001"}' } }] },
      usage: { inputTokens: 1000, cachedTokens: 400, outputTokens: 20 },
    });
    expect(call?.input).toMatchObject({ tools: [lookupTool], input: [{ role: 'user', content: 'Where is order A1001?' }] });
    // gpt-4o-mini: $0.15 input, $0.075 cached input, $0.60 output per 1M tokens
    expect(call?.costUsd).toBeCloseTo((600 * 0.15 + 400 * 0.075 + 20 * 0.6) / 1e6, 12);
    expect(tool).toEqual({ type: 'tool', name: 'lookup_order', input: { order_id: 'A1001' }, output: '{"status":"shipped"}', source: 'proxy' });
    expect(answer).toMatchObject({
      output: 'Order A1001: {"status":"shipped"}',
      usage: { inputTokens: 1200, cachedTokens: 1000, outputTokens: 30, reasoningTokens: 10 },
    });
    // Reasoning tokens are inside the 30 output tokens: billed once.
    expect(answer?.costUsd).toBeCloseTo((200 * 0.15 + 1000 * 0.075 + 30 * 0.6) / 1e6, 12);
    expect({ requests: recording.requests, cacheHits: recording.cacheHits, unrecorded: recording.unrecorded }).toEqual({
      requests: 2,
      cacheHits: 0,
      unrecorded: 0,
    });
    expect(fake.stats().responsesRequests).toBe(2);
    expect(fake.requests.every((r) => r.headers.authorization === 'Bearer sk-real')).toBe(true);
  });

  it('answers the same run again from the cache with no upstream request, and replays it offline', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'evalgate-responses-replay-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const { fake, proxy } = await openaiProxy({ model: refundModel }, { cache: await tempCache(false, dir) });
    const first = makeRunId('refund', 0);
    await responsesAgent(sdk(proxy, first), { stream: true, chain: false });
    const recorded = proxy.takeRun(first);

    const again = makeRunId('refund', 0);
    expect(await responsesAgent(sdk(proxy, again), { stream: true, chain: false })).toBe('Order A1001: {"status":"shipped"}');
    const hit = proxy.takeRun(again);
    expect(fake.stats().responsesRequests).toBe(2);
    expect({ requests: hit.requests, cacheHits: hit.cacheHits }).toEqual({ requests: 0, cacheHits: 2 });
    expect(hit.steps.map((s) => s.cached ?? false)).toEqual([true, false, true]);
    expect(hit.steps.map((s) => s.costUsd)).toEqual(recorded.steps.map((s) => s.costUsd));

    const replay = await startRecordingProxy({
      upstreamBaseUrl: fake.url,
      apiKey: 'sk-real',
      cache: await tempCache(true, dir),
      pricing: {},
      timeoutMs: 5_000,
    });
    cleanups.push(() => replay.close());
    const offline = makeRunId('refund', 0);
    expect(await responsesAgent(sdk(replay, offline), { stream: true, chain: false })).toBe('Order A1001: {"status":"shipped"}');
    const missed = await sdk(replay, offline)
      .responses.create({ model: 'gpt-4o-mini', input: 'never recorded' })
      .catch((e: unknown) => e);
    expect(missed).toBeInstanceOf(BadRequestError);
    expect((missed as Error).message).toMatch(/--replay: no recorded response .*"never recorded"/);
    expect(replay.takeRun(offline).replayMisses).toHaveLength(1);
    expect(fake.stats().responsesRequests).toBe(2);
  });
});

describe('recording proxy: Embeddings', () => {
  it('records an embeddings call priced by its prompt tokens, with the vector count instead of the vectors, and caches it', async () => {
    const { fake, proxy } = await openaiProxy({}, { cache: await tempCache(false) });
    const embed = async (run: string) =>
      sdk(proxy, run).embeddings.create({ model: 'text-embedding-3-small', input: ['refund policy', 'shipping times'], encoding_format: 'float' });
    const first = makeRunId('kb', 0);
    const res = await embed(first);
    expect(res.data).toHaveLength(2);
    const [step] = proxy.takeSteps(first);
    const tokens = Math.ceil('refund policy'.length / 4) + Math.ceil('shipping times'.length / 4);
    expect(step).toMatchObject({
      type: 'llm',
      api: 'embeddings',
      model: 'text-embedding-3-small',
      input: ['refund policy', 'shipping times'],
      output: { embeddings: 2, dimensions: 8 },
    });
    expect(step?.usage).toEqual({ inputTokens: tokens, cachedTokens: 0, outputTokens: 0 });
    expect(step?.costUsd).toBeCloseTo((tokens * 0.02) / 1e6, 12);

    const again = makeRunId('kb', 0);
    await embed(again);
    expect(proxy.takeRun(again)).toMatchObject({ cacheHits: 1, requests: 0 });
    expect(fake.stats().embeddingsRequests).toBe(1);
  });
});

describe('recording proxy: servers that omit usage in streams (Ollama, vLLM)', () => {
  const llama: FakeModel = () => ({ content: 'local answer', model: 'llama3.1:8b' });

  it('asks for usage upstream and records it when the server honours include_usage', async () => {
    const { fake, proxy } = await openaiProxy({ model: llama });
    const run = makeRunId('c', 0);
    const stream = await sdk(proxy, run).chat.completions.create({ model: 'llama3.1:8b', messages: [{ role: 'user', content: 'hi there' }], stream: true });
    for await (const chunk of stream) void chunk;
    expect(fake.chatBodies()[0]?.stream_options).toEqual({ include_usage: true });
    const [step] = proxy.takeSteps(run);
    expect(step?.usage?.outputTokens).toBeGreaterThan(0);
    // Usage known, price not: unknown, never 0.
    expect(step?.costUsd).toBeNull();
  });

  it('reports the cost as unknown, not 0, when the server still sends no usage', async () => {
    const { proxy } = await openaiProxy({ model: llama, streamUsage: 'never' }, { pricing: { 'llama3.1:8b': { input: 0.1, output: 0.1 } } });
    const run = makeRunId('c', 0);
    const stream = await sdk(proxy, run).chat.completions.create({ model: 'llama3.1:8b', messages: [{ role: 'user', content: 'hi' }], stream: true });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toBe('local answer');
    const [step] = proxy.takeSteps(run);
    expect(step).toMatchObject({ output: 'local answer', costUsd: null });
    expect(step?.usage).toBeUndefined();
  });
});

describe('recording proxy: unrecorded calls', () => {
  it('passes other model endpoints through and counts them as unrecorded; free reads are not counted', async () => {
    const { fake, proxy } = await openaiProxy();
    const run = makeRunId('c', 0);
    const client = sdk(proxy, run);
    await client.moderations.create({ input: 'hello' }).catch(() => undefined);
    await client.models.list();
    const recording = proxy.takeRun(run);
    expect(recording).toMatchObject({ steps: [], unrecorded: 1 });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/moderations', 'GET /v1/models']);
  });
});

/** The Anthropic wire format as an agent speaks it with plain fetch (what the SDKs send). */
async function messages(proxy: RecordingProxy, runId: string, body: Record<string, unknown>, key = proxy.agentKey): Promise<Response> {
  return fetch(`${proxy.anthropicUrlFor(runId)}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key, 'anthropic-version': '2023-06-01' },
    body: JSON.stringify(body),
  });
}

async function anthropicProxy(
  model: FakeAnthropicModel,
  proxyOptions: Partial<RecordingProxyOptions> = {},
): Promise<{ fake: FakeAnthropic; proxy: RecordingProxy }> {
  const fake = await startFakeAnthropic({ apiKey: 'sk-ant-real', model });
  cleanups.push(() => fake.close());
  const proxy = await startRecordingProxy({
    upstreamBaseUrl: 'http://127.0.0.1:9/v1',
    apiKey: 'sk-openai-real',
    anthropic: { baseUrl: fake.url, apiKey: 'sk-ant-real' },
    cache: null,
    pricing: {},
    timeoutMs: 5_000,
    ...proxyOptions,
  });
  cleanups.push(() => proxy.close());
  return { fake, proxy };
}

const claudeRefund: FakeAnthropicModel = (req) => {
  const last = req.messages.at(-1);
  const result = Array.isArray(last?.content) ? last.content.find((b) => b.type === 'tool_result') : undefined;
  if (!result) {
    return {
      text: 'Let me look that up.',
      tool_use: [{ id: 'toolu_1', name: 'lookup_order', input: { order_id: 'A1001' } }],
      usage: { input_tokens: 100, cache_creation_input_tokens: 2000, output_tokens: 40 },
    };
  }
  return { text: `Your order is ${String(result.content)}.`, usage: { input_tokens: 150, cache_read_input_tokens: 2000, output_tokens: 12 } };
};

const SONNET = 'claude-3-5-sonnet-20241022';

describe('recording proxy: Anthropic Messages', () => {
  it.each([false, true])('records text, tool_use and the tool_result round trip with cache reads and writes priced (stream: %s)', async (stream) => {
    const { fake, proxy } = await anthropicProxy(claudeRefund);
    const run = makeRunId('refund', 0);
    const ask = async (msgs: unknown[]): Promise<{ text: string; toolUse: { id: string; name: string; input: unknown } | null }> => {
      const res = await messages(proxy, run, {
        model: SONNET,
        max_tokens: 256,
        system: 'You are the refund assistant.',
        messages: msgs,
        tools: [{ name: 'lookup_order', input_schema: { type: 'object' } }],
        stream,
      });
      expect(res.status).toBe(200);
      if (!stream) {
        const body = (await res.json()) as { content: { type: string; text?: string; id?: string; name?: string; input?: unknown }[] };
        const tool = body.content.find((b) => b.type === 'tool_use');
        return {
          text: body.content
            .filter((b) => b.type === 'text')
            .map((b) => b.text)
            .join(''),
          toolUse: tool ? { id: tool.id!, name: tool.name!, input: tool.input } : null,
        };
      }
      const events = (await res.text()).split('\n\n').filter(Boolean);
      expect(events[0]).toMatch(/^event: message_start\n/);
      expect(events.at(-1)).toMatch(/^event: message_stop\n/);
      const data = events.map(
        (e) => JSON.parse(e.split('\ndata: ')[1]) as { type: string; delta?: { text?: string }; content_block?: { type: string; id: string; name: string } },
      );
      const start = data.find((d) => d.content_block?.type === 'tool_use')?.content_block;
      return { text: data.map((d) => d.delta?.text ?? '').join(''), toolUse: start ? { id: start.id, name: start.name, input: null } : null };
    };
    const user = { role: 'user', content: 'Where is A1001?' };
    const first = await ask([user]);
    expect(first.toolUse?.name).toBe('lookup_order');
    const assistant = {
      role: 'assistant',
      content: [
        { type: 'text', text: first.text },
        { type: 'tool_use', id: 'toolu_1', name: 'lookup_order', input: { order_id: 'A1001' } },
      ],
    };
    const final = await ask([user, assistant, { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'shipped' }] }]);
    expect(final.text).toBe('Your order is shipped.');

    const steps = proxy.takeSteps(run);
    expect(steps.map((s) => `${s.type}:${s.name}`)).toEqual([`llm:${SONNET}`, 'tool:lookup_order', `llm:${SONNET}`]);
    expect(steps[0]).toMatchObject({
      api: 'messages',
      model: SONNET,
      output: { content: 'Let me look that up.', tool_calls: [{ id: 'toolu_1', function: { name: 'lookup_order', arguments: '{"order_id":"A1001"}' } }] },
      // Anthropic's input_tokens leave the cache out; EvalGate counts every prompt token.
      usage: { inputTokens: 2100, cachedTokens: 0, cacheWriteTokens: 2000, outputTokens: 40 },
    });
    expect(steps[0]?.input).toMatchObject({ system: 'You are the refund assistant.', messages: [user] });
    // claude-3-5-sonnet: $3 input, $3.75 cache write, $0.30 cache read, $15 output per 1M tokens
    expect(steps[0]?.costUsd).toBeCloseTo((100 * 3 + 2000 * 3.75 + 40 * 15) / 1e6, 12);
    expect(steps[1]).toEqual({ type: 'tool', name: 'lookup_order', input: { order_id: 'A1001' }, output: 'shipped', source: 'proxy' });
    expect(steps[2]).toMatchObject({ output: 'Your order is shipped.', usage: { inputTokens: 2150, cachedTokens: 2000, outputTokens: 12 } });
    expect(steps[2]?.costUsd).toBeCloseTo((150 * 3 + 2000 * 0.3 + 12 * 15) / 1e6, 12);

    // The real key goes upstream in x-api-key; the agent's headers (anthropic-version) pass as they were.
    expect(fake.requests.map((r) => [r.headers['x-api-key'], r.headers['anthropic-version'], r.headers.authorization])).toEqual([
      ['sk-ant-real', '2023-06-01', undefined],
      ['sk-ant-real', '2023-06-01', undefined],
    ]);
  });

  it('answers a repeated call from the cache, and refuses a request without the stand-in', async () => {
    const { fake, proxy } = await anthropicProxy(() => 'hello', { cache: await tempCache(false) });
    const body = { model: 'claude-3-5-haiku-20241022', max_tokens: 64, messages: [{ role: 'user', content: 'hi' }] };
    const [a, b] = [makeRunId('c', 0), makeRunId('c', 0)];
    expect((await messages(proxy, a, body)).status).toBe(200);
    expect((await messages(proxy, b, body)).status).toBe(200);
    expect(fake.messageRequests()).toBe(1);
    expect(proxy.takeRun(b)).toMatchObject({ cacheHits: 1, requests: 0, steps: [{ cached: true, output: 'hello' }] });

    const refused = await messages(proxy, a, body, 'sk-ant-real');
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({
      type: 'error',
      error: { message: expect.stringMatching(/does not carry the ANTHROPIC_API_KEY EvalGate set/) },
    });
    expect(fake.messageRequests()).toBe(1);
  });

  it('says which key to give EvalGate when an agent calls Anthropic and none was given', async () => {
    const fake = await startFakeOpenAi();
    cleanups.push(() => fake.close());
    const proxy = await startRecordingProxy({ upstreamBaseUrl: fake.url, apiKey: 'sk', cache: null, pricing: {}, timeoutMs: 5_000 });
    cleanups.push(() => proxy.close());
    const res = await messages(proxy, makeRunId('c', 0), { model: SONNET, max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ type: 'error', error: { message: expect.stringMatching(/set ANTHROPIC_API_KEY where EvalGate runs/) } });
  });

  it('refuses message batches: they run outside max-cost', async () => {
    const { fake, proxy } = await anthropicProxy(() => 'x');
    const res = await fetch(`${proxy.anthropicUrlFor(makeRunId('c', 0))}/v1/messages/batches`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': proxy.agentKey, 'anthropic-version': '2023-06-01' },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(fake.requests).toEqual([]);
  });
});

describe('recording proxy: Azure deployments', () => {
  it.each<{ name: string; deployments: Record<string, string>; usd: number }>([
    { name: 'as the model the endpoint says the deployment serves', deployments: { 'gpt-4o-mini': 'gpt-4o' }, usd: (1000 * 2.5) / 1e6 },
    { name: 'by its name when the endpoint does not say', deployments: {}, usd: (1000 * 0.15) / 1e6 },
  ])('prices a deployment $name', async ({ deployments, usd }) => {
    const { proxy } = await openaiProxy({ model: () => ({ content: 'ok', usage: { prompt_tokens: 1000, completion_tokens: 0 } }) }, { deployments });
    const run = makeRunId('c', 0);
    // Azure's layout: the deployment in the path, no model in the body, the key in `api-key`.
    const res = await fetch(`${proxy.urlFor(run)}/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'api-key': proxy.agentKey },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(res.status).toBe(200);
    const [step] = proxy.takeSteps(run);
    expect(step).toMatchObject({ name: 'gpt-4o-mini', output: 'ok' });
    expect(step?.costUsd).toBeCloseTo(usd, 12);
  });
});
