import { evidenceSentences } from './evidence.js';
import type { CaseClass, Comparison, Stability, Verdict } from '../compare/types.js';
import type { RunMeta } from '../results/schema.js';
import type { ApprovalRecord, ChangedFile, FinalDecision, ReportInput } from './types.js';
import { shortReason } from './cases.js';
import { redactJson, redactMeta } from './redact.js';

export const REPORT_SCHEMA_VERSION = 1;

/** The report files in results-dir (action) and --out (CLI): one name each, wherever they are written. */
export const REPORT_JSON = 'evalgate-report.json';
export const REPORT_MD = 'evalgate-report.md';

/** A commit id as the approval record holds it (full or abbreviated hex). */
const COMMIT = /^[0-9a-f]{7,64}$/;

export interface ReportCase {
  id: string;
  tags: string[];
  class: CaseClass;
  /** With trials > 1: stable, flaky, or consistently regressed/fixed. */
  stability: Stability | null;
  delta: number | null;
  baseScore: number | null;
  headScore: number | null;
  baseStatus: 'pass' | 'fail' | 'error' | null;
  headStatus: 'pass' | 'fail' | 'error';
  /** One line on why (first failing check or error), redacted. */
  reason: string;
}

/** `evalgate-report.json` (SPEC §6). Every string that came from outside EvalGate is redacted. */
export interface ReportJson {
  schema: 'evalgate-report';
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  decision: FinalDecision;
  verdict: Verdict;
  approval: ApprovalRecord | null;
  approveLabel: string;
  metrics: Comparison['metrics'];
  confidence: number;
  pairs: number;
  spend: Comparison['spend'];
  mcnemar: Comparison['mcnemar'];
  counts: Comparison['counts'];
  tags: Comparison['tags'];
  errors: Comparison['errors'];
  sample: Comparison['sample'];
  /** The looks sequential sampling took (statistics, boundaries, what crossed); null for one look. */
  sequential: Comparison['sequential'];
  /** How the verdict was reached, in words (the comment's "how this was decided" line). */
  explanation: string[];
  baselineNote: string | null;
  cases: ReportCase[];
  changedFiles: Array<Pick<ChangedFile, 'path' | 'status'>>;
  suite: { name: string; path: string };
  base: RunMeta | null;
  head: RunMeta;
  runUrl: string | null;
}

/**
 * The comparison as `evalgate-report.json`: decision, verdict, metrics with intervals, per-case
 * classes and deltas, approval record. Outputs and traces are left to `evalgate-results.json`.
 */
export function toReportJson(input: ReportInput): ReportJson {
  const { redact } = input;
  const cmp = input.comparison;
  const text = <T>(value: T): T => redactJson(value, redact) as T;
  // Commits and fingerprints are EvalGate's identifiers (validated hex): kept as they are, so the
  // report can be matched with results files whatever the `redact` patterns say. Case ids and tags
  // come from the suite file and are only shown here, so they are redacted like any text.
  const meta = (m: RunMeta): RunMeta => ({ ...redactMeta(m, redact), sampleIds: m.sampleIds.map(redact) });
  return {
    schema: 'evalgate-report',
    schemaVersion: REPORT_SCHEMA_VERSION,
    decision: input.decision,
    verdict: text(input.verdict),
    approval: input.approval && { ...text(input.approval), commit: COMMIT.test(input.approval.commit) ? input.approval.commit : redact(input.approval.commit) },
    approveLabel: redact(input.approveLabel),
    metrics: cmp.metrics,
    confidence: cmp.confidence,
    pairs: cmp.pairs,
    spend: text(cmp.spend),
    mcnemar: cmp.mcnemar,
    counts: cmp.counts,
    tags: text(cmp.tags),
    errors: text(cmp.errors),
    sample: text(cmp.sample),
    sequential: text(cmp.sequential),
    explanation: evidenceSentences(input.verdict.evidence, cmp).map(redact),
    baselineNote: cmp.baselineNote === null ? null : redact(cmp.baselineNote),
    cases: cmp.cases.map((c): ReportCase => ({
      id: redact(c.id),
      tags: c.tags.map(redact),
      class: c.class,
      stability: c.stability,
      delta: c.delta,
      baseScore: c.base?.score ?? null,
      headScore: c.head.score,
      baseStatus: c.base?.status ?? null,
      headStatus: c.head.status,
      reason: redact(shortReason(c)),
    })),
    changedFiles: input.changedFiles.map((f) => ({ path: redact(f.path), status: f.status })),
    suite: { name: redact(cmp.suiteName), path: redact(cmp.suitePath) },
    base: cmp.base && meta(cmp.base),
    head: meta(cmp.head),
    runUrl: input.runUrl,
  };
}
