import { mkdtemp, readdir, rm, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneCache, ResponseCache } from '../../src/llm/cache.js';
import { responseCacheKeys } from '../../src/run/persist.js';
import { LlmError, type ChatRequest } from '../../src/llm/llm.js';
import { createOpenAiClient } from '../../src/llm/openai-client.js';
import { createScheduler } from '../../src/llm/scheduler.js';
import { startFakeOpenAi, type FakeOpenAi, type FakeOpenAiOptions } from '../support/fake-openai.js';

let dir: string;
let fake: FakeOpenAi | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evalgate-cache-'));
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  await rm(dir, { recursive: true, force: true });
});

const request: ChatRequest = {
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'Can I return shoes after 45 days? I bought them online and never wore them.' },
  ],
  temperature: 0,
};
const trial0 = { trial: 0, purpose: 'target' } as const;

async function cachedClient(options: { replay?: boolean; fake?: FakeOpenAiOptions; maxAttempts?: number } = {}) {
  fake = await startFakeOpenAi(options.fake);
  const cache = new ResponseCache(dir, { replay: options.replay ?? false });
  const client = createOpenAiClient({
    apiKey: 'k',
    baseURL: fake.url,
    cache,
    scheduler: createScheduler({ maxConcurrency: 2 }),
    maxAttempts: options.maxAttempts,
    sleep: async () => {},
  });
  return { fake, cache, client };
}

describe('ResponseCache', () => {
  it('keys equal values equally regardless of property order, and different values differently', () => {
    const cache = new ResponseCache(dir, { replay: false });
    expect(cache.key({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(cache.key({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    expect(cache.key({ a: 1, b: undefined })).toBe(cache.key({ a: 1 }));
    expect(cache.key({ a: 1 })).not.toBe(cache.key({ a: 2 }));
    expect(cache.key({ a: [1, 2] })).not.toBe(cache.key({ a: [2, 1] }));
    expect(cache.key('x')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stores entries under <dir>/<first two hex>/<key>.json and leaves no temp files', async () => {
    const cache = new ResponseCache(dir, { replay: false });
    const key = cache.key({ q: 1 });
    await cache.set(key, { content: 'hi' });
    expect(await cache.get(key)).toEqual({ content: 'hi' });
    expect(await readdir(join(dir, key.slice(0, 2)))).toEqual([`${key}.json`]);
  });

  it('treats a missing or corrupt entry as a miss', async () => {
    const cache = new ResponseCache(dir, { replay: false });
    const key = cache.key({ q: 2 });
    expect(await cache.get(key)).toBeUndefined();
    await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
    await writeFile(join(dir, key.slice(0, 2), `${key}.json`), '{"format":1,"val');
    expect(await cache.get(key)).toBeUndefined();
  });
});

describe('ResponseCache.lookup', () => {
  it('makes a second lookup of a key being answered wait, then read the stored answer', async () => {
    const cache = new ResponseCache(dir, { replay: false });
    const key = cache.key({ q: 'same' });
    const first = await cache.lookup<string>(key);
    expect(first.hit).toBe(false);
    let second: unknown = null;
    const waiting = cache.lookup<string>(key).then((l) => (second = l));
    await new Promise((r) => setTimeout(r, 20));
    expect(second).toBeNull();
    await cache.set(key, 'answer');
    if (!first.hit) first.release();
    await waiting;
    expect(second).toEqual({ hit: true, value: 'answer' });
  });

  it('hands the miss to the next caller when the first gives up without an answer', async () => {
    const cache = new ResponseCache(dir, { replay: false });
    const key = cache.key({ q: 'fails' });
    const first = await cache.lookup(key);
    const second = cache.lookup(key);
    const third = cache.lookup(key);
    if (!first.hit) first.release();
    const got = await second;
    expect(got.hit).toBe(false);
    let thirdDone = false;
    void third.then(() => (thirdDone = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(thirdDone).toBe(false);
    await cache.set(key, 'late');
    if (!got.hit) got.release();
    expect(await third).toEqual({ hit: true, value: 'late' });
  });

  it('never makes different keys wait for each other', async () => {
    const cache = new ResponseCache(dir, { replay: false });
    const a = await cache.lookup(cache.key('a'));
    const b = await cache.lookup(cache.key('b'));
    expect([a.hit, b.hit]).toEqual([false, false]);
  });
});

describe('the client with a response cache', () => {
  it('sends identical calls made at the same time once (the base and head of an unchanged case)', async () => {
    const { client, fake } = await cachedClient({ fake: { latencyMs: 50 } });
    const [a, b, c] = await Promise.all([
      client.chat(request, trial0),
      client.chat(structuredClone(request), trial0),
      client.chat(request, { trial: 1, purpose: 'target' }),
    ]);
    expect(fake.stats().chatRequests).toBe(2);
    expect([a.cached, b.cached, c.cached].filter(Boolean)).toHaveLength(1);
    expect(b.content).toBe(a.content);
    expect(client.stats()).toMatchObject({ requests: 2, cacheHits: 1 });
  });

  it('lets a waiting identical call ask the provider itself when the first one failed', async () => {
    const { client, fake } = await cachedClient({ fake: { latencyMs: 30, faults: [{ at: 0, fault: { kind: 'status', status: 500 } }] }, maxAttempts: 1 });
    const [first, second] = await Promise.allSettled([client.chat(request, trial0), client.chat(request, trial0)]);
    expect(first.status).toBe('rejected');
    expect(second).toMatchObject({ status: 'fulfilled', value: { cached: false } });
    expect(fake.stats().chatRequests).toBe(2);
  });

  it('answers an identical request from disk without any HTTP request, with the recorded usage and latency', async () => {
    const { client, fake } = await cachedClient();
    const first = await client.chat(request, trial0);
    fake.reset();
    const second = await client.chat(structuredClone(request), { trial: 0, purpose: 'judge' });
    expect(fake.requests).toHaveLength(0);
    expect(second).toEqual({ ...first, cached: true });
    expect(client.stats()).toEqual({ requests: 1, cacheHits: 1, retries: 0 });
  });

  it('sends a new request for another trial or another parameter', async () => {
    const { client, fake } = await cachedClient();
    await client.chat(request, trial0);
    await client.chat(request, { trial: 1, purpose: 'target' });
    await client.chat({ ...request, temperature: 0.7 }, trial0);
    expect(fake.stats().chatRequests).toBe(3);
  });

  it('in replay mode, answers recorded requests and fails clearly on anything else', async () => {
    const record = await cachedClient();
    await record.client.chat(request, trial0);
    await record.fake.close();

    fake = await startFakeOpenAi();
    const replay = createOpenAiClient({
      apiKey: 'k',
      baseURL: fake.url,
      cache: new ResponseCache(dir, { replay: true }),
      scheduler: createScheduler({ maxConcurrency: 1 }),
    });
    expect((await replay.chat(request, trial0)).cached).toBe(true);
    const miss = await replay.chat(request, { trial: 1, purpose: 'target' }).catch((e: unknown) => e);
    expect(miss).toBeInstanceOf(LlmError);
    expect((miss as LlmError).kind).toBe('replay-miss');
    expect((miss as LlmError).message).toContain('gpt-4o-mini');
    expect((miss as LlmError).message).toContain('Can I return shoes after 45 days?');
    expect((miss as LlmError).message).toContain('without --replay');
    expect((miss as LlmError).message).toContain('--cache DIR');
    expect(fake.requests).toHaveLength(0);
  });

  it('does not cache errors: the next identical call asks the provider again', async () => {
    const { client, fake } = await cachedClient({ fake: { faults: [{ at: 0, fault: { kind: 'status', status: 500 } }] }, maxAttempts: 1 });
    await expect(client.chat(request, trial0)).rejects.toMatchObject({ kind: 'server-error' });
    const ok = await client.chat(request, trial0);
    expect(ok.cached).toBe(false);
    expect(fake.stats().chatRequests).toBe(2);
    expect((await client.chat(request, trial0)).cached).toBe(true);
  });
});

describe('pruneCache: what the action keeps between runs', () => {
  /** An entry as an earlier run left it: restored from the Actions cache with its old mtime. */
  async function restoredEntry(cache: ResponseCache, parts: unknown, bytes: number, ageMs: number): Promise<string> {
    const key = cache.key(parts);
    await cache.set(key, 'x'.repeat(bytes));
    const then = new Date(Date.now() - ageMs);
    await utimes(join(dir, key.slice(0, 2), `${key}.json`), then, then);
    return key;
  }

  async function entriesOnDisk(): Promise<number> {
    const shards = await readdir(dir);
    return (await Promise.all(shards.map(async (s) => (await readdir(join(dir, s))).length))).reduce((a, b) => a + b, 0);
  }

  it('keeps what this run read or wrote and drops what it did not use', async () => {
    const cache = new ResponseCache(dir, { replay: false });
    const stillAsked = await restoredEntry(cache, 'prompt-unchanged', 100, 3_600_000);
    const gone = await restoredEntry(cache, 'prompt-before-the-edit', 100, 3_600_000);
    const started = Date.now();
    expect(await cache.get(stillAsked)).toBe('x'.repeat(100)); // a hit this run
    const fresh = cache.key('prompt-after-the-edit');
    await cache.set(fresh, 'new answer'); // a miss answered this run

    const report = await pruneCache(dir, { usedSince: started, maxBytes: 1_000_000 });

    expect(report).toMatchObject({ kept: 2, unused: 1, overCap: 0 });
    const after = new ResponseCache(dir, { replay: false });
    expect(await after.get(stillAsked)).toBe('x'.repeat(100));
    expect(await after.get(fresh)).toBe('new answer');
    expect(await after.get(gone)).toBeUndefined();
    expect(await entriesOnDisk()).toBe(2);
  });

  it('caps the size, dropping the least recently used first', async () => {
    const cache = new ResponseCache(dir, { replay: false });
    const started = Date.now() - 60_000;
    // Used this run at different times, oldest first; each entry is ~1 KB on disk.
    const keys = [];
    for (let i = 0; i < 5; i++) keys.push(await restoredEntry(cache, `used-${i}`, 1000, 50_000 - i * 10_000));

    const report = await pruneCache(dir, { usedSince: started, maxBytes: 3 * 1100 });

    expect(report).toMatchObject({ kept: 3, overCap: 2, unused: 0 });
    expect(report.keptBytes).toBeLessThanOrEqual(3 * 1100);
    const after = new ResponseCache(dir, { replay: false });
    expect(await Promise.all(keys.map(async (k) => (await after.get(k)) !== undefined))).toEqual([false, false, true, true, true]);
  });

  it('removes leftover temp files and is a no-op without a cache directory', async () => {
    await mkdir(join(dir, 'ab'), { recursive: true });
    await writeFile(join(dir, 'ab', 'abc.json.123.tmp'), 'torn');
    expect(await pruneCache(dir, { usedSince: 0, maxBytes: 1000 })).toMatchObject({ kept: 0 });
    expect(await readdir(dir)).toEqual([]);
    expect(await pruneCache(join(dir, 'missing'), { usedSince: 0, maxBytes: 1000 })).toEqual({ kept: 0, keptBytes: 0, unused: 0, overCap: 0 });
  });
});

describe('responseCacheKeys', () => {
  it('scopes a pull request, and a shard job within it, and falls back to the suite', () => {
    expect(responseCacheKeys({ suite: 'support', pr: 7, headSha: 'abc', runId: '42' })).toEqual({
      save: 'evalgate-v1-responses-support-pr7-abc-42',
      restore: ['evalgate-v1-responses-support-pr7-', 'evalgate-v1-responses-support-'],
    });
    expect(responseCacheKeys({ suite: 'support', pr: 7, headSha: 'abc', runId: '42', shard: '2/4' })).toEqual({
      save: 'evalgate-v1-responses-support-pr7-shard2of4-abc-42',
      restore: ['evalgate-v1-responses-support-pr7-shard2of4-', 'evalgate-v1-responses-support-'],
    });
  });
});
