import { createRedactor } from '../../src/report/redact.js';
import { describe, expect, it } from 'vitest';
import { renderRunTable, renderTerminal } from '../../src/report/terminal.js';
import { aCaseComparison, aCaseResult, aCheck, aComparison, aReportInput, aRunResults, aTrial, aVerdict, regressionReport } from '../support/builders.js';

// eslint-disable-next-line no-control-regex -- an ANSI colour sequence starts with ESC
const ANSI = /\x1b\[[0-9;]*m/;

describe('renderTerminal', () => {
  it('prints the verdict, aligned metrics and failing cases with reasons', async () => {
    await expect(renderTerminal(regressionReport(), { color: false })).toMatchFileSnapshot('./__snapshots__/terminal-regression.txt');
  });

  it('colours only when asked', () => {
    expect(renderTerminal(regressionReport(), { color: true })).toMatch(ANSI);
    expect(renderTerminal(regressionReport(), { color: false })).not.toMatch(ANSI);
  });

  it('strips terminal escapes and redacts secrets from untrusted text', () => {
    const evil = '\x1b]0;pwned\x07\x1b[2J sk-AbCdEfGhIjKlMnOpQrStUvWx1234';
    const input = aReportInput(aComparison([aCaseComparison(evil, 'regressed', { headTrial: { checks: [aCheck({ pass: false, reason: evil })] } })]), {
      decision: 'fail',
    });
    const out = renderTerminal(input, { color: false });
    expect(out).not.toContain('\x1b');
    expect(out).not.toContain('\x07');
    expect(out).not.toContain('AbCdEfGhIjKlMnOpQrStUvWx1234');
  });

  it('keeps failing-case lines within the width', () => {
    const long = 'x'.repeat(500);
    const input = aReportInput(aComparison([aCaseComparison('long', 'regressed', { headTrial: { checks: [aCheck({ pass: false, reason: long })] } })]), {
      decision: 'fail',
    });
    const line = renderTerminal(input, { color: false, width: 60 })
      .split('\n')
      .find((l) => l.includes('long'));
    expect([...(line ?? '')].length).toBeLessThanOrEqual(60);
  });
});

describe('renderTerminal reasons', () => {
  const scoreDrop = 'Mean score dropped by 0.110 (95% CI −0.180 to −0.040), more than max-score-drop 0.02';
  const costHeld = 'cost per 1k cases fell 39.5% ($1.20 → $0.73; 95% CI −45% to −34%), not shown to exceed the 50% limit';
  // As decide() makes it: the reasons hold the blocking finding and the one that held.
  const verdict = aVerdict({
    decision: 'fail',
    reasons: [scoreDrop, costHeld],
    findings: [
      { rule: 'score', outcome: 'block', message: scoreDrop, numbers: { mean: -0.11, low: -0.18, high: -0.04 } },
      { rule: 'cost', outcome: 'ok', message: costHeld, numbers: { relative: -0.395, limit: 0.5 } },
    ],
  });
  const input = aReportInput(aComparison([aCaseComparison('refund-window', 'regressed')]), { decision: 'fail', verdict });

  it('lists only the findings that decided, and the limits that held on one line', () => {
    const out = renderTerminal(input, { color: false });
    const header = out.slice(0, out.indexOf('\n\n'));
    expect(header.split('\n').filter((l) => l.startsWith('  - '))).toEqual([`  - ${scoreDrop}`]);
    expect(header.split('\n')).toContain('  Within limits: cost −39.5% (limit +50%)');
    expect(out).not.toContain('not shown to exceed');
  });

  it('says nothing held when the verdict has no findings, as results of an older version', () => {
    const old = renderTerminal(aReportInput(input.comparison, { decision: 'fail', verdict: { ...verdict, findings: [] } }), { color: false });
    expect(old).toContain(`  - ${costHeld}`);
    expect(old).not.toContain('Within limits');
  });

  it('prints a failing case reason whole, wrapped under its column within the width', () => {
    const judged = 'Offers replacement or refund but does not ask for the order number, so the agent cannot check the 30-day window before promising anything.';
    const long = aReportInput(
      aComparison([
        aCaseComparison('damaged-item', 'regressed', {
          headTrial: { checks: [aCheck({ kind: 'judge', label: 'judge: asks for the order', pass: false, score: 0.3, reason: judged })] },
        }),
      ]),
      { decision: 'fail' },
    );
    const out = renderTerminal(long, { color: false, width: 80 });
    const block = out.slice(out.indexOf('Failing cases:')).split('\n\n')[0].split('\n').slice(1);
    expect(block.length).toBeGreaterThan(1);
    expect(block.every((line) => [...line].length <= 80)).toBe(true);
    const column = block[0].indexOf('judge:');
    expect(block.slice(1).every((line) => line.search(/\S/) === column)).toBe(true);
    expect(block.map((line) => line.trim()).join(' ')).toContain(`judge: ${judged}`);
    expect(out).not.toContain('…');
  });
});

describe('renderRunTable', () => {
  const results = aRunResults([
    aCaseResult('refund-window', [aTrial()]),
    aCaseResult('gift-cards', [aTrial({ checks: [aCheck({ pass: false })] })]),
    aCaseResult('shipping-time', [aTrial({ status: 'error', checks: [], output: null, error: { kind: 'timeout', message: 'timed out after 60s' } })]),
  ]);

  it('lists each case with status, score, cost, latency and the first failing reason, then totals', async () => {
    const table = renderRunTable(results, { color: false, redact: createRedactor([]) });
    expect(table).toContain('did not find "30 days"');
    expect(table).toContain('timeout: timed out after 60s');
    expect(table).toContain('3 cases: 1 passed, 1 failed, 1 error');
    await expect(table).toMatchFileSnapshot('./__snapshots__/run-table.txt');
  });

  it('counts errors by kind and prints the first message of each whole, wrapped: the cause is at its end', () => {
    const network = (id: string) =>
      aCaseResult(id, [
        aTrial({
          status: 'error',
          checks: [],
          output: null,
          error: { kind: 'network', message: 'gpt-4o-mini: connection failed (Connection error. cause: getaddrinfo ENOTFOUND api.openai.com)' },
        }),
      ]);
    const table = renderRunTable(aRunResults([network('a'), network('b'), ...results.cases]), { color: false, redact: createRedactor([]), width: 60 });
    const block = table.slice(table.indexOf('Errors by kind'));
    expect(block).toMatch(/^ {2}network ×2: gpt-4o-mini: connection failed/m);
    expect(block.replace(/\n +/g, ' ')).toContain('getaddrinfo ENOTFOUND api.openai.com)');
    expect(block).toMatch(/^ {2}timeout ×1: timed out after 60s$/m);
    expect(block.split('\n').every((line) => [...line].length <= 60)).toBe(true);
  });

  it('applies the suite redact patterns', () => {
    const leaky = aRunResults([aCaseResult('c', [aTrial({ checks: [aCheck({ pass: false, reason: 'saw ACME-123456' })] })])]);
    expect(renderRunTable(leaky, { color: false, redact: createRedactor(['ACME-[0-9]{6}']) })).not.toContain('ACME-123456');
  });
});

describe('renderRunTable for a big run', () => {
  const big = (failing: number[], n = 250) =>
    aRunResults(
      Array.from({ length: n }, (_, i) =>
        aCaseResult(`case-${i}`, [failing.includes(i) ? aTrial({ checks: [aCheck({ pass: false, reason: `wrong answer ${i}` })] }) : aTrial()]),
      ),
    );

  it('lists only the cases that did not pass, and says how many passing ones it left out', () => {
    const table = renderRunTable(big([7, 120]), { color: false, redact: createRedactor([]) });
    const rows = table.split('\n').filter((l) => l.startsWith('case-'));
    expect(rows.map((l) => l.split(/\s+/)[0])).toEqual(['case-7', 'case-120']);
    expect(table).toContain('wrong answer 120');
    expect(table).toContain('…248 passing cases not listed: every case is in the results file');
    expect(table).toContain('250 cases: 248 passed, 2 failed, 0 errors');
  });

  it('caps the failing rows too, and counts the rest', () => {
    const failing = Array.from({ length: 130 }, (_, i) => i + 60);
    const table = renderRunTable(big(failing), { color: false, redact: createRedactor([]) });
    expect(table.split('\n').filter((l) => l.startsWith('case-'))).toHaveLength(100);
    expect(table).toContain('…120 passing cases and 30 more that did not pass not listed');
  });

  it('prints no empty table when every case of a big run passed', () => {
    const table = renderRunTable(big([]), { color: false, redact: createRedactor([]) });
    expect(table).not.toContain('Status');
    expect(table.startsWith('…250 passing cases not listed')).toBe(true);
  });

  it('still lists every case of a run of 100', () => {
    expect(
      renderRunTable(big([], 100), { color: false, redact: createRedactor([]) })
        .split('\n')
        .filter((l) => l.startsWith('case-')),
    ).toHaveLength(100);
  });
});
