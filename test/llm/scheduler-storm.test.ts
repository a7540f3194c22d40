import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiClient } from '../../src/llm/openai-client.js';
import { createScheduler } from '../../src/llm/scheduler.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';

let fake: FakeOpenAi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('adaptive concurrency under a 429 storm', () => {
  it('drops the limit on the storm, never exceeds the current limit or the cap, and recovers', async () => {
    const cap = 4;
    const scheduler = createScheduler({ maxConcurrency: cap, recoverAfter: 3 });
    // Requests after the storm, with the server's in-flight count and the limit at arrival.
    const seen: { n: number; inFlight: number; limit: number }[] = [];
    fake = await startFakeOpenAi({
      latencyMs: 15,
      faults: [
        // The first wave (all `cap` calls, sent together) is rate-limited.
        { at: [0, 1, 2, 3], fault: { kind: 'status', status: 429, retryAfterMs: 5 } },
        {
          when: (_req, ctx) => {
            seen.push({ n: ctx.n, inFlight: ctx.inFlight, limit: scheduler.stats().limit });
            return false;
          },
          fault: { kind: 'malformed' },
        },
      ],
    });
    const client = createOpenAiClient({ apiKey: 'k', baseURL: fake.url, scheduler, maxAttempts: 3 });
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        client.chat({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `q${i}` }] }, { trial: 0, purpose: 'target' }),
      ),
    );

    expect(answers.map((a) => a.content)).toEqual(Array.from({ length: 24 }, (_, i) => `answer: q${i}`));
    expect(fake.stats().byStatus).toEqual({ 429: 4, 200: 24 });
    expect(fake.stats().peakInFlight).toBeLessThanOrEqual(cap);
    // Four 429s at once halve the limit at least once (once per 5 ms Retry-After window).
    expect(seen[0]?.limit).toBeLessThanOrEqual(cap / 2);
    expect(seen[0]?.inFlight).toBeLessThanOrEqual(cap / 2);
    // After the storm the limit only grows, so the limit at arrival bounds what was in flight.
    for (const s of seen) expect(s.inFlight).toBeLessThanOrEqual(s.limit);
    expect(Math.max(...seen.map((s) => s.inFlight))).toBeGreaterThan(1);
    expect(scheduler.stats()).toMatchObject({ rateLimited: 4, inFlight: 0, queued: 0, limit: cap });
  });

  it('keeps the full limit when only an occasional call is rate-limited', async () => {
    const cap = 4;
    const scheduler = createScheduler({ maxConcurrency: cap });
    const limits: number[] = [];
    fake = await startFakeOpenAi({
      latencyMs: 10,
      faults: [
        {
          when: (_req, ctx) => {
            limits.push(scheduler.stats().limit);
            return ctx.n % 20 === 19;
          },
          fault: { kind: 'status', status: 429, retryAfterMs: 5 },
        },
      ],
    });
    const client = createOpenAiClient({ apiKey: 'k', baseURL: fake.url, scheduler, maxAttempts: 3 });
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        client.chat({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `q${i}` }] }, { trial: 0, purpose: 'target' }),
      ),
    );

    expect(answers.map((a) => a.content)).toEqual(Array.from({ length: 60 }, (_, i) => `answer: q${i}`));
    expect(fake.stats().byStatus[429]).toBeGreaterThanOrEqual(3);
    expect(new Set(limits)).toEqual(new Set([cap]));
    expect(fake.stats().peakInFlight).toBeLessThanOrEqual(cap);
    expect(scheduler.stats()).toMatchObject({ peakInFlight: cap, limit: cap });
  });
});
