import type { Case } from '../../src/config/suite.js';
import type { CheckEnv, CheckInput } from '../../src/checks/types.js';
import { ZERO_USAGE } from '../../src/results/schema.js';

/** One trial's check input: a plain answer with no trace unless the scenario adds one. */
export function trialWith(overrides: Partial<CheckInput> & { caseOverrides?: Partial<Case> } = {}): CheckInput {
  const { caseOverrides, ...rest } = overrides;
  const base: Case = {
    id: 'refund-window',
    input: { question: 'Can I return shoes after 45 days?' },
    expected: 'No. Returns are accepted within 30 days.',
    tags: [],
    checks: [],
    source: { file: 'evals/evalgate.yaml', line: 1 },
    ...caseOverrides,
  };
  const output = rest.output ?? 'No. Returns are accepted within 30 days.';
  return {
    case: base,
    trial: 0,
    output,
    rawOutput: output,
    steps: [],
    usage: ZERO_USAGE,
    costUsd: 0,
    latencyMs: 1000,
    ...rest,
  };
}

/** An environment with no judge and no model client, rooted at `root`. */
export function envAt(root: string, overrides: Partial<CheckEnv> = {}): CheckEnv {
  return { root, judge: null, llm: null, pricing: {}, ...overrides };
}
