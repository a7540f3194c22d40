import { describe, expect, it } from 'vitest';
import { annotationsFor, firstChange, MAX_ANNOTATIONS, type AnnotationInput } from '../../src/report/annotations.js';
import type { FinalDecision } from '../../src/report/types.js';
import { approvedReport, passReport, regressionReport } from '../support/builders.js';

const SUITE = { path: 'evals/evalgate.yaml', targetFiles: ['prompts/support.md', 'config/models.yaml'] };

function input(overrides: Partial<AnnotationInput> = {}): AnnotationInput {
  const r = regressionReport();
  return { decision: r.decision, verdict: r.verdict, comparison: r.comparison, changedFiles: r.changedFiles, suite: SUITE, redact: r.redact, ...overrides };
}

describe('annotationsFor', () => {
  it('a regression: one error on the changed prompt, at its first changed line, saying what regressed', () => {
    // The builder's diff: line 1 unchanged, line 2 replaced. config/models.yaml was removed: nothing to point at.
    expect(annotationsFor(input())).toEqual([
      {
        level: 'error',
        title: 'EvalGate support: this change regresses the evaluation',
        file: 'prompts/support.md',
        startLine: 2,
        endLine: 2,
        message:
          'Score −11 pts (95% CI −18 to −4), head vs base on 4 paired cases. Must-pass cases failing: `refund-window`. ' +
          '1 case went pass → fail: `refund-window`. Details in the PR comment and the job summary.',
      },
    ]);
  });

  it.each<[FinalDecision, string | null]>([
    ['fail', 'error'],
    ['inconclusive', 'warning'],
    ['approved', 'notice'],
    ['pass', null],
    ['not-applicable', null],
    ['skipped', null],
    ['error', null],
  ])('decision %s: level %s', (decision, level) => {
    const found = annotationsFor(input({ decision }));
    expect(found.map((a) => a.level)).toEqual(level ? [level] : []);
  });

  it('an approved regression says it was accepted', () => {
    const r = approvedReport();
    const [a] = annotationsFor(input({ decision: r.decision }));
    expect(a.title).toBe('EvalGate support: regression approved');
    expect(a.message).toContain('Accepted with the approval label.');
  });

  it('prefers prompt and model files; the suite file only when no target file changed; no file when nothing can carry it', () => {
    const suiteFile = { path: 'evals/evalgate.yaml', status: 'modified' as const, diff: '@@ -7,2 +7,2 @@\n target:\n-  model: a\n+  model: b\n' };
    const prompt = { path: 'prompts/support.md', status: 'modified' as const, diff: null };
    expect(annotationsFor(input({ changedFiles: [suiteFile, prompt] })).map((a) => [a.file, a.startLine])).toEqual([['prompts/support.md', 1]]);
    expect(annotationsFor(input({ changedFiles: [suiteFile] })).map((a) => [a.file, a.startLine])).toEqual([['evals/evalgate.yaml', 8]]);
    const [bare] = annotationsFor(input({ changedFiles: [] }));
    expect(bare.file).toBeUndefined();
    expect(bare.level).toBe('error');
  });

  it(`stops at ${MAX_ANNOTATIONS}, the most GitHub shows per level and step`, () => {
    const files = Array.from({ length: 14 }, (_, i) => ({ path: `prompts/p${i}.md`, status: 'modified' as const, diff: null }));
    const found = annotationsFor(input({ changedFiles: files, suite: { path: SUITE.path, targetFiles: files.map((f) => f.path) } }));
    expect(found).toHaveLength(MAX_ANNOTATIONS);
  });

  it('names at most five cases and counts the rest', () => {
    const r = regressionReport();
    const many = Array.from({ length: 8 }, (_, i) => `must-${i}`);
    const [a] = annotationsFor(input({ verdict: { ...r.verdict, gates: { ...r.verdict.gates, mustPass: many } } }));
    expect(a.message).toContain('Must-pass cases failing: `must-0`, `must-1`, `must-2`, `must-3`, `must-4` and 3 more.');
  });

  it('adds a blocking cost or latency finding in its own words', () => {
    const r = regressionReport();
    const cost = {
      rule: 'cost' as const,
      outcome: 'block' as const,
      message: 'Cost per case rose 40% (at least 31%), above max-cost-increase 25%.',
      numbers: {},
    };
    const held = { rule: 'latency' as const, outcome: 'ok' as const, message: 'Latency held.', numbers: {} };
    const [a] = annotationsFor(input({ verdict: { ...r.verdict, findings: [cost, held] } }));
    expect(a.message).toContain('`refund-window`. Cost per case rose 40% (at least 31%), above max-cost-increase 25%. Details');
    expect(a.message).not.toContain('Latency held.');
  });

  it('passes title and message through the redaction policy', () => {
    const key = 'sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD';
    const r = regressionReport();
    const [a] = annotationsFor(input({ verdict: { ...r.verdict, gates: { ...r.verdict.gates, mustPass: [`leaked-${key}`] } } }));
    expect(a.message).toContain('Must-pass cases failing: `leaked-');
    expect(a.message).not.toContain(key);
  });

  it('a pass names no file at all', () => {
    const r = passReport();
    expect(annotationsFor(input({ decision: 'pass', verdict: r.verdict, comparison: r.comparison }))).toEqual([]);
  });
});

describe('firstChange', () => {
  it.each<[string, string | null, [number, number]]>([
    ['no diff', null, [1, 1]],
    ['no hunk (binary)', 'Binary files differ', [1, 1]],
    ['a replaced line after context', '@@ -1,3 +1,3 @@\n a\n-b\n+B\n c', [2, 2]],
    ['added lines', 'diff --git a/p b/p\n--- a/p\n+++ b/p\n@@ -10,3 +10,5 @@\n x\n y\n+new1\n+new2\n z', [12, 13]],
    ['removed lines only: the line before the gap', '@@ -4,4 +4,2 @@\n a\n-b\n-c\n d', [4, 4]],
    ['a new file', '@@ -0,0 +1,2 @@\n+one\n+two', [1, 2]],
    ['the first of several hunks', '@@ -1,2 +1,2 @@\n-a\n+A\n b\n@@ -20,1 +20,1 @@\n-z\n+Z', [1, 1]],
  ])('%s', (_name, diff, [startLine, endLine]) => {
    expect(firstChange(diff)).toEqual({ startLine, endLine });
  });
});
