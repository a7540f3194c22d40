import { describe, expect, it } from 'vitest';
import { canonicalJson, caseFingerprint, suiteFingerprint } from '../../src/config/fingerprint.js';
import { loadSuite } from '../../src/config/load.js';
import type { Case, Suite } from '../../src/config/suite.js';
import { SPEC_EXAMPLE, usingRepo } from './repo.js';

async function specSuite(edit: (yaml: string) => string = (y) => y): Promise<Suite> {
  const root = await usingRepo({
    'evals/evalgate.yaml': edit(SPEC_EXAMPLE),
    'evals/cases/a.yaml': '- id: other\n  input: { question: "Hi" }\n  tags: [critical]\n',
    'prompts/support.md': 'You are a support agent.',
    'prompts/other.md': 'You are a different agent.',
  });
  return loadSuite(root, 'evals/evalgate.yaml');
}

const VERSION = 'judge-v1';

describe('suiteFingerprint', () => {
  it('is the same for the same suite loaded twice (from different directories)', async () => {
    const [a, b] = await Promise.all([specSuite(), specSuite()]);
    expect(a.root).not.toBe(b.root);
    expect(suiteFingerprint(a, VERSION)).toBe(suiteFingerprint(b, VERSION));
    expect(suiteFingerprint(a, VERSION)).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each<[string, (yaml: string) => string]>([
    ['a case input', (y) => y.replace('after 45 days', 'after 46 days')],
    ['a case expected answer', (y) => y.replace('within 30 days."', 'within 31 days."')],
    ['a check', (y) => y.replace('- contains: "30 days"', '- contains: "thirty days"')],
    ['a default check (applied to every case)', (y) => y.replace('max-latency: 20s', 'max-latency: 30s')],
    ['the judge model', (y) => y.replace('judge:\n  model: gpt-4o-mini', 'judge:\n  model: gpt-4o')],
    ['the judge rubric', (y) => y.replace('correctness and tone', 'tone')],
    ['the judge threshold', (y) => y.replace('threshold: 0.7', 'threshold: 0.8')],
    ['a case id', (y) => y.replace('id: refund-window', 'id: refund-window-2')],
    [
      "the judge's provider (a named endpoint)",
      (y) =>
        `${y.replace('judge:\n  model: gpt-4o-mini', 'judge:\n  endpoint: claude\n  model: gpt-4o-mini')}endpoints: { claude: { kind: anthropic, api-key-env: ANTHROPIC_API_KEY } }\n`,
    ],
  ])('changes when %s changes', async (_what, edit) => {
    const [a, b] = await Promise.all([specSuite(), specSuite(edit)]);
    expect(suiteFingerprint(b, VERSION)).not.toBe(suiteFingerprint(a, VERSION));
  });

  it.each<[string, (yaml: string) => string]>([
    ['the gate', (y) => y.replace('max-score-drop: 0.02', 'max-score-drop: 0.05').replace('on-inconclusive: pass', 'on-inconclusive: fail')],
    [
      'the target (it is what is under test)',
      (y) => y.replace('file: prompts/support.md', 'file: prompts/other.md').replace('max-tokens: 400', 'max-tokens: 500'),
    ],
    ['an endpoint no judge uses', (y) => `${y}endpoints: { claude: { kind: anthropic, api-key-env: ANTHROPIC_API_KEY } }\n`],
    ['comments and formatting', (y) => y.replace(/ +#.*$/gm, '').replace('checks: [ { max-latency: 20s } ]', 'checks:\n    - max-latency: 20s')],
  ])('stays the same when only %s changes', async (_what, edit) => {
    const [a, b] = await Promise.all([specSuite(), specSuite(edit)]);
    expect(suiteFingerprint(b, VERSION)).toBe(suiteFingerprint(a, VERSION));
  });

  it('changes with the judge prompt version', async () => {
    const suite = await specSuite();
    expect(suiteFingerprint(suite, 'judge-v2')).not.toBe(suiteFingerprint(suite, VERSION));
  });
});

describe('caseFingerprint', () => {
  const base: Case = { id: 'a', input: { q: 'x', n: 1 }, expected: 'y', tags: ['t'], checks: [{ contains: 'y' }], source: { file: 'a.yaml', line: 1 } };

  it('ignores key order, tags and where the case was written', () => {
    const same: Case = { source: { file: 'b.jsonl', line: 9 }, checks: [{ contains: 'y' }], tags: [], expected: 'y', input: { n: 1, q: 'x' }, id: 'a' };
    expect(caseFingerprint(same)).toBe(caseFingerprint(base));
  });

  it.each<[string, Partial<Case>]>([
    ['input', { input: { q: 'x', n: 2 } }],
    ['expected', { expected: 'z' }],
    ['checks', { checks: [{ contains: 'y', 'ignore-case': true }] }],
    ['id', { id: 'b' }],
  ])('changes with %s', (_what, change) => {
    expect(caseFingerprint({ ...base, ...change })).not.toBe(caseFingerprint(base));
  });
});

describe('canonicalJson', () => {
  it.each<[unknown, string]>([
    [{ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } }, '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}'],
    [{ a: undefined, b: [undefined, 1] }, '{"b":[null,1]}'],
    ['x', '"x"'],
    [undefined, 'null'],
    [{ n: Number.POSITIVE_INFINITY }, '{"n":null}'],
  ])('%j → %s', (value, json) => {
    expect(canonicalJson(value)).toBe(json);
  });
});
