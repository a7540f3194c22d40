import type { FinalDecision, ReportInput } from './types.js';

/**
 * One suite's part of a several-suite report: its comparison when it was evaluated, otherwise
 * what happened instead (not applicable, skipped, an error) in one sentence.
 */
export interface SuiteReport {
  name: string;
  /** Suite file, repository-relative. */
  path: string;
  decision: FinalDecision;
  /** The comparison, when the suite was evaluated. */
  report: ReportInput | null;
  /** Why there is no comparison (null when there is one). */
  message: string | null;
  /** Where this suite's own reports were written, relative to the results directory. */
  dir: string | null;
}
