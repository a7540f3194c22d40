import type { Case } from '../config/suite.js';
import type { CheckResult, Step, Usage } from '../results/schema.js';
import type { LlmClient } from '../run/llm.js';
import type { Judge } from '../config/suite.js';

/** Everything a check may look at for one trial of one case. */
export interface CheckInput {
  case: Case;
  trial: number;
  /** The output as text (objects JSON-stringified). */
  output: string;
  /** The output as the target returned it (string or JSON value). */
  rawOutput: unknown;
  steps: Step[];
  usage: Usage;
  costUsd: number | null;
  latencyMs: number;
}

/** What checks need from the outside world. */
export interface CheckEnv {
  /** Directory that `json-schema: {file}` and `javascript` paths resolve against (repo root of the head tree). */
  root: string;
  /** Suite-level judge settings; null when the suite has no `judge:` section. */
  judge: Judge | null;
  /** Client for judge calls; required when any judge check runs. */
  llm: LlmClient | null;
  pricing: Record<string, { input: number; 'cached-input'?: number; output: number }>;
}

export type { CheckResult };
