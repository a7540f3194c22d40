// `evalgate compare` locally: base (a git worktree) versus the working tree or a head ref, on a
// real temp repository, against the fake OpenAI server; and two results files compared offline.
import { XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ReportJson } from '../../src/report/json.js';
import { RunResults } from '../../src/results/schema.js';
import { cli, STACK_TRACE } from '../support/cli.js';
import { startFakeOpenAi, type ChatCompletionRequestBody, type FakeOpenAi } from '../support/fake-openai.js';
import { createTempRepo, writeFiles, type TempRepo } from '../support/git-repo.js';

const CASES = Array.from({ length: 12 }, (_, i) => ({ id: `q${i}`, refund: i < 6 }));

const SUITE = `version: 1
name: local
target:
  chat:
    model: gpt-4o-mini
    messages:
      - { role: system, file: prompts/system.md }
      - { role: user, content: "{{q}}" }
cases:
${CASES.map((c) => `  - { id: ${c.id}, input: { q: "${c.refund ? 'refund' : 'other'} question ${c.id}" }, checks: [ { contains: "ok" } ] }`).join('\n')}
`;

/** With the policy line in the system prompt every answer is "ok"; without it refund answers are not. */
function model(req: ChatCompletionRequestBody): string {
  const text = req.messages.map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n');
  return text.includes('POLICY') || !text.includes('refund question') ? 'ok, done' : 'sure, anything';
}

describe('evalgate compare', () => {
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
    base = repo.commit({ 'evals/evalgate.yaml': SUITE, 'prompts/system.md': 'Be brief. POLICY applies.\n' }, 'v1');
    env = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url };
  });
  afterEach(() => repo.remove());

  it('--base-ref: evaluates base in a worktree and the working tree as head, and reports the regression', async () => {
    writeFiles(repo.dir, { 'prompts/system.md': 'Be brief.\n' }); // uncommitted: the working tree is head
    const r = await cli(['compare', '--base-ref', base, '--out', 'out'], repo.dir, env);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/EvalGate: FAIL/);
    const report = JSON.parse(readFileSync(join(repo.dir, 'out/evalgate-report.json'), 'utf8')) as ReportJson;
    expect(report.decision).toBe('fail');
    expect(report.counts.regressed).toBe(6);
    expect(report.counts.unchanged).toBe(6);
    // Same sampled cases on both sides, each once.
    expect(server.stats().chatRequests).toBe(24);
    const md = readFileSync(join(repo.dir, 'out/evalgate-report.md'), 'utf8');
    expect(md).toContain('regressed');
    // The JUnit file for test reporters: every sampled case, the regressed ones failing.
    const junit = readFileSync(join(repo.dir, 'out/evalgate-junit.xml'), 'utf8');
    expect(XMLValidator.validate(junit)).toBe(true);
    expect(junit).toMatch(/<testsuite name="local \(head vs base\)" tests="12" failures="6" errors="0" skipped="0"/);
    for (const side of ['base', 'head']) {
      const results = RunResults.parse(JSON.parse(readFileSync(join(repo.dir, `out/${side}/evalgate-results.json`), 'utf8')));
      expect(results.meta.sampleIds).toHaveLength(12);
    }
    // The base worktree is cleaned up.
    expect(repo.git('worktree', 'list').split('\n')).toHaveLength(1);
  });

  it('--base-ref HEAD with an uncommitted prompt edit: names the head as the commit plus uncommitted changes', async () => {
    const short = base.slice(0, 7);
    writeFiles(repo.dir, { 'prompts/system.md': 'Be brief.\n' }); // edited, not committed
    const r = await cli(['compare', '--base-ref', 'HEAD', '--config', 'evals/evalgate.yaml', '--out', 'out'], repo.dir, env);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`base ${short} → head ${short} + uncommitted changes`);
    const md = readFileSync(join(repo.dir, 'out/evalgate-report.md'), 'utf8');
    expect(md).toContain(`base ${short} → head ${short} + uncommitted changes`);
    // Reproducing must evaluate the working tree again, not the commit against itself.
    expect(md).toContain(`Reproduce with your uncommitted changes: \`evalgate compare --config evals/evalgate.yaml --base-ref ${short} --sample 12`);
    expect(md).not.toContain('--head-ref');
    const head = RunResults.parse(JSON.parse(readFileSync(join(repo.dir, 'out/head/evalgate-results.json'), 'utf8')));
    expect(head.meta).toMatchObject({ commit: base, dirty: true });
    const baseRun = RunResults.parse(JSON.parse(readFileSync(join(repo.dir, 'out/base/evalgate-results.json'), 'utf8')));
    expect(baseRun.meta.dirty).toBeUndefined();

    // Edit undone: the untracked out/ directory left behind does not make the tree dirty.
    repo.git('checkout', '--', 'prompts/system.md');
    const clean = await cli(['compare', '--base-ref', 'HEAD', '--config', 'evals/evalgate.yaml', '--out', 'out2'], repo.dir, env);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain(`base ${short} → head ${short}\n`);
    const cleanHead = RunResults.parse(JSON.parse(readFileSync(join(repo.dir, 'out2/head/evalgate-results.json'), 'utf8')));
    expect(cleanHead.meta.dirty).toBeUndefined();
  });

  it('--head-ref: compares two commits; an unchanged prompt passes', async () => {
    const head = repo.commit({ 'README.md': 'docs only\n' }, 'docs');
    const r = await cli(['compare', '--base-ref', base, '--head-ref', head, '--out', 'out'], repo.dir, env);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(repo.dir, 'out/evalgate-report.json'), 'utf8')) as ReportJson;
    expect(report.decision).toBe('pass');
    expect(report.counts.regressed).toBe(0);
  });

  it('--base/--head: compares two results files without calling a model', async () => {
    writeFiles(repo.dir, { 'prompts/system.md': 'Be brief.\n' });
    await cli(['compare', '--base-ref', base, '--out', 'first'], repo.dir, env);
    const calls = server.stats().chatRequests;
    const r = await cli(
      ['compare', '--base', 'first/base/evalgate-results.json', '--head', 'first/head/evalgate-results.json', '--out', 'again'],
      repo.dir,
      {},
    );
    expect(server.stats().chatRequests).toBe(calls);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(repo.dir, 'again/evalgate-report.json'), 'utf8')) as ReportJson;
    expect(report.counts.regressed).toBe(6);
  });

  it('--baseline: a stored results file of the base commit replaces the base run; a stale one is ignored, with the reason', async () => {
    await cli(['run', '--out', 'stored'], repo.dir, env);
    // `run` has no commit; a baseline made elsewhere records it: write it as the action's baseline mode does.
    const stored = RunResults.parse(JSON.parse(readFileSync(join(repo.dir, 'stored/evalgate-results.json'), 'utf8')));
    writeFiles(repo.dir, { 'baseline.json': JSON.stringify({ ...stored, meta: { ...stored.meta, commit: base } }) });
    writeFiles(repo.dir, { 'prompts/system.md': 'Be brief.\n' });
    server.reset();
    const used = await cli(['compare', '--base-ref', base, '--baseline', 'baseline.json', '--out', 'out'], repo.dir, env);
    expect(used.stderr).toMatch(/base results from the stored baseline/);
    expect(server.stats().chatRequests).toBe(12); // head only
    expect(used.code).toBe(1);

    writeFiles(repo.dir, { 'stale.json': JSON.stringify({ ...stored, meta: { ...stored.meta, commit: 'f'.repeat(40) } }) });
    server.reset();
    const stale = await cli(['compare', '--base-ref', base, '--baseline', 'stale.json', '--out', 'out2'], repo.dir, env);
    expect(stale.stderr).toMatch(/stored baseline ignored: it was made at fffffff/);
    expect(server.stats().chatRequests).toBe(24);
  });

  it('names an unknown base ref plainly, as a usage error', async () => {
    const r = await cli(['compare', '--base-ref', 'no-such-branch', '--out', 'out'], repo.dir, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot resolve "no-such-branch"/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});
