import { createRedactor } from '../../src/report/redact.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportInput } from '../../src/report/types.js';
import { COMMENT_BUDGET, headerFacts, renderComment, renderNotice, renderSummary, replaceHeader } from '../../src/report/markdown.js';
import { toReportJson } from '../../src/report/json.js';
import { renderTerminal } from '../../src/report/terminal.js';
import {
  aCaseComparison,
  aComparison,
  aJudgeCheck,
  aReportInput,
  aStep,
  aTag,
  aVerdict,
  approvedReport,
  errorReport,
  manyFailing,
  passReport,
  regressionReport,
} from '../support/builders.js';
import { occurrences, outsideFences, proseOf } from './prose.js';
import { renderGfm } from '../support/gfm-page.js';

describe('renderComment snapshots', () => {
  it('shows a regression: verdict, metrics, tags, changed files, failing cases and how to approve', async () => {
    await expect(renderComment(regressionReport())).toMatchFileSnapshot('./__snapshots__/comment-regression.md');
  });

  it('shows a pass', async () => {
    await expect(renderComment(passReport())).toMatchFileSnapshot('./__snapshots__/comment-pass.md');
  });

  it('shows who approved the regression, when and for which commit', async () => {
    const md = renderComment(approvedReport());
    expect(md).toContain('Approved by @alice at 2026-11-27 10:00 UTC for f00dfee');
    expect(md).not.toContain('To accept this regression');
    await expect(md).toMatchFileSnapshot('./__snapshots__/comment-approved.md');
  });

  it('shows an error verdict with the cut sample and the ignored baseline', async () => {
    await expect(renderComment(errorReport())).toMatchFileSnapshot('./__snapshots__/comment-error.md');
  });

  it('says why a label was ignored', () => {
    const md = renderComment(
      regressionReport({
        approval: { state: 'ignored', actor: 'bob', at: '2026-11-27T10:00:00Z', commit: 'f00dfee', reason: 'needs write permission, has triage' },
      }),
    );
    expect(md).toContain('Label "evalgate: approve-regression" by @bob was ignored: needs write permission, has triage');
  });

  it('names the permission the approve label needs', () => {
    expect(renderComment(regressionReport(), { approvePermission: 'maintain' })).toContain(
      'add the label `evalgate: approve-regression` (needs maintain permission or higher)',
    );
  });
});

describe('renderNotice', () => {
  it('explains a run without a comparison', async () => {
    const md = renderNotice('not-applicable', {
      suiteName: 'support',
      message: 'No file this suite watches changed in this pull request; no model was called.',
      details: ['Watched: `prompts/**`, `agent/**`'],
      redact: createRedactor([]),
    });
    await expect(md).toMatchFileSnapshot('./__snapshots__/notice-not-applicable.md');
  });

  it('redacts and neutralises error messages', () => {
    const md = renderNotice('error', {
      suiteName: 'support',
      message: 'OpenAI said 401 for sk-AbCdEfGhIjKlMnOpQrStUvWx1234 @everyone <!-- evalgate:x -->',
      redact: createRedactor([], { literals: ['runtime-secret-123'] }),
    });
    expect(md).not.toContain('AbCdEfGhIjKlMnOpQrStUvWx1234');
    expect(md).not.toMatch(/@everyone/);
    expect(md).not.toContain('<!--');
  });
});

const SECRETS = {
  openai: 'sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd',
  github: 'ghp_0123456789abcdefghijABCDEFGHIJ012345',
  aws: 'AKIAIOSFODNN7EXAMPLE',
  awsSecret: 'aws_secret_access_key=wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY',
  bearer: 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9xyzPAYLOADsig',
  custom: 'ACME-918273',
  literal: 'runtime-literal-secret-42',
};
/** The distinctive tails, free of Markdown-special characters, so escaping cannot hide a leak. */
const SECRET_TAILS = [
  'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd',
  '0123456789abcdefghijABCDEFGHIJ012345',
  'IOSFODNN7EXAMPLE',
  'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY',
  'eyJhbGciOiJIUzI1NiJ9xyzPAYLOADsig',
  '918273',
  'runtime-literal-secret-42',
];

/** A report with `payload` planted in every untrusted field the report shows. */
function hostileReport(payload: string): ReportInput {
  const c = aCaseComparison(`case ${payload}`, 'regressed', {
    tags: [`tag ${payload}`],
    headOutput: payload,
    baseOutput: payload,
    input: { question: payload },
    headTrial: {
      checks: [{ ...aJudgeCheck(false, payload), label: `label ${payload}`, reason: payload }],
      steps: [aStep({ type: 'tool', name: payload, input: { q: payload }, error: payload })],
    },
  });
  const err = aCaseComparison(`err ${payload}`, 'error', {
    headTrial: { error: { kind: 'command', message: payload, stderr: payload } },
  });
  const comparison = aComparison([c, err], {
    suiteName: `suite ${payload}`,
    baselineNote: payload,
    tags: [aTag(payload, 1, 1, 0), aTag('other', 1, 1, 1)],
    spend: {
      baseTarget: 0,
      headTarget: 0,
      judge: 0,
      total: 0,
      live: 0,
      replayed: 0,
      unrecordedCalls: 0,
      projectedMonthlyDelta: null,
      unknownPriceModels: [payload],
    },
    sample: { n: 2, used: 2, total: 2, seed: 1, trials: 1, cut: { reason: payload, completed: 2, planned: 3 } },
  });
  return aReportInput(comparison, {
    decision: 'fail',
    verdict: aVerdict({ decision: 'fail', reasons: [payload], warnings: [payload] }),
    approval: { state: 'ignored', actor: payload, at: payload, commit: payload, reason: payload },
    approveLabel: payload,
    changedFiles: [{ path: payload, status: 'modified', diff: payload }],
    redact: createRedactor(['ACME-[0-9]{6}']),
  });
}

function renderAll(hostile: ReportInput, secrets: string[] = []): Record<string, string> {
  const input = { ...hostile, redact: createRedactor(['ACME-[0-9]{6}'], { literals: secrets }) };
  return {
    comment: renderComment(input),
    summary: renderSummary(input),
    json: JSON.stringify(toReportJson(input)),
    terminal: renderTerminal(input, { color: false }),
  };
}

describe('untrusted text', () => {
  it('keeps planted secrets out of the comment, summary, JSON report and terminal', () => {
    const input = hostileReport(Object.values(SECRETS).join(' and '));
    for (const [name, text] of Object.entries(renderAll(input, [SECRETS.literal]))) {
      for (const tail of SECRET_TAILS) expect({ name, leaked: text.includes(tail) }).toEqual({ name, leaked: false });
      expect(text).toContain('[REDACTED]');
    }
  });

  it('renders @mentions inert everywhere outside code blocks', () => {
    const md = renderComment(hostileReport('hi @everyone and @octocat'));
    expect(md).toContain('everyone');
    expect(proseOf(md)).not.toMatch(/@(everyone|octocat)/);
    // Inline code does not ping either, but it is neutralised too: only fenced blocks keep the raw @.
    expect(outsideFences(md)).not.toMatch(/@\p{L}/u);
  });

  it('never lets HTML from outputs through as HTML', () => {
    const md = renderComment(hostileReport('<img src=x onerror=alert(1)> <script>alert(2)</script>'));
    const prose = proseOf(md);
    expect(prose).not.toMatch(/<img/i);
    expect(prose).not.toMatch(/<script/i);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('never lets an output close a <details> block', () => {
    const md = renderComment(hostileReport('</details>ESCAPED</summary></details>'));
    expect(md).not.toContain('</details>ESCAPED');
    expect(occurrences(md, '<details>')).toBe(occurrences(md, '</details>'));
    expect(occurrences(md, '<summary>')).toBe(occurrences(md, '</summary>'));
  });

  it('never contains a forged sticky-comment marker', () => {
    const input = hostileReport('<!-- evalgate:suite=x --> -->');
    for (const text of [renderComment(input), renderSummary(input)]) expect(text).not.toContain('<!-- evalgate:');
    const md = renderComment(hostileReport('<!-- evalgate:suite=x -->'));
    expect(md).not.toContain('<!--');
    expect(md).not.toContain('evalgate:suite=x -->');
  });

  it.each([3, 4, 5, 6, 7, 8, 9, 10])('shows an output with a run of %i backticks as text: it opens no code block or span', (n) => {
    const ticks = '`'.repeat(n);
    const output = `${ticks}\nINSIDE_OUTPUT\n${ticks}js\nALSO_INSIDE`;
    const md = renderComment(
      aReportInput(aComparison([aCaseComparison('ticks', 'regressed', { headOutput: output, baseOutput: 'Returns within 30 days.' })]), { decision: 'fail' }),
    );
    const html = renderGfm(md);
    const cell = /<td[^>]*>([^<]*(?:<br>[^<]*)*INSIDE_OUTPUT[^]*?)<\/td>/.exec(html)?.[1] ?? '';
    // One table cell holds the whole output, its backticks as literal characters.
    expect(cell).toBe(`${ticks}<br>INSIDE_OUTPUT<br>${ticks}js<br>ALSO_INSIDE`);
    expect(html).not.toMatch(/<(pre|code)>[^<]*INSIDE_OUTPUT/);
  });

  it.each([3, 4, 5])('keeps a JSON output with a run of %i backticks inside its code block', (n) => {
    const output = JSON.stringify({ answer: `${'`'.repeat(n)}\nINSIDE_OUTPUT` });
    const md = renderComment(
      aReportInput(aComparison([aCaseComparison('ticks', 'regressed', { headOutput: output, baseOutput: output })]), { decision: 'fail' }),
    );
    expect(md).toContain('INSIDE_OUTPUT');
    expect(proseOf(md)).not.toContain('INSIDE_OUTPUT');
    expect(md).toContain('```json\n');
  });

  it('truncates a 1 MB output and says how large it was', () => {
    const big = 'x'.repeat(1024 * 1024);
    const input = aReportInput(aComparison([aCaseComparison('big', 'regressed', { headOutput: big })]), { decision: 'fail' });
    const md = renderComment(input);
    expect(md.length).toBeLessThan(20_000);
    expect(md).toContain('_(first 4,000 of 1,048,576 characters)_');
    const summary = renderSummary(input);
    expect(summary).toContain('_(first 20,000 of 1,048,576 characters)_');
  });
});

describe('comment budget', () => {
  const input = manyFailing(500, (i) => `Answer ${i}: ${'lorem ipsum '.repeat(250)}`);
  const md = renderComment(input);
  const full = [...md.matchAll(/<summary><b>[^<]+<\/b> · <code>([^<]+)<\/code>/g)].map((m) => m[1]);
  const lines = [...md.matchAll(/^- \*\*(?:regressed|still failing)\*\* `([^`]+)`/gm)].map((m) => m[1]);
  const more = /…and (\d+) more cases — see the job summary and evalgate-report\.json\./.exec(md);

  it('stays within 60,000 characters with 500 failing cases', () => {
    expect(md.length).toBeLessThanOrEqual(COMMENT_BUDGET);
  });

  it('renders the largest regressions in full, summarizes the next ones and counts the rest', () => {
    expect(full.length).toBeGreaterThan(3);
    expect(lines.length).toBeGreaterThan(10);
    expect(more).not.toBeNull();
    expect(full.length + lines.length + Number(more?.[1])).toBe(500);
    // Regressed cases with the largest drops (highest index here) come first; still-failing last.
    const regressedByDrop = Array.from({ length: 500 }, (_, i) => i)
      .filter((i) => i % 4 !== 3)
      .reverse()
      .map((i) => `case-${String(i).padStart(3, '0')}`);
    expect([...full, ...lines]).toEqual(regressedByDrop.slice(0, full.length + lines.length));
  });

  it('puts every case in the summary', () => {
    const summary = renderSummary(manyFailing(500, (i) => `Answer ${i}`));
    expect([...summary.matchAll(/<summary><b>/g)].length).toBe(500);
    expect(summary).not.toContain('more cases');
  });

  it('honours a smaller budget, down to the verdict alone', () => {
    for (const budget of [2_000, 5_000, 20_000]) {
      const text = renderComment(input, { budget });
      expect(text.length).toBeLessThanOrEqual(budget);
      expect(text.startsWith('### ❌ Regression — 1 must-pass case fails · score ')).toBe(true);
    }
  });

  it('refuses a budget too small for the verdict', () => {
    expect(() => renderComment(input, { budget: 500 })).toThrow(/at least 2000 characters/);
  });
});

describe('replaceHeader', () => {
  const regression = renderComment(regressionReport());
  const approval = approvedReport().approval;
  // What the marker state keeps: the verdict and the header's facts.
  const update = {
    approveLabel: 'evalgate: approve-regression',
    suiteName: 'support',
    redact: createRedactor([]),
    verdict: 'fail' as const,
    facts: headerFacts(regressionReport()),
  };

  it('turns a posted regression into the approved comment without re-rendering the cases', () => {
    const marked = `<!-- evalgate:v1 suite="support" head="f00dfee" -->\n${regression}`;
    expect(replaceHeader(marked, { ...update, decision: 'approved', approval })).toBe(renderComment(approvedReport()));
  });

  it('turns it back when the label is removed', () => {
    const approved = renderComment(approvedReport());
    expect(replaceHeader(approved, { ...update, decision: 'fail', approval: null })).toBe(regression);
  });

  it('ignores approval-looking lines planted in outputs', () => {
    const planted = '☑️ Approved by @mallory\n\n* **Maintainers:** To accept this regression, add the label x\n\n### ✅ Pass';
    const md = renderComment(regressionReport({ comparison: aComparison([aCaseComparison('p', 'regressed', { headOutput: planted })]) }));
    const approved = replaceHeader(md, { ...update, decision: 'approved', approval });
    expect(approved).toContain('Approved by @​mallory'.replace('​', '\u200D'));
    expect(approved).toContain('To accept this regression, add the label x');
    expect(approved).toContain('✅ Pass');
    expect(approved.match(/^#+ /gm)).toHaveLength(1);
    // Ours: the headline, the approval line, no how-to-approve step.
    expect(approved.split('\n')[0]).toMatch(/^### ☑️ Regression approved — /);
    expect(approved).not.toContain('add the label `evalgate: approve-regression`');
  });

  it('re-renders the headline from the stored facts, not from the comment text', () => {
    const facts = {
      causes: ['2 must-pass cases fail', 'score −12 pts'],
      fix: [{ id: 'a', mustPass: true }],
      moreFix: 0,
      command: 'evalgate compare --base-ref a1b2c3d',
    };
    const approved = replaceHeader(regression, { ...update, facts, decision: 'approved', approval });
    expect(approved.split('\n')[0]).toBe('### ☑️ Regression approved — 2 must-pass cases fail · score −12 pts');
  });

  it('re-decides a comment written before the facts were kept, with a plain headline', () => {
    const md = replaceHeader(regression, { ...update, facts: null, decision: 'approved', approval });
    expect(md.split('\n')[0]).toBe('### ☑️ Regression approved');
    expect(md).toContain('☑️ Approved by @alice');
  });
});

describe('properties', () => {
  const fragments = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '<!--',
          '-->',
          '<!-- evalgate:',
          '@',
          'everyone',
          'a',
          '`',
          '```',
          '</details>',
          '<details>',
          '|',
          '\n',
          '\r',
          '<',
          '!',
          '-',
          ' ',
          '\\',
          '&',
          '#',
          '>',
        ),
        fc.string({ unit: 'binary', maxLength: 8 }),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));

  it('never renders an unescaped <!--, an @mention outside code, or over budget', () => {
    fc.assert(
      fc.property(fragments, fragments, fc.constantFrom(2_000, 8_000, COMMENT_BUDGET), (output, id, budget) => {
        const input = hostileReport(output);
        input.comparison.cases.push(aCaseComparison(id, 'new-failing', { headOutput: id }));
        // The approver's login is the one trusted mention; outputs are what is under test here.
        input.approval = null;
        const md = renderComment(input, { budget });
        expect(md.length).toBeLessThanOrEqual(budget);
        expect(md).not.toContain('<!--');
        expect(outsideFences(md)).not.toMatch(/@\p{L}/u);
        expect(occurrences(md, '<details>')).toBe(occurrences(md, '</details>'));
      }),
      { numRuns: 300 },
    );
  });
});
