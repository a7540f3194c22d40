import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI, { BadRequestError, RateLimitError } from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRunId, startRecordingProxy, type RecordingProxy, type RecordingProxyOptions } from '../../src/proxy/recording-proxy.js';
import { ResponseCache } from '../../src/llm/cache.js';
import { createScheduler } from '../../src/llm/scheduler.js';
import { lastUserText, startFakeOpenAi, type FakeOpenAi, type FakeOpenAiOptions } from '../support/fake-openai.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function withProxy(
  fakeOptions: FakeOpenAiOptions = {},
  proxyOptions: Partial<RecordingProxyOptions> = {},
): Promise<{ fake: FakeOpenAi; proxy: RecordingProxy }> {
  const fake = await startFakeOpenAi(fakeOptions);
  cleanups.push(() => fake.close());
  const proxy = await startRecordingProxy({ upstreamBaseUrl: fake.url, apiKey: 'sk-real', cache: null, pricing: {}, timeoutMs: 5_000, ...proxyOptions });
  cleanups.push(() => proxy.close());
  return { fake, proxy };
}

async function tempCache(replay: boolean, dir?: string): Promise<ResponseCache> {
  const path = dir ?? (await mkdtemp(join(tmpdir(), 'evalgate-proxy-cache-')));
  if (!dir) cleanups.push(() => rm(path, { recursive: true, force: true }));
  return new ResponseCache(path, { replay });
}

/** An agent's OpenAI client for one run, as an agent would build it from OPENAI_BASE_URL and OPENAI_API_KEY. */
const agentSdk = (proxy: RecordingProxy, runId: string, apiKey = proxy.agentKey): OpenAI =>
  new OpenAI({ apiKey, baseURL: proxy.urlFor(runId), maxRetries: 0, timeout: 5_000 });

const ask = (sdk: OpenAI, question: string) => sdk.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: question }] });

describe('recording proxy', () => {
  it('attributes each call to its run, even when slow and fast calls of different runs interleave', async () => {
    const { proxy } = await withProxy({
      faults: [{ when: (req) => lastUserText(req).startsWith('slow'), fault: { kind: 'slow', delayMs: 150 } }],
    });
    const runs = Array.from({ length: 6 }, (_, i) => ({ id: makeRunId(`case-${i}`, 0), question: `${i % 2 === 0 ? 'slow' : 'fast'} question ${i}` }));
    const answers = await Promise.all(runs.map((r) => ask(agentSdk(proxy, r.id), r.question)));

    runs.forEach((r, i) => {
      expect(answers[i]?.choices[0]?.message.content).toBe(`answer: ${r.question}`);
      const steps = proxy.takeSteps(r.id);
      expect(steps).toHaveLength(1);
      expect(steps[0]).toMatchObject({
        type: 'llm',
        source: 'proxy',
        name: 'gpt-4o-mini',
        model: 'gpt-4o-mini',
        input: [{ role: 'user', content: r.question }],
        output: `answer: ${r.question}`,
      });
    });
  });

  it('records exact usage and cost, and sends the real key upstream in place of the stand-in the agent holds', async () => {
    const { fake, proxy } = await withProxy({
      apiKey: 'sk-real',
      model: () => ({ content: 'ok', usage: { prompt_tokens: 1000, completion_tokens: 100, cached_tokens: 400 } }),
    });
    const run = makeRunId('c', 0);
    expect(proxy.agentKey).not.toContain('sk-real');
    await ask(agentSdk(proxy, run), 'hi');
    const [step] = proxy.takeSteps(run);
    expect(step?.usage).toEqual({ inputTokens: 1000, cachedTokens: 400, outputTokens: 100 });
    // gpt-4o-mini: 600 input at $0.15, 400 cached at $0.075, 100 output at $0.60 per 1M
    expect(step?.costUsd).toBeCloseTo((600 * 0.15 + 400 * 0.075 + 100 * 0.6) / 1e6, 12);
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer sk-real');
  });

  it('records tool calls the model makes, with the tools offered as input', async () => {
    const { proxy } = await withProxy({
      model: () => ({ content: null, tool_calls: [{ id: 'call_1', name: 'lookup_order', arguments: '{"order_id":"4417"}' }] }),
    });
    const run = makeRunId('c', 0);
    const tools = [{ type: 'function' as const, function: { name: 'lookup_order', parameters: { type: 'object', properties: {} } } }];
    const sdk = agentSdk(proxy, run);
    const res = await sdk.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'where is 4417?' }], tools });
    expect(res.choices[0]?.message.tool_calls?.[0]).toMatchObject({ function: { name: 'lookup_order' } });

    const stream = await sdk.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'again' }], tools, stream: true });
    for await (const chunk of stream) void chunk;

    const steps = proxy.takeSteps(run);
    const expectedOutput = {
      content: null,
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup_order', arguments: '{"order_id":"4417"}' } }],
    };
    expect(steps.map((s) => s.output)).toEqual([expectedOutput, { ...expectedOutput, content: '' }]);
    expect(steps[0]?.input).toEqual({ messages: [{ role: 'user', content: 'where is 4417?' }], tools });
  });

  it('records the usage of a streamed answer and hides the usage chunk from a client that did not ask for it', async () => {
    const { fake, proxy } = await withProxy({ model: () => ({ content: 'one two three', usage: { prompt_tokens: 11, completion_tokens: 3 } }) });
    const run = makeRunId('c', 0);
    const stream = await agentSdk(proxy, run).chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'count' }], stream: true });
    let text = '';
    let usageChunks = 0;
    let emptyChoiceChunks = 0;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      if (chunk.usage) usageChunks += 1;
      if (chunk.choices.length === 0) emptyChoiceChunks += 1;
    }
    expect(text).toBe('one two three');
    expect({ usageChunks, emptyChoiceChunks }).toEqual({ usageChunks: 0, emptyChoiceChunks: 0 });
    expect(fake.chatBodies()[0]?.stream_options).toEqual({ include_usage: true });
    const [step] = proxy.takeSteps(run);
    expect(step).toMatchObject({ output: 'one two three', usage: { inputTokens: 11, outputTokens: 3, cachedTokens: 0 } });
  });

  it('passes the usage chunk through to a client that asked for it', async () => {
    const { proxy } = await withProxy({ model: () => ({ content: 'hi', usage: { prompt_tokens: 5, completion_tokens: 1 } }) });
    const run = makeRunId('c', 0);
    const stream = await agentSdk(proxy, run).chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'x' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) usage = chunk.usage ?? usage;
    expect(usage?.prompt_tokens).toBe(5);
    expect(proxy.takeSteps(run)[0]?.usage?.inputTokens).toBe(5);
  });

  it('answers a repeated call of the same trial from the shared cache, with no upstream request', async () => {
    const cache = await tempCache(false);
    const { fake, proxy } = await withProxy({}, { cache });
    const first = makeRunId('refund', 0);
    const second = makeRunId('refund', 0);
    const otherTrial = makeRunId('refund', 1);

    const a = await ask(agentSdk(proxy, first), 'refund?');
    const b = await ask(agentSdk(proxy, second), 'refund?');
    expect(b.choices[0]?.message.content).toBe(a.choices[0]?.message.content);
    expect(fake.stats().chatRequests).toBe(1);
    const recorded = proxy.takeRun(first);
    const replayed = proxy.takeRun(second);
    expect({ hits: recorded.cacheHits, requests: recorded.requests }).toEqual({ hits: 0, requests: 1 });
    expect({ hits: replayed.cacheHits, requests: replayed.requests }).toEqual({ hits: 1, requests: 0 });
    expect(replayed.steps[0]?.usage).toEqual(recorded.steps[0]?.usage);
    expect(replayed.steps[0]?.latencyMs).toBe(recorded.steps[0]?.latencyMs);

    await ask(agentSdk(proxy, otherTrial), 'refund?');
    expect(fake.stats().chatRequests).toBe(2);
  });

  it('replays recorded streams, and under --replay answers a miss with an error saying how to record it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'evalgate-proxy-replay-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const { fake, proxy } = await withProxy(
      { model: () => ({ content: 'streamed answer', usage: { prompt_tokens: 7, completion_tokens: 2 } }) },
      { cache: await tempCache(false, dir) },
    );
    const streamText = async (p: RecordingProxy, run: string, question: string): Promise<string> => {
      const stream = await agentSdk(p, run).chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: question }], stream: true });
      let text = '';
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
      return text;
    };
    await streamText(proxy, makeRunId('c', 0), 'recorded');

    const replay = await startRecordingProxy({
      upstreamBaseUrl: fake.url,
      apiKey: 'sk-real',
      cache: await tempCache(true, dir),
      pricing: {},
      timeoutMs: 5_000,
    });
    cleanups.push(() => replay.close());
    const run = makeRunId('c', 0);
    expect(await streamText(replay, run, 'recorded')).toBe('streamed answer');
    const error = await ask(agentSdk(replay, run), 'never recorded').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toMatch(/--replay: no recorded response .*"never recorded".*without --replay/);

    const recording = replay.takeRun(run);
    expect(recording.steps.map((s) => s.usage?.inputTokens ?? s.error)).toEqual([7, expect.stringMatching(/--replay/)]);
    expect(recording.replayMisses).toHaveLength(1);
    expect(fake.stats().chatRequests).toBe(1);
  });

  it('runs forwarded calls through the shared scheduler: its limit caps them, and a 429 lowers it', async () => {
    const scheduler = createScheduler({ maxConcurrency: 2 });
    const { fake, proxy } = await withProxy({ latencyMs: 30 }, { scheduler });
    await Promise.all(Array.from({ length: 5 }, (_, i) => ask(agentSdk(proxy, makeRunId(`c${i}`, 0)), `q${i}`)));
    expect(fake.stats().peakInFlight).toBe(2);

    fake.setFaults([{ at: 5, fault: { kind: 'status', status: 429, retryAfterMs: 10 } }]);
    const run = makeRunId('limited', 0);
    await expect(ask(agentSdk(proxy, run), 'q')).rejects.toBeInstanceOf(RateLimitError);
    expect(scheduler.stats()).toMatchObject({ rateLimited: 1, limit: 1 });
    expect(proxy.takeSteps(run)[0]?.error).toMatch(/^HTTP 429: Rate limit reached/);
  });

  it('passes other endpoints through unrecorded, and rejects paths without a run', async () => {
    const { proxy } = await withProxy();
    const run = makeRunId('c', 0);
    const models = await agentSdk(proxy, run).models.list();
    expect(models.data.map((m) => m.id)).toContain('gpt-4o-mini');
    expect(proxy.takeSteps(run)).toEqual([]);

    const res = await fetch(proxy.urlFor(run).replace(/\/r\/.*$/, '/v1/models'));
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/use the OPENAI_BASE_URL or ANTHROPIC_BASE_URL EvalGate set/);
  });

  it.each<{ name: string; authorization: (agentKey: string) => string | null }>([
    { name: 'no key', authorization: () => null },
    { name: 'the real key', authorization: () => 'Bearer sk-real' },
    { name: 'a prefix of the stand-in', authorization: (key) => `Bearer ${key.slice(0, -1)}` },
  ])('refuses a request with $name, and sends nothing upstream', async ({ authorization }) => {
    const { fake, proxy } = await withProxy({ apiKey: 'sk-real' });
    const run = makeRunId('c', 0);
    const value = authorization(proxy.agentKey);
    const sent: Record<string, string> = value === null ? {} : { authorization: value };
    const res = await fetch(`${proxy.urlFor(run)}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...sent },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(res.status).toBe(401);
    expect(await res.text()).toMatch(/does not carry the OPENAI_API_KEY EvalGate set/);
    expect(fake.requests).toEqual([]);
    expect(proxy.takeSteps(run)).toEqual([]);
  });

  it.each([
    { method: 'GET', path: '/files' },
    { method: 'DELETE', path: '/files/file-abc' },
    { method: 'POST', path: '/fine_tuning/jobs' },
    { method: 'POST', path: '/batches' },
    { method: 'GET', path: '/organization/admin_api_keys' },
    { method: 'GET', path: '/chat/completions' },
  ])('refuses $method $path even with the stand-in: the real key is for model calls only', async ({ method, path }) => {
    const { fake, proxy } = await withProxy({ apiKey: 'sk-real' });
    const res = await fetch(`${proxy.urlFor(makeRunId('c', 0))}${path}`, {
      method,
      headers: { authorization: `Bearer ${proxy.agentKey}`, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
      ...(method === 'POST' ? { body: '{}' } : {}),
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/is not forwarded; agents may call the model endpoints/);
    expect(fake.requests).toEqual([]);
  });

  it('accepts the stand-in in an api-key header (Azure SDKs) and sends the real key the same way', async () => {
    const { fake, proxy } = await withProxy({ apiKey: 'sk-real' });
    const run = makeRunId('c', 0);
    const res = await fetch(`${proxy.urlFor(run)}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'api-key': proxy.agentKey },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(res.status).toBe(200);
    expect(fake.requests[0]?.headers).toMatchObject({ 'api-key': 'sk-real', authorization: 'Bearer sk-real' });
  });
});
