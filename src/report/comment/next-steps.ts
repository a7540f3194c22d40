import type { Comparison, Decision, FinalDecision } from '../../compare/types.js';
import { count } from '../../util/numbers.js';
import { shortCommit } from '../format.js';
import type { ApprovalScope, ApprovePermission } from './context.js';
import type { HeaderFacts } from './facts.js';
import type { Renderer } from '../untrusted.js';

const AUTHOR = '**Author:**';
/** Not `-`: the reasons above are a `-` list, and the same marker would merge the two lists. */
const BULLET = '*';
const MAINTAINERS = '**Maintainers:**';

/** Whether a header block is the next steps (how `replaceHeader` finds it). */
export function isNextSteps(block: string): boolean {
  return block.startsWith(`${BULLET} ${AUTHOR}`) || block.startsWith(`${BULLET} ${MAINTAINERS}`);
}

/** Shell-quotes an argument unless it is plainly safe (paths and refs usually are). */
function arg(text: string): string {
  return /^[\w./@:+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The CLI command that evaluates the same cases on the same two commits: the suite file, both refs,
 * and the sample size, seed and trials this run used (the flags `evalgate compare --help` lists).
 * A head that was a dirty working tree has no commit to name: the command then leaves out
 * --head-ref, so it evaluates the working tree again.
 */
export function reproduceCommand(cmp: Comparison): string | null {
  if (cmp.base === null) return null;
  const base = shortCommit(cmp.base.commit) ?? '<base>';
  const head = cmp.head.dirty ? null : shortCommit(cmp.head.commit);
  const { sample } = cmp;
  return [
    'evalgate compare',
    `--config ${arg(cmp.suitePath)}`,
    `--base-ref ${base}`,
    ...(head ? [`--head-ref ${head}`] : []),
    `--sample ${sample.n}`,
    `--seed ${sample.seed}`,
    `--trials ${sample.trials}`,
  ].join(' ');
}

export interface NextStepsArgs {
  decision: FinalDecision;
  verdict: Decision | undefined;
  facts: HeaderFacts;
  approveLabel: string;
  permission: ApprovePermission;
  scope: ApprovalScope;
}

/** `needs write permission or higher`, in the words of `approve-permission`. */
function who(permission: ApprovePermission): string {
  return permission === 'admin' ? 'needs admin permission' : `needs ${permission} permission or higher`;
}

function fixList(r: Renderer, facts: HeaderFacts): string {
  const ids = facts.fix.map((c) => `${r.inlineCode(c.id, 100)}${c.mustPass ? ' (must pass)' : ''}`);
  if (facts.moreFix > 0) ids.push(`${count(facts.moreFix)} more`);
  return ids.join(', ');
}

function lapse(scope: ApprovalScope): string {
  return scope === 'head' ? 'it lapses on the next push' : 'it holds for later pushes until the label is removed';
}

/**
 * What to do now, for the PR's author and for maintainers, by the decision. A pure function of
 * the stored facts, so a label event renders it again without the results.
 */
export function nextSteps(r: Renderer, a: NextStepsArgs): string | null {
  const { facts } = a;
  const reproduce = facts.command ? `Reproduce${facts.dirtyHead ? ' with your uncommitted changes' : ''}: ${r.inlineCode(facts.command, 600)}` : null;
  const label = r.inlineCode(a.approveLabel, 100);
  const steps: string[] = [];
  const blocked = a.decision === 'fail';
  const inconclusive = a.verdict === 'inconclusive';
  if (a.decision === 'error') {
    steps.push(`${AUTHOR} fix what errored (below, and every error in the job summary), then push or re-run the job.${reproduce ? ` ${reproduce}` : ''}`);
  } else if (blocked && inconclusive) {
    steps.push(`${AUTHOR} the sample could not decide; raise \`sample.size\` or \`trials\` in the suite file.${reproduce ? ` ${reproduce}` : ''}`);
  } else if (blocked) {
    const fix = facts.fix.length > 0 ? `fix ${fixList(r, facts)} — details below.` : 'see the reasons above.';
    steps.push(`${AUTHOR} ${fix}${reproduce ? ` ${reproduce}` : ''}`);
  } else if (a.decision === 'inconclusive') {
    steps.push(`${AUTHOR} nothing blocks the merge, but the sample could not decide; more cases or trials would.${reproduce ? ` ${reproduce}` : ''}`);
  }
  if (blocked) {
    const what = inconclusive ? 'To merge anyway' : 'To accept this regression';
    steps.push(`${MAINTAINERS} ${what}, add the label ${label} (${who(a.permission)}); ${lapse(a.scope)}.`);
  } else if (a.decision === 'approved') {
    steps.push(`${MAINTAINERS} approved with ${label}; ${lapse(a.scope)}. Removing the label blocks the merge again.`);
  }
  if (steps.length === 0) return null;
  return steps.map((step) => `${BULLET} ${step}`).join('\n');
}
