// A CLI compare without --head-ref evaluates the working tree: when it has uncommitted edits, the
// report must not name the head as its commit, and the reproduce command must not pin that commit.
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { OPTIONS } from '../../src/cli-io.js';
import { reproduceCommand } from '../../src/report/comment/next-steps.js';
import { renderComment } from '../../src/report/markdown.js';
import { renderTerminal } from '../../src/report/terminal.js';
import type { ReportInput } from '../../src/report/types.js';
import { RunMeta } from '../../src/results/schema.js';
import { aMeta, regressionReport } from '../support/builders.js';

function dirtyReport(): ReportInput {
  const report = regressionReport();
  return { ...report, comparison: { ...report.comparison, head: { ...report.comparison.head, dirty: true } } };
}

describe('a head with uncommitted changes', () => {
  it('is named as its commit plus uncommitted changes in the comment and the terminal', () => {
    const clean = regressionReport();
    expect(renderComment(clean)).toContain('base a1b2c3d → head f00dfee ·');
    expect(renderComment(dirtyReport())).toContain('base a1b2c3d → head f00dfee + uncommitted changes ·');
    expect(renderTerminal(clean, { color: false }).split('\n')[1]).toBe('  base a1b2c3d → head f00dfee');
    expect(renderTerminal(dirtyReport(), { color: false }).split('\n')[1]).toBe('  base a1b2c3d → head f00dfee + uncommitted changes');
  });

  it('is reproduced without --head-ref, so the command evaluates the working tree again', () => {
    const command = reproduceCommand(dirtyReport().comparison);
    expect(command).toBe('evalgate compare --config evals/evalgate.yaml --base-ref a1b2c3d --sample 50 --seed 1 --trials 1');
    expect(() => parseArgs({ args: command!.split(' ').slice(2), options: OPTIONS, strict: true, allowPositionals: false })).not.toThrow();
    expect(renderComment(dirtyReport())).toContain(`Reproduce with your uncommitted changes: \`${command}\``);
    // A committed head is still pinned.
    expect(reproduceCommand(regressionReport().comparison)).toContain('--base-ref a1b2c3d --head-ref f00dfee ');
    expect(renderComment(regressionReport())).not.toContain('uncommitted');
  });

  it('leaves results files written before the flag existed readable', () => {
    const old = { ...aMeta('head'), suiteFingerprint: '0123456789abcdef', targetFingerprint: 'fedcba9876543210' };
    expect('dirty' in old).toBe(false);
    expect(RunMeta.parse(old).dirty).toBeUndefined();
    expect(RunMeta.parse({ ...old, dirty: true }).dirty).toBe(true);
  });
});
