import type { Redactor } from './redact.js';
import type { Comparison, FinalDecision, Verdict } from '../compare/types.js';

export type { FinalDecision };

export interface ApprovalRecord {
  /** approved: the label counts; ignored: a label exists but does not count (reason says why). */
  state: 'approved' | 'ignored';
  actor: string;
  /** ISO time the label was added. */
  at: string;
  /** Head commit the approval applies to. */
  commit: string;
  reason: string;
}

export interface ChangedFile {
  path: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  /** Unified diff (may be truncated), or null when not available. */
  diff: string | null;
}

export interface ReportInput {
  comparison: Comparison;
  verdict: Verdict;
  decision: FinalDecision;
  approval: ApprovalRecord | null;
  approveLabel: string;
  /** Files of the system under test that changed between base and head. */
  changedFiles: ChangedFile[];
  /** The run's one redaction policy (built-in patterns, the suite's `redact`, runtime secrets). */
  redact: Redactor;
  /** Link to the workflow run, when known. */
  runUrl: string | null;
}
