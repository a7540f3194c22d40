// The JUnit file as a test reporter reads it: parsed back with a real XML parser, never matched as text.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, junitForComparison, junitForRun } from '../../src/report/junit.js';
import { createRedactor } from '../../src/report/redact.js';
import { aCaseComparison, aCaseResult, aCheck, aComparison, aMeta, aRunResults, aTrial, aVerdict, regressionReport } from '../support/builders.js';

interface Parsed {
  testsuites: {
    '@_tests': string;
    '@_failures': string;
    '@_errors': string;
    '@_skipped': string;
    testsuite: Suite[];
  };
}
interface Suite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  '@_errors': string;
  '@_skipped': string;
  properties: { property: { '@_name': string; '@_value': string }[] };
  testcase: TestCase[];
}
interface Element {
  '@_message': string;
  '#text'?: string;
}
interface TestCase {
  '@_name': string;
  '@_classname': string;
  '@_time': string;
  failure?: Element;
  error?: Element;
  skipped?: Element;
}

function parse(xml: string): Parsed {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  return parser.parse(xml) as Parsed;
}

const byName = (suite: Suite) => Object.fromEntries(suite.testcase.map((t) => [t['@_name'], t]));
const redact = createRedactor([]);

describe('junitForComparison', () => {
  const report = regressionReport();
  const xml = junitForComparison(report, { redact, allCaseIds: [...report.comparison.cases.map((c) => c.id), 'unsampled-1', 'unsampled-2'] });
  const [suite] = parse(xml).testsuites.testsuite;
  const cases = byName(suite);

  it('has one testsuite for the comparison and one testcase per case of the suite, with counts that add up', () => {
    expect(parse(xml).testsuites.testsuite).toHaveLength(1);
    expect(suite['@_name']).toBe('support (head vs base)');
    expect(Object.keys(cases).sort()).toEqual([
      'exchange',
      'gift-cards',
      'greeting',
      'refund-window',
      'shipping-time',
      'unsampled-1',
      'unsampled-2',
      'warranty',
    ]);
    expect(suite['@_tests']).toBe('8');
    expect(suite['@_failures']).toBe('3');
    expect(suite['@_errors']).toBe('1');
    expect(suite['@_skipped']).toBe('2');
    expect(Object.fromEntries(suite.properties.property.map((p) => [p['@_name'], p['@_value']]))).toMatchObject({
      decision: 'fail',
      'score-delta': String(Number((0.71 - 0.82).toPrecision(6))),
    });
  });

  it('fails regressed, new-failing and still-failing cases with a one-line reason, and marks must-pass ones', () => {
    const regressed = cases['refund-window'].failure!;
    expect(regressed['@_message']).toBe('regressed: passes at base, fails at head (must-pass, blocks the merge) — contains "30 days": did not find "30 days"');
    expect(cases['gift-cards'].failure!['@_message']).toMatch(/^fails at head \(not evaluated at base\) — /);
    expect(cases.warranty.failure!['@_message']).toMatch(/^fails at head and at base \(not caused by this change\) — /);
    for (const t of Object.values(cases)) expect(t.failure?.['@_message'] ?? '').not.toContain('\n');
  });

  it('puts every check reason of the failing trials in the failure body, and the base status', () => {
    const body = cases['refund-window'].failure!['#text']!;
    expect(body.split('\n')).toEqual([
      'trial 0: ✗ contains "30 days": did not find "30 days"',
      'trial 0: ✗ judge: states the return window: judge score 0.3 vs threshold 0.7',
      'trial 0: ✗ tools allowed [lookup_order]: 1 call outside allowed',
      '',
      'base: pass, score 0.967',
    ]);
  });

  it('reports a case that errored at head as an error with its kind and message, not a failure', () => {
    const t = cases['shipping-time'];
    expect(t.failure).toBeUndefined();
    expect(t.error!['@_message']).toBe('errored at head: timeout: command timed out after 60s');
    expect(t.error!['#text']).toContain('Traceback (most recent call last):');
  });

  it('passes cases that pass at head, and skips cases outside the sample saying so', () => {
    for (const id of ['exchange', 'greeting']) expect(cases[id]).toEqual({ '@_name': id, '@_classname': 'support', '@_time': '0.850' });
    expect(cases['unsampled-1'].skipped!['@_message']).toBe("not in this run's sample (50 of 120 cases, seed 1)");
  });

  it('skips sampled cases that sequential sampling or the budget left unevaluated, with the reason', () => {
    const c = aComparison([aCaseComparison('a', 'unchanged')], {
      head: aMeta('head', { sampleIds: ['a', 'b'] }),
      sample: { n: 2, used: 1, total: 2, seed: 1, trials: 1, cut: { reason: 'max-cost $5.00 reached', completed: 1, planned: 2 } },
    });
    const [s] = parse(junitForComparison({ comparison: c, verdict: aVerdict(), decision: 'pass' }, { redact })).testsuites.testsuite;
    expect(byName(s).b.skipped!['@_message']).toBe('sampled, not evaluated: max-cost $5.00 reached');
  });
});

describe('junitForRun', () => {
  it('one testcase per case: pass, failure with the first failing check, error with its kind', () => {
    const results = aRunResults([
      aCaseResult('ok', [aTrial()]),
      aCaseResult('bad', [aTrial({ checks: [aCheck(), aCheck({ pass: false, label: 'regex /x/', reason: 'no match' })] })]),
      aCaseResult('broke', [aTrial({ status: 'error', checks: [], error: { kind: 'network', message: 'ENOTFOUND api.openai.com' } })]),
    ]);
    const [s] = parse(junitForRun(results, { redact })).testsuites.testsuite;
    const t = byName(s);
    expect(s['@_name']).toBe('support');
    expect(t.ok.failure).toBeUndefined();
    expect(t.bad.failure!['@_message']).toBe('fails: regex /x/: no match');
    expect(t.broke.error!['@_message']).toBe('errored: network: ENOTFOUND api.openai.com');
  });
});

describe('untrusted text in the XML', () => {
  const hostile = 'a<b>&"c\' ]]> <!-- --> <![CDATA[x]]> \u0000\u0007\u001b[31mred\u001b[0m \uD800 \uFFFE end\nline2';

  it('survives a parser round trip: markup escaped, characters XML cannot carry removed', () => {
    const results = aRunResults([aCaseResult(`case ${hostile}`, [aTrial({ checks: [aCheck({ pass: false, label: hostile, reason: hostile })] })])]);
    const xml = junitForRun(results, { redact });
    const [s] = parse(xml).testsuites.testsuite;
    const [t] = s.testcase;
    const visible = 'a<b>&"c\' ]]> <!-- --> <![CDATA[x]]> [31mred[0m   end';
    expect(t['@_name']).toBe(`case ${visible}\nline2`);
    expect(t.failure!['@_message']).toBe(`fails: ${visible} line2: ${visible} line2`);
    // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are what this looks for
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('escapeXml keeps newlines in an attribute as character references, and text as is', () => {
    expect(escapeXml('x\ny"<', true)).toBe('x&#10;y&quot;&lt;');
    expect(escapeXml('x\ny"<', false)).toBe('x\ny"&lt;');
  });

  it('passes everything through the redaction policy', () => {
    const key = 'sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD';
    const results = aRunResults([aCaseResult('leak', [aTrial({ checks: [aCheck({ pass: false, reason: `echoed ${key}` })] })])]);
    const xml = junitForRun(results, { redact: createRedactor([]) });
    expect(xml).not.toContain(key);
    expect(parse(xml).testsuites.testsuite[0].testcase[0].failure!['@_message']).toMatch(/echoed \S*REDACTED/);
  });
});
