import { evidenceSentences } from './evidence.js';
import type { CaseClass, Comparison, Stability, Verdict } from '../compare/types.js';
import type { RunMeta } from '../results/schema.js';
import type { ApprovalRecord, ChangedFile, FinalDecision, ReportInput } from './types.js';
import { shortReason } from './cases.js';
import { createRedactor, type Redactor } from './redact.js';

export const REPORT_SCHEMA_VERSION = 1;

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

/** Redacts every string value in plain JSON data (keys are EvalGate's own). */
function redactDeep<T>(value: T, redact: Redactor): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactDeep(v, redact)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, redactDeep(v as unknown, redact)]),
    ) as T;
  }
  return value;
}

/**
 * The comparison as `evalgate-report.json`: decision, verdict, metrics with intervals, per-case
 * classes and deltas, approval record. Outputs and traces are left to `evalgate-results.json`.
 */
export function toReportJson(input: ReportInput, options: { secrets?: string[] } = {}): ReportJson {
  const redact = createRedactor(input.redact, { literals: options.secrets ?? [] });
  const cmp = input.comparison;
  const body = {
    decision: input.decision,
    verdict: input.verdict,
    approval: input.approval,
    approveLabel: input.approveLabel,
    metrics: cmp.metrics,
    confidence: cmp.confidence,
    pairs: cmp.pairs,
    spend: cmp.spend,
    mcnemar: cmp.mcnemar,
    counts: cmp.counts,
    tags: cmp.tags,
    errors: cmp.errors,
    sample: cmp.sample,
    sequential: cmp.sequential,
    explanation: evidenceSentences(input.verdict.evidence, cmp),
    baselineNote: cmp.baselineNote,
    cases: cmp.cases.map(
      (c): ReportCase => ({
        id: c.id,
        tags: c.tags,
        class: c.class,
        stability: c.stability,
        delta: c.delta,
        baseScore: c.base?.score ?? null,
        headScore: c.head.score,
        baseStatus: c.base?.status ?? null,
        headStatus: c.head.status,
        reason: shortReason(c),
      }),
    ),
    changedFiles: input.changedFiles.map((f) => ({ path: f.path, status: f.status })),
    suite: { name: cmp.suiteName, path: cmp.suitePath },
    base: cmp.base,
    head: cmp.head,
    runUrl: input.runUrl,
  };
  return { schema: 'evalgate-report', schemaVersion: REPORT_SCHEMA_VERSION, ...redactDeep(body, redact) };
}
