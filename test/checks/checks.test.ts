import { describe, expect, it } from 'vitest';
import { checkLabel, runChecks } from '../../src/checks/index.js';
import type { CheckInput } from '../../src/checks/types.js';
import type { CheckSpec } from '../../src/config/schema.js';
import { envAt, trialWith } from './helpers.js';

interface Row {
  name: string;
  spec: CheckSpec;
  trial: Partial<CheckInput>;
  pass: boolean;
  score?: number;
  reason: string | RegExp;
}

const answer = (output: string): Partial<CheckInput> => ({ output, rawOutput: output });

const rows: Row[] = [
  // equals
  { name: 'equals ignores trailing whitespace', spec: { equals: 'Yes.' }, trial: answer('Yes.\n\n'), pass: true, reason: 'output equals the expected text' },
  { name: 'equals is case-sensitive by default', spec: { equals: 'Yes.' }, trial: answer('yes.'), pass: false, reason: 'expected "Yes.", got "yes."' },
  {
    name: 'equals with ignore-case',
    spec: { equals: 'Yes.', 'ignore-case': true },
    trial: answer('YES.'),
    pass: true,
    reason: 'output equals the expected text',
  },
  {
    name: 'equals does not trim leading whitespace',
    spec: { equals: 'Yes.' },
    trial: answer(' Yes.'),
    pass: false,
    reason: 'differs only in whitespace: expected "Yes.", got " Yes."',
  },
  // contains
  { name: 'contains a string', spec: { contains: '30 days' }, trial: answer('within 30 days'), pass: true, reason: 'contains "30 days"' },
  { name: 'contains a missing string', spec: { contains: '30 days' }, trial: answer('within a month'), pass: false, score: 0, reason: 'missing "30 days"' },
  { name: 'contains ignore-case', spec: { contains: 'REFUND', 'ignore-case': true }, trial: answer('no refund'), pass: true, reason: 'contains "REFUND"' },
  {
    name: 'contains a list: all must appear, score is the fraction found',
    spec: { contains: ['30 days', 'receipt', 'store credit'] },
    trial: answer('30 days with a receipt'),
    pass: false,
    score: 2 / 3,
    reason: 'missing "store credit" (2 of 3 found)',
  },
  { name: 'contains all', spec: { contains: { all: ['a', 'b'] } }, trial: answer('a b'), pass: true, reason: 'contains all 2' },
  {
    name: 'contains any: one suffices',
    spec: { contains: { any: ['refund', 'credit'] } },
    trial: answer('store credit'),
    pass: true,
    reason: 'contains "credit"',
  },
  {
    name: 'contains any: none found',
    spec: { contains: { any: ['refund', 'credit'] } },
    trial: answer('sorry'),
    pass: false,
    score: 0,
    reason: 'missing all of "refund", "credit"',
  },
  // not-contains
  {
    name: 'not-contains a string',
    spec: { 'not-contains': 'guarantee' },
    trial: answer('we cannot promise'),
    pass: true,
    reason: 'does not contain "guarantee"',
  },
  {
    name: 'not-contains a present string',
    spec: { 'not-contains': 'guarantee' },
    trial: answer('we guarantee it'),
    pass: false,
    reason: 'contains forbidden "guarantee"',
  },
  {
    name: 'not-contains a list: none may appear',
    spec: { 'not-contains': ['sorry', 'apolog'] },
    trial: answer('We apologize.'),
    pass: false,
    reason: 'contains forbidden "apolog"',
  },
  {
    name: 'not-contains any: fails if any appears',
    spec: { 'not-contains': { any: ['sorry', 'refund'] } },
    trial: answer('Sorry, no refund'),
    pass: false,
    reason: 'contains forbidden "refund"',
  },
  {
    name: 'not-contains any with ignore-case',
    spec: { 'not-contains': { any: ['sorry'] }, 'ignore-case': true },
    trial: answer('SORRY'),
    pass: false,
    reason: 'contains forbidden "sorry"',
  },
  {
    name: 'not-contains all: passes when only some appear',
    spec: { 'not-contains': { all: ['sorry', 'refund'] } },
    trial: answer('sorry.'),
    pass: true,
    reason: 'does not contain "refund"',
  },
  {
    name: 'not-contains all: fails when all appear',
    spec: { 'not-contains': { all: ['sorry', 'refund'] } },
    trial: answer('sorry, refund'),
    pass: false,
    reason: 'contains all forbidden "sorry", "refund"',
  },
  // regex
  { name: 'regex string', spec: { regex: '\\d+ days' }, trial: answer('30 days'), pass: true, reason: 'matches /\\d+ days/' },
  { name: 'regex no match', spec: { regex: '^No\\b' }, trial: answer('Yes'), pass: false, reason: 'does not match /^No\\b/' },
  { name: 'regex with flags', spec: { regex: { pattern: '^no', flags: 'im' } }, trial: answer('Hi\nNO way'), pass: true, reason: 'matches /^no/im' },
  {
    name: 'not-regex quotes the forbidden match',
    spec: { 'not-regex': '\\$\\d+' },
    trial: answer('You get $40 back'),
    pass: false,
    reason: 'matches forbidden /\\$\\d+/: "$40"',
  },
  { name: 'not-regex no match', spec: { 'not-regex': '\\$\\d+' }, trial: answer('No money back'), pass: true, reason: 'does not match /\\$\\d+/' },
  {
    name: 'an invalid regex is a check error',
    spec: { regex: '(' },
    trial: answer('x'),
    pass: false,
    score: 0,
    reason: /^check error: invalid regular expression \/\(\/: /,
  },
  // starts-with
  { name: 'starts-with ignores leading whitespace', spec: { 'starts-with': 'No.' }, trial: answer('\n No. Sorry'), pass: true, reason: 'starts with "No."' },
  {
    name: 'starts-with shows how the output starts',
    spec: { 'starts-with': 'No.' },
    trial: answer('Sure! You can return them anytime.'),
    pass: false,
    reason: 'starts with "Sure! You can return", not "No."',
  },
  { name: 'starts-with ignore-case', spec: { 'starts-with': 'no', 'ignore-case': true }, trial: answer('No.'), pass: true, reason: 'starts with "no"' },
  // is-json
  { name: 'is-json plain', spec: { 'is-json': true }, trial: answer('{"a": 1}'), pass: true, reason: 'valid JSON' },
  { name: 'is-json in a fence', spec: { 'is-json': true }, trial: answer('```json\n{"a": 1}\n```'), pass: true, reason: 'valid JSON (inside a ```json fence)' },
  { name: 'is-json prose', spec: { 'is-json': true }, trial: answer('Here you go: {"a": 1}'), pass: false, reason: /^not valid JSON: / },
  { name: 'is-json false wants plain text', spec: { 'is-json': false }, trial: answer('[1, 2]'), pass: false, reason: 'is JSON, expected plain text' },
  // max-length
  { name: 'max-length counts characters, not bytes', spec: { 'max-length': 3 }, trial: answer('héé'), pass: true, reason: 'length 3 ≤ 3' },
  { name: 'max-length exceeded', spec: { 'max-length': 5 }, trial: answer('too long'), pass: false, reason: 'length 8 > 5' },
  // max-latency
  { name: 'max-latency as a duration string', spec: { 'max-latency': '20s' }, trial: { latencyMs: 23_100 }, pass: false, reason: 'latency 23.1s > 20s' },
  { name: 'max-latency as seconds', spec: { 'max-latency': 2 }, trial: { latencyMs: 850 }, pass: true, reason: 'latency 850ms ≤ 2s' },
  { name: 'max-latency in ms, exactly at the limit', spec: { 'max-latency': '500ms' }, trial: { latencyMs: 500 }, pass: true, reason: 'latency 500ms ≤ 500ms' },
  // max-cost
  { name: 'max-cost within', spec: { 'max-cost': 0.01 }, trial: { costUsd: 0.00123 }, pass: true, reason: 'cost $0.00123 ≤ $0.01' },
  { name: 'max-cost exceeded', spec: { 'max-cost': 0.01 }, trial: { costUsd: 0.0234 }, pass: false, reason: 'cost $0.0234 > $0.01' },
  { name: 'max-cost with unknown cost fails', spec: { 'max-cost': 1 }, trial: { costUsd: null }, pass: false, reason: /^cost unknown/ },
  // max-tokens
  {
    name: 'max-tokens adds input and output',
    spec: { 'max-tokens': 1000 },
    trial: { usage: { inputTokens: 900, cachedTokens: 800, outputTokens: 200 } },
    pass: false,
    reason: '1,100 tokens > 1,000',
  },
  {
    name: 'max-tokens within',
    spec: { 'max-tokens': 1000 },
    trial: { usage: { inputTokens: 600, cachedTokens: 0, outputTokens: 400 } },
    pass: true,
    reason: '1,000 tokens ≤ 1,000',
  },
  // max-steps
  {
    name: 'max-steps exceeded',
    spec: { 'max-steps': 1 },
    trial: {
      steps: [
        { type: 'llm', name: 'gpt' },
        { type: 'tool', name: 'search' },
      ],
    },
    pass: false,
    reason: '2 steps > 1',
  },
  { name: 'max-steps within', spec: { 'max-steps': 1 }, trial: { steps: [{ type: 'llm', name: 'gpt' }] }, pass: true, reason: '1 step ≤ 1' },
  // defensive
  {
    name: 'a spec with two check keys is a check error',
    spec: { contains: 'a', equals: 'a' },
    trial: answer('a'),
    pass: false,
    score: 0,
    reason: 'check error: the check has 2 check keys (equals, contains); use one per check',
  },
  {
    name: 'a spec with no check key is a check error',
    spec: { 'ignore-case': true },
    trial: answer('a'),
    pass: false,
    score: 0,
    reason: 'check error: the check names no check key',
  },
];

describe('runChecks: deterministic checks', () => {
  it.each(rows)('$name', async ({ spec, trial, pass, score, reason }) => {
    const [result] = await runChecks([spec], trialWith(trial), envAt('/nonexistent'), {});
    expect(result.pass).toBe(pass);
    expect(result.score).toBeCloseTo(score ?? (pass ? 1 : 0), 6);
    if (typeof reason === 'string') expect(result.reason).toBe(reason);
    else expect(result.reason).toMatch(reason);
    expect(result.reason).not.toContain('\n');
  });

  it('returns results in spec order with kind and label', async () => {
    const results = await runChecks(
      [{ contains: '30 days' }, { 'max-latency': '20s' }, { 'not-contains': 'refund' }],
      trialWith({ latencyMs: 100 }),
      envAt('/nonexistent'),
    );
    expect(results.map((r) => [r.kind, r.label, r.pass])).toEqual([
      ['contains', 'contains "30 days"', true],
      ['max-latency', 'max-latency 20s', true],
      ['not-contains', 'not-contains "refund"', true],
    ]);
  });

  it('keeps reasons on one line when the output spans lines', async () => {
    const [result] = await runChecks([{ equals: 'one line' }], trialWith(answer('first\nsecond\n  third')), envAt('/x'));
    expect(result.reason).toBe('expected "one line", got "first second third"');
  });
});

describe('checkLabel', () => {
  const labels: { spec: CheckSpec; label: string }[] = [
    { spec: { contains: '30 days' }, label: 'contains "30 days"' },
    { spec: { contains: ['a', 'b'] }, label: 'contains all of "a", "b"' },
    { spec: { 'not-contains': { any: ['x'] }, 'ignore-case': true }, label: 'not-contains any of "x" (ignore case)' },
    { spec: { 'not-contains': ['x', 'y'] }, label: 'not-contains any of "x", "y"' },
    { spec: { 'not-contains': { all: ['x', 'y'] } }, label: 'not-contains all of "x", "y"' },
    { spec: { regex: { pattern: 'a+', flags: 'i' } }, label: 'regex /a+/i' },
    { spec: { 'max-latency': '20s' }, label: 'max-latency 20s' },
    { spec: { 'max-latency': 3 }, label: 'max-latency 3s' },
    { spec: { 'max-cost': 0.05 }, label: 'max-cost $0.05' },
    { spec: { 'json-schema': { file: 'schemas/order.json' } }, label: 'json-schema schemas/order.json' },
    { spec: { 'json-schema': { type: 'object' } }, label: 'json-schema (inline)' },
    { spec: { tools: { 'must-call': ['search'], allowed: ['search', 'lookup'] } }, label: 'tools: must-call search; allowed search, lookup' },
    { spec: { javascript: { path: 'checks/tone.mjs', export: 'polite' } }, label: 'javascript checks/tone.mjs#polite' },
    { spec: { judge: { threshold: 0.8 } }, label: 'judge (suite rubric)' },
    {
      spec: { judge: 'States the return window correctly and does not promise a refund.' },
      label: 'judge: States the return window correctly and does not prom…',
    },
  ];
  it.each(labels)('$label', ({ spec, label }) => {
    expect(checkLabel(spec)).toBe(label);
    expect([...checkLabel(spec)].length).toBeLessThanOrEqual(60);
  });
});
