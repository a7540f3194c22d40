import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/markdown.js';
import { renderTerminal } from '../../src/report/terminal.js';
import type { ReportInput } from '../../src/report/types.js';
import { regressionReport } from '../support/builders.js';

/** The regression report with the given spend (money paid now, replayed, unrecorded agent calls). */
function withSpend(spend: { live: number | null; replayed: number | null; unrecordedCalls: number }): ReportInput {
  const report = regressionReport();
  return { ...report, comparison: { ...report.comparison, spend: { ...report.comparison.spend, ...spend } } };
}

describe('live spend and replayed cost in the reports', () => {
  it('shows what was paid now apart from what was replayed from the cache, in the terminal and the comment', () => {
    const input = withSpend({ live: 0.005, replayed: 0.15, unrecordedCalls: 0 });
    expect(renderTerminal(input, { color: false })).toContain('Eval spend: $0.155 (judge $0.02) · paid now $0.005, replayed from the cache $0.15');
    expect(renderComment(input)).toContain('eval spend $0.155 ($0.005 paid now, $0.15 replayed)');
  });

  it('warns about agent model calls the proxy could not record', () => {
    const input = withSpend({ live: 0.155, replayed: 0, unrecordedCalls: 2 });
    expect(renderTerminal(input, { color: false })).toContain('2 agent model calls went through the recording proxy unrecorded');
    expect(renderComment(input)).toContain('2 agent model calls went through the proxy unrecorded (not in any cost)');
  });

  it('adds nothing to the comment when everything was paid now and recorded', () => {
    expect(renderComment(withSpend({ live: 0.155, replayed: 0, unrecordedCalls: 0 }))).not.toMatch(/replayed|paid now/);
  });
});
