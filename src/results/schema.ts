import { z } from 'zod';

/**
 * `evalgate-results.json` (SPEC §6): one evaluation of one side (base or head). Read back for
 * stored baselines, shard merges and label re-decisions, so it is a zod schema, versioned.
 */
export const RESULTS_SCHEMA_VERSION = 1;

/** A full commit id as git prints it (SHA-1 or SHA-256): results files name commits, never refs. */
export const CommitSha = z.string().regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/, 'expected a full hex commit id');
/** What `config/fingerprint.ts` writes: the start of a sha256 in hex. */
export const Fingerprint = z.string().regex(/^[0-9a-f]{16}$/, 'expected a 16-digit hex fingerprint');

/**
 * Tokens of one call or a sum of calls. `inputTokens` counts every prompt token, the cached and
 * cache-written ones included (OpenAI's convention; Anthropic's usage is converted to it);
 * `outputTokens` counts reasoning tokens too, as every provider bills them as output.
 */
export const Usage = z.object({
  inputTokens: z.number().nonnegative(),
  /** Prompt tokens read from the provider's prompt cache (billed at the cached-input rate). */
  cachedTokens: z.number().nonnegative(),
  outputTokens: z.number().nonnegative(),
  /** Prompt tokens written to the provider's prompt cache (Anthropic; billed at the cache-write rate). */
  cacheWriteTokens: z.number().nonnegative().optional(),
  /** Part of `outputTokens` the model spent reasoning, where the provider reports it. */
  reasoningTokens: z.number().nonnegative().optional(),
});
export type Usage = z.infer<typeof Usage>;
export const ZERO_USAGE: Usage = { inputTokens: 0, cachedTokens: 0, outputTokens: 0 };

export const Step = z.object({
  type: z.enum(['llm', 'tool', 'retrieval', 'other']),
  name: z.string(),
  input: z.unknown().optional(),
  output: z.unknown().optional(),
  model: z.string().optional(),
  usage: Usage.optional(),
  /** null = the model's price is unknown. */
  costUsd: z.number().nullable().optional(),
  latencyMs: z.number().optional(),
  error: z.string().optional(),
  /** Who reported the step: the agent's own stdout, the recording proxy, or EvalGate's chat target. */
  source: z.enum(['agent', 'proxy', 'target']).optional(),
  /** The API a recorded model call used (recording proxy only). */
  api: z.enum(['chat', 'responses', 'embeddings', 'messages']).optional(),
  /** True when the answer came from the response cache: its cost is replayed, not spent. */
  cached: z.boolean().optional(),
});
export type Step = z.infer<typeof Step>;

export const JudgeDetail = z.object({
  model: z.string(),
  reasoning: z.string(),
  /** Normalised 0..1. */
  score: z.number(),
  usage: Usage,
  costUsd: z.number().nullable(),
  latencyMs: z.number(),
  cached: z.boolean(),
});
export type JudgeDetail = z.infer<typeof JudgeDetail>;

export const CheckResult = z.object({
  /** The check key, e.g. `contains`, `judge`. */
  kind: z.string(),
  /** A short human label, e.g. `contains "30 days"`. */
  label: z.string(),
  pass: z.boolean(),
  score: z.number().min(0).max(1),
  reason: z.string(),
  judge: JudgeDetail.optional(),
  /** Tool calls outside `allowed` (tools check), with their arguments. */
  violations: z.array(z.object({ name: z.string(), input: z.unknown().optional() })).optional(),
});
export type CheckResult = z.infer<typeof CheckResult>;

export const ErrorKind = z.enum([
  'rate-limit',
  'server-error',
  'timeout',
  'network',
  'bad-response',
  'replay-miss',
  'template',
  'command',
  'budget',
  'check',
  'other',
]);
export type ErrorKind = z.infer<typeof ErrorKind>;

export const RunError = z.object({
  kind: ErrorKind,
  /**
   * Who failed: `target` — the system under test itself (a crash, a timeout, invalid output, a
   * template error), which a change can cause; `provider` — the model provider, the network or
   * EvalGate's infrastructure, which it cannot. Absent in results written before it existed:
   * read as `provider`.
   */
  origin: z.enum(['target', 'provider']).optional(),
  message: z.string(),
  stderr: z.string().optional(),
});
export type RunError = z.infer<typeof RunError>;

export const TrialResult = z.object({
  trial: z.number().int().nonnegative(),
  status: z.enum(['pass', 'fail', 'error']),
  /** Mean of check scores; null on error. */
  score: z.number().nullable(),
  checks: z.array(CheckResult),
  /** The output as text (objects are JSON-stringified); null on error. */
  output: z.string().nullable(),
  steps: z.array(Step),
  /** System-under-test usage and cost (judge excluded). */
  usage: Usage,
  costUsd: z.number().nullable(),
  latencyMs: z.number(),
  judgeUsage: Usage,
  judgeCostUsd: z.number().nullable(),
  /** How many model requests were answered from the response cache / sent. */
  cacheHits: z.number().int().nonnegative(),
  requests: z.number().int().nonnegative(),
  /**
   * Money sent to providers for this trial (target and judge), errored trials included: what the
   * budget counts. null when a price is unknown. Absent in results written before it existed.
   */
  liveCostUsd: z.number().nullable().optional(),
  /** Cost of the answers (target and judge) that came from the response cache or a stored baseline: not paid now. */
  replayedCostUsd: z.number().nullable().optional(),
  /** Model calls an agent made that the recording proxy passed through without recording. */
  unrecordedCalls: z.number().int().nonnegative().optional(),
  error: RunError.optional(),
});
export type TrialResult = z.infer<typeof TrialResult>;

export const CaseResult = z.object({
  id: z.string(),
  tags: z.array(z.string()),
  input: z.record(z.string(), z.unknown()),
  expected: z.unknown().optional(),
  /** Fingerprint of the case definition (input, expected, checks) for baseline matching. */
  fingerprint: Fingerprint,
  trials: z.array(TrialResult),
  /** Mean over non-error trials; null when every trial errored. */
  score: z.number().nullable(),
  /** pass: at least half the non-error trials passed; error: every trial errored. */
  status: z.enum(['pass', 'fail', 'error']),
  /**
   * Extra head trials run to confirm a must-pass case's failure (SPEC §4); kept apart from
   * `trials` so the case's score stays comparable with base.
   */
  confirmTrials: z.array(TrialResult).optional(),
});
export type CaseResult = z.infer<typeof CaseResult>;

export const Totals = z.object({
  cases: z.number().int(),
  passed: z.number().int(),
  failed: z.number().int(),
  errors: z.number().int(),
  usage: Usage,
  /** Cost of the system under test's answers (live or replayed); null when some model's price is unknown. */
  costUsd: z.number().nullable(),
  judgeUsage: Usage,
  judgeCostUsd: z.number().nullable(),
  requests: z.number().int(),
  cacheHits: z.number().int(),
  /** Money sent to providers in this run (target and judge, errored trials included); null when a price is unknown. */
  liveCostUsd: z.number().nullable().optional(),
  /** Cost of the answers that came from the response cache or a stored baseline. */
  replayedCostUsd: z.number().nullable().optional(),
  /** Agents' model calls passed through the recording proxy unrecorded (no usage, no cost). */
  unrecordedCalls: z.number().int().optional(),
  unknownPriceModels: z.array(z.string()),
});
export type Totals = z.infer<typeof Totals>;

export const RunMeta = z.object({
  side: z.enum(['base', 'head', 'single']),
  commit: CommitSha.nullable(),
  /**
   * Set when this side was the working tree with uncommitted changes (CLI compare without
   * --head-ref): `commit` is then only where the tree started, not what was evaluated.
   */
  dirty: z.boolean().optional(),
  ref: z.string().nullable(),
  suitePath: z.string(),
  suiteName: z.string(),
  /** Fingerprint of what is *not* under test (cases, checks, judge, target settings not under test). */
  suiteFingerprint: Fingerprint,
  /** Fingerprint of the system under test (target section and referenced file contents). */
  targetFingerprint: Fingerprint,
  seed: z.number().int(),
  trials: z.number().int(),
  totalCases: z.number().int(),
  sampleIds: z.array(z.string()),
  shard: z.object({ index: z.number().int(), count: z.number().int() }).nullable(),
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number(),
  /** Set when the budget stopped new cases from starting. */
  cut: z.object({ reason: z.string(), completed: z.number().int(), planned: z.number().int() }).nullable(),
  evalgateVersion: z.string(),
});
export type RunMeta = z.infer<typeof RunMeta>;

export const RunResults = z.object({
  schema: z.literal('evalgate-results'),
  schemaVersion: z.literal(RESULTS_SCHEMA_VERSION),
  meta: RunMeta,
  cases: z.array(CaseResult),
  totals: Totals,
});
export type RunResults = z.infer<typeof RunResults>;
