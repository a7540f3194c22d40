import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/report/redact.js';
import { COMMENT_BUDGET } from '../../src/report/markdown.js';
import { renderSuitesComment, renderSuitesSummary } from '../../src/report/suites-markdown.js';
import { toSuitesReportJson } from '../../src/report/suites-json.js';
import type { SuiteReport } from '../../src/report/suite-report.js';
import type { ReportInput } from '../../src/report/types.js';
import { manyFailing, passReport, regressionReport } from '../support/builders.js';

const redact = createRedactor([]);

function named(name: string, report: ReportInput): ReportInput {
  return { ...report, comparison: { ...report.comparison, suiteName: name, suitePath: `evals/${name}/evalgate.yaml` } };
}

function suite(name: string, decision: SuiteReport['decision'], report: ReportInput | null, message: string | null = null): SuiteReport {
  return { name, path: `evals/${name}/evalgate.yaml`, decision, report: report && named(name, report), message, dir: `evals-${name}-evalgate` };
}

const THREE = [
  suite('summariser', 'pass', passReport()),
  suite('agent', 'not-applicable', null, 'No file this suite watches or references changed.'),
  suite('bot', 'fail', regressionReport()),
];

describe('renderSuitesComment', () => {
  it('leads with the worst decision and lists every suite, worst first, then a section per evaluated suite', () => {
    const md = renderSuitesComment(THREE, { decision: 'fail', redact, runUrl: null });
    expect(md.split('\n')[0]).toBe('### ❌ Regression — 3 suites: 1 fail, 1 pass, 1 not-applicable');
    const overview = md.slice(0, md.indexOf('\n---\n'));
    const rows = overview.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.map((l) => l.split('|')[1].trim())).toEqual(['`bot`', '`summariser`', '`agent`']);
    expect(md).toMatch(/Not applicable: no file this suite watches or references changed, and no model was called for it \(`agent`\)/);
    // Sections: the failing suite's before the passing one's; none for the suite not evaluated.
    const bot = md.indexOf('suite `bot`');
    const summariser = md.indexOf('suite `summariser`');
    expect(bot).toBeGreaterThan(0);
    expect(summariser).toBeGreaterThan(bot);
    expect(md).not.toContain('suite `agent`');
    expect(md).toContain('refund-window');
  });

  it("gives each suite's score in points with a good/bad mark, as its own section's metrics table does", () => {
    const md = renderSuitesComment(THREE, { decision: 'fail', redact, runUrl: null });
    const overview = md.slice(0, md.indexOf('\n---\n'));
    const cells = (name: string) =>
      overview
        .split('\n')
        .find((l) => l.startsWith(`| \`${name}\``))
        ?.split('|')
        .map((c) => c.trim());
    const bot = cells('bot');
    // A score of 0.9 is "90" in the section's "Score (pts)" row; "90%" beside it read as a pass rate.
    expect(bot?.[3]).toMatch(/^\d+(\.\d)? → \d+(\.\d)?$/);
    expect(bot?.[4]).toMatch(/^🔴 −\d+(\.\d)? pts$/);
    const section = md.slice(md.indexOf('suite `bot`'));
    const scoreRow = section
      .split('\n')
      .find((l) => l.startsWith('| Score (pts)'))
      ?.split('|')
      .map((c) => c.trim());
    expect(bot?.[3]).toBe(`${scoreRow?.[2]} → ${scoreRow?.[3]}`);
    expect(bot?.[4]).toBe(scoreRow?.[4]);
    expect(overview).toContain('| Suite | Decision | Score (pts) base → head | Change | Regressed cases |');
  });

  it('stays inside the budget, pointing to the job summary for a suite that does not fit', () => {
    const huge = (i: number) => 'x'.repeat(3_000) + String(i);
    const suites = [suite('big-a', 'fail', manyFailing(200, huge)), suite('big-b', 'fail', manyFailing(200, huge)), suite('small', 'pass', passReport())];
    const md = renderSuitesComment(suites, { decision: 'fail', redact, runUrl: 'https://github.com/acme/widgets/actions/runs/1' });
    expect(md.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(md).toContain('suite `big-a`');
    expect(md).toMatch(
      /suite `big-b`: the details do not fit in this comment; see the \[job summary\]\(https:\/\/github\.com\/acme\/widgets\/actions\/runs\/1\)/,
    );
    // The job summary has them all.
    const summary = renderSuitesSummary(suites, { decision: 'fail', redact, runUrl: null });
    for (const name of ['big-a', 'big-b', 'small']) expect(summary).toContain(`suite \`${name}\``);
  });

  it('holds with a small budget and many suites', () => {
    const many = Array.from({ length: 30 }, (_, i) => suite(`s${i}`, i % 2 ? 'pass' : 'fail', i % 2 ? passReport() : regressionReport()));
    const md = renderSuitesComment(many, { decision: 'fail', redact, runUrl: null, budget: 12_000 });
    expect(md.length).toBeLessThanOrEqual(12_000);
    expect(md).toContain('`s0`');
  });

  it('shows suite names as code: a hostile name neither pings nor renders HTML', () => {
    const hostile = '@everyone <img src=x onerror=alert(1)> `x`';
    const md = renderSuitesComment([suite(hostile, 'pass', passReport()), suite('b', 'not-applicable', null, 'x')], { decision: 'pass', redact, runUrl: null });
    const overview = md.slice(0, md.indexOf('\n---\n'));
    // Inside a code span HTML is shown, not rendered; a mention is broken even there.
    const outsideCode = overview.replace(/(`+)[\s\S]*?\1/g, '');
    expect(outsideCode).not.toMatch(/<img|@/);
    expect(overview).toContain('<img src=x');
    expect(overview).not.toContain('@everyone');
  });

  it('shows an errored suite with its message', () => {
    const md = renderSuitesComment([suite('a', 'pass', passReport()), suite('b', 'error', null, 'cannot run the agent: node: not found')], {
      decision: 'error',
      redact,
      runUrl: null,
    });
    expect(md.split('\n')[0]).toContain('🛑 Error');
    expect(md).toContain('cannot run the agent: node: not found');
  });
});

describe('toSuitesReportJson', () => {
  it('has one entry per suite in the given order, with the single-suite report of those evaluated', () => {
    const json = toSuitesReportJson('fail', THREE, redact);
    expect(json.schema).toBe('evalgate-report-suites');
    expect(json.decision).toBe('fail');
    expect(json.suites.map((s) => [s.name, s.decision, s.report?.schema ?? null])).toEqual([
      ['summariser', 'pass', 'evalgate-report'],
      ['agent', 'not-applicable', null],
      ['bot', 'fail', 'evalgate-report'],
    ]);
    expect(json.suites[2].report?.cases.map((c) => c.id)).toContain('refund-window');
  });
});
