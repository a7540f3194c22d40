import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RunResults } from '../../src/results/schema.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { cli } from '../support/cli.js';
import { writeFiles } from '../support/git-repo.js';

const SUITE = `version: 1
target:
  chat:
    model: gpt-4o-mini
    temperature: 0
    messages:
      - { role: system, file: prompts/sys.md }
      - { role: user, content: "{{q}}" }
judge: { model: gpt-4o-mini }
cases:
  - id: greets
    input: { q: "hello GOOD" }
    checks: [ { contains: hello }, { judge: "Is the answer good?" } ]
  - id: says-bye
    input: { q: "bye" }
    checks: [ { contains: hello } ]
  - file: cases.jsonl
`;

describe('evalgate run against an OpenAI-compatible server', () => {
  let server: FakeOpenAi;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    server = await startFakeOpenAi();
  });
  afterAll(async () => server.close());
  beforeEach(() => {
    server.reset();
    dir = mkdtempSync(join(tmpdir(), 'evalgate-cli-'));
    writeFiles(dir, {
      'evals/evalgate.yaml': SUITE,
      'prompts/sys.md': 'You are terse.',
      'cases.jsonl': '{"id":"jsonl-case","input":{"q":"hello from jsonl"},"checks":[{"starts-with":"answer:"}]}\n',
    });
    env = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url };
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it('writes a results file with statuses, usage and cost, and exits 1 for a failing case', async () => {
    const r = await cli(['run', '--out', 'out'], dir, env);
    expect(r.stderr).not.toMatch(/Error:|at .*\.ts:/);
    expect(r.code).toBe(1);
    const results = RunResults.parse(JSON.parse(readFileSync(join(dir, 'out/evalgate-results.json'), 'utf8')));
    const status = Object.fromEntries(results.cases.map((c) => [c.id, c.status]));
    expect(status).toEqual({ greets: 'pass', 'says-bye': 'fail', 'jsonl-case': 'pass' });
    expect(readFileSync(join(dir, 'out/evalgate-junit.xml'), 'utf8')).toMatch(
      /<testcase name="says-bye" classname="evals" time="[\d.]+">\n\s*<failure message="fails: contains &quot;hello&quot;: /,
    );
    const greets = results.cases.find((c) => c.id === 'greets')!;
    expect(greets.trials[0].output).toBe('answer: hello GOOD');
    expect(greets.trials[0].checks.find((c) => c.kind === 'judge')?.judge?.score).toBe(1);
    expect(results.totals.usage.inputTokens).toBeGreaterThan(0);
    expect(results.totals.costUsd).toBeGreaterThan(0);
    expect(results.totals.judgeCostUsd).toBeGreaterThan(0);
    // 3 target calls + 1 judge call.
    expect(server.stats().chatRequests).toBe(4);
    expect(r.stdout).toContain('says-bye');
    // JSONL written while running, one line per trial.
    expect(readFileSync(join(dir, 'out/single.jsonl'), 'utf8').trim().split('\n')).toHaveLength(3);
  });

  it('pays nothing on a second run with --cache', async () => {
    await cli(['run', '--out', 'out', '--cache', '.cache'], dir, env);
    const first = server.stats().chatRequests;
    expect(first).toBe(4);
    const again = await cli(['run', '--out', 'out2', '--cache', '.cache'], dir, env);
    expect(again.code).toBe(1);
    expect(server.stats().chatRequests).toBe(first);
    const results = RunResults.parse(JSON.parse(readFileSync(join(dir, 'out2/evalgate-results.json'), 'utf8')));
    expect(results.totals.requests).toBe(0);
    expect(results.totals.cacheHits).toBe(4);
  });

  it('--replay answers from the cache only and names what is missing (exit 3: nothing was evaluated)', async () => {
    const r = await cli(['run', '--out', 'out', '--cache', '.empty-cache', '--replay'], dir, { OPENAI_BASE_URL: server.url });
    expect(server.stats().chatRequests).toBe(0);
    expect(r.code).toBe(3);
    const results = RunResults.parse(JSON.parse(readFileSync(join(dir, 'out/evalgate-results.json'), 'utf8')));
    expect(results.cases.every((c) => c.status === 'error')).toBe(true);
    expect(results.cases[0].trials[0].error?.kind).toBe('replay-miss');
    expect(r.stdout + r.stderr).toMatch(/not in the cache|replay/i);
  });

  it('runs from a subdirectory of the repository: suite paths stay relative to its root', async () => {
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const r = await cli(['run', '--out', 'out'], join(dir, 'evals'), env);
    expect(r.stderr).not.toMatch(/does not exist|not found/);
    expect(r.code).toBe(1);
    expect(RunResults.parse(JSON.parse(readFileSync(join(dir, 'evals/out/evalgate-results.json'), 'utf8'))).cases).toHaveLength(3);
    expect(r.stderr).toContain('hint: evals/out/ is not ignored by git; add it to .gitignore so results are not committed');
    writeFiles(dir, { '.gitignore': 'out/\n' });
    expect((await cli(['run', '--out', 'out'], join(dir, 'evals'), env)).stderr).not.toContain('hint:');
    const byConfig = await cli(['validate', '--config', 'evalgate.yaml'], join(dir, 'evals'), env);
    expect(byConfig.stdout).toMatch(/^evals\/evalgate\.yaml: valid$/m);
  });

  it('says why a sample smaller than the always-included cases runs more cases', async () => {
    writeFiles(dir, {
      'evals/evalgate.yaml': SUITE.replace('cases:\n  - id: greets\n', 'sample: { always: [core] }\ncases:\n  - id: greets\n    tags: [core]\n').replace(
        '  - id: says-bye\n',
        '  - id: says-bye\n    tags: [core]\n',
      ),
    });
    const r = await cli(['run', '--out', 'out', '--sample', '1'], dir, env);
    expect(r.stderr).toContain('sample size 1 is below the 2 cases tagged core (sample.always), which are always included: evaluating 2 cases');
  });

  it('--sample and --trials override the suite', async () => {
    await cli(['run', '--out', 'out', '--sample', '2', '--trials', '2', '--seed', '3'], dir, env);
    const results = RunResults.parse(JSON.parse(readFileSync(join(dir, 'out/evalgate-results.json'), 'utf8')));
    expect(results.meta.sampleIds).toHaveLength(2);
    expect(results.meta.trials).toBe(2);
    expect(results.cases.every((c) => c.trials.length === 2)).toBe(true);
  });

  it.each([
    [['run', '--trials', 'x'], /--trials: expected a whole number/],
    [['run', '--sample', 'lots'], /sample: expected a number of cases/],
    [['run', '--bogus'], /unknown option --bogus/],
    [['explode'], /unknown command "explode"/],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const r = await cli(args, dir, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 without an API key and says how to provide one', async () => {
    const r = await cli(['run'], dir, {});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/OPENAI_API_KEY is not set/);
  });

  it('validate prints the suite and exits 0; an invalid suite exits 2 naming line and key', async () => {
    const ok = await cli(['validate'], dir, {});
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/cases\s+3/);
    writeFiles(dir, { 'evals/evalgate.yaml': SUITE.replace('temperature: 0', 'temprature: 0') });
    const bad = await cli(['validate'], dir, {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/evals\/evalgate\.yaml:5:5 target\.chat\.temprature/);
    expect(bad.stderr).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('--version and --help', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect((await cli(['--version'], dir, {})).stdout.trim()).toBe(pkg.version);
    const help = await cli(['run', '--help'], dir, {});
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--replay');
  });
});
