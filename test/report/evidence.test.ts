import { describe, expect, it } from 'vitest';
import type { ScoreEvidence } from '../../src/compare/types.js';
import { evidenceSentences, flipsSentence, sampleText } from '../../src/report/evidence.js';
import { aCaseComparison, aComparison } from '../support/builders.js';

const evidence = (over: Partial<ScoreEvidence> = {}): ScoreEvidence => ({
  method: 't',
  pairs: 78,
  casesUsed: 80,
  maxCases: 200,
  stop: 'pass',
  looks: 2,
  plannedLooks: 5,
  maxScoreDrop: 0.02,
  detectDrop: 0.1,
  alpha: 0.025,
  beta: 0.1,
  detectableDrop: 0.0612,
  casesNeeded: 356,
  ...over,
});

describe('evidenceSentences', () => {
  const cmp = aComparison([aCaseComparison('a', 'unchanged')], { sample: { n: 200, used: 80, total: 1234, seed: 7, trials: 1, cut: null } });

  it('says how many cases were used, why sampling stopped, the error rates and what the sample could see', () => {
    expect(evidenceSentences(evidence(), cmp)).toEqual([
      'Used 80 of at most 200 sampled cases of 1,234 in the suite (seed 7, 1 trial), looking after each batch; stopped at look 2 of 5 because a drop of 10 pts or more was ruled out. Test: a paired t-test on case scores.',
      'By design a change that truly lowers the score by the 2-pt tolerance is blocked at most 2.5% of the time, and one that lowers it by 10 pts passes at most 10% of the time.',
      'With the spread seen, this sample could detect a drop of 6.1 pts (90% of the time).',
    ]);
  });

  it.each<[ScoreEvidence['stop'], RegExp]>([
    ['fail', /because the drop was shown to be beyond the 2-pt tolerance\./],
    ['budget', /because the max-cost budget ran out\./],
    ['sample-spent', /because the sample was spent without a clear answer\./],
  ])('names the reason for stopping: %s', (stop, text) => {
    expect(evidenceSentences(evidence({ stop }), cmp)[0]).toMatch(text);
  });

  it('describes a one-look decision (shards, results files) and the sign-flip test', () => {
    expect(evidenceSentences(evidence({ stop: 'fixed', method: 'sign-flip', pairs: 12 }), cmp)[0]).toBe(
      'Decided in one look on 12 paired cases (seed 7, 1 trial) with an exact sign-flip test (fewer than 30 pairs).',
    );
  });

  it('says nothing for a single run', () => {
    expect(evidenceSentences(null, cmp)).toEqual([]);
  });
});

describe('sampleText and flipsSentence', () => {
  it('shows cases used when sequential sampling stopped early', () => {
    expect(sampleText({ n: 200, used: 80, total: 1234, seed: 1, trials: 1, cut: null })).toBe('80 of 200 sampled cases used (of 1,234)');
    expect(sampleText({ n: 50, used: 50, total: 120, seed: 1, trials: 1, cut: null })).toBe('50 of 120 cases');
  });

  it('puts pass/fail flips into words', () => {
    const cmp = aComparison([aCaseComparison('a', 'regressed'), aCaseComparison('b', 'unchanged')], {
      mcnemar: { regressed: 3, fixed: 0, pValue: 0.25 },
      pairs: 12,
    });
    expect(flipsSentence(cmp)).toBe('3 of 12 cases went pass → fail, none fail → pass (exact McNemar p = 0.25; reported, not used to decide)');
  });
});
