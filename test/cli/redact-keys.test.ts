// Attack: the CLI's redaction listed OPENAI_API_KEY and GITHUB_TOKEN only (and the several-suites overview no endpoint key), so ANTHROPIC_API_KEY (the
// agents' Anthropic key, often a gateway key no built-in pattern knows) echoed by a model or a
// provider's error went into the results, the report and the terminal as it was.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { createTempRepo, writeFiles, type TempRepo } from '../support/git-repo.js';

const ANTHROPIC_KEY = 'gw-anthropic-9f8e7d6c5b4a3210';
const GW_KEY = 'gw-endpoint-0a1b2c3d4e5f6789';
const SUITE = (dir: string, url: string) => `version: 1
name: ${dir}
endpoints:
  gw: { kind: openai, base-url: "${url}", api-key-env: GW_KEY }
target:
  chat:
    model: gpt-4o-mini
    endpoint: gw
    messages: [{ role: user, content: "{{q}}" }]
cases:
  - id: a
    input: { q: hi }
    checks: [{ contains: nothing-like-this }]
`;

function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) Object.assign(out, filesUnder(p));
    else out[p] = readFileSync(p, 'utf8');
  }
  return out;
}

describe('the CLI redacts ANTHROPIC_API_KEY and endpoint keys like the OpenAI key', () => {
  let server: FakeOpenAi;
  let repo: TempRepo;
  beforeAll(async () => {
    server = await startFakeOpenAi({ model: () => `the key is ${ANTHROPIC_KEY} and ${GW_KEY}` });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    repo = createTempRepo();
  });
  afterEach(() => repo.remove());

  it.each([
    { how: 'one suite', config: ['evals/one/evalgate.yaml'] },
    { how: 'several suites', config: ['evals/*/evalgate.yaml'] },
  ])('run, $how: results, reports and terminal', async ({ config }) => {
    writeFiles(repo.dir, { 'evals/one/evalgate.yaml': SUITE('one', server.url), 'evals/two/evalgate.yaml': SUITE('two', server.url) });
    const env = { GW_KEY, ANTHROPIC_API_KEY: ANTHROPIC_KEY, PATH: process.env.PATH };
    const r = await cli(['run', '--config', ...config, '--out', 'out'], repo.dir, env);
    expect(r.code).toBe(1);
    const written = { stdout: r.stdout, stderr: r.stderr, ...filesUnder(join(repo.dir, 'out')) };
    // The answer is kept, the key in it is not.
    expect(Object.values(written).some((text) => text.includes('the key is'))).toBe(true);
    for (const [path, text] of Object.entries(written)) {
      expect(text, path).not.toContain(ANTHROPIC_KEY);
      expect(text, path).not.toContain(GW_KEY);
    }
  });
});
