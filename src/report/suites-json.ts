import { toReportJson, type ReportJson } from './json.js';
import type { Redactor } from './redact.js';
import type { SuiteReport } from './suite-report.js';
import type { FinalDecision } from './types.js';

export const SUITES_REPORT_SCHEMA_VERSION = 1;

/**
 * `evalgate-report.json` of a run of several suites: the run's (worst) decision and one entry per
 * suite, in the order the suites were given, each with the single-suite report when the suite was
 * evaluated. A run of one suite keeps writing the single-suite shape (`schema: evalgate-report`),
 * so tools reading it need no change until they configure several suites; the `schema` field
 * tells the two apart.
 */
export interface SuitesReportJson {
  schema: 'evalgate-report-suites';
  schemaVersion: typeof SUITES_REPORT_SCHEMA_VERSION;
  decision: FinalDecision;
  suites: Array<{
    name: string;
    path: string;
    decision: FinalDecision;
    /** Null when the suite was not evaluated (see `message`). */
    report: ReportJson | null;
    message: string | null;
  }>;
}

export function toSuitesReportJson(decision: FinalDecision, suites: readonly SuiteReport[], redact: Redactor): SuitesReportJson {
  return {
    schema: 'evalgate-report-suites',
    schemaVersion: SUITES_REPORT_SCHEMA_VERSION,
    decision,
    suites: suites.map((s) => ({
      name: redact(s.name),
      path: redact(s.path),
      decision: s.decision,
      report: s.report && toReportJson(s.report),
      message: s.message === null ? null : redact(s.message),
    })),
  };
}
