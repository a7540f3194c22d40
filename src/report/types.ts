import type { Redactor } from './redact.js';
import type { Comparison, FinalDecision, Verdict } from '../compare/types.js';
import type { ChangedFile } from '../git/git.js';
import type { ApprovalRecord } from '../github/approval.js';
import type { HistoryEntry } from './comment/facts.js';

export type { ApprovalRecord, ChangedFile, FinalDecision };

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
  /** The PR's earlier heads and their verdicts, newest first (from the sticky comment). */
  history?: HistoryEntry[];
}
