import type { AgentEndpoints, EndpointSpec, TargetSpec } from '../config/schema.js';
import { judgeCheckEndpoint, type Suite } from '../config/suite.js';
import type { ResponseCache } from './cache.js';
import { LlmError, type ChatOptions, type ChatRequest, type ChatResponse, type LlmClient } from './llm.js';
import type { Scheduler } from './scheduler.js';
import type { StatsClient } from './resilient-client.js';

/**
 * Named endpoints (`endpoints:` in the suite): which roles use which endpoint, which keys they
 * need from the environment, and one client that routes each call to its endpoint's provider.
 * `null` is the default endpoint: the action's openai-api-key / openai-base-url inputs
 * (OPENAI_API_KEY / OPENAI_BASE_URL in the CLI), so suites without endpoints work as before.
 */

type Env = Readonly<Record<string, string | undefined>>;

/** `${NAME}` inside a header value. */
const HEADER_VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** What calls which endpoint: role descriptions by endpoint name (null = the default endpoint). Pure. */
export function endpointUses(suite: Suite, targets: readonly TargetSpec[]): Map<string | null, string[]> {
  const uses = new Map<string | null, string[]>();
  const add = (endpoint: string | null, role: string): void => {
    const roles = uses.get(endpoint) ?? [];
    if (!roles.includes(role)) roles.push(role);
    uses.set(endpoint, roles);
  };
  for (const target of targets) {
    if (target.chat) {
      add(target.chat.endpoint ?? null, 'target.chat');
      continue;
    }
    // Agents reach the model through the recording proxy, which forwards to the endpoints they name.
    const agent = agentEndpointsOf(target);
    add(agent?.openai ?? null, 'the agent target (recording proxy)');
    if (agent?.anthropic !== undefined) add(agent.anthropic, "the agent target's Anthropic calls (recording proxy)");
  }
  for (const c of suite.cases) {
    for (const check of c.checks) {
      if (check.judge === undefined) continue;
      add(judgeCheckEndpoint(check.judge, suite.judge), 'judge');
    }
  }
  return uses;
}

/** The endpoints an agent target (command or module) names for the recording proxy. */
export function agentEndpointsOf(target: TargetSpec): AgentEndpoints | undefined {
  return (target.command ?? target.module)?.endpoints;
}

/** A key a role needs and the environment lacks. */
export interface MissingKey {
  /** null: the default endpoint's key (openai-api-key / OPENAI_API_KEY). */
  endpoint: string | null;
  /** The environment variable to set; null for the default endpoint. */
  variable: string | null;
  /** What it is for: `api-key-env`, or the header whose value names it. */
  purpose: string;
  roles: string[];
}

function endpointVariables(endpoint: EndpointSpec): { variable: string; purpose: string }[] {
  const vars: { variable: string; purpose: string }[] = [];
  const keyEnv = endpoint['api-key-env'];
  if (keyEnv !== undefined) vars.push({ variable: keyEnv, purpose: 'api-key-env' });
  for (const [header, value] of Object.entries(endpoint.headers ?? {})) {
    for (const m of value.matchAll(HEADER_VARIABLE)) vars.push({ variable: m[1], purpose: `header ${header}` });
  }
  return vars;
}

/**
 * Keys the roles in use need and `env` lacks (unset or empty), in a stable order. A role whose
 * endpoint has no key is an error, never a fallback to another provider. Pure.
 */
export function missingKeys(suite: Suite, targets: readonly TargetSpec[], env: Env, defaultKey: string): MissingKey[] {
  const missing: MissingKey[] = [];
  for (const [name, roles] of endpointUses(suite, targets)) {
    if (name === null) {
      if (defaultKey === '') missing.push({ endpoint: null, variable: null, purpose: 'openai-api-key', roles });
      continue;
    }
    const endpoint = suite.endpoints[name];
    if (!endpoint) continue; // an unknown name is the validator's (or unknownEndpoints') to report
    for (const { variable, purpose } of endpointVariables(endpoint)) {
      if (!env[variable]) missing.push({ endpoint: name, variable, purpose, roles });
    }
  }
  return missing;
}

/** Endpoint names the targets use that the suite does not define (a base target naming a removed endpoint). */
export function unknownEndpoints(suite: Suite, targets: readonly TargetSpec[]): string[] {
  return [...endpointUses(suite, targets).keys()].filter((n): n is string => n !== null && !(n in suite.endpoints));
}

/**
 * One line per missing key saying what to set. `cli`: export the variable; `action`: add it to the
 * step's env from a secret.
 */
export function missingKeyMessage(missing: readonly MissingKey[], where: 'cli' | 'action'): string {
  return missing
    .map((m) => {
      const used = `used by ${m.roles.join(' and ')}`;
      if (m.variable === null) {
        return where === 'cli'
          ? `OPENAI_API_KEY is not set (the default endpoint, ${used}): export it (any value works for a local endpoint), or use --cache DIR --replay to answer from recorded responses`
          : `no OpenAI API key (input openai-api-key) for the default endpoint, ${used}`;
      }
      const set = where === 'cli' ? `export ${m.variable}` : `add ${m.variable}: \${{ secrets.${m.variable} }} to the step's env:`;
      return `${m.variable} is not set: endpoint "${m.endpoint}" (${used}) takes its ${m.purpose} from it; ${set}`;
    })
    .join('\n');
}

/**
 * Every secret value the suite's endpoints read from `env` (keys and `${NAME}`s in headers), set
 * or not defined: masked in the action's log and redacted from every report like the OpenAI key.
 */
export function endpointSecrets(suite: Pick<Suite, 'endpoints'>, env: Env): string[] {
  const values = Object.values(suite.endpoints).flatMap((e) => endpointVariables(e).map((v) => env[v.variable] ?? ''));
  return [...new Set(values.filter((v) => v !== ''))];
}

/** What decides where an endpoint's secrets go and which ones it reads. */
function destination(endpoint: EndpointSpec): string {
  const headers = Object.entries(endpoint.headers ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([endpoint.kind, endpoint['base-url'] ?? null, endpoint['api-key-env'] ?? null, headers, endpoint.auth ?? null]);
}

/**
 * On a pull request the head suite is the PR author's: a changed `base-url` (or a new endpoint)
 * would send a secret of the step to a server the PR names. The names of head endpoints that read
 * a secret (api-key-env, `${NAME}` in headers) and are not defined the same way — kind, base-url,
 * api-key-env, headers, auth — in the base branch's suite (`base`: null when it has none). Pure.
 */
export function endpointsChangedFromBase(head: Readonly<Record<string, EndpointSpec>>, base: Readonly<Record<string, EndpointSpec>> | null): string[] {
  return Object.entries(head)
    .filter(([name, endpoint]) => endpointVariables(endpoint).length > 0 && (!base?.[name] || destination(base[name]) !== destination(endpoint)))
    .map(([name]) => name);
}

/** Header values with `${NAME}` replaced from `env` (unset names become empty: missingKeys reports them). */
export function resolveHeaders(headers: Readonly<Record<string, string>> | undefined, env: Env): Record<string, string> | undefined {
  if (!headers) return undefined;
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replace(HEADER_VARIABLE, (_, name: string) => env[name] ?? '')]));
}

export interface RouterSetup {
  suite: Pick<Suite, 'endpoints'>;
  env: Env;
  /** The client for the default endpoint. */
  defaultClient: LlmClient;
  cache: ResponseCache | null;
  scheduler: Scheduler;
  timeoutMs: number;
  /** Replay answers only from the cache: a missing key is no error, nothing is sent. */
  replay: boolean;
}

/** A key that stands in when replaying: no request is sent with it. */
const REPLAY_KEY = 'replay-only';
/** What an openai endpoint without api-key-env sends: local servers ignore it, the SDK needs one. */
const NO_KEY = 'no-key';

/**
 * The client for one named endpoint. Loaded on first use, so a run on the default endpoint never
 * loads the other providers' code.
 */
async function endpointClient(name: string, endpoint: EndpointSpec, setup: RouterSetup): Promise<StatsClient> {
  const keyEnv = endpoint['api-key-env'];
  const key = (keyEnv !== undefined ? setup.env[keyEnv] : undefined) || (setup.replay ? REPLAY_KEY : keyEnv === undefined ? NO_KEY : '');
  if (key === '') throw new LlmError('other', `${keyEnv} is not set: endpoint "${name}" takes its key from it`);
  const keySource = keyEnv !== undefined ? `the key in ${keyEnv} (api-key-env of endpoint "${name}")` : `endpoint "${name}" (it has no api-key-env)`;
  const common = {
    cache: setup.cache,
    scheduler: setup.scheduler,
    timeoutMs: setup.timeoutMs,
    headers: resolveHeaders(endpoint.headers, setup.env),
    keySource,
    structuredOutput: endpoint['structured-output'],
    cacheScope: name,
  };
  if (endpoint.kind === 'anthropic') {
    const { createAnthropicClient } = await import('./anthropic-client.js');
    // The Messages request depends on structured-output (tool vs prefill), the cache key must too.
    const mode = endpoint['structured-output'];
    return createAnthropicClient({
      ...common,
      key,
      baseURL: endpoint['base-url'],
      cacheScope: mode === undefined || mode === 'json-schema' ? name : `${name}/${mode}`,
    });
  }
  if (endpoint.kind === 'azure-openai') {
    const { createAzureOpenAiClient } = await import('./azure-client.js');
    return createAzureOpenAiClient({
      ...common,
      key,
      baseURL: endpoint['base-url'] ?? '',
      apiVersion: endpoint['api-version'] ?? '',
      auth: endpoint.auth ?? 'api-key',
      deployments: endpoint.deployments,
    });
  }
  const { createOpenAiClient } = await import('./openai-client.js');
  return createOpenAiClient({ ...common, apiKey: key, baseURL: endpoint['base-url'], suiteEndpoint: true });
}

export type EndpointRouter = LlmClient & {
  /** Requests sent and cache hits per endpoint used so far (`default` for the default endpoint). */
  stats(): Record<string, { requests: number; cacheHits: number; retries: number }>;
};

/** One LlmClient for the whole run that sends each call to the endpoint its options name. */
export function createEndpointRouter(setup: RouterSetup): EndpointRouter {
  const clients = new Map<string, Promise<StatsClient>>();
  const started = new Map<string, StatsClient>();
  const clientFor = (name: string): Promise<StatsClient> => {
    let client = clients.get(name);
    if (!client) {
      const endpoint = setup.suite.endpoints[name];
      if (!endpoint) throw new LlmError('other', `unknown endpoint "${name}": it is not defined under endpoints: in the suite`);
      client = endpointClient(name, endpoint, setup).then((c) => {
        started.set(name, c);
        return c;
      });
      clients.set(name, client);
    }
    return client;
  };
  return {
    async chat(request: ChatRequest, options: ChatOptions): Promise<ChatResponse> {
      const name = options.endpoint ?? null;
      if (name === null) return setup.defaultClient.chat(request, options);
      return (await clientFor(name)).chat(request, options);
    },
    stats() {
      const out: Record<string, { requests: number; cacheHits: number; retries: number }> = {};
      const own = setup.defaultClient as Partial<StatsClient>;
      if (typeof own.stats === 'function') out.default = own.stats();
      for (const [name, client] of started) out[name] = client.stats();
      return out;
    },
  };
}
