import type { Comparison, Verdict } from '../compare/types.js';
import { signedPts } from '../util/numbers.js';
import type { Redactor } from './redact.js';
import type { ChangedFile, FinalDecision } from './types.js';

/*
 * Workflow-command annotations (`::error file=…,line=…::`) on the changed lines of the system under
 * test, so a reviewer reading the diff sees what the change did to the evaluation. They need no
 * token permission. Pure: the action's shell emits them with @actions/core.
 */

/** GitHub shows at most 10 annotations of each level per step (and 50 per job). */
export const MAX_ANNOTATIONS = 10;
/** Case ids named in one message at most: the annotation is a summary, the comment has the list. */
const MAX_IDS = 5;

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  /** Repository-relative path at head; absent when no changed file can carry it. */
  file?: string;
  startLine?: number;
  endLine?: number;
}

export interface AnnotationInput {
  decision: FinalDecision;
  verdict: Verdict;
  comparison: Comparison;
  /** Files of the system under test that changed between base and head, with their diffs. */
  changedFiles: readonly ChangedFile[];
  /** The suite file and the files its target references (prompts, model file, agent module). */
  suite: { path: string; targetFiles: readonly string[] };
  redact: Redactor;
}

const LEVEL: Partial<Record<FinalDecision, Annotation['level']>> = {
  fail: 'error',
  inconclusive: 'warning',
  approved: 'notice',
};

/**
 * One annotation per changed prompt / model / agent file, at its first changed line, for a decision
 * that regressed or could not rule a regression out; none for pass, not-applicable, skipped or
 * error (an infrastructure problem is not in the diff).
 */
export function annotationsFor(input: AnnotationInput): Annotation[] {
  const level = LEVEL[input.decision];
  if (!level) return [];
  const title = input.redact(`EvalGate ${input.comparison.suiteName}: ${headline(input.decision)}`);
  const message = input.redact(summary(input));
  const targets = new Set(input.suite.targetFiles);
  const present = input.changedFiles.filter((f) => f.status !== 'removed');
  // Prompt and model files first; the suite file only when the target changed inside it alone.
  const underTest = present.filter((f) => targets.has(f.path));
  const files = underTest.length > 0 ? underTest : present.filter((f) => f.path === input.suite.path);
  if (files.length === 0) return [{ level, title, message }];
  return files.slice(0, MAX_ANNOTATIONS).map((f) => ({ level, title, message, file: f.path, ...firstChange(f.diff) }));
}

function headline(decision: FinalDecision): string {
  if (decision === 'fail') return 'this change regresses the evaluation';
  if (decision === 'approved') return 'regression approved';
  return 'inconclusive';
}

/** Decision, score delta with its interval, blocking must-pass cases and regressed cases, in one paragraph. */
function summary({ decision, verdict, comparison: c }: AnnotationInput): string {
  const parts: string[] = [];
  const score = c.metrics.score;
  if (score.delta !== null) {
    const ci = score.interval ? ` (${Math.round(c.confidence * 100)}% CI ${signedPts(score.interval.low)} to ${signedPts(score.interval.high)})` : '';
    parts.push(`Score ${signedPts(score.delta)} pts${ci}, head vs base on ${c.pairs} paired cases.`);
  }
  if (verdict.gates.mustPass.length > 0) parts.push(`Must-pass cases failing: ${ids(verdict.gates.mustPass)}.`);
  if (verdict.gates.permissions.length > 0) parts.push(`Tool calls outside \`allowed\`: ${ids(verdict.gates.permissions)}.`);
  const regressed = c.cases.filter((k) => k.class === 'regressed').map((k) => k.id);
  if (regressed.length > 0) parts.push(`${regressed.length} case${regressed.length === 1 ? '' : 's'} went pass → fail: ${ids(regressed)}.`);
  // Score, must-pass and permissions are said above in numbers; cost and latency limits in the rule's words.
  for (const f of verdict.findings)
    if ((f.rule === 'cost' || f.rule === 'latency') && (f.outcome === 'block' || f.outcome === 'inconclusive')) parts.push(f.message);
  if (decision === 'approved') parts.push('Accepted with the approval label.');
  parts.push('Details in the PR comment and the job summary.');
  return parts.join(' ');
}

function ids(list: readonly string[]): string {
  const shown = list.slice(0, MAX_IDS).map((id) => `\`${id}\``);
  return list.length > MAX_IDS ? `${shown.join(', ')} and ${list.length - MAX_IDS} more` : shown.join(', ');
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/**
 * The first changed line at head from a unified diff: the first added line of the first hunk and
 * the run of added lines after it, or the line where lines were only removed. Line 1 without a diff.
 */
export function firstChange(diff: string | null): { startLine: number; endLine: number } {
  if (!diff) return { startLine: 1, endLine: 1 };
  const lines = diff.split('\n');
  const at = lines.findIndex((l) => HUNK.test(l));
  if (at < 0) return { startLine: 1, endLine: 1 };
  let line = Number(HUNK.exec(lines[at])![1]);
  for (let i = at + 1; i < lines.length && !lines[i].startsWith('@@'); i++) {
    if (lines[i].startsWith('-') || lines[i].startsWith('+')) {
      // A replacement is removed lines then added ones, at the same head line.
      while (lines[i]?.startsWith('-')) i++;
      let added = 0;
      while (lines[i + added]?.startsWith('+')) added++;
      // Lines only removed: the line before the gap (the one after may not exist).
      if (added === 0) return { startLine: Math.max(1, line - 1), endLine: Math.max(1, line - 1) };
      return { startLine: line, endLine: line + added - 1 };
    }
    if (lines[i].startsWith(' ') || lines[i] === '') line++;
  }
  return { startLine: Math.max(1, line), endLine: Math.max(1, line) };
}
