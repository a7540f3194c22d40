import { z } from 'zod';

/** Action inputs as `action.yml` declares them; read once, in `run()`, into this object. */
export const ActionInputs = z.object({
  config: z.string().min(1),
  openaiApiKey: z.string(),
  openaiBaseUrl: z.string(),
  githubToken: z.string(),
  mode: z.enum(['', 'gate', 'baseline', 'merge']),
  failOnRegression: z.boolean(),
  approveLabel: z.string().min(1),
  approvePermission: z.enum(['write', 'maintain', 'admin']),
  approvalScope: z.enum(['head', 'pr']),
  sample: z.string(),
  trials: z.number().int().positive().nullable(),
  seed: z.number().int().nullable(),
  maxCost: z.number().nonnegative().nullable(),
  maxConcurrency: z.number().int().positive(),
  comment: z.boolean(),
  onMissingKey: z.enum(['fail', 'skip']),
  shard: z.string(),
  resultsDir: z.string().min(1),
  agentUser: z.enum(['auto', 'on', 'off']),
  githubThrottle: z.boolean(),
  /**
   * The Anthropic key and endpoint agents' Anthropic calls are forwarded with by the recording
   * proxy: `ANTHROPIC_API_KEY` / `ANTHROPIC_BASE_URL` from the step's `env:` (not action inputs).
   */
  anthropicApiKey: z.string(),
  anthropicBaseUrl: z.string(),
});
export type ActionInputs = z.infer<typeof ActionInputs>;

/** Reads a raw input by its action.yml name (`core.getInput` in the action). */
export type GetInput = (name: string) => string;

function bool(name: string, text: string): boolean {
  const t = text.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(t)) return true;
  if (['false', 'no', '0', 'off'].includes(t)) return false;
  throw new Error(`input ${name}: expected true or false, got "${text}"`);
}

function num(name: string, text: string, kind: 'int' | 'number'): number | null {
  const t = text.trim().replace(/^\$/, '');
  if (t === '') return null;
  const n = Number(t);
  if (!Number.isFinite(n) || (kind === 'int' && !Number.isInteger(n))) {
    throw new Error(`input ${name}: expected ${kind === 'int' ? 'a whole number' : 'a number'}, got "${text}"`);
  }
  return n;
}

/**
 * Parses every input (and the Anthropic variables of `env`, the step's environment); the error
 * names the input, the bad value and what it expects.
 */
export function readInputs(get: GetInput, env: Readonly<Record<string, string | undefined>> = {}): ActionInputs {
  const raw = {
    config: get('config') || 'evals/evalgate.yaml',
    openaiApiKey: get('openai-api-key'),
    openaiBaseUrl: get('openai-base-url'),
    githubToken: get('github-token'),
    mode: get('mode'),
    failOnRegression: bool('fail-on-regression', get('fail-on-regression') || 'true'),
    approveLabel: get('approve-label') || 'evalgate: approve-regression',
    approvePermission: get('approve-permission') || 'write',
    approvalScope: get('approval-scope') || 'head',
    sample: get('sample'),
    trials: num('trials', get('trials'), 'int'),
    seed: num('seed', get('seed'), 'int'),
    maxCost: num('max-cost', get('max-cost') || '5', 'number'),
    maxConcurrency: num('max-concurrency', get('max-concurrency'), 'int') ?? 8,
    comment: bool('comment', get('comment') || 'true'),
    onMissingKey: get('on-missing-key') || 'fail',
    shard: get('shard'),
    resultsDir: get('results-dir') || 'evalgate-results',
    agentUser: get('agent-user') || 'auto',
    githubThrottle: bool('github-throttle', get('github-throttle') || 'true'),
    anthropicApiKey: env.ANTHROPIC_API_KEY ?? '',
    anthropicBaseUrl: env.ANTHROPIC_BASE_URL ?? '',
  };
  const parsed = ActionInputs.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const got = (raw as Record<string, unknown>)[String(issue.path[0])];
    throw new Error(`input ${key}: ${issue.message} (got ${JSON.stringify(got)})`);
  }
  return parsed.data;
}
