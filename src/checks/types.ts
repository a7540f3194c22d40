import type { Case, Judge } from '../config/suite.js';
import type { CheckResult, Step, Usage } from '../results/schema.js';
import type { LlmClient } from '../llm/llm.js';
import type { Isolation } from '../isolation/processes.js';

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

/** What running a `javascript` check (PR code) needs: how to start it, and the environment its allow-list comes from. */
export interface JavascriptRunner {
  isolation: Isolation;
  /** EvalGate's environment; the check's process gets only the allow-list of src/targets/env.ts. */
  env: Readonly<Record<string, string | undefined>>;
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
  /** How `javascript` checks (PR code) are started; same user with process.env's allow-list when absent. */
  javascript?: JavascriptRunner;
}

export type { CheckResult };
