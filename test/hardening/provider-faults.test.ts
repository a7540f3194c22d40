// Hardening: the model provider misbehaves (429 storms, 5xx, resets, hangs, malformed bodies,
// empty choices, a judge answer off its schema). EvalGate finishes every case — as a result or as
// an `error` — never turns an infrastructure failure into a failing case or a `fail` verdict, and
// above max-error-rate decides `error` with the causes counted by kind in the report.
import { createRedactor } from '../../src/report/redact.js';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/compare/compare.js';
import { decide } from '../../src/compare/decision.js';
import { suiteFingerprint } from '../../src/config/fingerprint.js';
import { loadSuite } from '../../src/config/load.js';
import type { Suite } from '../../src/config/suite.js';
import { JUDGE_PROMPT_VERSION, judgeOutput } from '../../src/judge/judge.js';
import { renderComment } from '../../src/report/markdown.js';
import type { ReportJson } from '../../src/report/json.js';
import type { RunResults } from '../../src/results/schema.js';
import { Budget } from '../../src/run/budget.js';
import { LlmError, type ChatRequest } from '../../src/llm/llm.js';
import { createOpenAiClient, type OpenAiClient } from '../../src/llm/openai-client.js';
import { createScheduler } from '../../src/llm/scheduler.js';
import { evaluateSide } from '../../src/run/side.js';
import {
  isJudgeRequest,
  lastUserText,
  startFakeOpenAi,
  type ChatCompletionRequestBody,
  type Fault,
  type FaultPlan,
  type FakeContext,
  type FakeOpenAi,
  messageText,
} from '../support/fake-openai.js';
import { createTempRepo, writeFiles } from '../support/git-repo.js';
import { aReportInput } from '../support/builders.js';
import { cli, STACK_TRACE } from '../support/cli.js';

/** Waits nothing: retry timing is not what these tests are about. */
const noWait = (): Promise<void> => Promise.resolve();

/** A uniform draw in [0, 1) fixed by `text`: the same request meets the same fate in every run, whatever the order. */
function draw(text: string): number {
  return parseInt(createHash('sha256').update(text).digest('hex').slice(0, 8), 16) / 2 ** 32;
}

function fastClient(server: FakeOpenAi, overrides: { timeoutMs?: number; maxAttempts?: number } = {}): OpenAiClient {
  return createOpenAiClient({
    apiKey: 'sk-test',
    baseURL: server.url,
    timeoutMs: overrides.timeoutMs ?? 2_000,
    maxAttempts: overrides.maxAttempts ?? 4,
    scheduler: createScheduler({ maxConcurrency: 8 }),
    sleep: noWait,
  });
}

const REQUEST: ChatRequest = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hello' }] };

describe('one model call under each provider fault (client level)', () => {
  let server: FakeOpenAi;
  beforeAll(async () => {
    server = await startFakeOpenAi();
  });
  afterAll(() => server.close());
  afterEach(() => server.reset());

  interface FaultCase {
    name: string;
    fault: Fault;
    /** How many requests in a row get the fault; Infinity = every attempt. */
    times: number;
    /** The answer, or the error kind the run records. */
    expected: { answer: string } | { kind: LlmError['kind']; message: RegExp };
    /** HTTP requests the fake server saw. */
    requests: number;
  }
  const cases: FaultCase[] = [
    { name: 'a 429 storm that passes', fault: { kind: 'status', status: 429, retryAfterMs: 1 }, times: 3, expected: { answer: 'answer: hello' }, requests: 4 },
    {
      name: 'a 429 storm that does not pass',
      fault: { kind: 'status', status: 429, retryAfterMs: 1 },
      times: Infinity,
      expected: { kind: 'rate-limit', message: /HTTP 429.*after 4 attempts/ },
      requests: 4,
    },
    { name: 'a 500, once', fault: { kind: 'status', status: 500 }, times: 1, expected: { answer: 'answer: hello' }, requests: 2 },
    { name: 'a 502, twice', fault: { kind: 'status', status: 502 }, times: 2, expected: { answer: 'answer: hello' }, requests: 3 },
    {
      name: 'a 503 that persists',
      fault: { kind: 'status', status: 503 },
      times: Infinity,
      expected: { kind: 'server-error', message: /HTTP 503/ },
      requests: 4,
    },
    { name: 'a connection reset, once', fault: { kind: 'reset' }, times: 1, expected: { answer: 'answer: hello' }, requests: 2 },
    {
      name: 'connection resets that persist',
      fault: { kind: 'reset' },
      times: Infinity,
      expected: { kind: 'network', message: /connection failed/ },
      requests: 4,
    },
    { name: 'a response slower than the timeout, once', fault: { kind: 'slow', delayMs: 5_000 }, times: 1, expected: { answer: 'answer: hello' }, requests: 2 },
    {
      name: 'responses that always hang',
      fault: { kind: 'slow', delayMs: 5_000 },
      times: Infinity,
      expected: { kind: 'timeout', message: /no response within 200 ms/ },
      requests: 4,
    },
    { name: 'a malformed JSON body', fault: { kind: 'malformed' }, times: 1, expected: { kind: 'bad-response', message: /not valid JSON/ }, requests: 1 },
    { name: 'empty choices', fault: { kind: 'empty-choices' }, times: 1, expected: { kind: 'bad-response', message: /no choices/ }, requests: 1 },
    {
      name: 'a null message content',
      fault: { kind: 'null-content' },
      times: 1,
      expected: { kind: 'bad-response', message: /no message content/ },
      requests: 1,
    },
  ];

  it.each(cases)('$name', async ({ fault, times, expected, requests }) => {
    server.setFaults([{ fault, ...(Number.isFinite(times) ? { times } : {}) }]);
    const client = fastClient(server, { timeoutMs: 200 });
    const outcome = await client.chat(REQUEST, { trial: 0, purpose: 'target' }).then(
      (r) => ({ answer: r.content }),
      (e: unknown) => e,
    );
    if ('answer' in expected) {
      expect(outcome).toEqual(expected);
    } else {
      expect(outcome).toBeInstanceOf(LlmError);
      expect((outcome as LlmError).kind).toBe(expected.kind);
      expect((outcome as LlmError).message).toMatch(expected.message);
    }
    expect(server.stats().chatRequests).toBe(requests);
  });

  it.each([
    ['a score out of range', '{"reasoning": "great", "score": 11}', /score/],
    ['a score that is text', '{"reasoning": "great", "score": "ten"}', /score/],
    ['prose instead of JSON', 'I would give this a 9.', /not JSON/],
    ['a missing reasoning', '{"score": 9}', /reasoning/],
  ])('a judge answer that does not match its schema (%s) is a bad-response error, not a low score', async (_name, answer, why) => {
    server.setModel(() => answer);
    const error = await judgeOutput({
      llm: fastClient(server),
      model: 'gpt-4o-mini',
      rubric: 'Correct?',
      input: { q: 'x' },
      expected: undefined,
      output: 'answer',
      threshold: 0.7,
      temperature: 0,
      trial: 0,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).kind).toBe('bad-response');
    expect((error as LlmError).message).toMatch(/judge answer did not match its schema/);
    expect((error as LlmError).message).toMatch(why);
  });
});

// --- Both sides of a comparison under faults: same prompt, so no real regression exists. ---

const CASES = 24;

/** A suite whose every case passes when the provider behaves: `contains` plus a judge check. */
function suiteFiles(cases: { id: string; q: string; tags?: string[] }[]): Record<string, string> {
  const lines = cases.map(
    (c) =>
      `  - id: ${c.id}\n    input: { q: "${c.q}" }\n${c.tags ? `    tags: [${c.tags.join(', ')}]\n` : ''}    checks: [ { contains: "answer" }, { judge: "Is it GOOD?" } ]`,
  );
  return {
    'prompts/sys.md': 'You are terse.',
    'evals/evalgate.yaml': `version: 1
target:
  chat:
    model: gpt-4o-mini
    messages:
      - { role: system, file: prompts/sys.md }
      - { role: user, content: "{{q}}" }
judge: { model: gpt-4o-mini }
gate: { max-error-rate: 0.1, must-pass-tags: [critical] }
# One batch: every case runs, so every fault kind is counted (sequential sampling may stop early).
sample: { batches: 1 }
cases:
${lines.join('\n')}
`,
  };
}

const plainCases = Array.from({ length: CASES }, (_, i) => ({ id: `case-${i}`, q: `question ${i} GOOD`, tags: i % 6 === 0 ? ['critical'] : undefined }));

async function bothSides(root: string, server: FakeOpenAi): Promise<{ suite: Suite; base: RunResults; head: RunResults }> {
  const suite = await loadSuite(root, 'evals/evalgate.yaml');
  // One client and budget for both sides, as runComparison does.
  const llm = fastClient(server, { timeoutMs: 300 });
  const budget = new Budget(null);
  const common = {
    suite,
    treeRoot: root,
    target: suite.target,
    cases: suite.cases,
    sampleIds: suite.cases.map((c) => c.id),
    trials: 1,
    seed: 1,
    shard: null,
    commit: null,
    ref: null,
    llm,
    judgeLlm: llm,
    openai: { apiKey: 'sk-test', baseURL: server.url, cache: null, scheduler: null },
    budget,
    concurrency: 8,
    suiteFingerprint: suiteFingerprint(suite, JUDGE_PROMPT_VERSION),
    redact: createRedactor([]),
    outDir: null,
  };
  const [base, head] = await Promise.all([evaluateSide({ ...common, side: 'base' }), evaluateSide({ ...common, side: 'head' })]);
  return { suite, base, head };
}

function decideBoth(suite: Suite, base: RunResults, head: RunResults) {
  const comparison = compareRuns({ base, head, confidence: suite.gate.confidence, trafficCallsPerMonth: null });
  return { comparison, verdict: decide(comparison, suite.gate) };
}

/** Kinds of fault an unlucky call gets, in proportion: transient ones (retried) and ones retrying cannot fix. */
const MIXED: Fault[] = [
  { kind: 'status', status: 429, retryAfterMs: 1 },
  { kind: 'status', status: 429, retryAfterMs: 1 },
  { kind: 'status', status: 500 },
  { kind: 'status', status: 502 },
  { kind: 'status', status: 503 },
  { kind: 'reset' },
  { kind: 'slow', delayMs: 2_000 },
  { kind: 'slow', delayMs: 20 },
  { kind: 'malformed' },
  { kind: 'empty-choices' },
  { kind: 'null-content' },
];

/** Only what retrying can fix. */
const TRANSIENT: Fault[] = MIXED.filter((f) => f.kind === 'status' || f.kind === 'reset' || f.kind === 'slow');

/**
 * `share` of calls fail, each with a kind from `kinds`, seeded: a call's fate is a hash of the seed,
 * its messages and how often they were sent before. `sticky` of the requests fail on every attempt,
 * so even retryable kinds outlast the retries.
 */
function randomFaults(seed: number, share: number, kinds: Fault[], sticky = 0): FaultPlan {
  const sent = new Map<string, number>();
  const fates = new Map<number, Fault | null>();
  const fate = (req: ChatCompletionRequestBody, ctx: FakeContext): Fault | null => {
    if (fates.has(ctx.n)) return fates.get(ctx.n)!;
    const key = JSON.stringify(req.messages);
    const attempt = sent.get(key) ?? 0;
    sent.set(key, attempt + 1);
    const s = draw(`${seed}:sticky:${key}`);
    const u = s < sticky ? s / sticky : draw(`${seed}:${attempt}:${key}`);
    const chosen = s < sticky || u < share ? kinds[Math.floor((s < sticky ? u : u / share) * kinds.length)] : null;
    fates.set(ctx.n, chosen);
    return chosen;
  };
  return kinds.map((fault) => ({ when: (req: ChatCompletionRequestBody, ctx: FakeContext) => fate(req, ctx) === fault, fault }));
}

describe('a comparison of identical prompts under provider faults', () => {
  let server: FakeOpenAi;
  let dir: string;
  beforeAll(async () => {
    server = await startFakeOpenAi();
    dir = mkdtempSync(join(tmpdir(), 'evalgate-hardening-faults-'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => server.reset());

  it.each([
    { seed: 1, mix: 'mixed, some persisting', kinds: MIXED, sticky: 0.1 },
    { seed: 2, mix: 'mixed, some persisting', kinds: MIXED, sticky: 0.1 },
    { seed: 3, mix: 'transient', kinds: TRANSIENT, sticky: 0 },
    { seed: 4, mix: 'transient', kinds: TRANSIENT, sticky: 0 },
  ])('with 30 percent of calls failing at random ($mix faults, seed $seed): no failing case, no fail verdict', async ({ seed, kinds, sticky }) => {
    const root = join(dir, `random-${seed}`);
    writeFiles(root, suiteFiles(plainCases));
    server.setFaults(randomFaults(seed, 0.3, kinds, sticky));
    const { suite, base, head } = await bothSides(root, server);

    // Every case finished, as a result or as an error — and none fails: the model always passes.
    for (const side of [base, head]) {
      expect(side.cases.map((c) => c.id)).toEqual(plainCases.map((c) => c.id));
      for (const c of side.cases) {
        expect(['pass', 'error']).toContain(c.status);
        for (const t of c.trials) if (t.status === 'error') expect(t.error?.kind).toMatch(/\S/);
      }
    }
    const { comparison, verdict } = decideBoth(suite, base, head);
    expect(verdict.decision).not.toBe('fail');
    expect(verdict.gates.mustPass).toEqual([]);
    // The faults did happen, and the errors that stayed are counted by kind, one per errored trial.
    expect(server.requests.some((r) => r.fault !== null)).toBe(true);
    const erroredTrials = [...base.cases, ...head.cases].flatMap((c) => c.trials).filter((t) => t.status === 'error').length;
    expect(Object.values(comparison.errors.byKind).reduce((a, b) => a + b, 0)).toBe(erroredTrials);
    expect(verdict.decision).toEqual(comparison.errors.rate > suite.gate.maxErrorRate ? 'error' : expect.stringMatching(/^(pass|inconclusive)$/));
    // Persisting faults of several kinds survive the retries and are told apart in the report.
    if (sticky > 0) expect(Object.keys(comparison.errors.byKind).length).toBeGreaterThan(1);
    else expect(comparison.errors.rate).toBeLessThanOrEqual(suite.gate.maxErrorRate);
  });

  it('above max-error-rate decides error, counting each cause by kind in the comment', async () => {
    // Faults that persist past every retry, each on its own cases (both sides send the same prompt).
    const persistent: Record<string, Fault> = {
      '#http500': { kind: 'status', status: 500 },
      '#reset': { kind: 'reset' },
      '#hang': { kind: 'slow', delayMs: 2_000 },
      '#garbled': { kind: 'malformed' },
    };
    const cases = [
      ...Object.keys(persistent).map((tag, i) => ({ id: `broken-${i}`, q: `question ${tag} GOOD`, tags: i === 0 ? ['critical'] : undefined })),
      { id: 'bad-judge', q: 'question #badjudge GOOD' },
      ...Array.from({ length: 10 }, (_, i) => ({ id: `fine-${i}`, q: `question ${i} GOOD` })),
    ];
    const root = join(dir, 'persistent');
    writeFiles(root, suiteFiles(cases));
    server.setFaults(Object.entries(persistent).map(([tag, fault]) => ({ when: (req) => lastUserText(req).includes(tag), fault })));
    // The bad judge stays off-schema through its one corrective retry (whose last message is the correction).
    server.setModel((req) =>
      isJudgeRequest(req)
        ? req.messages.some((m) => m.role === 'user' && messageText(m.content).includes('#badjudge'))
          ? '{"reasoning": "fine", "score": "ten out of ten"}'
          : '{"reasoning": "contains GOOD", "score": 10}'
        : `answer: ${lastUserText(req)}`,
    );
    const { suite, base, head } = await bothSides(root, server);
    const { comparison, verdict } = decideBoth(suite, base, head);

    expect(
      head.cases
        .filter((c) => c.status === 'error')
        .map((c) => c.id)
        .sort(),
    ).toEqual(['bad-judge', 'broken-0', 'broken-1', 'broken-2', 'broken-3']);
    expect(head.cases.filter((c) => c.status === 'fail')).toEqual([]);
    expect(comparison.errors).toMatchObject({ base: 5, head: 5, byKind: { 'server-error': 2, network: 2, timeout: 2, 'bad-response': 4 } });
    expect(verdict.decision).toBe('error');
    expect(verdict.reasons.join(' ')).toMatch(/infrastructure problem, not a regression/);

    const comment = renderComment(aReportInput(comparison, { verdict, decision: 'error' }));
    expect(comment).toMatch(/\*\*Errors:\*\* base 5, head 5/);
    for (const kind of ['server-error', 'network', 'timeout', 'bad-response']) expect(comment).toContain(`\`${kind}\``);
    expect(comparison.counts.regressed).toBe(0);
    expect(comment).not.toContain('To accept this regression');
  });
});

describe('the CLI under provider faults (real retry waits, small --timeout)', () => {
  let server: FakeOpenAi;
  beforeAll(async () => {
    server = await startFakeOpenAi();
  });
  afterAll(() => server.close());

  it('compare: persistent 5xx and hangs on a third of the cases → exit 3, decision error, causes by kind', async () => {
    const repo = createTempRepo();
    try {
      const cases = Array.from({ length: 9 }, (_, i) => ({
        id: `c${i}`,
        q: `q${i} ${i % 3 === 0 ? (i === 0 ? '#hang' : '#down') : ''} GOOD`,
        tags: i === 3 ? ['critical'] : undefined,
      }));
      repo.commit(suiteFiles(cases), 'suite');
      server.setFaults([
        { when: (req) => lastUserText(req).includes('#down'), fault: { kind: 'status', status: 503 } },
        { when: (req) => lastUserText(req).includes('#hang'), fault: { kind: 'slow', delayMs: 3_000 } },
      ]);
      const r = await cli(['compare', '--base-ref', 'HEAD', '--out', 'out', '--timeout', '0.2'], repo.dir, {
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: server.url,
      });
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(r.code, r.stderr).toBe(3);
      expect(r.stdout).toMatch(/EvalGate: ERROR/);
      const report = JSON.parse(readFileSync(join(repo.dir, 'out/evalgate-report.json'), 'utf8')) as ReportJson;
      expect(report.decision).toBe('error');
      expect(report.errors.byKind).toEqual({ 'server-error': 4, timeout: 2 });
      expect(report.cases.filter((c) => c.headStatus === 'fail')).toEqual([]);
      const md = readFileSync(join(repo.dir, 'out/evalgate-report.md'), 'utf8');
      expect(md).toContain('`server-error`');
      expect(md).toContain('`timeout`');
    } finally {
      repo.remove();
    }
  });
});
