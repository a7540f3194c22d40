import type { EndpointSpec, TargetSpec } from '../config/schema.js';
import { agentEndpointsOf, resolveHeaders } from '../llm/endpoints.js';
import { DEFAULT_ANTHROPIC_UPSTREAM, DEFAULT_UPSTREAM, type Upstream } from '../proxy/recording-proxy.js';

/**
 * The recording proxy's upstreams for one agent target, from the suite endpoints it names
 * (`target.command.endpoints` / `target.module.endpoints`). Pure: keys come from `env`.
 */

type Env = Readonly<Record<string, string | undefined>>;

export interface AgentUpstreams {
  /** The agent's OpenAI-style upstream; null: the default endpoint. */
  openai: Upstream | null;
  /** The agent's Anthropic upstream; null: ANTHROPIC_API_KEY / ANTHROPIC_BASE_URL as before. */
  anthropic: Upstream | null;
  /** Deployment → model of the azure-openai endpoint the agent uses, for pricing. */
  deployments?: Readonly<Record<string, string>>;
}

/** A key that stands in when replaying: nothing is sent with it. */
const REPLAY_KEY = 'replay-only';

function upstreamOf(name: string, endpoint: EndpointSpec, env: Env, replay: boolean): Upstream {
  const keyEnv = endpoint['api-key-env'];
  const key = keyEnv === undefined ? '' : env[keyEnv] || (replay ? REPLAY_KEY : '');
  // Checked before the run starts (missingKeys); this guards a caller that skipped it.
  if (keyEnv !== undefined && key === '') throw new Error(`${keyEnv} is not set: endpoint "${name}" takes its key from it`);
  const headers = resolveHeaders(endpoint.headers, env);
  if (endpoint.kind === 'anthropic') {
    // As ANTHROPIC_BASE_URL: without /v1, which the agent's path carries.
    return { baseUrl: (endpoint['base-url'] ?? DEFAULT_ANTHROPIC_UPSTREAM).replace(/\/+$/, '').replace(/\/v1$/, ''), apiKey: key, headers };
  }
  if (endpoint.kind === 'azure-openai') {
    return {
      baseUrl: (endpoint['base-url'] ?? '').replace(/\/+$/, '').replace(/\/openai$/, ''),
      apiKey: key,
      headers,
      azure: { apiVersion: endpoint['api-version'] ?? '', auth: endpoint.auth ?? 'api-key' },
    };
  }
  return { baseUrl: endpoint['base-url'] ?? DEFAULT_UPSTREAM, apiKey: key, headers };
}

/** Which kinds each slot takes: the proxy forwards an agent's requests in that API's shape. */
const KINDS = { openai: ['openai', 'azure-openai'], anthropic: ['anthropic'] } as const;

export function agentUpstreams(target: TargetSpec, endpoints: Readonly<Record<string, EndpointSpec>>, env: Env, replay: boolean): AgentUpstreams {
  const named = agentEndpointsOf(target);
  const pick = (family: 'openai' | 'anthropic'): { name: string; endpoint: EndpointSpec } | null => {
    const name = named?.[family];
    if (name === undefined) return null;
    const endpoint = endpoints[name];
    if (!endpoint) throw new Error(`endpoints.${family} "${name}" of the agent target is not defined under endpoints: in the suite`);
    if (!(KINDS[family] as readonly string[]).includes(endpoint.kind)) {
      throw new Error(`endpoints.${family} "${name}" of the agent target is kind ${endpoint.kind}; it needs kind ${KINDS[family].join(' or ')}`);
    }
    return { name, endpoint };
  };
  const openai = pick('openai');
  const anthropic = pick('anthropic');
  return {
    openai: openai ? upstreamOf(openai.name, openai.endpoint, env, replay) : null,
    anthropic: anthropic ? upstreamOf(anthropic.name, anthropic.endpoint, env, replay) : null,
    ...(openai?.endpoint.deployments && { deployments: openai.endpoint.deployments }),
  };
}
