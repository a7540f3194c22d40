// Hardening: data nested thousands of levels deep (a case, a model answer, an agent's result)
// and answers of many megabytes. Before, a 3,000-level JSONL case passed `validate` and crashed
// `run` with "Maximum call stack size exceeded", and a 10 MB answer cost ~600 MB. Now each is a
// clear error that says the limit and where, through dist/index.js, and the rest of the run goes on.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunResults } from '../../src/results/schema.js';
import { lastUserText, startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { writeFiles } from '../support/git-repo.js';
import { cliEnv, runBundle } from '../support/bundle.js';
import { STACK_TRACE } from '../support/cli.js';

const HANG_MS = 60_000;
const deep = (n: number): string => '['.repeat(n) + '1' + ']'.repeat(n);
const AGENT = fileURLToPath(new URL('./fixtures/deep-agent.mjs', import.meta.url));
const RUN = JSON.stringify(`${JSON.stringify(process.execPath)} ${JSON.stringify(AGENT)}`);

const CHAT_HEAD = `version: 1
target:
  chat:
    model: gpt-4o-mini
    messages: [{ role: user, content: "{{q}}" }]
`;

describe('deeply nested and oversized input', () => {
  let server: FakeOpenAi;
  const dirs: string[] = [];
  const project = (files: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-hardening-limits-'));
    dirs.push(dir);
    writeFiles(dir, files);
    return dir;
  };
  const env = (): NodeJS.ProcessEnv => cliEnv({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url });

  beforeAll(async () => {
    server = await startFakeOpenAi({
      model: (req) => {
        const q = lastUserText(req);
        if (q === 'deep-json') return deep(3000);
        if (q === 'huge') return 'word '.repeat(2_000_000);
        return '{"ok": true}';
      },
    });
  });
  afterAll(async () => {
    await server.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it.each(['validate', 'run'])('a JSONL case nested 3,000 levels deep: `%s` names file:line and the limit, exit 2', async (command) => {
    const dir = project({
      'evals/evalgate.yaml': `${CHAT_HEAD}cases:\n  - file: evals/cases.jsonl\n`,
      'evals/cases.jsonl': `{"id":"ok","input":{"q":"x"}}\n{"id":"deep","input":{"q":"x","d":${deep(3000)}}}\n`,
    });
    const r = await runBundle(command === 'run' ? ['run', '--out', 'out'] : ['validate'], { cwd: dir, env: env(), killAfterMs: HANG_MS });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('evals/cases.jsonl:2:1 this case is nested more than 100 levels deep');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toContain('Maximum call stack');
  });

  it('an inline YAML case nested 3,000 levels deep is a YAML error that says why', async () => {
    const dir = project({ 'evals/evalgate.yaml': `${CHAT_HEAD}cases:\n  - id: deep\n    input: { q: x, d: ${deep(3000)} }\n` });
    const r = await runBundle(['validate'], { cwd: dir, env: env(), killAfterMs: HANG_MS });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^evals\/evalgate\.yaml:8:\d+ invalid YAML: nested too deeply to read; EvalGate reads at most 100 levels/m);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('a JSON Schema nested 300 levels deep in the suite is a validate error at its section', async () => {
    const schema = '{"items":'.repeat(300) + '{}' + '}'.repeat(300);
    const dir = project({ 'evals/evalgate.yaml': `${CHAT_HEAD}cases:\n  - { id: a, input: { q: x } }\ndefaults:\n  checks: [{ json-schema: ${schema} }]\n` });
    const r = await runBundle(['validate'], { cwd: dir, env: env(), killAfterMs: HANG_MS });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('evals/evalgate.yaml:9:3 defaults: "defaults" is nested more than 100 levels deep');
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('model answers: deep JSON fails its JSON checks, a 10 MB answer is an error saying the limit; the run goes on', async () => {
    const dir = project({
      'evals/evalgate.yaml': `${CHAT_HEAD}cases:
  - { id: deep-json, input: { q: deep-json }, checks: [{ is-json: true }, { json-schema: { type: array } }] }
  - { id: huge, input: { q: huge }, checks: [{ contains: word }] }
  - { id: fine, input: { q: fine }, checks: [{ is-json: true }] }
`,
    });
    const r = await runBundle(['run', '--out', 'out'], { cwd: dir, env: env(), killAfterMs: HANG_MS });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const results = RunResults.parse(JSON.parse(readFileSync(join(dir, 'out/evalgate-results.json'), 'utf8')));
    const byId = new Map(results.cases.map((c) => [c.id, c]));
    const deepTrial = byId.get('deep-json')!.trials[0];
    expect(deepTrial.status).toBe('fail');
    for (const check of deepTrial.checks) expect(check.reason).toContain('nested more than 100 levels deep');
    const huge = byId.get('huge')!.trials[0];
    expect(huge.status).toBe('error');
    expect(huge.error!.message).toBe(
      'the answer is 10.0 million characters; EvalGate evaluates answers of at most 1,000,000 characters (limit the output, e.g. max-tokens, or return less)',
    );
    // It was paid for: the request counts.
    expect(huge.requests).toBe(1);
    expect(huge.output).toBeNull();
    expect(byId.get('fine')!.status).toBe('pass');
  });

  it('agents: a result nested 3,000 levels deep and a 5 MB answer are errors saying the limit; the run goes on', async () => {
    const dir = project({
      'evals/evalgate.yaml': `version: 1
target:
  command: { run: ${RUN} }
cases:
  - { id: deep-trace, input: { mode: deep-trace } }
  - { id: huge-answer, input: { mode: huge-answer } }
  - { id: fine, input: { mode: fine } }
`,
    });
    const r = await runBundle(['run', '--out', 'out'], { cwd: dir, env: env(), killAfterMs: HANG_MS });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const results = RunResults.parse(JSON.parse(readFileSync(join(dir, 'out/evalgate-results.json'), 'utf8')));
    const error = (id: string): string | undefined => results.cases.find((c) => c.id === id)!.trials[0].error?.message;
    expect(error('deep-trace')).toContain('the agent result is nested more than 100 levels deep');
    expect(error('huge-answer')).toContain('the answer is 5.0 million characters; EvalGate evaluates answers of at most 1,000,000 characters');
    expect(results.cases.find((c) => c.id === 'fine')!.status).toBe('pass');
  });
});
