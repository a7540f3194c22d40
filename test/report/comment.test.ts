// What a PR author and a maintainer read in the comment, point by point (issue 15): the demo's
// comment (evals/demo, from its recorded responses) rendered as GitHub renders GFM, and small
// hand-built reports for the cases the demo does not show.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPTIONS } from '../../src/cli-io.js';
import type { Finding, Verdict } from '../../src/compare/types.js';
import { causesOf } from '../../src/report/comment/headline.js';
import { COMMENT_BUDGET, headerFacts, renderComment } from '../../src/report/markdown.js';
import type { ReportInput } from '../../src/report/types.js';
import { aCaseComparison, aCheck, aComparison, aJudgeCheck, aMetric, aReportInput, aStep, aVerdict } from '../support/builders.js';
import { demoReport } from '../support/demo-report.js';
import { collapsed, renderGfm } from '../support/gfm-page.js';

/** Visible text of some HTML: tags dropped, entities of the renderer decoded. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Cells of the table row whose first cell is `name`. */
function row(html: string, name: string): string[] {
  const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => text(c[1])));
  const found = rows.find((cells) => cells[0] === name);
  if (!found) throw new Error(`no row "${name}" in ${rows.map((r) => r[0]).join(', ')}`);
  return found;
}

describe('the demo comment', () => {
  let report: ReportInput;
  let md: string;
  let html: string;
  beforeAll(async () => {
    report = await demoReport();
    md = renderComment(report);
    html = renderGfm(md);
  }, 60_000);

  it('opens with one line: the decision and its main cause with numbers', () => {
    expect(md.split('\n')[0]).toBe('### ❌ Regression — 1 must-pass case fails · score −9.4 pts (95% CI −19.8 to +0.9)');
  });

  it('lists as reasons only what decided; the cost limit that held is one "within limits" item', () => {
    const reasons = [
      ...collapsed(html)
        .split('<details>')[0]
        .matchAll(/<li>([\s\S]*?)<\/li>/g),
    ].map((m) => text(m[1]));
    expect(reasons[0]).toMatch(/^1 must-pass case \(tags: critical\) fails at head/);
    expect(reasons).toContain('Within limits: cost −39.5% (limit +50%)');
    expect(reasons.join('\n')).not.toMatch(/cost per \S+ (fell|rose)/);
  });

  it('tells the author which cases to fix and the exact command that reproduces the run', () => {
    const author = /<li><strong>Author:<\/strong>([\s\S]*?)<\/li>/.exec(html)?.[1] ?? '';
    expect(text(author)).toMatch(/^ fix refund-window \(must pass\), refund-after-wear, damaged-item/);
    const base = report.comparison.base!.commit!.slice(0, 7);
    const head = report.comparison.head.commit!.slice(0, 7);
    const command = `evalgate compare --config evals/demo/evalgate.yaml --base-ref ${base} --head-ref ${head} --sample 12 --seed 7 --trials 1`;
    expect(author).toContain(`<code>${command}</code>`);
    // Every flag of the command is one the CLI accepts.
    const args = command.split(' ').slice(2);
    expect(() => parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false })).not.toThrow();
  });

  it('tells maintainers the label, who may add it, and that it lapses on a new push', () => {
    const maintainers = text(/<li><strong>Maintainers:<\/strong>([\s\S]*?)<\/li>/.exec(html)?.[1] ?? '');
    expect(maintainers).toBe(
      ' To accept this regression, add the label evalgate: approve-regression (needs write permission or higher); it lapses on the next push.',
    );
    const pr = renderComment(report, { approvePermission: 'admin', approvalScope: 'pr' });
    expect(pr).toContain('(needs admin permission); it holds for later pushes until the label is removed.');
  });

  it('marks every change by whether it is good or bad news', () => {
    expect(row(html, 'Score (pts)').slice(1, 4)).toEqual(['99.6', '90.1', '🔴 −9.4 pts']);
    expect(row(html, 'Pass rate')[3]).toBe('🔴 −25 pp');
    // Lower cost and latency are good news, though the numbers went down like the score's.
    expect(row(html, 'Cost per 1k cases').slice(1, 4)).toEqual(['$0.0554', '$0.0335', '🟢 −$0.0219 (−39.5%)']);
    expect(row(html, 'Latency p50 / p95')[3]).toMatch(/^🟢 /);
  });

  it('writes costs with readable digits and intervals without ±0.0', () => {
    expect(md).not.toMatch(/\$0\.000/);
    expect(md).not.toContain('±');
    expect(md).toContain('Cost at the configured traffic: −$2.63 a month.');
  });

  it('says the flips in words', () => {
    expect(text(html)).toContain('Cases: 3 of 12 went pass → fail, none fail → pass · 9 unchanged.');
  });

  it('draws no chart: the tags are one folded line naming the largest drop', () => {
    expect(md).not.toContain('```mermaid');
    expect(collapsed(html)).toContain('<summary>By tag (6 tags; largest drop: <code>refunds</code> −32.5 pts) — exploratory, never blocks</summary>');
  });

  it('fits one screen before anything is opened: folds, one table, no code', () => {
    const first = collapsed(html);
    expect(first).not.toContain('<pre>');
    expect([...first.matchAll(/<tr>/g)]).toHaveLength(6); // the metrics table: a header and five rows
    expect([...first.matchAll(/<summary>/g)].length).toBeLessThanOrEqual(7);
    // About 30 lines of text at ~100 characters: what a 1,000-px screen holds beside the table.
    expect(text(first.replace(/<table>[\s\S]*?<\/table>/, '')).replace(/\s+/g, ' ').length).toBeLessThan(2_200);
  });

  it('shows the must-pass case first and marked, with one reason per check and the rest counted', () => {
    const summaries = [...html.matchAll(/<summary>([\s\S]*?)<\/summary>/g)]
      .map((m) => text(m[1]))
      .filter((s) => / · regressed · /.test(s) || s.startsWith('regressed'));
    expect(summaries[0]).toBe('🚫 must pass · regressed · refund-window · 97.5 → 52.5 (−45 pts) · missing "30 days"');
    expect(summaries.slice(1).every((s) => !s.includes('must pass'))).toBe(true);
    const first = html.slice(html.indexOf('refund-window</code> · 97.5'));
    const checks = /<p><strong>Checks<\/strong>([^<]*)<\/p>\s*<ul>([\s\S]*?)<\/ul>/.exec(first)!;
    expect(text(checks[1])).toBe(' base → head (2 other checks pass on both sides)');
    expect([...checks[2].matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]))).toEqual([
      '✅ → ❌ missing "30 days"',
      '✅ 0.90 → ❌ 0.10 judge: Promises a refund after 45 days, contradicting the 30-day return policy.',
    ]);
  });

  it('shows prose outputs as wrapped text side by side, and no trace table for the one model call', () => {
    expect(md).not.toContain('```text');
    const first = html.slice(html.indexOf('refund-window</code> · 97.5'));
    expect(row(first, 'Head output')).toEqual(['Head output', 'Base output']);
    expect(first).toMatch(/<td align="left">No worries at all — just send them back/);
    // The prompt (its diff is above) is not repeated as escaped JSON in a trace table.
    expect(md).not.toContain('"role":"system"');
    expect(md).not.toContain('**Trace (head)**');
    expect(text(first)).toMatch(/Model call \(head \/ base\): gpt-4o-mini · tokens in → out 155 → 20 \/ 244 → 39/);
  });

  it('stays within the comment budget', () => {
    expect(md.length).toBeLessThan(COMMENT_BUDGET);
  });

  it('is the comment the README shows', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const header = md.slice(0, md.indexOf('<details>\n<summary>How this was decided'));
    const metrics = md.slice(md.indexOf('| Metric |'), md.indexOf('<details>\n<summary>By tag'));
    expect(readme).toContain(header);
    expect(readme).toContain(metrics);
  });
});

function finding(rule: Finding['rule'], outcome: Finding['outcome'], numbers: Finding['numbers'] = {}): Finding {
  return { rule, outcome, message: `${rule} ${outcome}`, numbers };
}

describe('headline causes', () => {
  const comparison = aComparison([aCaseComparison('a', 'regressed'), aCaseComparison('b', 'unchanged')]);
  const score = (outcome: Finding['outcome']) => finding('score', outcome, { mean: -0.089, low: -0.15, high: -0.03 });
  const cases: { name: string; verdict: Partial<Verdict>; causes: string[] }[] = [
    {
      name: 'must-pass failures, then the score',
      verdict: { decision: 'fail', findings: [score('block'), finding('must-pass', 'block')], gates: { ...aVerdict().gates, mustPass: ['a', 'b', 'c'] } },
      causes: ['3 must-pass cases fail', 'score −8.9 pts (95% CI −15 to −3)'],
    },
    {
      name: 'a cost increase above its limit',
      verdict: { decision: 'fail', findings: [score('ok'), finding('cost', 'block', { relative: 0.4, limit: 0.25 })] },
      causes: ['score −8.9 pts (95% CI −15 to −3)', 'cost +40% (limit +25%)'],
    },
    {
      name: 'a pass says no case flipped to failing',
      verdict: { decision: 'pass', findings: [finding('score', 'ok', { mean: 0.004, low: -0.01, high: 0.018 })] },
      causes: ['score +0.4 pts (95% CI −1 to +1.8)', '1 case went pass → fail'],
    },
    {
      name: 'an error rate names the limit',
      verdict: { decision: 'error', findings: [finding('errors', 'block', { rate: 0.4, limit: 0.1 })] },
      causes: ['40% of cases errored (limit 10%)'],
    },
  ];
  it.each(cases)('$name', ({ verdict, causes }) => {
    expect(causesOf({ ...comparison, mcnemar: { regressed: 1, fixed: 0, pValue: 1 } }, aVerdict(verdict))).toEqual(causes);
  });
});

describe('reasons and limits', () => {
  it('lists the limits that held in one item, not as reasons', () => {
    const verdict = aVerdict({
      decision: 'pass',
      reasons: ['cost per case rose 3% (…), not shown to exceed the 25% limit'],
      findings: [
        finding('score', 'ok', { mean: 0.004, low: -0.01, high: 0.018 }),
        finding('must-pass', 'ok'),
        finding('cost', 'ok', { relative: 0.03, limit: 0.25 }),
        finding('latency', 'ok', { relative: -0.02, limit: 0.2 }),
      ],
    });
    const md = renderComment(aReportInput(aComparison([aCaseComparison('a', 'unchanged')]), { verdict }));
    const list = md.split('\n\n').find((b) => b.startsWith('- '));
    expect(list).toBe('- Within limits: no must-pass case blocks · cost +3% (limit +25%) · latency −2% (limit +20%)');
  });
});

describe('failing cases', () => {
  it('puts a blocking must-pass case before larger drops', () => {
    const big = aCaseComparison('big-drop', 'regressed', { headTrial: { score: 0 } });
    const critical = aCaseComparison('critical-case', 'regressed');
    critical.delta = -0.05;
    big.delta = -0.9;
    const input = aReportInput(aComparison([big, critical]), {
      decision: 'fail',
      verdict: aVerdict({ decision: 'fail', gates: { ...aVerdict().gates, mustPass: ['critical-case'] } }),
    });
    const ids = [...renderComment(input).matchAll(/<summary>(🚫 must pass · )?<b>[^<]+<\/b> · <code>([^<]+)<\/code>/g)].map(
      (m) => `${m[1] ? '🚫 ' : ''}${m[2]}`,
    );
    expect(ids).toEqual(['🚫 critical-case', 'big-drop']);
    expect(headerFacts(input).fix).toEqual([
      { id: 'critical-case', mustPass: true },
      { id: 'big-drop', mustPass: false },
    ]);
  });

  it('says a pattern once: the reason alone when it names what was checked', () => {
    const regex = aCheck({ kind: 'regex', label: 'regex /30 days?/', pass: false, score: 0, reason: 'does not match /30 days?/' });
    const other = aCheck({ kind: 'javascript', label: 'javascript checks/tone.mjs', pass: false, score: 0, reason: 'too casual' });
    const c = aCaseComparison('r', 'regressed', {
      headTrial: { checks: [regex, other] },
      baseTrial: {
        checks: [
          { ...regex, pass: true, score: 1, reason: 'matches /30 days?/' },
          { ...other, pass: true, score: 1 },
        ],
      },
    });
    const md = renderComment(aReportInput(aComparison([c]), { decision: 'fail', verdict: aVerdict({ decision: 'fail' }) }));
    expect(md).toContain('- ✅ → ❌ does not match /30 days?/\n');
    expect(md).toContain('- ✅ → ❌ `javascript checks/tone.mjs`: too casual\n');
    expect(md.match(/30 days\?\//g)).toHaveLength(2); // the check line and the case's one-line reason
  });

  it('shows similar outputs as a word diff: removed words struck, added words bold', () => {
    const c = aCaseComparison('w', 'regressed', {
      baseOutput: 'Returns are accepted within 30 days of delivery.',
      headOutput: 'Returns are accepted within 60 days of delivery!',
    });
    const html = renderGfm(renderComment(aReportInput(aComparison([c]), { decision: 'fail', verdict: aVerdict({ decision: 'fail' }) })));
    expect(html).toContain(
      '<blockquote>\n<p>Returns are accepted within <del>30</del> <strong>60</strong> days of <del>delivery.</del> <strong>delivery!</strong></p>\n</blockquote>',
    );
  });

  it('keeps trace tables compact: the model only when it is not the step name, latency before the arguments', () => {
    const steps = [
      aStep({ type: 'llm', name: 'gpt-4o-mini', model: 'gpt-4o-mini', latencyMs: 900, input: { q: 'x' }, output: 'call lookup' }),
      aStep({ type: 'tool', name: 'lookup_order', latencyMs: 120, input: { id: 1 }, output: { ok: true } }),
    ];
    const c = aCaseComparison('t', 'regressed', { headTrial: { steps } });
    const md = renderComment(aReportInput(aComparison([c]), { decision: 'fail', verdict: aVerdict({ decision: 'fail' }) }));
    expect(md).not.toContain('gpt-4o-mini (gpt-4o-mini)');
    expect(md).toContain('| # | Step | Latency | Tokens in → out |');
    expect(md).toMatch(/\| 1 \| llm `gpt-4o-mini` \| 900 ms \|/);
  });
});

describe('numbers', () => {
  it('never writes ±0.0: an unchanged metric reads 0', () => {
    const cmp = aComparison([aCaseComparison('u', 'unchanged')]);
    cmp.metrics.score = aMetric(0.9, 0.9, [0, 0]);
    cmp.metrics.passRate = aMetric(1, 1, [0, 0]);
    const md = renderComment(aReportInput(cmp));
    expect(md).not.toMatch(/±|0\.0 pp|\+0 |−0 /);
    expect(md).toContain('| Score (pts) | 90 | 90 | 0 pts | 0 to 0 |');
    expect(md).toContain('| Pass rate | 100% | 100% | 0 pp | 0 to 0 pp |');
  });
});

describe('earlier pushes', () => {
  it('folds the verdicts of earlier heads into one line each, newest first', () => {
    const input = aReportInput(aComparison([aCaseComparison('a', 'unchanged')]), {
      history: [
        { head: 'b7c1e04f2a9d3e5c6b8a0f1e2d3c4b5a69788766', verdict: 'fail', causes: ['2 must-pass cases fail', 'score −14.2 pts'] },
        { head: '3e9a0c21d4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9', verdict: 'pass', causes: ['score −0.4 pts'] },
      ],
    });
    const md = renderComment(input);
    expect(md).toContain(
      [
        '<details>',
        '<summary>Earlier pushes (2; previous: b7c1e04 ❌ Regression)</summary>',
        '',
        '- b7c1e04 ❌ Regression — 2 must-pass cases fail · score −14.2 pts',
        '- 3e9a0c2 ✅ Pass — score −0.4 pts',
        '',
        '</details>',
      ].join('\n'),
    );
  });

  it('shows nothing for a first push', () => {
    expect(renderComment(aReportInput(aComparison([aCaseComparison('a', 'unchanged')])))).not.toContain('Earlier pushes');
  });
});

describe('the judge check', () => {
  it('gives the judge reasoning once, whole', () => {
    const reasoning = 'Promises a refund after 45 days. '.repeat(5).trim();
    const c = aCaseComparison('j', 'regressed', { headTrial: { checks: [aJudgeCheck(false, reasoning)] } });
    const md = renderComment(aReportInput(aComparison([c]), { decision: 'fail', verdict: aVerdict({ decision: 'fail' }) }));
    expect(md).toContain(`judge: ${reasoning}`);
  });
});
