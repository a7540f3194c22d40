import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planFromResults } from '../../src/compare/plan.js';
import { DEFAULT_GATE } from '../../src/config/suite.js';
import { writeJsonFile } from '../../src/results/io.js';
import { caseResult, ids, run } from '../support/builders.js';
import { cli } from '../support/cli.js';
import { writeFiles } from '../support/git-repo.js';

/** Cases whose three trials pass with the given pattern (answer noise only). */
const noisy = (side: 'base' | 'head', n: number) =>
  run(
    side,
    ids(n).map((id, i) =>
      caseResult(id, { trials: [0, 1, 2].map((t) => ({ status: (i + t + (side === 'head' ? 1 : 0)) % 4 === 0 ? ('fail' as const) : ('pass' as const) })) }),
    ),
  );

describe('planFromResults', () => {
  it('separates answer noise from the change when base and head have several trials', () => {
    const plan = planFromResults({ gate: DEFAULT_GATE, batches: 5, sampleSize: 50, base: noisy('base', 40), head: noisy('head', 40) });
    expect(plan.rows.map((r) => r.trials)).toEqual([1, 2, 3, 5]);
    expect(plan.source).toMatch(/^40 paired cases at 3 trials/);
    // More trials average answer noise away: fewer cases needed, smaller detectable drops.
    const needed = plan.rows.map((r) => r.casesNeeded!);
    expect(needed[0]).toBeGreaterThan(needed[1]);
    expect(needed[1]).toBeGreaterThan(needed[3]);
    expect(plan.rows[0].detectable!).toBeGreaterThan(plan.rows[3].detectable!);
  });

  it('says when one trial cannot separate noise from the change', () => {
    const one = (side: 'base' | 'head') =>
      run(
        side,
        ids(30).map((id, i) => caseResult(id, { trials: [{ status: (i + (side === 'head' ? 1 : 0)) % 3 ? 'pass' : 'fail' }] })),
      );
    const plan = planFromResults({ gate: DEFAULT_GATE, batches: 5, sampleSize: 30, base: one('base'), head: one('head') });
    expect(plan.rows.map((r) => r.trials)).toEqual([1]);
    expect(plan.source).toMatch(/run with --trials 2 or more/);
  });
});

describe('evalgate plan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-plan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFiles(dir, {
    'evals/evalgate.yaml':
      'version: 1\ntarget:\n  chat:\n    model: m\n    messages: [{ role: user, content: "{{q}}" }]\ncases:\n  - file: evals/cases.jsonl\nsample: { size: 50 }\n',
    'evals/cases.jsonl': ids(80)
      .map((id) => JSON.stringify({ id, input: { q: id } }))
      .join('\n'),
  });

  it('prints cases and detectable drops per number of trials from one results file', async () => {
    await writeJsonFile(join(dir, 'head.json'), noisy('head', 40));
    const r = await cli(['plan', '--results', 'head.json'], dir, {});
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Plan for suite evals: max-score-drop δ 2 pts, detect-drop Δ 10 pts, α 2.5% \(one-sided\), miss rate at Δ 10%, 5 batches$/m);
    expect(r.stdout).toMatch(/^trials\s+sd of a case delta\s+cases Δ needs\s+drop 50 cases detect$/m);
    expect(r.stdout).toMatch(/^3\s+0\.\d{3}\s+[\d,]+\s+[\d.]+ pts$/m);
  });

  it('says what to give when nothing is given', async () => {
    const r = await cli(['plan'], dir, {});
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan: give --results FILE (one run) or --base A.json --head B.json (a comparison)\n');
  });
});
