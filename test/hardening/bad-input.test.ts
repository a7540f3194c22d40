// Hardening: a malformed suite never crashes EvalGate. Whatever is wrong, `validate` and `run`
// exit 2 with one short paragraph naming file, line, column and key — never a stack trace — and
// no model is called. Property tests mutate a valid suite at random and hold the same contract.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { MAX_CASE_FILE_BYTES, MAX_FILE_BYTES } from '../../src/config/files.js';
import { loadSuite } from '../../src/config/load.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { cli, STACK_TRACE } from '../support/cli.js';

const SUITE = 'evals/evalgate.yaml';

/** Lines 1–5 of the suites below; what is wrong comes after. */
const HEAD = `version: 1
target:
  chat:
    model: gpt-4o-mini
    messages: [{ role: user, content: "{{q}}" }]
`;
/** Lines 6–8: one valid case. */
const ONE_CASE = `cases:
  - id: a
    input: { q: x }
`;

type Files = Record<string, string | Uint8Array>;

interface MalformedSuite {
  name: string;
  files: Files;
  /** `--config`; the default suite path when absent. */
  config?: string;
  /** The start of the line a user reads: `file:line:column key:` (or `file:line:column` for a whole-file problem). */
  where: string;
  /** A phrase of the message. */
  says: string;
}

const latin1 = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));

const malformed: MalformedSuite[] = [
  {
    name: 'invalid YAML (an unclosed flow sequence)',
    files: { [SUITE]: `${HEAD}cases: [ { id: a, input: {q: x} }\n` },
    where: `${SUITE}:7:1`,
    says: 'invalid YAML',
  },
  { name: 'invalid YAML (a tab for indentation)', files: { [SUITE]: `${HEAD}cases:\n\t- id: a\n` }, where: `${SUITE}:7:1`, says: 'invalid YAML' },
  {
    name: 'a top-level list instead of a mapping',
    files: { [SUITE]: '- version: 1\n' },
    where: `${SUITE}:1:1`,
    says: 'expected a mapping with version, target and cases',
  },
  {
    name: 'a wrong type: a string for a number',
    files: { [SUITE]: `${HEAD}${ONE_CASE}gate:\n  max-score-drop: lots\n` },
    where: `${SUITE}:10:19 gate.max-score-drop:`,
    says: 'expected a number between 0 and 1, got "lots"',
  },
  {
    name: 'a wrong type: a list for an object',
    files: { [SUITE]: `${HEAD}${ONE_CASE}sample: [1, 2]\n` },
    where: `${SUITE}:9:9 sample:`,
    says: 'expected an object',
  },
  {
    name: 'a wrong type: input as a number',
    files: { [SUITE]: `${HEAD}cases:\n  - id: a\n    input: 7\n` },
    where: `${SUITE}:8:12 cases[0].input:`,
    says: 'expected an object, got 7',
  },
  {
    name: 'an unknown top-level key',
    files: { [SUITE]: `${HEAD}${ONE_CASE}gates: { confidence: 0.9 }\n` },
    where: `${SUITE}:9:1 gates:`,
    says: 'unknown key "gates" (did you mean "gate"?)',
  },
  {
    name: 'an unknown key in a check',
    files: { [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - contians: "30 days"\n` },
    where: `${SUITE}:10:9 cases[0].checks[0].contians:`,
    says: 'did you mean "contains"?',
  },
  {
    name: 'duplicate case ids',
    files: { [SUITE]: `${HEAD}cases:\n  - id: a\n    input: { q: x }\n  - id: a\n    input: { q: y }\n` },
    where: `${SUITE}:9:9 cases[1].id:`,
    says: 'duplicate id "a"',
  },
  {
    name: 'a missing case file',
    files: { [SUITE]: `${HEAD}cases:\n  - file: evals/cases/missing.yaml\n` },
    where: `${SUITE}:7:11 cases[0].file:`,
    says: 'case file "evals/cases/missing.yaml" not found',
  },
  {
    name: 'a missing prompt file',
    files: { [SUITE]: `version: 1\ntarget:\n  chat:\n    model: m\n    messages:\n      - { role: system, file: prompts/none.md }\n${ONE_CASE}` },
    where: `${SUITE}:6:31 target.chat.messages[0].file:`,
    says: 'prompt file "prompts/none.md" not found',
  },
  { name: 'a missing suite file', files: {}, where: `${SUITE}:1:1`, says: 'suite file "evals/evalgate.yaml" not found' },
  {
    name: 'a prompt path escaping the repository',
    files: { [SUITE]: `version: 1\ntarget:\n  chat:\n    model: m\n    messages:\n      - { role: system, file: ../../etc/passwd }\n${ONE_CASE}` },
    where: `${SUITE}:6:31 target.chat.messages[0].file:`,
    says: 'expected a path inside the repository',
  },
  {
    name: 'a case-file path escaping the repository',
    files: { [SUITE]: `${HEAD}cases:\n  - file: ../cases.yaml\n` },
    where: `${SUITE}:7:11 cases[0].file:`,
    says: 'expected a path inside the repository',
  },
  {
    name: 'a suite outside the repository',
    files: {},
    config: '../elsewhere.yaml',
    where: '../elsewhere.yaml:1:1',
    says: 'the suite file must be inside the repository',
  },
  {
    name: 'a bad glob in watch',
    files: { [SUITE]: `${HEAD}${ONE_CASE}watch: ["agent/[ab"]\n` },
    where: `${SUITE}:9:9 watch[0]:`,
    says: 'expected a valid glob',
  },
  {
    name: 'a case-file glob matching nothing',
    files: { [SUITE]: `${HEAD}cases:\n  - file: evals/cases/*.jsonl\n` },
    where: `${SUITE}:7:11 cases[0].file:`,
    says: 'no case files match',
  },
  {
    name: 'a regex check that does not compile',
    files: { [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - regex: "([0-9]+"\n` },
    where: `${SUITE}:10:16 cases[0].checks[0].regex:`,
    says: 'Unterminated group',
  },
  {
    name: 'a redact pattern that does not compile',
    files: { [SUITE]: `${HEAD}${ONE_CASE}redact: ["ACME-[0-9{6}"]\n` },
    where: `${SUITE}:9:10 redact[0]:`,
    says: 'expected a valid regular expression (RE2 syntax)',
  },
  {
    name: 'an inline JSON schema that does not compile',
    files: { [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - json-schema: { type: strng }\n` },
    where: `${SUITE}:10:22 cases[0].checks[0].json-schema:`,
    says: 'expected a valid JSON Schema',
  },
  {
    name: 'a JSON schema file that is not JSON',
    files: { [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - json-schema: { file: schemas/a.json }\n`, 'schemas/a.json': '{ "type": ' },
    where: `${SUITE}:10:30 cases[0].checks[0].json-schema.file:`,
    says: 'schemas/a.json',
  },
  { name: 'an empty suite file', files: { [SUITE]: '' }, where: `${SUITE}:1:1`, says: 'got an empty file' },
  { name: 'an empty cases list', files: { [SUITE]: `${HEAD}cases: []\n` }, where: `${SUITE}:6:8 cases:`, says: 'expected at least 1 item' },
  {
    name: 'only empty case files',
    files: { [SUITE]: `${HEAD}cases:\n  - file: evals/cases/*.yaml\n`, 'evals/cases/empty.yaml': '# to be written\n' },
    where: `${SUITE}:7:3 cases:`,
    says: 'the suite has no cases',
  },
  {
    name: 'a suite file over the size limit',
    files: { [SUITE]: `${HEAD}${ONE_CASE}#${' '.repeat(MAX_FILE_BYTES)}\n` },
    where: `${SUITE}:1:1`,
    says: 'the limit is 10 MB',
  },
  {
    name: 'a case file over the size limit',
    files: { [SUITE]: `${HEAD}cases:\n  - file: evals/cases/huge.jsonl\n`, 'evals/cases/huge.jsonl': new Uint8Array(MAX_CASE_FILE_BYTES + 1).fill(0x20) },
    where: `${SUITE}:7:11 cases[0].file:`,
    says: 'the limit is 64 MB',
  },
  {
    name: 'a suite file that is not UTF-8',
    files: { [SUITE]: latin1(`${HEAD}cases:\n  - id: caf\u00e9\n    input: {}\n`) },
    where: `${SUITE}:7:12`,
    says: 'not UTF-8',
  },
  {
    name: 'a case file that is not UTF-8',
    files: { [SUITE]: `${HEAD}cases:\n  - file: evals/cases/l1.yaml\n`, 'evals/cases/l1.yaml': latin1('- id: a\n  input: { q: "caf\u00e9" }\n') },
    where: 'evals/cases/l1.yaml:2:19',
    says: 'not UTF-8',
  },
  {
    name: 'a JSONL line that is not JSON',
    files: { [SUITE]: `${HEAD}cases:\n  - file: evals/cases/*.jsonl\n`, 'evals/cases/a.jsonl': '{"id": "a", "input": {}}\n{"id": "b",\n' },
    where: 'evals/cases/a.jsonl:2:',
    says: 'expected one JSON object per line',
  },
];

function writeRepo(files: Files): string {
  const root = mkdtempSync(join(tmpdir(), 'evalgate-hardening-input-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  return root;
}

/** What a user must see on stderr: one paragraph, each line `file:line:col [key:] message`, no trace. */
function expectPlainProblemReport(stderr: string, where: string, says: string): void {
  expect(stderr).not.toMatch(STACK_TRACE);
  const lines = stderr.trimEnd().split('\n');
  // One paragraph: no blank lines, and every line is a located problem.
  for (const line of lines) expect(line).toMatch(/^\S+:\d+:\d+ \S/);
  const line = lines.find((l) => l.startsWith(`${where}`));
  expect(line, `stderr was:\n${stderr}`).toBeDefined();
  expect(line).toContain(says);
}

describe('a malformed suite: exit 2, file:line:column key: message, no stack trace, no model call', () => {
  let server: FakeOpenAi;
  const roots: string[] = [];
  beforeAll(async () => {
    server = await startFakeOpenAi();
  });
  afterAll(async () => {
    await server.close();
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it.each(malformed)('$name', async ({ files, config, where, says }) => {
    const root = writeRepo(files);
    roots.push(root);
    const configArgs = config ? ['--config', config] : [];
    const env = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url };

    const validate = await cli(['validate', ...configArgs], root, env);
    expect(validate.code).toBe(2);
    expect(validate.stdout).toBe('');
    expectPlainProblemReport(validate.stderr, where, says);

    const run = await cli(['run', '--out', 'out', ...configArgs], root, env);
    expect(run.code).toBe(2);
    expectPlainProblemReport(run.stderr, where, says);
    expect(server.stats().chatRequests).toBe(0);
  });
});

// --- Property tests: random damage to a valid suite keeps the contract. ---

const VALID_SUITE = `version: 1
name: support
watch: [prompts/**]
target:
  chat:
    model: gpt-4o-mini
    temperature: 0
    max-tokens: 100
    messages:
      - { role: system, file: prompts/sys.md }
      - { role: user, content: "{{q}}" }
judge: { model: gpt-4o-mini, rubric: "Be right.", threshold: 0.7 }
cases:
  - file: evals/cases/*.yaml
  - id: inline
    input: { q: hello }
    expected: hi
    tags: [critical]
    checks:
      - contains: hello
      - not-contains: { any: [refund, sorry] }
      - regex: { pattern: "h.*o", flags: i }
      - json-schema: { type: object, required: [a] }
      - judge: "Polite."
      - max-latency: 20s
defaults: { checks: [ { max-length: 500 } ] }
sample: { size: 2, seed: 1, stratify: tags, always: [critical], trials: 1 }
gate:
  max-score-drop: 0.02
  confidence: 0.95
  must-pass-tags: [critical]
  max-cost-increase: 25%
  on-inconclusive: pass
  max-error-rate: 0.1
pricing: { my-model: { input: 1, output: 2 } }
traffic: { calls-per-month: 1000 }
redact: ["ACME-[0-9]{6}"]
`;
const VALID_FILES = {
  'prompts/sys.md': 'You are terse.',
  'evals/cases/more.yaml': '- id: from-file\n  input: { q: bye }\n  checks: [ { starts-with: "answer" } ]\n',
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Segment = string | number;

/** Every path into the tree (the root excluded), depth first. */
function pathsOf(value: Json, at: Segment[] = []): Segment[][] {
  const children: [Segment, Json][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return children.flatMap(([k, v]) => [[...at, k], ...pathsOf(v, [...at, k])]);
}

/** A copy of `root` with the node at `path` changed by `edit(parent, key)`. */
function editAt(root: Json, path: Segment[], edit: (parent: { [k: string]: Json } | Json[], key: Segment) => void): Json {
  const copy = structuredClone(root);
  let parent = copy as { [k: string]: Json } | Json[];
  for (const seg of path.slice(0, -1)) parent = (parent as Record<string, Json>)[seg as string] as { [k: string]: Json } | Json[];
  edit(parent, path[path.length - 1]);
  return copy;
}

const anyScalar: fc.Arbitrary<Json> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 3 }),
  fc.constant({}),
);
const keyName = fc.string({ minLength: 1, maxLength: 10 }).filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k));

type Mutation =
  | { op: 'delete'; pick: number }
  | { op: 'replace'; pick: number; value: Json }
  | { op: 'insert'; pick: number; key: string; value: Json }
  | { op: 'rename'; pick: number; key: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), pick: fc.nat(), value: anyScalar }),
  fc.record({ op: fc.constant('insert' as const), pick: fc.nat(), key: keyName, value: anyScalar }),
  fc.record({ op: fc.constant('rename' as const), pick: fc.nat(), key: keyName }),
);

function mutate(tree: Json, m: Mutation): Json {
  const paths = pathsOf(tree);
  const path = paths[m.pick % paths.length];
  switch (m.op) {
    case 'delete':
      return editAt(tree, path, (parent, key) => {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
      });
    case 'replace':
      return editAt(tree, path, (parent, key) => {
        (parent as Record<Segment, Json>)[key] = m.value;
      });
    case 'insert': {
      // Into the nearest mapping at or above the picked node.
      const objects = [[], ...paths].filter((p) => {
        let node: Json = tree;
        for (const seg of p) node = (node as Record<Segment, Json>)[seg];
        return node !== null && typeof node === 'object' && !Array.isArray(node);
      });
      const target = objects[m.pick % objects.length];
      return editAt(tree, [...target, m.key], (parent, key) => {
        (parent as Record<string, Json>)[key as string] = m.value;
      });
    }
    case 'rename':
      return editAt(tree, path, (parent, key) => {
        if (Array.isArray(parent)) return;
        const value = parent[key as string];
        delete parent[key as string];
        parent[m.key] = value;
      });
  }
}

describe('property: a randomly damaged suite loads, or fails with located problems and exit 2', () => {
  let root: string;
  const tree = parseYaml(VALID_SUITE) as Json;
  beforeAll(() => {
    root = writeRepo({ ...VALID_FILES, [SUITE]: VALID_SUITE });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** The contract, for one suite text: loads, or ConfigError with every problem located; the CLI agrees. */
  async function holdsContract(text: string, opts: { keyed: boolean }): Promise<'loads' | 'rejected'> {
    writeFileSync(join(root, SUITE), text);
    const loaded = await loadSuite(root, SUITE).then(
      () => null,
      (error: unknown) => error,
    );
    if (loaded !== null) {
      expect(loaded).toBeInstanceOf(ConfigError);
      const { problems } = loaded as ConfigError;
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) {
        expect(p.file).toMatch(/\S/);
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.column).toBeGreaterThanOrEqual(1);
        expect(typeof p.key).toBe('string');
        // Once the YAML parses, every problem names the key it is about.
        if (opts.keyed) expect(p.key, `${p.file}:${p.line}:${p.column} ${p.message}`).not.toBe('');
        expect(p.message).toMatch(/\S/);
      }
    }
    const r = await cli(['validate'], root, {});
    expect(r.code).toBe(loaded === null ? 0 : 2);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    return loaded === null ? 'loads' : 'rejected';
  }

  it('survives structural mutations (delete, retype, insert, rename keys)', async () => {
    const seen = { loads: 0, rejected: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
        const mutated = ms.reduce(mutate, tree);
        seen[await holdsContract(stringifyYaml(mutated), { keyed: true })] += 1;
      }),
      { numRuns: 100, seed: 20261127 },
    );
    // Both outcomes occur, so the property is not vacuous.
    expect(seen.loads).toBeGreaterThan(0);
    expect(seen.rejected).toBeGreaterThan(seen.loads);
  });

  it('survives the YAML text cut at any point', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: VALID_SUITE.length - 1 }), async (at) => {
        await holdsContract(VALID_SUITE.slice(0, at), { keyed: false });
      }),
      { numRuns: 100, seed: 20261127 },
    );
  });
});
