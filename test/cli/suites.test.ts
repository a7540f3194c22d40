// The CLI with several suites (a monorepo): `--config` repeated or a glob, one table or report per
// suite, a last line with every suite's decision, the worst exit code, one shared budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SuitesReportJson } from '../../src/report/suites-json.js';
import { cli, STACK_TRACE } from '../support/cli.js';
import { startFakeOpenAi, type ChatCompletionRequestBody, type FakeAnswer, type FakeOpenAi } from '../support/fake-openai.js';
import { createTempRepo, writeFiles, type TempRepo } from '../support/git-repo.js';

function suite(name: string, prompt: string, n = 6): string {
  return `version: 1
name: ${name}
target:
  chat:
    model: gpt-4o-mini
    messages:
      - { role: system, file: ${prompt} }
      - { role: user, content: "{{q}}" }
cases:
${Array.from({ length: n }, (_, i) => `  - { id: ${name}-${i}, input: { q: "question ${i}" }, checks: [ { contains: "ok" } ] }`).join('\n')}
`;
}

/** Answers "ok" while the system prompt says POLICY; otherwise an answer that fails the check. */
function model(req: ChatCompletionRequestBody): FakeAnswer {
  const text = req.messages.map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n');
  const content = text.includes('POLICY') ? 'ok, done' : 'sure, anything';
  // PRICEY prompts cost exactly $0.15 a request (a million gpt-4o-mini input tokens).
  return text.includes('PRICEY') ? { content, usage: { prompt_tokens: 1_000_000, completion_tokens: 0 } } : content;
}

const FILES = {
  'evals/bot/evalgate.yaml': suite('bot', 'prompts/bot.md'),
  'evals/summariser/evalgate.yaml': suite('summariser', 'prompts/summariser.md'),
  'prompts/bot.md': 'POLICY for the bot.\n',
  'prompts/summariser.md': 'POLICY for summaries.\n',
};

describe('evalgate with several suites', () => {
  let server: FakeOpenAi;
  let repo: TempRepo;
  let env: NodeJS.ProcessEnv;
  let base: string;

  beforeAll(async () => {
    server = await startFakeOpenAi({ model });
  });
  afterAll(async () => server.close());
  beforeEach(() => {
    server.reset();
    repo = createTempRepo();
    base = repo.commit(FILES, 'v1');
    env = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url };
  });
  afterEach(() => repo.remove());

  it('validate: a glob checks every suite it matches', async () => {
    const r = await cli(['validate', '--config', 'evals/**/evalgate.yaml'], repo.dir, env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('evals/bot/evalgate.yaml: valid');
    expect(r.stdout).toContain('evals/summariser/evalgate.yaml: valid');
    expect(r.stdout).toContain('2 suites valid');
  });

  it('validate: every problem of every suite, exit 2; a glob that matches nothing is named', async () => {
    writeFiles(repo.dir, { 'evals/bot/evalgate.yaml': 'version: 1\nname: bot\ntarget: {}\ncases: []\n', 'evals/summariser/evalgate.yaml': 'version: 7\n' });
    const r = await cli(['validate', '--config', 'evals/bot/evalgate.yaml', '--config', 'evals/summariser/evalgate.yaml'], repo.dir, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^evals\/bot\/evalgate\.yaml:\d+:\d+ /m);
    expect(r.stderr).toMatch(/^evals\/summariser\/evalgate\.yaml:\d+:\d+ /m);
    const none = await cli(['validate', '--config', 'suites/**/*.yaml'], repo.dir, env);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no suite file \(\.yaml or \.yml\) matches "suites\/\*\*\/\*\.yaml"/);
    expect(none.stderr).not.toMatch(STACK_TRACE);
  });

  it('validate: two suites of the same name are refused, naming both files', async () => {
    writeFiles(repo.dir, { 'evals/summariser/evalgate.yaml': suite('bot', 'prompts/summariser.md') });
    const r = await cli(['validate', '--config', 'evals/*/evalgate.yaml'], repo.dir, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/suites evals\/bot\/evalgate\.yaml and evals\/summariser\/evalgate\.yaml are both named "bot"/);
  });

  it('plan, compare --base/--head and --baseline read one suite, and say so', async () => {
    const plan = await cli(['plan', '--results', 'x.json', '--config', 'evals/*/evalgate.yaml'], repo.dir, env);
    expect(plan.code).toBe(2);
    expect(plan.stderr).toMatch(/plan reads one suite: give one --config FILE/);
    const files = await cli(
      ['compare', '--base', 'a.json', '--head', 'b.json', '--config', 'evals/bot/evalgate.yaml', '--config', 'evals/summariser/evalgate.yaml'],
      repo.dir,
      env,
    );
    expect(files.code).toBe(2);
    expect(files.stderr).toMatch(/compare --base\/--head reads one suite/);
    const baseline = await cli(['compare', '--base-ref', base, '--baseline', 'b.json', '--config', 'evals/*/evalgate.yaml'], repo.dir, env);
    expect(baseline.code).toBe(2);
    expect(baseline.stderr).toMatch(/--baseline is a results file of one suite/);
    expect(server.stats().chatRequests).toBe(0);
  });

  it('run: one table per suite, a decisions line, the worst exit code', async () => {
    writeFiles(repo.dir, { 'prompts/bot.md': 'Be nice.\n' });
    const r = await cli(['run', '--config', 'evals/*/evalgate.yaml', '--out', 'out'], repo.dir, env);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('== suite bot (evals/bot/evalgate.yaml) ==');
    expect(r.stdout).toContain('== suite summariser (evals/summariser/evalgate.yaml) ==');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('suites: bot fail, summariser pass — overall fail');
    expect(readFileSync(join(repo.dir, 'out/evals-bot-evalgate/evalgate-results.json'), 'utf8')).toContain('bot-0');
    expect(readFileSync(join(repo.dir, 'out/evals-summariser-evalgate/evalgate-results.json'), 'utf8')).toContain('summariser-0');
    expect(server.stats().chatRequests).toBe(12);
  });

  it('compare: a report per suite, one report file with an entry per suite, the worst decision and exit code', async () => {
    writeFiles(repo.dir, { 'prompts/bot.md': 'Be nice.\n' });
    const r = await cli(
      ['compare', '--base-ref', base, '--config', 'evals/bot/evalgate.yaml', '--config', 'evals/summariser/evalgate.yaml', '--out', 'out'],
      repo.dir,
      env,
    );
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('suites: bot fail, summariser pass — overall fail');
    const report = JSON.parse(readFileSync(join(repo.dir, 'out/evalgate-report.json'), 'utf8')) as SuitesReportJson;
    expect(report.schema).toBe('evalgate-report-suites');
    expect(report.decision).toBe('fail');
    expect(report.suites.map((s) => [s.name, s.decision, s.report?.counts.regressed])).toEqual([
      ['bot', 'fail', 6],
      ['summariser', 'pass', 0],
    ]);
    for (const entry of report.suites) expect(entry.report?.pairs).toBeGreaterThan(0);
    // Base worktrees of both suites are cleaned up.
    expect(repo.git('worktree', 'list').split('\n')).toHaveLength(1);
  });

  it('--max-cost covers the whole run, not each suite', async () => {
    writeFiles(repo.dir, {
      'evals/bot/evalgate.yaml': suite('bot', 'prompts/bot.md', 20),
      'evals/summariser/evalgate.yaml': suite('summariser', 'prompts/summariser.md', 20),
      'prompts/bot.md': 'POLICY PRICEY\n',
      'prompts/summariser.md': 'POLICY PRICEY\n',
    });
    // $0.15 a case: the cap pays for 10 cases of the run; at most 2 per suite are in flight when it is reached.
    const r = await cli(['run', '--config', 'evals/*/evalgate.yaml', '--out', 'out', '--max-cost', '1.5', '--max-concurrency', '1'], repo.dir, env);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).toMatch(/suite bot: 20 case runs planned; .*budget \$1\.5 shared by every suite of the run/);
    expect(r.stderr).toMatch(/suite summariser: 20 case runs planned/);
    // Separate budgets would let each suite start at least 10 cases (20 in all); one budget stops the run near 10.
    expect(server.stats().chatRequests).toBeGreaterThanOrEqual(10);
    expect(server.stats().chatRequests).toBeLessThanOrEqual(14);
  });
});
