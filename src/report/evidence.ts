import type { Comparison, ScoreEvidence } from '../compare/types.js';
import { pct, pts } from '../util/numbers.js';
import { formatCount } from './format.js';

/**
 * How the score verdict was reached, in plain sentences for the PR author (SPEC §4): how many
 * cases were used and why sampling stopped, the two error rates the design holds, and the
 * smallest drop this sample could have detected. EvalGate's own words: no untrusted text.
 */
export function evidenceSentences(evidence: ScoreEvidence | null, cmp: Comparison): string[] {
  if (evidence === null) return [];
  const e = evidence;
  const trials = `${cmp.sample.trials} ${cmp.sample.trials === 1 ? 'trial' : 'trials'}`;
  const suite = cmp.sample.total > e.maxCases ? ` of ${formatCount(cmp.sample.total)} in the suite` : '';
  const method = e.method === 't' ? 'a paired t-test on case scores' : 'an exact sign-flip test (fewer than 30 pairs)';
  const sentences: string[] = [];
  if (e.stop === 'fixed') {
    sentences.push(`Decided in one look on ${formatCount(e.pairs)} paired cases (seed ${cmp.sample.seed}, ${trials}) with ${method}.`);
  } else {
    const stopped =
      e.stop === 'fail'
        ? `the drop was shown to be beyond the ${pts(e.maxScoreDrop)}-pt tolerance`
        : e.stop === 'pass'
          ? `a drop of ${pts(e.detectDrop)} pts or more was ruled out`
          : e.stop === 'budget'
            ? 'the max-cost budget ran out'
            : 'the sample was spent without a clear answer';
    sentences.push(
      `Used ${formatCount(e.casesUsed)} of at most ${formatCount(e.maxCases)} sampled cases${suite} (seed ${cmp.sample.seed}, ${trials}), ` +
        `looking after each batch; stopped at look ${e.looks} of ${e.plannedLooks} because ${stopped}. Test: ${method}.`,
    );
  }
  sentences.push(
    `By design a change that truly lowers the score by the ${pts(e.maxScoreDrop)}-pt tolerance is blocked at most ${pct(e.alpha)} of the time, ` +
      `and one that lowers it by ${pts(e.detectDrop)} pts passes at most ${pct(e.beta)} of the time.`,
  );
  if (e.detectableDrop !== null) {
    sentences.push(`With the spread seen, this sample could detect a drop of ${pts(e.detectableDrop)} pts (90% of the time).`);
  }
  return sentences;
}

/** Pass/fail flips in words; the exact McNemar p-value is reported, not decided on. */
export function flipsSentence(cmp: Comparison): string {
  const { regressed, fixed, pValue } = cmp.mcnemar;
  const of = `${formatCount(regressed)} of ${formatCount(cmp.pairs)} ${cmp.pairs === 1 ? 'case' : 'cases'}`;
  const down = regressed === 0 ? `none of ${formatCount(cmp.pairs)} cases went pass → fail` : `${of} went pass → fail`;
  const up = fixed === 0 ? 'none fail → pass' : `${formatCount(fixed)} fail → pass`;
  return `${down}, ${up} (exact McNemar p = ${Number(pValue.toFixed(3))}; reported, not used to decide)`;
}

/** `80 of 200 sampled cases used (of 1,234)` — sequential sampling may use fewer than the sample. */
export function sampleText(sample: Comparison['sample']): string {
  const suite = sample.total > sample.n ? ` (of ${formatCount(sample.total)})` : '';
  if (sample.used < sample.n) return `${formatCount(sample.used)} of ${formatCount(sample.n)} sampled cases used${suite}`;
  return `${formatCount(sample.n)} of ${formatCount(sample.total)} ${sample.total === 1 ? 'case' : 'cases'}`;
}
