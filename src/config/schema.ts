import { z } from 'zod';

/**
 * The suite file (`evals/evalgate.yaml`), SPEC §2. This schema describes the *input* exactly as a
 * user writes it (kebab-case keys, no transforms) so that the committed JSON Schema and the
 * validator agree. Normalisation (durations to ms, percentages to fractions, check objects to a
 * tagged union) happens in pure functions after validation.
 */

/** `20s`, `500ms`, `2m`, or a number of seconds. */
export const Duration = z
  .union([z.number().nonnegative(), z.string().regex(/^\d+(\.\d+)?\s*(ms|s|m)$/, 'a duration such as "500ms", "20s" or "2m"')])
  .describe('A duration: "500ms", "20s", "2m", or a number of seconds.');

/** `25%` or a fraction such as 0.25. */
export const Percent = z
  .union([z.number().nonnegative(), z.string().regex(/^\d+(\.\d+)?\s*%$/, 'a percentage such as "25%"')])
  .describe('A relative increase: "25%" or a fraction such as 0.25.');

const StringList = z.array(z.string()).min(1);

const ContainsSpec = z.union([z.string(), StringList, z.strictObject({ any: StringList }), z.strictObject({ all: StringList })]);

const RegexSpec = z.union([z.string(), z.strictObject({ pattern: z.string(), flags: z.string().optional() })]);

/** A name under `endpoints:`; roles refer to it with `endpoint: NAME`. */
export const EndpointName = z
  .string()
  .min(1)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits and . _ -');

const EndpointRef = EndpointName.describe(
  'A name from the top-level `endpoints:` section; the default endpoint (openai-api-key / openai-base-url) when absent.',
);

export const JudgeCheckSpec = z.union([
  z.string().min(1),
  z.strictObject({
    rubric: z.string().min(1).optional(),
    model: z.string().min(1).optional(),
    threshold: z.number().min(0).max(1).optional(),
    endpoint: EndpointRef.optional(),
  }),
]);

/**
 * One check: an object with exactly one key naming the check. Written as one strict object with
 * optional keys (rather than a union) so a misspelt check name is reported as an unknown key.
 */
export const CheckSpec = z
  .strictObject({
    equals: z.string().optional(),
    contains: ContainsSpec.optional(),
    'not-contains': ContainsSpec.optional(),
    'ignore-case': z.boolean().optional().describe('For contains / not-contains / equals / starts-with.'),
    regex: RegexSpec.optional(),
    'not-regex': RegexSpec.optional(),
    'starts-with': z.string().optional(),
    'is-json': z.boolean().optional(),
    'json-schema': z
      .union([z.strictObject({ file: z.string().min(1) }), z.record(z.string(), z.unknown())])
      .optional()
      .describe('An inline JSON Schema, or { file: path } relative to the repository root.'),
    'max-length': z.number().int().nonnegative().optional(),
    'max-latency': Duration.optional(),
    'max-cost': z.number().nonnegative().optional().describe('USD for the case run.'),
    'max-tokens': z.number().int().nonnegative().optional(),
    'max-steps': z.number().int().nonnegative().optional(),
    tools: z
      .strictObject({
        'must-call': z.array(z.string()).optional(),
        'must-not-call': z.array(z.string()).optional(),
        allowed: z.array(z.string()).optional(),
      })
      .optional(),
    javascript: z.union([z.string().min(1), z.strictObject({ path: z.string().min(1), export: z.string().optional() })]).optional(),
    judge: JudgeCheckSpec.optional(),
  })
  .describe('A check: exactly one of the check keys (plus ignore-case for string checks).');
export type CheckSpec = z.infer<typeof CheckSpec>;

export const CHECK_KEYS = [
  'equals',
  'contains',
  'not-contains',
  'regex',
  'not-regex',
  'starts-with',
  'is-json',
  'json-schema',
  'max-length',
  'max-latency',
  'max-cost',
  'max-tokens',
  'max-steps',
  'tools',
  'javascript',
  'judge',
] as const;
export type CheckKind = (typeof CHECK_KEYS)[number];

export const CaseSpec = z.strictObject({
  id: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9._:/-]+$/, 'letters, digits and . _ : / -'),
  description: z.string().optional(),
  input: z.record(z.string(), z.unknown()),
  expected: z.unknown().optional(),
  tags: z.array(z.string().min(1)).optional(),
  checks: z.array(CheckSpec).optional(),
});
export type CaseSpec = z.infer<typeof CaseSpec>;

export const CaseFileRef = z.strictObject({
  file: z.string().min(1).describe('A YAML list or JSONL file of cases, relative to the repository root; globs allowed.'),
});

export const MessageSpec = z.union([
  z.strictObject({ role: z.enum(['system', 'user', 'assistant', 'developer']), content: z.string() }),
  z.strictObject({ role: z.enum(['system', 'user', 'assistant', 'developer']), file: z.string().min(1) }),
]);
export type MessageSpec = z.infer<typeof MessageSpec>;

export const ChatTarget = z.strictObject({
  model: z.string().min(1).optional(),
  'model-file': z.string().min(1).optional(),
  'model-key': z.string().min(1).optional(),
  temperature: z.number().min(0).max(2).optional(),
  'max-tokens': z.number().int().positive().optional(),
  'top-p': z.number().min(0).max(1).optional(),
  seed: z.number().int().optional(),
  'response-format': z.enum(['text', 'json']).optional(),
  endpoint: EndpointRef.optional(),
  messages: z.array(MessageSpec).min(1),
});
export type ChatTarget = z.infer<typeof ChatTarget>;

/**
 * Where the recording proxy forwards an agent's calls: `openai` (an openai or azure-openai
 * endpoint) takes its OpenAI-SDK calls, `anthropic` (an anthropic endpoint) its Anthropic-SDK calls.
 */
export const AgentEndpoints = z
  .strictObject({
    openai: EndpointRef.optional().describe("An openai or azure-openai endpoint for the agent's OpenAI-style calls; the default endpoint when absent."),
    anthropic: EndpointRef.optional().describe(
      "An anthropic endpoint for the agent's Anthropic Messages calls; ANTHROPIC_API_KEY / ANTHROPIC_BASE_URL when absent.",
    ),
  })
  .describe("Suite endpoints the recording proxy forwards this agent's model calls to.");
export type AgentEndpoints = z.infer<typeof AgentEndpoints>;

export const CommandTarget = z.strictObject({
  run: z.string().min(1),
  timeout: Duration.optional(),
  env: z.record(z.string(), z.string()).optional(),
  endpoints: AgentEndpoints.optional(),
});
export type CommandTarget = z.infer<typeof CommandTarget>;

export const ModuleTarget = z.strictObject({
  path: z.string().min(1),
  export: z.string().min(1).optional(),
  timeout: Duration.optional(),
  // The module runs in a child process with a built environment, like a command agent.
  env: z.record(z.string(), z.string()).optional(),
  endpoints: AgentEndpoints.optional(),
});
export type ModuleTarget = z.infer<typeof ModuleTarget>;

export const TargetSpec = z
  .strictObject({
    chat: ChatTarget.optional(),
    command: CommandTarget.optional(),
    module: ModuleTarget.optional(),
  })
  .describe('What is evaluated: exactly one of chat | command | module.');
export type TargetSpec = z.infer<typeof TargetSpec>;

export const JudgeSpec = z.strictObject({
  model: z.string().min(1),
  endpoint: EndpointRef.optional(),
  rubric: z.string().min(1).optional(),
  threshold: z.number().min(0).max(1).optional(),
  temperature: z.number().min(0).max(2).optional(),
});
export type JudgeSpec = z.infer<typeof JudgeSpec>;

export const SampleSpec = z.strictObject({
  size: z
    .union([z.number().int().positive(), z.literal('all'), z.string().regex(/^\d+(\.\d+)?%$/, 'a count, "all", or a percentage such as "20%"')])
    .describe('The most cases to evaluate: a number, a percentage of the suite such as "20%", or "all".')
    .optional(),
  seed: z.number().int().optional(),
  stratify: z.enum(['tags']).nullable().optional(),
  always: z.array(z.string()).optional(),
  trials: z.number().int().positive().max(20).optional(),
  batches: z
    .number()
    .int()
    .positive()
    .max(20)
    .describe('Looks at the data: the sample is evaluated in this many batches and stops as soon as the verdict is clear; 1 evaluates the whole sample.')
    .optional(),
});
export type SampleSpec = z.infer<typeof SampleSpec>;

export const GateSpec = z.strictObject({
  'max-score-drop': z.number().min(0).max(1).describe('δ: a drop of the mean case score the team accepts (0..1 scale).').optional(),
  'detect-drop': z
    .number()
    .gt(0)
    .max(1)
    .describe('Δ: the smallest drop of the mean case score that must be caught; a drop this large passes at most 10% of the time.')
    .optional(),
  confidence: z.number().gt(0.5).lt(1).optional(),
  'must-pass-tags': z.array(z.string()).optional(),
  'must-pass': z
    .enum(['confirmed', 'strict'])
    .describe('confirmed: a must-pass case blocks when it passed at base and fails its confirmation trials at head; strict: also when it fails at base too.')
    .optional(),
  'confirm-trials': z.number().int().min(0).max(10).describe('Extra head trials that confirm a must-pass failure before it blocks.').optional(),
  'max-cost-increase': Percent.nullable().optional(),
  'max-latency-increase': Percent.nullable().optional(),
  'on-inconclusive': z.enum(['pass', 'fail']).optional(),
  'max-error-rate': z.number().min(0).max(1).optional(),
});
export type GateSpec = z.infer<typeof GateSpec>;

/** An environment variable's name. */
const EnvName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name such as ANTHROPIC_API_KEY');

/**
 * A model provider a role can be sent to (`target.chat`, `judge`, a judge check). Which keys
 * apply depends on `kind`; the cross-field rules say which are required (src/config/rules.ts).
 */
export const EndpointSpec = z.strictObject({
  kind: z
    .enum(['openai', 'azure-openai', 'anthropic'])
    .describe('openai: any OpenAI-compatible server (Chat Completions); azure-openai: Azure OpenAI deployments; anthropic: the Messages API.'),
  'base-url': z
    .url({ protocol: /^https?$/, error: 'an http(s) URL such as https://my-resource.openai.azure.com' })
    .optional()
    .describe(
      'openai: up to /v1 (https://api.openai.com/v1 when absent); azure-openai: the resource endpoint, required; anthropic: without /v1 (https://api.anthropic.com when absent).',
    ),
  'api-key-env': EnvName.optional().describe(
    "The environment variable holding the key (set it from a secret in the step's env:). Required for azure-openai and anthropic; an openai endpoint without one sends no real key (local servers).",
  ),
  headers: z
    .record(z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'an HTTP header name'), z.string())
    .optional()
    .describe('Extra headers on every request. ${NAME} in a value is replaced by that environment variable, which is then masked and redacted like a key.'),
  'api-version': z.string().min(1).optional().describe('azure-openai only: the api-version query parameter, e.g. 2024-10-21. Required.'),
  auth: z
    .enum(['api-key', 'bearer'])
    .optional()
    .describe('azure-openai only: send the key in the api-key header (default) or as a bearer token (Microsoft Entra ID).'),
  deployments: z
    .record(z.string().min(1), z.string().min(1))
    .optional()
    .describe('azure-openai only: deployment name → the model it serves (gpt-4o-mini), so its calls are priced as that model.'),
  'structured-output': z
    .enum(['json-schema', 'json-object', 'none'])
    .optional()
    .describe(
      "How the judge's JSON answer is forced: json-schema (default: strict structured outputs; a forced tool call on anthropic), json-object (JSON mode), none (plain text; parsed tolerantly).",
    ),
});
export type EndpointSpec = z.infer<typeof EndpointSpec>;

export const PriceSpec = z.strictObject({
  input: z.number().nonnegative(),
  'cached-input': z.number().nonnegative().optional(),
  /** Prompt tokens written to the provider's cache (Anthropic); billed at `input` when absent. */
  'cache-write': z.number().nonnegative().optional(),
  output: z.number().nonnegative(),
});
export type PriceSpec = z.infer<typeof PriceSpec>;

export const SuiteSpec = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    name: z.string().min(1).optional().describe('Names the suite in the comment; defaults to the file name.'),
    watch: z.array(z.string().min(1)).optional(),
    target: TargetSpec,
    endpoints: z
      .record(EndpointName, EndpointSpec)
      .optional()
      .describe('Named model endpoints that target.chat, judge and judge checks pick with `endpoint: NAME`.'),
    judge: JudgeSpec.optional(),
    cases: z.array(z.union([CaseFileRef, CaseSpec])).min(1),
    defaults: z.strictObject({ checks: z.array(CheckSpec).optional() }).optional(),
    sample: SampleSpec.optional(),
    gate: GateSpec.optional(),
    pricing: z.record(z.string(), PriceSpec).optional().describe('USD per 1M tokens, by model.'),
    traffic: z.strictObject({ 'calls-per-month': z.number().nonnegative() }).optional(),
    redact: z.array(z.string().min(1)).optional(),
  })
  .describe('EvalGate suite file.');
export type SuiteSpec = z.infer<typeof SuiteSpec>;
