// Hardening: a suite regex runs on model output, which is hostile. `^(\w+\s?)*$` against 41
// characters takes exponential time in a backtracking engine and would block EvalGate's event loop
// for good (no timeout can fire). Driven through dist/index.js: the run ends by itself, the checks
// fail as they should, redaction still redacts, JSON Schema `pattern` keywords are bounded too, and
// `validate` rejects what only a backtracking engine can run and warns about nested quantifiers.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunResults } from '../../src/results/schema.js';
import { startFakeOpenAi, lastUserText, type FakeOpenAi } from '../support/fake-openai.js';
import { writeFiles } from '../support/git-repo.js';
import { cliEnv, runBundle, type BundleRun } from '../support/bundle.js';
import { STACK_TRACE } from '../support/cli.js';

/** In a backtracking engine this pattern against EVIL does not finish in any useful time. */
const CATASTROPHIC = '^(\\w+\\s?)*$';
const EVIL = `${'a'.repeat(40)}!`;
/** Far beyond a linear-time run of this suite; only a hang reaches it. */
const HANG_MS = 60_000;

const SUITE = `version: 1
target:
  chat:
    model: gpt-4o-mini
    messages: [{ role: user, content: "{{q}}" }]
redact:
  - ${JSON.stringify(CATASTROPHIC)}
  - "ACME-[0-9]{6}"
cases:
  - id: regex
    input: { q: evil }
    checks: [{ regex: ${JSON.stringify(CATASTROPHIC)} }]
  - id: not-regex
    input: { q: evil }
    checks: [{ not-regex: { pattern: "^(\\\\w+ ?)+$" } }]
  - id: schema-pattern
    input: { q: json }
    checks: [{ json-schema: { type: object, properties: { code: { type: string, pattern: ${JSON.stringify(CATASTROPHIC)} } } } }]
  - id: secret
    input: { q: secret }
    checks: [{ contains: "ticket" }]
`;

describe('a catastrophic regex against hostile output', () => {
  let server: FakeOpenAi;
  let dir: string;
  let run: BundleRun;
  let results: RunResults;

  beforeAll(async () => {
    server = await startFakeOpenAi({
      model: (req) => {
        const q = lastUserText(req);
        if (q === 'json') return JSON.stringify({ code: EVIL });
        if (q === 'secret') return 'your ticket is ACME-123456';
        return EVIL;
      },
    });
    dir = mkdtempSync(join(tmpdir(), 'evalgate-hardening-redos-'));
    writeFiles(dir, { 'evals/evalgate.yaml': SUITE });
    run = await runBundle(['run', '--out', 'out'], { cwd: dir, env: cliEnv({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url }), killAfterMs: HANG_MS });
    results = RunResults.parse(JSON.parse(readFileSync(join(dir, 'out/evalgate-results.json'), 'utf8')));
  }, HANG_MS + 30_000);
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ends by itself, with the failing checks failing (not hanging, not erroring)', () => {
    expect(run.hung).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const status = Object.fromEntries(results.cases.map((c) => [c.id, c.status]));
    expect(status).toEqual({ regex: 'fail', 'not-regex': 'pass', 'schema-pattern': 'fail', secret: 'pass' });
    const regexCheck = results.cases.find((c) => c.id === 'regex')!.trials[0].checks[0];
    expect(regexCheck.reason).toContain('does not match');
  });

  it('still redacts with the suite patterns, the catastrophic one included', () => {
    const secret = results.cases.find((c) => c.id === 'secret')!.trials[0];
    expect(secret.output).toBe('your ticket is [REDACTED]');
    // The catastrophic pattern matches nothing here (the answer ends in "!"), so the answer is kept.
    expect(results.cases.find((c) => c.id === 'regex')!.trials[0].output).toBe(EVIL);
    expect(readFileSync(join(dir, 'out/single.jsonl'), 'utf8')).not.toContain('ACME-123456');
  });

  it('validate warns once per pattern with nested quantifiers, naming where it is first used', async () => {
    const v = await runBundle(['validate'], { cwd: dir, env: cliEnv({}), killAfterMs: HANG_MS });
    expect(v.code).toBe(0);
    const warnings = v.stderr.split('\n').filter((l) => l.startsWith('warning: '));
    expect(warnings.map((w) => w.split(': ')[1])).toEqual([
      'evals/evalgate.yaml:10 case "regex" checks[0].regex',
      'evals/evalgate.yaml:13 case "not-regex" checks[0].not-regex',
    ]);
    expect(warnings[0]).toContain('"^(\\\\w+\\\\s?)*$" nests quantifiers');
  });
});

describe('a pattern only a backtracking engine can run', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'evalgate-hardening-redos-syntax-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    {
      name: 'a lookahead in a regex check',
      line: 'checks: [{ regex: "^(?!.*sorry).*$" }]',
      where: 'evals/evalgate.yaml:9:23 cases[0].checks[0].regex:',
      bad: '(?!',
    },
    {
      name: 'a backreference in a not-regex check',
      line: 'checks: [{ not-regex: { pattern: "(\\\\w+) \\\\1" } }]',
      where: 'evals/evalgate.yaml:9:38 cases[0].checks[0].not-regex.pattern:',
      bad: '\\1',
    },
    {
      name: 'a lookahead in a JSON Schema pattern',
      line: 'checks: [{ json-schema: { type: string, pattern: "^(?=a)" } }]',
      where: 'evals/evalgate.yaml:9:29 cases[0].checks[0].json-schema:',
      bad: '(?=',
    },
  ])('$name is a validate error saying why and what to write instead', async ({ line, where, bad }) => {
    writeFiles(dir, {
      'evals/evalgate.yaml': `version: 1
target:
  chat:
    model: gpt-4o-mini
    messages: [{ role: user, content: "{{q}}" }]
cases:
  - id: a
    input: { q: x }
    ${line}
`,
    });
    const v = await runBundle(['validate'], { cwd: dir, env: cliEnv({}), killAfterMs: HANG_MS });
    expect(v.code).toBe(2);
    expect(v.stderr).toContain(where);
    expect(v.stderr).toContain('linear-time engine');
    expect(v.stderr).toContain(bad);
    expect(v.stderr).not.toMatch(STACK_TRACE);
  });

  it('a backreference in redact is a validate error too', async () => {
    writeFiles(dir, {
      'evals/evalgate.yaml': `version: 1
target:
  chat:
    model: gpt-4o-mini
    messages: [{ role: user, content: "{{q}}" }]
redact: ["(a+)\\\\1"]
cases:
  - { id: a, input: { q: x } }
`,
    });
    const v = await runBundle(['validate'], { cwd: dir, env: cliEnv({}), killAfterMs: HANG_MS });
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('evals/evalgate.yaml:6:10 redact[0]:');
    expect(v.stderr).toContain('linear-time engine');
  });
});
