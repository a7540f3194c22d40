import { createRedactor } from '../../src/report/redact.js';
import { describe, expect, it } from 'vitest';
import { renderRunTable, renderTerminal } from '../../src/report/terminal.js';
import { aCaseComparison, aCaseResult, aCheck, aComparison, aReportInput, aRunResults, aTrial, regressionReport } from '../support/builders.js';

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
