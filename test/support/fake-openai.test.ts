import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { JUDGE_PASS_MARKER, startFakeOpenAi, type FakeOpenAi, type FakeOpenAiOptions } from './fake-openai.js';

let fake: FakeOpenAi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function withFake(options: FakeOpenAiOptions = {}): Promise<{ fake: FakeOpenAi; sdk: OpenAI }> {
  fake = await startFakeOpenAi(options);
  return { fake, sdk: new OpenAI({ apiKey: 'sk-test', baseURL: fake.url, maxRetries: 0, timeout: 5_000 }) };
}

describe('fake OpenAI server', () => {
  it('answers a chat deterministically, echoes the model and estimates usage from text lengths', async () => {
    const { fake, sdk } = await withFake();
    const res = await sdk.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Be brief.' }, // 9 chars
        { role: 'user', content: 'Can I return shoes?' }, // 19 chars
      ],
    });
    expect(res.choices[0]?.message.content).toBe('answer: Can I return shoes?');
    expect(res.model).toBe('gpt-4o-mini');
    expect(res.usage).toMatchObject({
      prompt_tokens: Math.ceil(28 / 4),
      completion_tokens: Math.ceil('answer: Can I return shoes?'.length / 4),
      prompt_tokens_details: { cached_tokens: 0 },
    });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer sk-test');
    expect(fake.chatBodies()[0]?.messages).toHaveLength(2);
  });

  it('scores judge_verdict requests by the pass marker', async () => {
    const { sdk } = await withFake();
    const judge = (text: string) =>
      sdk.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: text }],
        response_format: { type: 'json_schema', json_schema: { name: 'judge_verdict', strict: true, schema: {} } },
      });
    type Verdict = { score: number; reasoning: unknown };
    const good = JSON.parse((await judge(`Output: ${JUDGE_PASS_MARKER} answer`)).choices[0]?.message.content ?? '') as Verdict;
    const bad = JSON.parse((await judge('Output: meh')).choices[0]?.message.content ?? '') as Verdict;
    expect(good.score).toBe(10);
    expect(bad.score).toBe(1);
    expect(typeof good.reasoning).toBe('string');
  });

  it('streams chunks and a final usage chunk when include_usage is set', async () => {
    const { sdk } = await withFake({ model: () => ({ content: 'one two three', usage: { prompt_tokens: 11, completion_tokens: 3, cached_tokens: 4 } }) });
    const stream = await sdk.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'count' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let chunks = 0;
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      chunks += 1;
      text += chunk.choices[0]?.delta.content ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe('one two three');
    expect(chunks).toBeGreaterThan(3);
    expect(usage).toMatchObject({ prompt_tokens: 11, completion_tokens: 3, prompt_tokens_details: { cached_tokens: 4 } });
  });

  it('lists models', async () => {
    const { sdk } = await withFake();
    const models = await sdk.models.list();
    expect(models.data.map((m) => m.id)).toContain('gpt-4o-mini');
  });

  it('injects faults by request index and by predicate, then answers normally', async () => {
    const { fake, sdk } = await withFake({
      faults: [
        { at: 0, fault: { kind: 'status', status: 429, retryAfterSeconds: 2, retryAfterMs: 1500 } },
        { when: (req) => JSON.stringify(req.messages).includes('boom'), fault: { kind: 'status', status: 503 } },
      ],
    });
    const ask = (content: string) => sdk.chat.completions.create({ model: 'm', messages: [{ role: 'user', content }] }).withResponse();
    const first = await ask('hi').catch((e: unknown) => e);
    expect(first).toBeInstanceOf(OpenAI.RateLimitError);
    expect((first as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after')).toBe('2');
    expect((first as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after-ms')).toBe('1500');
    await expect(ask('boom')).rejects.toBeInstanceOf(OpenAI.InternalServerError);
    const ok = await ask('hi');
    expect(ok.data.choices[0]?.message.content).toBe('answer: hi');
    expect(fake.stats().byStatus).toEqual({ 429: 1, 503: 1, 200: 1 });
    expect(fake.requests.map((r) => r.fault)).toEqual(['status', 'status', null]);
  });

  it('resets the connection, sends malformed JSON and empty choices on request', async () => {
    const { sdk } = await withFake({
      faults: [
        { at: 0, fault: { kind: 'reset' } },
        { at: 1, fault: { kind: 'malformed' } },
        { at: 2, fault: { kind: 'empty-choices' } },
      ],
    });
    const ask = () => sdk.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] });
    await expect(ask()).rejects.toBeInstanceOf(OpenAI.APIConnectionError);
    await expect(ask()).rejects.toBeInstanceOf(SyntaxError);
    expect((await ask()).choices).toEqual([]);
  });

  it('holds a slow response past the client timeout', async () => {
    const { sdk } = await withFake({ faults: [{ at: 0, fault: { kind: 'slow', delayMs: 5_000 } }] });
    const quick = new OpenAI({ apiKey: 'k', baseURL: fake?.url, maxRetries: 0, timeout: 100 });
    await expect(quick.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] })).rejects.toBeInstanceOf(
      OpenAI.APIConnectionTimeoutError,
    );
    expect((await sdk.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'y' }] })).choices[0]?.message.content).toBe('answer: y');
  });

  it('rejects a wrong key with a 401 when a key is configured', async () => {
    fake = await startFakeOpenAi({ apiKey: 'sk-right' });
    const sdk = new OpenAI({ apiKey: 'sk-wrong', baseURL: fake.url, maxRetries: 0 });
    await expect(sdk.models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
  });

  it('counts concurrent requests and clears its log on reset', async () => {
    const { fake, sdk } = await withFake({ latencyMs: 50 });
    await Promise.all([1, 2, 3].map((i) => sdk.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: `q${i}` }] })));
    expect(fake.stats().peakInFlight).toBe(3);
    expect(fake.stats().chatRequests).toBe(3);
    fake.reset();
    expect(fake.requests).toHaveLength(0);
    expect(fake.stats().chatRequests).toBe(0);
  });
});
