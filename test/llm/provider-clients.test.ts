import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnthropicClient, type AnthropicClientOptions } from '../../src/llm/anthropic-client.js';
import { createAzureOpenAiClient, type AzureClientOptions } from '../../src/llm/azure-client.js';
import { ResponseCache } from '../../src/llm/cache.js';
import { LlmError, type ChatRequest } from '../../src/llm/llm.js';
import { createOpenAiClient } from '../../src/llm/openai-client.js';
import { createEndpointRouter } from '../../src/llm/endpoints.js';
import { responseCost } from '../../src/llm/response-cost.js';
import { createScheduler } from '../../src/llm/scheduler.js';
import { JUDGE_RESPONSE_FORMAT } from '../../src/judge/judge.js';
import { startFakeAnthropic, type FakeAnthropic, type FakeAnthropicOptions } from '../support/fake-anthropic-endpoint.js';
import { startFakeAzure, type FakeAzure, type FakeAzureOptions } from '../support/fake-azure.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

const ask: ChatRequest = {
  model: 'support-mini',
  messages: [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: 'Can I return shoes?' },
  ],
  temperature: 0,
};
const asTarget = { trial: 0, purpose: 'target' } as const;
const waits: number[] = [];
const noWait = { sleep: async (ms: number) => void waits.push(ms), random: () => 0 };

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  const error = await promise.then(
    () => new Error('expected the call to fail'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LlmError);
  return error as LlmError;
}

async function azure(fakeOptions: Partial<FakeAzureOptions> = {}, options: Partial<AzureClientOptions> = {}) {
  const fake: FakeAzure = await startFakeAzure({ deployments: { 'support-mini': 'gpt-4o-mini' }, apiKey: 'azure-key-123', ...fakeOptions });
  closers.push(fake.close);
  const client = createAzureOpenAiClient({
    baseURL: fake.url,
    apiVersion: '2024-10-21',
    auth: 'api-key',
    key: 'azure-key-123',
    keySource: 'the key in AZURE_OPENAI_API_KEY (api-key-env of endpoint "azure")',
    deployments: { 'support-mini': 'gpt-4o-mini' },
    scheduler: createScheduler({ maxConcurrency: 2 }),
    ...noWait,
    ...options,
  });
  return { fake, client };
}

describe('azure-openai endpoints, through the openai SDK', () => {
  it('call the deployment named as the model, with api-version and the api-key header, priced as the model it serves', async () => {
    const { fake, client } = await azure();
    const res = await client.chat(ask, asTarget);
    expect(res.content).toBe('answer: Can I return shoes?');
    const [sent] = fake.answered();
    expect(sent.path).toBe('/openai/deployments/support-mini/chat/completions');
    expect(sent.query.get('api-version')).toBe('2024-10-21');
    expect(sent.headers['api-key']).toBe('azure-key-123');
    expect(sent.headers.authorization).toBeUndefined();
    expect(res.servedModel).toBe('gpt-4o-mini');
    // gpt-4o-mini's table price, not "unknown" for the deployment's own name.
    expect(responseCost('support-mini', res, {})).toBeCloseTo((res.usage.inputTokens * 0.15 + res.usage.outputTokens * 0.6) / 1e6, 12);
  });

  it('send an Entra ID token as a bearer token with auth: bearer', async () => {
    const { fake, client } = await azure({ bearerToken: 'entra-token' }, { auth: 'bearer', key: 'entra-token' });
    await client.chat(ask, asTarget);
    const [sent] = fake.answered();
    expect(sent.headers.authorization).toBe('Bearer entra-token');
    expect(sent.headers['api-key']).toBeUndefined();
  });

  it('turn an unknown deployment into advice naming the deployment, without retrying', async () => {
    const { fake, client } = await azure();
    const error = await failure(client.chat({ ...ask, model: 'no-such-deployment' }, asTarget));
    expect(error.kind).toBe('other');
    expect(error.message).toMatch(
      /no-such-deployment: HTTP 404: The API deployment for this resource does not exist.* — check the deployment name \(the model\), base-url and api-version/,
    );
    expect(fake.requests).toHaveLength(1);
  });

  it('name the key variable on a 401', async () => {
    const { client } = await azure({}, { key: 'wrong' });
    const error = await failure(client.chat(ask, asTarget));
    expect(error.message).toMatch(/HTTP 401: Access denied.* — check the key in AZURE_OPENAI_API_KEY/);
  });

  it('the fake, like Azure, answers 404 without api-version', async () => {
    const { fake } = await azure();
    const res = await fetch(`${fake.url}/openai/deployments/support-mini/chat/completions`, {
      method: 'POST',
      headers: { 'api-key': 'azure-key-123', 'content-type': 'application/json' },
      body: JSON.stringify(ask),
    });
    expect(res.status).toBe(404);
  });
});

async function anthropic(fakeOptions: Partial<FakeAnthropicOptions> = {}, options: Partial<AnthropicClientOptions> = {}) {
  const fake: FakeAnthropic = await startFakeAnthropic({ apiKey: 'sk-ant-test-123', ...fakeOptions });
  closers.push(fake.close);
  const client = createAnthropicClient({
    key: 'sk-ant-test-123',
    keySource: 'the key in ANTHROPIC_API_KEY (api-key-env of endpoint "claude")',
    baseURL: fake.url,
    scheduler: createScheduler({ maxConcurrency: 2 }),
    ...noWait,
    ...options,
  });
  return { fake, client };
}

describe('anthropic endpoints, over the Messages API', () => {
  it('send system apart, the required headers and max_tokens; read text blocks and usage with cache tokens', async () => {
    const { fake, client } = await anthropic({
      model: () => ({
        text: 'Within 30 days.',
        model: 'claude-sonnet-4-5-20250929',
        usage: { input_tokens: 20, output_tokens: 5, cache_read_input_tokens: 100, cache_creation_input_tokens: 30 },
      }),
    });
    const res = await client.chat({ ...ask, model: 'claude-sonnet-4-5' }, asTarget);
    expect(res).toMatchObject({
      content: 'Within 30 days.',
      model: 'claude-sonnet-4-5-20250929',
      usage: { inputTokens: 150, cachedTokens: 100, outputTokens: 5 },
      cached: false,
    });
    const [request] = fake.requests;
    expect(request.headers['x-api-key']).toBe('sk-ant-test-123');
    expect(request.headers['anthropic-version']).toBe('2023-06-01');
    expect(request.headers.authorization).toBeUndefined();
    expect(request.body).toEqual({
      model: 'claude-sonnet-4-5',
      max_tokens: 4096,
      system: 'You are terse.',
      messages: [{ role: 'user', content: 'Can I return shoes?' }],
      temperature: 0,
    });
  });

  it('force a JSON schema answer as a tool call and return the tool input as JSON', async () => {
    const { fake, client } = await anthropic();
    const res = await client.chat(
      { model: 'claude-haiku-4-5', messages: [{ role: 'user', content: 'grade: GOOD' }], response_format: JUDGE_RESPONSE_FORMAT },
      { trial: 0, purpose: 'judge' },
    );
    expect(JSON.parse(res.content)).toEqual({ reasoning: 'Contains GOOD.', score: 10 });
    const body = fake.answered()[0];
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'judge_verdict' });
    expect(body.tools?.[0]).toMatchObject({
      name: 'judge_verdict',
      input_schema: JUDGE_RESPONSE_FORMAT.type === 'json_schema' ? JUDGE_RESPONSE_FORMAT.json_schema.schema : null,
    });
    expect(body).not.toHaveProperty('response_format');
  });

  it('retry 529 overloaded and a 429 after its retry-after, then answer', async () => {
    waits.length = 0;
    const { fake, client } = await anthropic({
      faults: { 0: { status: 529, type: 'overloaded_error', message: 'Overloaded' }, 1: { status: 429, type: 'rate_limit_error', retryAfterSeconds: 2 } },
    });
    const res = await client.chat({ ...ask, model: 'claude-haiku-4-5' }, asTarget);
    expect(res.content).toBe('claude says: Can I return shoes?');
    expect(fake.requests.map((r) => r.status)).toEqual([529, 429, 200]);
    expect(client.stats()).toMatchObject({ requests: 3, retries: 2 });
    expect(waits[1]).toBe(2000);
  });

  it('report an authentication error with its type and the variable to check, without retrying', async () => {
    const { fake, client } = await anthropic({}, { key: 'wrong' });
    const error = await failure(client.chat({ ...ask, model: 'claude-haiku-4-5' }, asTarget));
    expect(error.kind).toBe('other');
    expect(error.message).toBe(
      'claude-haiku-4-5: HTTP 401: authentication_error: invalid x-api-key — check the key in ANTHROPIC_API_KEY (api-key-env of endpoint "claude")',
    );
    expect(fake.requests).toHaveLength(1);
  });

  it('answer a repeated request from the response cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-anthropic-cache-'));
    closers.push(async () => rmSync(dir, { recursive: true, force: true }));
    const { fake, client } = await anthropic({}, { cache: new ResponseCache(dir, { replay: false }), cacheScope: 'claude' });
    const first = await client.chat({ ...ask, model: 'claude-haiku-4-5' }, asTarget);
    const again = await client.chat({ ...ask, model: 'claude-haiku-4-5' }, asTarget);
    expect(again).toMatchObject({ content: first.content, usage: first.usage, cached: true });
    expect(fake.requests).toHaveLength(1);
  });
});

describe('openai endpoints with structured-output', () => {
  it.each([
    { mode: 'json-object' as const, sent: { type: 'json_object' } },
    { mode: 'none' as const, sent: undefined },
  ])('downgrade a JSON schema to $mode for servers without structured outputs', async ({ mode, sent }) => {
    const fake: FakeOpenAi = await startFakeOpenAi();
    closers.push(fake.close);
    const client = createOpenAiClient({
      apiKey: 'x',
      baseURL: fake.url,
      scheduler: createScheduler({ maxConcurrency: 1 }),
      structuredOutput: mode,
      headers: { 'x-gateway': 'team-a' },
    });
    await client.chat({ model: 'llama3', messages: [{ role: 'user', content: 'hi' }], response_format: JUDGE_RESPONSE_FORMAT }, { trial: 0, purpose: 'judge' });
    expect(fake.chatBodies()[0].response_format).toEqual(sent);
    expect(fake.requests[0].headers['x-gateway']).toBe('team-a');
  });
});

describe('the endpoint router', () => {
  it('sends each call to the endpoint its options name, and records one model name on two endpoints apart', async () => {
    const [main, local] = await Promise.all([startFakeOpenAi(), startFakeOpenAi()]);
    closers.push(main.close, local.close);
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-router-cache-'));
    closers.push(async () => rmSync(dir, { recursive: true, force: true }));
    const cache = new ResponseCache(dir, { replay: false });
    const scheduler = createScheduler({ maxConcurrency: 2 });
    const router = createEndpointRouter({
      suite: { endpoints: { local: { kind: 'openai', 'base-url': local.url } } },
      env: {},
      defaultClient: createOpenAiClient({ apiKey: 'sk-main', baseURL: main.url, cache, scheduler }),
      cache,
      scheduler,
      timeoutMs: 5_000,
      replay: false,
    });
    const request: ChatRequest = { model: 'llama3', messages: [{ role: 'user', content: 'hi' }] };
    await router.chat(request, asTarget);
    await router.chat(request, { ...asTarget, endpoint: 'local' });
    const again = await router.chat(request, { ...asTarget, endpoint: 'local' });
    expect(again.cached).toBe(true);
    expect([main.stats().chatRequests, local.stats().chatRequests]).toEqual([1, 1]);
    // An openai endpoint without api-key-env sends a placeholder, not another endpoint's key.
    expect(local.requests[0].headers.authorization).toBe('Bearer no-key');
    await expect(router.chat(request, { ...asTarget, endpoint: 'nope' })).rejects.toThrow(/unknown endpoint "nope"/);
  });

  it("keeps the default endpoint's OPENAI_* settings (organization) away from named endpoints", async () => {
    const local = await startFakeOpenAi();
    closers.push(local.close);
    const saved = process.env.OPENAI_ORG_ID;
    process.env.OPENAI_ORG_ID = 'org-of-the-default-endpoint';
    closers.push(async () => {
      if (saved === undefined) delete process.env.OPENAI_ORG_ID;
      else process.env.OPENAI_ORG_ID = saved;
    });
    const scheduler = createScheduler({ maxConcurrency: 1 });
    const router = createEndpointRouter({
      suite: { endpoints: { local: { kind: 'openai', 'base-url': local.url } } },
      env: {},
      defaultClient: createOpenAiClient({ apiKey: 'sk-main', baseURL: local.url, scheduler }),
      cache: null,
      scheduler,
      timeoutMs: 5_000,
      replay: false,
    });
    const request: ChatRequest = { model: 'llama3', messages: [{ role: 'user', content: 'hi' }] };
    await router.chat(request, asTarget);
    await router.chat(request, { ...asTarget, endpoint: 'local' });
    expect(local.requests.map((r) => r.headers['openai-organization'])).toEqual(['org-of-the-default-endpoint', undefined]);
  });
});
