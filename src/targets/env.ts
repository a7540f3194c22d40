import { WORKFLOW_CREDENTIAL } from '../config/workflow-credentials.js';

/**
 * The environment of a command agent, built explicitly: agent code from a pull request must never
 * see the workflow's tokens (GITHUB_TOKEN, INPUT_*, ACTIONS_RUNTIME_TOKEN, RUNNER_*), so nothing
 * is inherited unless it is on the allow-list below.
 */

/**
 * Inherited from EvalGate's environment: what a shell, a language runtime and TLS need, nothing
 * that carries credentials. Left out on purpose: NODE_OPTIONS (may inject the runner's own
 * loaders/debuggers into the agent), HTTP(S)_PROXY (URLs may embed credentials), and every
 * GITHUB_*, INPUT_*, ACTIONS_*, RUNNER_* variable. A suite adds more with `target.command.env`.
 */
const INHERITED = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  'TMP',
  'TEMP',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'NODE_EXTRA_CA_CERTS',
  'REQUESTS_CA_BUNDLE',
]);
const INHERITED_PREFIXES = ['LC_'];

/** Never forwarded, even when a suite asks for them with `${NAME}`: the workflow's own credentials. */
const NEVER_FORWARDED = WORKFLOW_CREDENTIAL;

/** Set by EvalGate for every run; a suite cannot override them (recording and replay depend on them). */
const OWN_NAMES = ['OPENAI_BASE_URL', 'OPENAI_API_KEY', 'ANTHROPIC_BASE_URL', 'ANTHROPIC_API_KEY', 'EVALGATE_CASE_ID', 'EVALGATE_TRIAL'];

/** A whole value `${NAME}` forwards NAME from EvalGate's environment (e.g. a secret set on the step). */
const FORWARD = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

/** A `target.command.env` entry the user must change; every problem at once. */
export class AgentEnvError extends Error {
  override name = 'AgentEnvError';
}

type ParentEnv = Readonly<Record<string, string | undefined>>;

function inherited(name: string): boolean {
  return INHERITED.has(name) || INHERITED_PREFIXES.some((p) => name.startsWith(p));
}

/**
 * The part of the agent environment that is the same for every run: the allow-list from `parent`
 * plus the suite's `env` (values `${NAME}` are forwarded from `parent`). Pure; throws
 * AgentEnvError listing every bad entry.
 */
export function baseAgentEnv(
  parent: ParentEnv,
  suiteEnv: Readonly<Record<string, string>> | undefined,
  key: 'target.command.env' | 'target.module.env' = 'target.command.env',
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value !== undefined && inherited(name) && !NEVER_FORWARDED.test(name)) env[name] = value;
  }
  const problems: string[] = [];
  for (const [name, value] of Object.entries(suiteEnv ?? {})) {
    const where = `${key}.${name}`;
    if (OWN_NAMES.includes(name)) {
      problems.push(`${where}: EvalGate sets ${name} itself (the recording proxy and the case); remove it from env`);
      continue;
    }
    const forward = FORWARD.exec(value);
    if (!forward) {
      env[name] = value;
      continue;
    }
    const source = forward[1];
    if (NEVER_FORWARDED.test(source)) {
      problems.push(`${where}: \${${source}} is a workflow credential and is never passed to agent code; use a dedicated secret`);
    } else if (parent[source] === undefined) {
      problems.push(`${where}: \${${source}} is not set in EvalGate's environment; set it on the workflow step (env:) or locally`);
    } else {
      env[name] = parent[source]!;
    }
  }
  if (problems.length > 0) throw new AgentEnvError(problems.join('\n'));
  return env;
}

/**
 * The full environment of one run: the base plus what EvalGate sets per run. Both SDK families
 * point at the recording proxy and hold its stand-in key (OPENAI_* and ANTHROPIC_*). Pure.
 */
export function runAgentEnv(
  base: Readonly<Record<string, string>>,
  run: { openaiBaseUrl: string; anthropicBaseUrl: string; openaiApiKey: string; caseId: string; trial: number },
): Record<string, string> {
  return {
    ...base,
    OPENAI_BASE_URL: run.openaiBaseUrl,
    OPENAI_API_KEY: run.openaiApiKey,
    ANTHROPIC_BASE_URL: run.anthropicBaseUrl,
    ANTHROPIC_API_KEY: run.openaiApiKey,
    EVALGATE_CASE_ID: run.caseId,
    EVALGATE_TRIAL: String(run.trial),
  };
}
