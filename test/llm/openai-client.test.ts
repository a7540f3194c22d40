import { afterEach, describe, expect, it } from 'vitest';
import { LlmError, type ChatRequest } from '../../src/llm/llm.js';
import { createOpenAiClient, type OpenAiClientOptions } from '../../src/llm/openai-client.js';
import { createScheduler } from '../../src/llm/scheduler.js';
import type { Sleep } from '../../src/llm/retry.js';
import { startFakeOpenAi, type FakeOpenAi, type FakeOpenAiOptions } from '../support/fake-openai.js';

let fake: FakeOpenAi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const request: ChatRequest = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Can I return shoes?' }], temperature: 0 };
const target = { trial: 0, purpose: 'target' } as const;

/** A sleep that records what it was asked to wait and returns at once. */
function recordingSleep(): { sleep: Sleep; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

async function clientAgainst(fakeOptions: FakeOpenAiOptions, options: Partial<OpenAiClientOptions> = {}) {
  fake = await startFakeOpenAi(fakeOptions);
  const scheduler = options.scheduler ?? createScheduler({ maxConcurrency: 4 });
  const { sleep, waits } = recordingSleep();
  const client = createOpenAiClient({ apiKey: 'sk-test', baseURL: fake.url, scheduler, sleep, random: () => 0, ...options });
  return { fake, client, scheduler, waits };
}

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  const error = await promise.then(
    () => new Error('expected the call to fail'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LlmError);
  return error as LlmError;
}

describe('createOpenAiClient against an OpenAI-compatible server', () => {
  it('returns the answer with usage mapped from the provider, the echoed model and a latency', async () => {
    const { client, fake } = await clientAgainst({
      model: () => ({ content: 'Within 30 days.', model: 'gpt-4o-mini-2024-07-18', usage: { prompt_tokens: 120, completion_tokens: 7, cached_tokens: 64 } }),
    });
    const res = await client.chat(request, target);
    expect(res).toMatchObject({
      content: 'Within 30 days.',
      model: 'gpt-4o-mini-2024-07-18',
      usage: { inputTokens: 120, cachedTokens: 64, outputTokens: 7 },
      cached: false,
    });
    expect(res.latencyMs).toBeGreaterThanOrEqual(0);
    expect(fake.chatBodies()[0]).toMatchObject({ model: 'gpt-4o-mini', temperature: 0, messages: request.messages });
    expect(client.stats()).toEqual({ requests: 1, cacheHits: 0, retries: 0 });
  });

  it('retries a 429 after exactly the Retry-After seconds and lowers the concurrency limit', async () => {
    const { client, fake, waits, scheduler } = await clientAgainst({ faults: [{ at: 0, fault: { kind: 'status', status: 429, retryAfterSeconds: 2 } }] });
    const res = await client.chat(request, target);
    expect(res.content).toBe('answer: Can I return shoes?');
    expect(waits).toEqual([2000]);
    expect(fake.stats().chatRequests).toBe(2);
    expect(scheduler.stats()).toMatchObject({ rateLimited: 1, limit: 2 });
    expect(client.stats()).toEqual({ requests: 2, cacheHits: 0, retries: 1 });
  });

  it('prefers retry-after-ms over Retry-After', async () => {
    const { client, waits } = await clientAgainst({
      faults: [{ at: 0, fault: { kind: 'status', status: 429, retryAfterSeconds: 2, retryAfterMs: 1500 } }],
    });
    await client.chat(request, target);
    expect(waits).toEqual([1500]);
  });

  it('really waits out a short Retry-After with the default sleep', async () => {
    fake = await startFakeOpenAi({ faults: [{ at: 0, fault: { kind: 'status', status: 429, retryAfterMs: 200 } }] });
    const client = createOpenAiClient({ apiKey: 'k', baseURL: fake.url, scheduler: createScheduler({ maxConcurrency: 1 }) });
    await client.chat(request, target);
    const [first, second] = fake.requests;
    expect((second?.time ?? 0) - (first?.time ?? 0)).toBeGreaterThanOrEqual(200);
  });

  it('gives up on a Retry-After longer than it is willing to wait', async () => {
    const { client, fake } = await clientAgainst({ faults: [{ fault: { kind: 'status', status: 429, retryAfterSeconds: 3600 } }] });
    const error = await failure(client.chat(request, target));
    expect(error.kind).toBe('rate-limit');
    expect(error.message).toContain('asked to wait 3600 s');
    expect(fake.stats().chatRequests).toBe(1);
  });

  it('retries a 500 with exponential backoff, then succeeds', async () => {
    const { client, waits, fake } = await clientAgainst({
      faults: [{ at: [0, 1], fault: { kind: 'status', status: 500 } }],
    });
    const res = await client.chat(request, target);
    expect(res.cached).toBe(false);
    expect(fake.stats().byStatus).toEqual({ 500: 2, 200: 1 });
    // random() = 0: half of 500 ms, then half of 1000 ms.
    expect(waits).toEqual([250, 500]);
  });

  it.each([502, 503, 504])('retries a %i', async (status) => {
    const { client, fake } = await clientAgainst({ faults: [{ at: 0, fault: { kind: 'status', status } }] });
    await client.chat(request, target);
    expect(fake.stats().chatRequests).toBe(2);
  });

  it('reports a persistent 500 as server-error after maxAttempts', async () => {
    const { client, fake } = await clientAgainst({ faults: [{ fault: { kind: 'status', status: 500 } }] }, { maxAttempts: 3 });
    const error = await failure(client.chat(request, target));
    expect(error.kind).toBe('server-error');
    expect(error.message).toContain('HTTP 500');
    expect(error.message).toContain('after 3 attempts');
    expect(fake.stats().chatRequests).toBe(3);
  });

  it('reports a response slower than the timeout as timeout', async () => {
    const { client, fake } = await clientAgainst({ faults: [{ fault: { kind: 'slow', delayMs: 5_000 } }] }, { timeoutMs: 100, maxAttempts: 2 });
    const error = await failure(client.chat(request, target));
    expect(error.kind).toBe('timeout');
    expect(error.message).toContain('100 ms');
    expect(fake.stats().chatRequests).toBe(2);
  });

  it('retries a reset connection as a network error', async () => {
    const { client, fake } = await clientAgainst({ faults: [{ at: 0, fault: { kind: 'reset' } }] });
    expect((await client.chat(request, target)).content).toBe('answer: Can I return shoes?');
    expect(fake.stats().chatRequests).toBe(2);
  });

  it('reports network when the connection keeps failing', async () => {
    const { client } = await clientAgainst({ faults: [{ fault: { kind: 'reset' } }] }, { maxAttempts: 2 });
    expect((await failure(client.chat(request, target))).kind).toBe('network');
  });

  it.each([
    ['malformed', 'not valid JSON'],
    ['empty-choices', 'no choices'],
    ['null-content', 'no message content'],
  ] as const)('reports a %s response as bad-response without retrying', async (kind, message) => {
    const { client, fake } = await clientAgainst({ faults: [{ fault: { kind } }] });
    const error = await failure(client.chat(request, target));
    expect(error.kind).toBe('bad-response');
    expect(error.message).toContain(message);
    expect(fake.stats().chatRequests).toBe(1);
  });

  it.each([
    [401, 'openai-api-key'],
    [403, 'may use this model'],
    [404, 'model name'],
    [400, 'Invalid request.'],
  ])('does not retry a %i and says what to check', async (status, advice) => {
    const { client, fake } = await clientAgainst({ faults: [{ fault: { kind: 'status', status } }] });
    const error = await failure(client.chat(request, target));
    expect(error.kind).toBe('other');
    expect(error.message).toContain(`HTTP ${status}`);
    expect(error.message).toContain(advice);
    expect(fake.stats().chatRequests).toBe(1);
  });

  it('names the provider message of a rejected key', async () => {
    fake = await startFakeOpenAi({ apiKey: 'sk-right' });
    const client = createOpenAiClient({ apiKey: 'sk-wrong', baseURL: fake.url, scheduler: createScheduler({ maxConcurrency: 1 }) });
    const error = await failure(client.chat(request, target));
    expect(error.message).toMatch(/HTTP 401: Incorrect API key provided\. — check the openai-api-key input/);
  });

  it('does not retry a 429 for an exhausted quota', async () => {
    const { client, fake } = await clientAgainst({
      faults: [{ fault: { kind: 'status', status: 429, code: 'insufficient_quota', message: 'You exceeded your current quota.' } }],
    });
    const error = await failure(client.chat(request, target));
    expect(error.message).toContain('billing');
    expect(fake.stats().chatRequests).toBe(1);
  });

  it('waits out Retry-After without holding its scheduler slot', async () => {
    fake = await startFakeOpenAi({ faults: [{ at: 0, fault: { kind: 'status', status: 429, retryAfterSeconds: 1 } }] });
    const scheduler = createScheduler({ maxConcurrency: 1 });
    let release: () => void = () => {};
    const sleeping = new Promise<void>((resolve) => {
      release = resolve;
    });
    let slept = false;
    const sleep: Sleep = async () => {
      slept = true;
      await sleeping;
    };
    const client = createOpenAiClient({ apiKey: 'k', baseURL: fake.url, scheduler, sleep });
    const first = client.chat({ ...request, messages: [{ role: 'user', content: 'first' }] }, target);
    await expect.poll(() => slept).toBe(true);
    // With the only slot free during the wait, another call completes meanwhile.
    const second = await client.chat({ ...request, messages: [{ role: 'user', content: 'second' }] }, target);
    expect(second.content).toBe('answer: second');
    release();
    expect((await first).content).toBe('answer: first');
  });

  it('stops when the caller aborts', async () => {
    const { client } = await clientAgainst({ faults: [{ fault: { kind: 'slow', delayMs: 5_000 } }] });
    const controller = new AbortController();
    const call = client.chat(request, { ...target, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await failure(call);
    expect(error.kind).toBe('other');
    expect(error.message).toContain('cancelled');
  });
});
