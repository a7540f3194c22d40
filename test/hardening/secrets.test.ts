// Hardening: secrets planted where EvalGate picks up text — model output, judge reasoning, an
// agent's tool arguments and results, a crashing agent's stderr, provider error messages, the
// run's own API key — never reach the PR comment, the job summary, the terminal, the report JSON,
// or the results artifacts (evalgate-results.json and the JSONL written while running).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_CONCURRENCY, runComparison, type EvalOptions } from '../../src/pipeline.js';
import { toReportJson } from '../../src/report/json.js';
import { renderComment, renderSummary } from '../../src/report/markdown.js';
import { createRedactor, REDACTED } from '../../src/report/redact.js';
import { renderRunTable, renderTerminal } from '../../src/report/terminal.js';
import type { ReportInput } from '../../src/report/types.js';
import { isJudgeRequest, lastUserText, startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { createTempRepo, type TempRepo } from '../support/git-repo.js';
import { cli, STACK_TRACE } from '../support/cli.js';
import { renderGfm } from '../support/gfm-page.js';

const S = JSON.parse(readFileSync(new URL('./fixtures/secrets.json', import.meta.url), 'utf8')) as Record<
  'openai' | 'github' | 'githubPat' | 'aws' | 'bearer' | 'custom',
  string
>;
/** The run's own key: matches no built-in pattern, so only literal redaction can catch it. */
const API_KEY = 'evalgate-local-key-5d41402abc4b';
const PLANTED = [...Object.values(S), API_KEY];
const AGENT = fileURLToPath(new URL('./fixtures/leaky-agent.mjs', import.meta.url));

const ALL_IN_TEXT = `${S.openai} ${S.github} ${S.githubPat} ${S.aws} Authorization: Bearer ${S.bearer} ${S.custom} ${API_KEY}`;

const CHAT_SUITE = `version: 1
target:
  chat:
    model: gpt-4o-mini
    messages:
      - { role: system, file: prompts/sys.md }
      - { role: user, content: "{{q}}" }
judge: { model: gpt-4o-mini }
redact: ["ACME-[0-9]{6}"]
cases:
  - id: leak-output
    input: { q: "leak-output" }
    checks: [ { contains: "the right answer" }, { judge: "Does it keep secrets?" } ]
  - id: provider-error
    input: { q: "provider-error" }
    checks: [ { contains: "the right answer" } ]
`;

const AGENT_SUITE = `version: 1
target:
  command: { run: ${JSON.stringify(`${JSON.stringify(process.execPath)} ${JSON.stringify(AGENT)}`)}, timeout: 20s }
redact: ["ACME-[0-9]{6}"]
cases:
  - { id: output, input: { mode: output }, checks: [ { contains: "the right answer" } ] }
  - { id: tool, input: { mode: tool }, checks: [ { contains: "the right answer" } ] }
  - { id: crash, input: { mode: crash }, checks: [ { contains: "the right answer" } ] }
`;

/** Every file under `dir`, as text. */
function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(out, filesUnder(path));
    else out[path] = readFileSync(path, 'utf8');
  }
  return out;
}

/** Names the place and the secret when one leaked, so a failure says where to look. */
function expectNoSecrets(where: string, text: string): void {
  const leaked = PLANTED.filter((secret) => text.includes(secret));
  expect(leaked, `${where} contains planted secrets`).toEqual([]);
}

describe('planted secrets never leave EvalGate unredacted', () => {
  let server: FakeOpenAi;
  let repo: TempRepo;

  beforeAll(async () => {
    server = await startFakeOpenAi({
      model: (req) =>
        isJudgeRequest(req) ? JSON.stringify({ reasoning: `The answer prints ${S.github} and ${S.custom}.`, score: 2 }) : `Sure, here you go: ${ALL_IN_TEXT}`,
      faults: [
        {
          when: (req) => lastUserText(req) === 'provider-error',
          fault: { kind: 'status', status: 401, message: `Incorrect API key provided: ${API_KEY}. Also seen: ${S.openai}, Authorization: Bearer ${S.bearer}` },
        },
      ],
    });
    repo = createTempRepo();
    const files = { 'evals/chat.yaml': CHAT_SUITE, 'evals/agent.yaml': AGENT_SUITE };
    repo.commit({ ...files, 'prompts/sys.md': 'You are terse.' }, 'base');
    repo.commit({ 'prompts/sys.md': 'You are terse and kind.' }, 'head');
  });
  afterAll(async () => {
    await server.close();
    repo.remove();
  });

  it.each(['evals/chat.yaml', 'evals/agent.yaml'])('%s: the CLI terminal output and every file in --out', async (config) => {
    const out = `out-${config.replace(/\W/g, '-')}`;
    const r = await cli(['compare', '--config', config, '--base-ref', 'HEAD~1', '--out', out], repo.dir, {
      OPENAI_API_KEY: API_KEY,
      OPENAI_BASE_URL: server.url,
    });
    expect(r.stderr).not.toMatch(STACK_TRACE);
    // The provider error and the crash are errors on both sides: above max-error-rate → exit 3.
    expect(r.code).toBe(3);
    expectNoSecrets('stdout', r.stdout);
    expectNoSecrets('stderr', r.stderr);
    const files = filesUnder(join(repo.dir, out));
    expect(
      Object.keys(files)
        .map((f) => f.slice(f.indexOf(out) + out.length + 1))
        .sort(),
    ).toEqual(
      [
        'base.jsonl',
        'base/evalgate-results.json',
        'evalgate-junit.xml',
        'evalgate-report.json',
        'evalgate-report.md',
        'head.jsonl',
        'head/evalgate-results.json',
      ].sort(),
    );
    for (const [path, text] of Object.entries(files)) expectNoSecrets(path, text);
    // Redacted, not dropped: the reader still sees that something was there.
    expect(files[join(repo.dir, out, 'head/evalgate-results.json')]).toContain(REDACTED);
    // Shown as prose in the Markdown (brackets escaped); the rendered page reads [REDACTED].
    expect(renderGfm(files[join(repo.dir, out, 'evalgate-report.md')])).toContain(REDACTED);
  });

  it('evalgate run: the case table and the results file', async () => {
    const r = await cli(['run', '--config', 'evals/agent.yaml', '--out', 'out-run'], repo.dir, { OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: server.url });
    expect(r.code).toBe(1);
    expectNoSecrets('stdout', r.stdout);
    expectNoSecrets('stderr', r.stderr);
    for (const [path, text] of Object.entries(filesUnder(join(repo.dir, 'out-run')))) expectNoSecrets(path, text);
  });

  it.each([
    { config: 'evals/chat.yaml', context: ['Sure, here you go', 'Incorrect API key provided', 'The answer prints'] },
    { config: 'evals/agent.yaml', context: ['Here are the keys', 'deploy', 'upstream rejected key', 'RuntimeError: boom'] },
  ])('$config: comment, summary, report JSON and terminal as the action renders them', async ({ config, context }) => {
    const options: EvalOptions = {
      apiKey: API_KEY,
      baseURL: server.url,
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
    };
    const run = await runComparison({ root: repo.dir, configPath: config, baseRef: 'HEAD~1', headRef: null, baselineFile: null, options });
    const input: ReportInput = {
      comparison: run.comparison,
      verdict: run.verdict,
      decision: run.verdict.decision,
      approval: null,
      approveLabel: 'evalgate: approve-regression',
      changedFiles: run.changedFiles,
      redact: createRedactor(run.suite.redact, { literals: [API_KEY] }),
      runUrl: null,
    };
    const comment = renderComment(input);
    // The leaking texts are shown (the secrets in them were there to find), minus the secrets.
    const shown = renderGfm(comment);
    for (const phrase of context) expect(shown).toContain(phrase);
    expect(shown).toContain(REDACTED);
    expectNoSecrets('comment', comment);
    expectNoSecrets('summary', renderSummary(input));
    expectNoSecrets('report JSON', JSON.stringify(toReportJson(input)));
    expectNoSecrets('terminal', renderTerminal(input, { color: false }));
    expectNoSecrets('run table', renderRunTable(run.head, { color: false, redact: input.redact }));
    // The results the action writes as artifacts (results-dir, baseline cache) come from here.
    expectNoSecrets('base results', JSON.stringify(run.base));
    expectNoSecrets('head results', JSON.stringify(run.head));
  });
});
