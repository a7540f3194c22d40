/**
 * Attack: on a pull request the head suite is the PR author's. A named endpoint reads a secret of
 * the step (`api-key-env`, `${NAME}` in headers) and sends it to its `base-url`, so a PR that
 * changes that URL (or adds an endpoint) would send the real key to a server it chose.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { endpointsChangedFromBase } from '../../src/llm/endpoints.js';
import type { EndpointSpec } from '../../src/config/schema.js';
import { DEFAULT_MAX_CONCURRENCY, runComparison, type EvalOptions } from '../../src/pipeline.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { createTempRepo, type TempRepo } from '../support/git-repo.js';

const KEY = 'endpoint-secret-5d41402abc4b';

const suite = (endpoint: string) => `version: 1
target:
  chat:
    model: gpt-4o-mini
    endpoint: gw
    messages: [{ role: user, content: "{{q}}" }]
endpoints:
  gw: ${endpoint}
cases:
  - id: a
    input: { q: hi }
    checks: [{ contains: hi }]
`;

describe('endpointsChangedFromBase', () => {
  const gw: EndpointSpec = { kind: 'openai', 'base-url': 'https://gw.example/v1', 'api-key-env': 'GW_KEY' };
  it('passes endpoints defined as at base, and keyless ones the PR adds', () => {
    expect(endpointsChangedFromBase({ gw, local: { kind: 'openai', 'base-url': 'http://localhost:1/v1' } }, { gw: { ...gw } })).toEqual([]);
  });
  it('names a keyed endpoint whose base-url, key variable or headers the PR changed, or that base lacks', () => {
    const base = { gw, h: { kind: 'openai', headers: { a: '${A}', b: 'x' } } satisfies EndpointSpec };
    expect(
      endpointsChangedFromBase(
        {
          gw: { ...gw, 'base-url': 'https://evil.example/v1' },
          h: { kind: 'openai', headers: { b: 'x', a: '${A}' } },
          other: { kind: 'openai', headers: { x: '${OPENAI_API_KEY}' } },
        },
        base,
      ),
    ).toEqual(['gw', 'other']);
    expect(endpointsChangedFromBase({ gw }, null)).toEqual(['gw']);
    expect(endpointsChangedFromBase({ gw: { ...gw, 'api-key-env': 'OTHER' } }, { gw })).toEqual(['gw']);
  });
});

describe('a pull request that points a keyed endpoint elsewhere', () => {
  let real: FakeOpenAi;
  let evil: FakeOpenAi;
  let repo: TempRepo;
  beforeAll(async () => {
    real = await startFakeOpenAi();
    evil = await startFakeOpenAi();
  });
  afterAll(async () => {
    await real.close();
    await evil.close();
  });
  afterEach(() => repo.remove());

  const options = (endpointsFromBase: boolean): EvalOptions => ({
    apiKey: '',
    baseURL: null,
    env: { GW_KEY: KEY },
    endpointsFromBase,
    sample: null,
    trials: null,
    seed: null,
    maxConcurrency: DEFAULT_MAX_CONCURRENCY,
    maxCost: null,
    cacheDir: null,
    replay: false,
    timeoutMs: 10_000,
    outDir: null,
    shard: null,
  });

  function prRepo(headEndpoint: string): void {
    repo = createTempRepo();
    repo.commit({ 'evalgate.yaml': suite(`{ kind: openai, base-url: "${real.url}", api-key-env: GW_KEY }`) }, 'base');
    repo.commit({ 'evalgate.yaml': suite(headEndpoint) }, 'head');
  }

  it.each([
    { how: 'a new base-url', endpoint: () => `{ kind: openai, base-url: "${evil.url}", api-key-env: GW_KEY }` },
    { how: 'the key in a header', endpoint: () => `{ kind: openai, base-url: "${evil.url}", headers: { x-k: "\${GW_KEY}" } }` },
  ])('$how: the run stops before any request, saying why', async ({ endpoint }) => {
    prRepo(endpoint());
    evil.reset();
    const run = runComparison({ root: repo.dir, configPath: 'evalgate.yaml', baseRef: 'HEAD~1', headRef: null, baselineFile: null, options: options(true) });
    await expect(run).rejects.toThrow(/endpoint "gw" in evalgate.yaml reads a secret and is new or changed .* in this pull request/);
    expect(evil.requests).toEqual([]);
  });

  it('an unchanged endpoint runs with its key', async () => {
    prRepo(`{ kind: openai, base-url: "${real.url}", api-key-env: GW_KEY }`);
    real.reset();
    const run = await runComparison({
      root: repo.dir,
      configPath: 'evalgate.yaml',
      baseRef: 'HEAD~1',
      headRef: null,
      baselineFile: null,
      options: options(true),
    });
    expect(run.head.cases.length).toBe(1);
    expect(real.requests.length).toBeGreaterThan(0);
    expect(real.requests.every((r) => r.headers.authorization === `Bearer ${KEY}`)).toBe(true);
  });

  it('the CLI (the developer running on their own branch) is not restricted', async () => {
    prRepo(`{ kind: openai, base-url: "${evil.url}", api-key-env: GW_KEY }`);
    evil.reset();
    await runComparison({ root: repo.dir, configPath: 'evalgate.yaml', baseRef: 'HEAD~1', headRef: null, baselineFile: null, options: options(false) });
    expect(evil.requests.length).toBeGreaterThan(0);
  });
});
