import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSuite, readSuite, targetFilesOf, validateSuite, defaultName, type SuiteSource } from '../../src/config/load.js';
import { CaseSpec, type TargetSpec } from '../../src/config/schema.js';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_GATE, DEFAULT_JUDGE_THRESHOLD } from '../../src/config/suite.js';
import { SPEC_EXAMPLE, usingRepo } from './repo.js';

const SPEC_CASES = `- id: shipping-time
  input: { question: "How long does shipping take?" }
  tags: [shipping]
  checks:
    - regex: "\\\\d+ (business )?days"
- id: refund-damaged
  input: { question: "My parcel arrived damaged." }
  tags: [refunds, critical]
`;

describe('loadSuite on the SPEC §2 example', () => {
  it('loads it with case files expanded, defaults applied and units normalised', async () => {
    const root = await usingRepo({
      'evals/evalgate.yaml': SPEC_EXAMPLE,
      'evals/cases/support.yaml': SPEC_CASES,
      'evals/cases/notes.md': 'not a case file: the glob is *.yaml',
      'prompts/support.md': 'You are a support agent for ACME shoes.',
    });
    const suite = await loadSuite(root, 'evals/evalgate.yaml');

    expect(suite.path).toBe('evals/evalgate.yaml');
    expect(suite.root).toBe(path.resolve(root));
    expect(suite.name).toBe('evals');
    expect(suite.watch).toEqual(['prompts/**', 'agent/**', 'config/models.yaml']);
    expect(suite.cases.map((c) => [c.id, c.source])).toEqual([
      ['shipping-time', { file: 'evals/cases/support.yaml', line: 1 }],
      ['refund-damaged', { file: 'evals/cases/support.yaml', line: 6 }],
      ['refund-window', { file: 'evals/evalgate.yaml', line: 19 }],
    ]);
    const refund = suite.cases[2];
    expect(refund).toMatchObject({
      input: { question: 'Can I return shoes after 45 days?' },
      expected: 'No. Returns are accepted within 30 days.',
      tags: ['refunds', 'critical'],
      checks: [{ contains: '30 days' }, { judge: 'States the return window correctly and does not promise a refund.' }, { 'max-latency': '20s' }],
    });
    expect(suite.cases[1].tags).toEqual(['refunds', 'critical']);
    expect(suite.cases[1].checks).toEqual([{ 'max-latency': '20s' }]);
    expect(suite.judge).toEqual({ model: 'gpt-4o-mini', endpoint: null, rubric: 'Grade the answer for correctness and tone.', threshold: 0.7, temperature: 0 });
    expect(suite.sample).toEqual({ size: { count: 50 }, seed: 1, stratify: true, always: ['critical'], trials: 1, batches: 5 });
    expect(suite.gate).toEqual({ ...DEFAULT_GATE, mustPassTags: ['critical'] });
    expect(suite.pricing).toEqual({ 'my-finetune': { input: 3, 'cached-input': 1.5, output: 12 } });
    expect(suite.trafficCallsPerMonth).toBe(100_000);
    expect(suite.redact).toEqual(['ACME-[0-9]{6}']);
    expect(suite.target.chat?.model).toBe('gpt-4o-mini');
    expect(suite.targetFiles).toEqual(['prompts/support.md']);
    expect(suite.referencedFiles).toEqual(['evals/cases/support.yaml', 'evals/evalgate.yaml', 'prompts/support.md']);
  });

  it('accepts an absolute suite path inside the repository', async () => {
    const root = await usingRepo({
      'evals/evalgate.yaml': SPEC_EXAMPLE,
      'evals/cases/support.yaml': SPEC_CASES,
      'prompts/support.md': 'hi',
    });
    const suite = await loadSuite(root, path.join(root, 'evals', 'evalgate.yaml'));
    expect(suite.path).toBe('evals/evalgate.yaml');
  });
});

describe('loadSuite with case files, references and defaults', () => {
  const files = {
    'evals/support.yaml': `version: 1
watch: [agent/**]
target:
  module: { path: ./agent/run.mjs }
cases:
  - file: evals/cases/**/*.jsonl
  - file: evals/cases/*.yaml
  - id: inline
    input: { q: "{}" }
    checks:
      - json-schema: { file: schemas/answer.json }
      - javascript: { path: checks/tone.mjs, export: polite }
      - javascript: checks/tone.mjs
defaults:
  checks:
    - not-contains: { any: [TODO, FIXME] }
      ignore-case: true
sample: { size: 20%, trials: 3 }
gate: { max-cost-increase: 25%, max-latency-increase: 0.5, on-inconclusive: fail }
`,
    'evals/cases/a.yaml': '- id: yaml-1\n  input: { q: one }\n',
    // CRLF line endings, a blank line and a byte-order mark: all as editors write them.
    'evals/cases/bulk/b.jsonl':
      '\ufeff{"id": "jsonl-1", "input": {"q": "two"}, "tags": ["bulk"]}\r\n\r\n{"id": "jsonl-2", "input": {"q": "three"}, "expected": {"n": 3}}\r\n',
    'evals/cases/c.jsonl': '{"id": "jsonl-0", "input": {}}\n',
    'node_modules/pkg/evals/cases/x.jsonl': '{"id": "never", "input": {}}\n',
    'schemas/answer.json': '{ "type": "object", "required": ["answer"] }',
    'checks/tone.mjs': 'export const polite = () => true; export default polite;',
    'agent/run.mjs': 'export default async () => ({ output: "ok" });',
  };

  it('expands YAML and JSONL globs in order, skipping node_modules, and names every referenced file', async () => {
    const root = await usingRepo(files);
    const suite = await loadSuite(root, 'evals/support.yaml');

    expect(suite.name).toBe('support');
    expect(suite.cases.map((c) => c.id)).toEqual(['jsonl-1', 'jsonl-2', 'jsonl-0', 'yaml-1', 'inline']);
    expect(suite.cases[0].source).toEqual({ file: 'evals/cases/bulk/b.jsonl', line: 1 });
    expect(suite.cases[1]).toMatchObject({ expected: { n: 3 }, tags: [], source: { file: 'evals/cases/bulk/b.jsonl', line: 3 } });
    for (const c of suite.cases) expect(c.checks.at(-1)).toEqual({ 'not-contains': { any: ['TODO', 'FIXME'] }, 'ignore-case': true });
    expect(suite.cases[4].checks).toHaveLength(4);
    expect(suite.targetFiles).toEqual(['agent/run.mjs']);
    expect(suite.referencedFiles).toEqual([
      'agent/run.mjs',
      'checks/tone.mjs',
      'evals/cases/a.yaml',
      'evals/cases/bulk/b.jsonl',
      'evals/cases/c.jsonl',
      'evals/support.yaml',
      'schemas/answer.json',
    ]);
    expect(suite.sample).toEqual({ size: { fraction: 0.2 }, seed: 1, stratify: false, always: [], trials: 3, batches: 5 });
    expect(suite.gate).toEqual({ ...DEFAULT_GATE, maxCostIncrease: 0.25, maxLatencyIncrease: 0.5, onInconclusive: 'fail' });
    expect(suite.judge).toBeNull();
    expect(suite.pricing).toEqual({});
    expect(suite.trafficCallsPerMonth).toBeNull();
  });

  it('fills judge defaults when the section gives only a model', async () => {
    const root = await usingRepo({
      'evalgate.yaml': `version: 1\nname: Support bot\ntarget:\n  command: { run: "python agent.py", timeout: 60s }\njudge: { model: gpt-4o }\ncases:\n  - id: a\n    input: {}\n    checks: [ { judge: "Polite." } ]\n`,
    });
    const suite = await loadSuite(root, 'evalgate.yaml');
    expect(suite.name).toBe('Support bot');
    // No suite rubric: null, so a check's own rubric is not preceded by the default one.
    expect(suite.judge).toEqual({ model: 'gpt-4o', endpoint: null, rubric: null, threshold: DEFAULT_JUDGE_THRESHOLD, temperature: 0 });
    expect(suite.targetFiles).toEqual([]);
    expect(suite.referencedFiles).toEqual(['evalgate.yaml']);
  });

  it('accepts a judge check that names its own model without a judge section', async () => {
    const root = await usingRepo({
      'evals/evalgate.yaml': `version: 1\ntarget:\n  chat:\n    model-file: config/models.yaml\n    model-key: support\n    messages: [{ role: user, content: hi }]\ncases:\n  - id: a\n    input: {}\n    checks: [ { judge: { rubric: "Polite.", model: gpt-4o } } ]\n`,
      'config/models.yaml': 'support: gpt-4o-mini\n',
    });
    const suite = await loadSuite(root, 'evals/evalgate.yaml');
    expect(suite.targetFiles).toEqual(['config/models.yaml']);
    expect(suite.judge).toBeNull();
  });
});

describe('readSuite and validateSuite', () => {
  it('validateSuite needs nothing but what was read (no disk)', () => {
    const source: SuiteSource = {
      root: '/nowhere',
      path: 'evals/evalgate.yaml',
      suite: { kind: 'file', text: 'version: 1\ntarget:\n  chat:\n    model: m\n    messages: [{ role: system, file: p.md }]\ncases:\n  - file: c.jsonl\n' },
      caseGlobs: new Map([['c.jsonl', { matches: ['c.jsonl'] }]]),
      files: new Map([
        ['c.jsonl', { kind: 'file', text: '{"id": "a", "input": {}}\n' }],
        ['p.md', { kind: 'file', text: 'prompt' }],
      ]),
    };
    const { suite, problems } = validateSuite(source);
    expect(problems).toEqual([]);
    expect(suite?.cases.map((c) => c.id)).toEqual(['a']);
    expect(suite?.referencedFiles).toEqual(['c.jsonl', 'evals/evalgate.yaml', 'p.md']);
  });

  it('readSuite records missing files as facts instead of throwing', async () => {
    const root = await usingRepo({ 'evals/evalgate.yaml': 'version: 1\ntarget:\n  module: { path: agent.mjs }\ncases:\n  - file: cases.yaml\n' });
    const source = await readSuite(root, 'evals/evalgate.yaml');
    expect(source.files.get('cases.yaml')).toEqual({ kind: 'missing' });
    expect(source.files.get('agent.mjs')).toEqual({ kind: 'missing' });
    expect(validateSuite(source).problems.map((p) => p.key)).toEqual(['target.module.path', 'cases[0].file']);
  });
});

describe('targetFilesOf', () => {
  const cases: { name: string; target: TargetSpec; files: string[] }[] = [
    {
      name: 'chat prompt files and model file, normalised and sorted',
      target: {
        chat: {
          'model-file': './config/models.yaml',
          'model-key': 'k',
          messages: [
            { role: 'system', file: 'prompts/b.md' },
            { role: 'user', file: 'prompts\\a.md' },
            { role: 'user', content: 'x' },
            { role: 'user', file: 'prompts/b.md' },
          ],
        },
      },
      files: ['config/models.yaml', 'prompts/a.md', 'prompts/b.md'],
    },
    { name: 'inline chat', target: { chat: { model: 'm', messages: [{ role: 'user', content: 'hi' }] } }, files: [] },
    { name: 'module path', target: { module: { path: 'agent/run.mjs' } }, files: ['agent/run.mjs'] },
    { name: 'command (files unknowable)', target: { command: { run: 'python a.py' } }, files: [] },
    { name: 'a path escaping the repository is left out', target: { module: { path: '../x.mjs' } }, files: [] },
  ];
  it.each(cases)('$name', ({ target, files }) => {
    expect(targetFilesOf(target)).toEqual(files);
  });
});

describe('defaultName', () => {
  it.each([
    ['evals/evalgate.yaml', 'evals'],
    ['evals/support.yaml', 'support'],
    ['evalgate.yaml', 'evalgate'],
    ['a/b/checkout.yml', 'checkout'],
  ])('%s → %s', (rel, name) => {
    expect(defaultName(rel)).toBe(name);
  });
});

describe('loadSuite: sample size "all"', () => {
  it('reads `size: all` as every case, as --sample all does', async () => {
    const root = await usingRepo({
      'evals/evalgate.yaml':
        'version: 1\ntarget:\n  chat:\n    model: m\n    messages: [{ role: user, content: "{{q}}" }]\ncases:\n  - { id: a, input: { q: x } }\nsample: { size: all, batches: 2 }\n',
    });
    const suite = await loadSuite(root, 'evals/evalgate.yaml');
    expect(suite.sample.size).toBeNull();
    expect(suite.sample.batches).toBe(2);
  });
});

describe('case values are kept as written', () => {
  // validateSuite keeps a valid case's own value rather than zod's copy (half the memory of a
  // large dataset); that is only right while CaseSpec neither transforms nor fills defaults.
  it('CaseSpec parses every check kind of the SPEC example to an equal value', () => {
    const raw = parseYaml(SPEC_EXAMPLE) as { cases: unknown[] };
    const inline = raw.cases.filter((c) => typeof c === 'object' && c !== null && 'id' in c);
    expect(inline.length).toBeGreaterThan(0);
    for (const c of inline) expect(CaseSpec.parse(c)).toStrictEqual(c);
  });
});
