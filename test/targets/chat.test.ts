import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatTarget, PriceSpec } from '../../src/config/schema.js';
import { ResponseCache } from '../../src/llm/cache.js';
import { LlmError } from '../../src/llm/llm.js';
import { createOpenAiClient } from '../../src/llm/openai-client.js';
import { createScheduler } from '../../src/llm/scheduler.js';
import { createChatTarget } from '../../src/targets/chat.js';
import { TargetError } from '../../src/targets/target.js';
import { startFakeOpenAi, type FakeOpenAi, type FakeOpenAiOptions } from '../support/fake-openai.js';

let root: string;
let fake: FakeOpenAi | undefined;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'evalgate-chat-'));
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  await rm(root, { recursive: true, force: true });
});

async function tree(files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

async function chatTarget(spec: ChatTarget, options: { fake?: FakeOpenAiOptions; pricing?: Record<string, PriceSpec>; cache?: ResponseCache } = {}) {
  fake = await startFakeOpenAi(options.fake);
  const llm = createOpenAiClient({
    apiKey: 'k',
    baseURL: fake.url,
    scheduler: createScheduler({ maxConcurrency: 2 }),
    cache: options.cache,
    sleep: async () => {},
  });
  const target = await createChatTarget({ root, spec, llm, pricing: options.pricing ?? {} });
  return { fake, target };
}

const supportSpec: ChatTarget = {
  model: 'gpt-4o-mini',
  temperature: 0,
  'max-tokens': 400,
  messages: [
    { role: 'system', file: 'prompts/support.md' },
    { role: 'user', content: '{{question}}' },
  ],
};

describe('chat target', () => {
  it('renders the prompt files with the case input, calls the model once and records an llm step', async () => {
    await tree({ 'prompts/support.md': 'You help {{customer.name}}. Returns: 30 days.' });
    const { target, fake } = await chatTarget(supportSpec, {
      fake: { model: () => ({ content: 'No, 30 days.', usage: { prompt_tokens: 1000, completion_tokens: 100, cached_tokens: 400 } }) },
    });
    const out = await target.run({ caseId: 'refund', input: { question: 'After 45 days?', customer: { name: 'Ada' } }, trial: 0 });

    const messages = [
      { role: 'system', content: 'You help Ada. Returns: 30 days.' },
      { role: 'user', content: 'After 45 days?' },
    ];
    expect(fake.chatBodies()).toEqual([{ model: 'gpt-4o-mini', messages, temperature: 0, max_tokens: 400, stream: false }]);
    const cost = (600 * 0.15 + 400 * 0.075 + 100 * 0.6) / 1e6;
    expect(out).toMatchObject({
      output: 'No, 30 days.',
      usage: { inputTokens: 1000, cachedTokens: 400, outputTokens: 100 },
      cacheHits: 0,
      requests: 1,
      unknownPriceModels: [],
    });
    expect(out.costUsd).toBeCloseTo(cost, 12);
    expect(out.steps).toEqual([
      {
        type: 'llm',
        name: 'gpt-4o-mini',
        input: messages,
        output: 'No, 30 days.',
        model: 'gpt-4o-mini',
        usage: { inputTokens: 1000, cachedTokens: 400, outputTokens: 100 },
        costUsd: out.costUsd,
        latencyMs: out.latencyMs,
        source: 'target',
      },
    ]);
  });

  it('reads prompt files once, when the target is created', async () => {
    await tree({ 'prompts/support.md': 'version one' });
    const { target, fake } = await chatTarget(supportSpec);
    await writeFile(join(root, 'prompts/support.md'), 'version two');
    await target.run({ caseId: 'c', input: { question: 'q' }, trial: 0 });
    expect(fake.chatBodies()[0]?.messages[0]?.content).toBe('version one');
  });

  it('sends top_p, seed and a JSON response format when set', async () => {
    const { target, fake } = await chatTarget({
      model: 'gpt-4.1-mini',
      'top-p': 0.5,
      seed: 7,
      'response-format': 'json',
      messages: [{ role: 'user', content: 'Reply in JSON: {{q}}' }],
    });
    await target.run({ caseId: 'c', input: { q: 'hi' }, trial: 0 });
    expect(fake.chatBodies()[0]).toMatchObject({ top_p: 0.5, seed: 7, response_format: { type: 'json_object' } });
  });

  it('leaves the cost unknown (not 0) for an unpriced model, and uses a suite price when given', async () => {
    const spec: ChatTarget = { model: 'my-finetune', messages: [{ role: 'user', content: 'hi' }] };
    const unpriced = await chatTarget(spec);
    const out = await unpriced.target.run({ caseId: 'c', input: {}, trial: 0 });
    expect(out.costUsd).toBeNull();
    expect(out.steps[0]?.costUsd).toBeNull();
    expect(out.unknownPriceModels).toEqual(['my-finetune']);
    await unpriced.fake.close();

    const priced = await chatTarget(spec, {
      pricing: { 'my-finetune': { input: 3, output: 12 } },
      fake: { model: () => ({ content: 'x', usage: { prompt_tokens: 1000, completion_tokens: 10 } }) },
    });
    const out2 = await priced.target.run({ caseId: 'c', input: {}, trial: 0 });
    expect(out2.costUsd).toBeCloseTo((1000 * 3 + 10 * 12) / 1e6, 12);
    expect(out2.unknownPriceModels).toEqual([]);
  });

  it('prices a deployment alias by the snapshot the provider echoes', async () => {
    const { target } = await chatTarget(
      { model: 'support-prod', messages: [{ role: 'user', content: 'hi' }] },
      { fake: { model: () => ({ content: 'x', model: 'gpt-4o-mini-2024-07-18', usage: { prompt_tokens: 1000, completion_tokens: 0 } }) } },
    );
    const out = await target.run({ caseId: 'c', input: {}, trial: 0 });
    expect(out.costUsd).toBeCloseTo((1000 * 0.15) / 1e6, 12);
    expect(out.steps[0]?.model).toBe('gpt-4o-mini-2024-07-18');
  });

  it('counts a cached answer as a cache hit, not a request', async () => {
    const cache = new ResponseCache(join(root, '.cache'), { replay: false });
    const { target, fake } = await chatTarget({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: '{{q}}' }] }, { cache });
    await target.run({ caseId: 'c', input: { q: 'a' }, trial: 0 });
    const again = await target.run({ caseId: 'c', input: { q: 'a' }, trial: 0 });
    expect(again).toMatchObject({ cacheHits: 1, requests: 0 });
    expect(fake.stats().chatRequests).toBe(1);
  });

  it('fails a case with a missing variable before calling the model', async () => {
    await tree({ 'prompts/support.md': 'Be kind.' });
    const { target, fake } = await chatTarget(supportSpec);
    const error = await target.run({ caseId: 'c', input: { query: 'typo' }, trial: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetError);
    expect((error as TargetError).kind).toBe('template');
    expect((error as TargetError).message).toBe('target.chat.messages[1].content: {{question}} is not in the case input (has: query)');
    expect(fake.requests).toHaveLength(0);
  });

  it('lets provider failures through as LlmError', async () => {
    const { target } = await chatTarget(
      { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] },
      { fake: { faults: [{ fault: { kind: 'status', status: 401 } }] } },
    );
    const error = await target.run({ caseId: 'c', input: {}, trial: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
  });

  it.each([
    { file: '../outside.md', message: 'target.chat.messages[0].file: ../outside.md is outside the repository' },
    { file: '/etc/hostname', message: 'target.chat.messages[0].file: /etc/hostname is outside the repository' },
    { file: 'prompts/missing.md', message: 'target.chat.messages[0].file: prompts/missing.md does not exist in the evaluated tree' },
  ])('rejects the prompt file $file', async ({ file, message }) => {
    fake = await startFakeOpenAi();
    const llm = createOpenAiClient({ apiKey: 'k', baseURL: fake.url, scheduler: createScheduler({ maxConcurrency: 1 }) });
    const spec: ChatTarget = { model: 'gpt-4o-mini', messages: [{ role: 'system', file }] };
    const error = await createChatTarget({ root, spec, llm, pricing: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetError);
    expect((error as TargetError).message).toContain(message);
  });

  it('rejects a prompt file that links outside the repository', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'evalgate-outside-'));
    try {
      await writeFile(join(outside, 'secret.txt'), 'secret');
      await mkdir(join(root, 'prompts'));
      await symlink(join(outside, 'secret.txt'), join(root, 'prompts/link.md'));
      fake = await startFakeOpenAi();
      const llm = createOpenAiClient({ apiKey: 'k', baseURL: fake.url, scheduler: createScheduler({ maxConcurrency: 1 }) });
      const spec: ChatTarget = { model: 'gpt-4o-mini', messages: [{ role: 'system', file: 'prompts/link.md' }] };
      await expect(createChatTarget({ root, spec, llm, pricing: {} })).rejects.toThrow('is a link to a file outside the repository');
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
