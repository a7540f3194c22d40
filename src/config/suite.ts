import type { CaseSpec, CheckSpec, EndpointSpec, JudgeSpec, PriceSpec, SuiteSpec, TargetSpec } from './schema.js';

/**
 * A loaded suite: the validated file with its case files expanded, defaults applied and units
 * normalised. Produced by `loadSuite` (src/config/load.ts); everything downstream reads this.
 */
export interface Suite {
  /** Suite file path relative to the repository root, with forward slashes. */
  path: string;
  /** Absolute path of the tree the suite was loaded from (the head checkout). */
  root: string;
  name: string;
  spec: SuiteSpec;
  /** Target as written in this tree's suite file (the base side re-reads its own). */
  target: TargetSpec;
  cases: Case[];
  watch: string[];
  /**
   * Repository-relative files the suite depends on: the suite file, case files, json-schema and
   * javascript check files, and everything the target references (prompt files, model file,
   * agent module). Used for relevance and shown in the report.
   */
  referencedFiles: string[];
  /** Files the target references (prompt files, model-file, module path) — the system under test. */
  targetFiles: string[];
  judge: Judge | null;
  sample: Sample;
  gate: Gate;
  pricing: Record<string, PriceSpec>;
  /** The suite's named endpoints (`endpoints:`), by name. */
  endpoints: Record<string, EndpointSpec>;
  trafficCallsPerMonth: number | null;
  redact: string[];
}

export interface Case {
  id: string;
  description?: string;
  input: Record<string, unknown>;
  expected?: unknown;
  tags: string[];
  /** The case's own checks followed by `defaults.checks`. */
  checks: CheckSpec[];
  /** Where the case was defined (for error messages and the report). */
  source: { file: string; line: number };
}

export interface Judge {
  model: string;
  /** The `endpoints:` entry judge calls go to; null = the default endpoint. */
  endpoint: string | null;
  /**
   * The suite's `judge.rubric`, or null when it sets none. A judge check without a rubric of its
   * own grades by it (DEFAULT_JUDGE_RUBRIC when null); one with its own gets it as general
   * criteria before its own rubric (see `judgeSettings`).
   */
  rubric: string | null;
  threshold: number;
  temperature: number;
}

export interface Sample {
  /** A count, a fraction of the suite (0..1], or null for every case. */
  size: { count: number } | { fraction: number } | null;
  seed: number;
  stratify: boolean;
  always: string[];
  trials: number;
  /** Looks at the data (sequential sampling); 1 = a fixed sample. */
  batches: number;
}

export interface Gate {
  /** δ: the accepted drop of the mean case score. */
  maxScoreDrop: number;
  /** Δ: the smallest drop that must be caught (miss rate 10%). */
  detectDrop: number;
  confidence: number;
  mustPassTags: string[];
  /** `confirmed`: blocks on pass → fail confirmed at head; `strict`: on any confirmed failure at head. */
  mustPass: 'confirmed' | 'strict';
  /** Extra head trials run to confirm a must-pass failure. */
  confirmTrials: number;
  /** Relative increase as a fraction (0.25 = 25%), or null when the gate is off. */
  maxCostIncrease: number | null;
  maxLatencyIncrease: number | null;
  onInconclusive: 'pass' | 'fail';
  maxErrorRate: number;
}

export const DEFAULT_GATE: Gate = {
  maxScoreDrop: 0.02,
  detectDrop: 0.1,
  confidence: 0.95,
  mustPassTags: [],
  mustPass: 'confirmed',
  confirmTrials: 2,
  maxCostIncrease: null,
  maxLatencyIncrease: null,
  onInconclusive: 'pass',
  maxErrorRate: 0.1,
};

/** Looks at the data when the suite does not say (SPEC §4). */
export const DEFAULT_BATCHES = 5;

/**
 * The endpoint a judge check is sent to: its own, else the suite judge's (inherited with its
 * model: a check naming another provider's model names that provider's endpoint too), else the
 * default endpoint (null).
 */
export function judgeCheckEndpoint(check: NonNullable<CheckSpec['judge']>, suiteJudge: Pick<Judge, 'endpoint'> | null): string | null {
  return (typeof check === 'object' ? check.endpoint : undefined) ?? suiteJudge?.endpoint ?? null;
}

export const DEFAULT_JUDGE_RUBRIC = 'Grade the answer for correctness, completeness and helpfulness with respect to the input and the expected answer, if any.';
export const DEFAULT_JUDGE_THRESHOLD = 0.7;

export type { CaseSpec, CheckSpec, JudgeSpec, TargetSpec };
