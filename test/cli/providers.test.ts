import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RunResults } from '../../src/results/schema.js';
import { cli } from '../support/cli.js';
import { cliEnv, runBundle } from '../support/bundle.js';
import { startFakeAnthropic, type FakeAnthropic } from '../support/fake-anthropic-endpoint.js';
import { startFakeAzure, type FakeAzure } from '../support/fake-azure.js';
import { lastUserText } from '../support/fake-openai.js';
import { writeFiles } from '../support/git-repo.js';

// Long enough to be redacted as a literal secret; the Azure fake puts it into one answer.
const AZURE_KEY = 'azure-e2e-key-0123456789';
const ANTHROPIC_KEY = 'sk-ant-e2e-key-0123456789';

/** A suite whose target runs on Azure OpenAI and whose judge runs on Anthropic; no OpenAI key anywhere. */
function suite(azure: FakeAzure, anthropic: FakeAnthropic, extra = ''): string {
  return `version: 1
endpoints:
  azure:
    kind: azure-openai
    base-url: ${azure.url}
    api-version: "2024-10-21"
    api-key-env: AZURE_OPENAI_API_KEY
    deployments: { support-mini: gpt-4o-mini }
  claude:
    kind: anthropic
    base-url: ${anthropic.url}
    api-key-env: ANTHROPIC_API_KEY
target:
  chat:
    endpoint: azure
    model: support-mini
    temperature: 0
    messages:
      - { role: system, content: "You are terse." }
      - { role: user, content: "{{q}}" }
judge: { model: claude-test-judge, endpoint: claude }
cases:
  - id: good
    input: { q: "hello GOOD" }
    checks: [ { judge: "Is the answer good?" } ]
  - id: weak
    input: { q: "bye" }
    checks: [ { judge: "Is the answer good?" } ]
  - id: leaks
    input: { q: "leak GOOD" }
    checks: [ { contains: leak } ]
${extra}`;
}

function results(dir: string, out: string): RunResults {
  return RunResults.parse(JSON.parse(readFileSync(join(dir, out, 'evalgate-results.json'), 'utf8')));
}

describe('evalgate run with the target on Azure OpenAI and the judge on Anthropic', () => {
  let azure: FakeAzure;
  let anthropic: FakeAnthropic;
  let dir: string;
  const env = { AZURE_OPENAI_API_KEY: AZURE_KEY, ANTHROPIC_API_KEY: ANTHROPIC_KEY };

  beforeAll(async () => {
    azure = await startFakeAzure({
      deployments: { 'support-mini': 'gpt-4o-mini' },
      apiKey: AZURE_KEY,
      // One answer echoes the key, as a misbehaving model or server might: it must never reach a report.
      model: (req) => (lastUserText(req).startsWith('leak') ? `leak: ${AZURE_KEY}` : `answer: ${lastUserText(req)}`),
    });
    anthropic = await startFakeAnthropic({ apiKey: ANTHROPIC_KEY });
  });
  afterAll(async () => {
    await azure.close();
    await anthropic.close();
  });
  beforeEach(() => {
    azure.requests.length = 0;
    anthropic.requests.length = 0;
    dir = mkdtempSync(join(tmpdir(), 'evalgate-providers-'));
    writeFiles(dir, { 'evals/evalgate.yaml': suite(azure, anthropic) });
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it('grades, prices and records each role on its own provider; a re-run with the cache sends nothing', async () => {
    const r = await cli(['run', '--out', 'out', '--cache', '.cache'], dir, env);
    expect(r.stderr).not.toMatch(/Error:|at .*\.ts:/);
    expect(r.code).toBe(1); // `weak` fails its judge check
    const first = results(dir, 'out');
    expect(Object.fromEntries(first.cases.map((c) => [c.id, c.status]))).toEqual({ good: 'pass', weak: 'fail', leaks: 'pass' });

    // Target calls went to the Azure deployment, judge calls to Anthropic as forced tool calls.
    expect(azure.answered().map((q) => q.deployment)).toEqual(['support-mini', 'support-mini', 'support-mini']);
    expect(anthropic.answered()).toHaveLength(2);
    expect(anthropic.answered().every((b) => b.tool_choice?.type === 'tool' && b.model === 'claude-test-judge')).toBe(true);

    // The deployment is priced as the model it serves; a judge model without a price is unknown, never 0.
    const good = first.cases.find((c) => c.id === 'good')!.trials[0];
    expect(good.steps[0]).toMatchObject({ model: 'gpt-4o-mini', source: 'target' });
    expect(good.costUsd).toBeGreaterThan(0);
    const judged = good.checks.find((c) => c.kind === 'judge')!.judge!;
    expect(judged).toMatchObject({ model: 'claude-test-judge', score: 1, costUsd: null });
    expect(judged.usage.inputTokens).toBeGreaterThan(0);
    expect(first.totals.judgeCostUsd).toBeNull();

    // Endpoint keys are redacted like the OpenAI key.
    const written = readFileSync(join(dir, 'out/evalgate-results.json'), 'utf8');
    expect(written).not.toContain(AZURE_KEY);
    expect(first.cases.find((c) => c.id === 'leaks')!.trials[0].output).toBe('leak: [REDACTED]');

    const again = await cli(['run', '--out', 'out2', '--cache', '.cache'], dir, env);
    expect(again.code).toBe(1);
    expect(azure.requests).toHaveLength(3);
    expect(anthropic.requests).toHaveLength(2);
    expect(results(dir, 'out2').totals).toMatchObject({ requests: 0, cacheHits: 5 });

    // Replay needs no key at all: every answer comes from the recording.
    const replay = await cli(['run', '--out', 'out3', '--cache', '.cache', '--replay'], dir, {});
    expect(replay.code).toBe(1);
    expect(results(dir, 'out3').totals).toMatchObject({ requests: 0, cacheHits: 5, errors: 0 });
  });

  it('works from the bundle (dist/index.js), whose provider clients load on first use', async () => {
    const r = await runBundle(['run', '--out', 'out'], { cwd: dir, env: cliEnv(env), killAfterMs: 60_000 });
    expect(r.stderr).not.toMatch(/Error:|at .*\.js:/);
    expect(r.code).toBe(1);
    expect(azure.answered()).toHaveLength(3);
    expect(anthropic.answered()).toHaveLength(2);
  });

  it('prices the judge with a suite pricing row for its model', async () => {
    writeFiles(dir, { 'evals/evalgate.yaml': suite(azure, anthropic, 'pricing: { claude-test-judge: { input: 1, output: 5 } }\n') });
    await cli(['run', '--out', 'out'], dir, env);
    const judged = results(dir, 'out')
      .cases.find((c) => c.id === 'good')!
      .trials[0].checks.find((c) => c.kind === 'judge')!.judge!;
    expect(judged.costUsd).toBeCloseTo((judged.usage.inputTokens * 1 + judged.usage.outputTokens * 5) / 1e6, 12);
  });

  it("validate names each role's endpoint, and warns (exit 0) about a key this environment lacks", async () => {
    const r = await cli(['validate'], dir, { AZURE_OPENAI_API_KEY: AZURE_KEY });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}target {5}chat on endpoint azure$/m);
    expect(r.stdout).toMatch(/^ {2}judge {6}claude-test-judge on endpoint claude$/m);
    expect(r.stdout).toMatch(/^ {2}endpoints {2}azure \(azure-openai\), claude \(anthropic\)$/m);
    expect(r.stderr).toBe('warning: ANTHROPIC_API_KEY is not set: endpoint "claude" (used by judge) takes its api-key-env from it; export ANTHROPIC_API_KEY\n');
  });

  it("exits 2 before any request when a role's endpoint has no key, naming the variable", async () => {
    const r = await cli(['run', '--out', 'out'], dir, { AZURE_OPENAI_API_KEY: AZURE_KEY, OPENAI_API_KEY: 'sk-openai-is-not-a-fallback' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ANTHROPIC_API_KEY is not set: endpoint "claude" (used by judge) takes its api-key-env from it; export ANTHROPIC_API_KEY');
    expect(azure.requests).toHaveLength(0);
    expect(anthropic.requests).toHaveLength(0);
  });
});
