import type { EndpointSpec, PriceSpec, TargetSpec } from '../config/schema.js';
import { agentUpstreams } from './agent-upstreams.js';
import { startRecordingProxy, type RecordingProxy, type Upstream } from '../proxy/recording-proxy.js';
import type { ResponseCache } from '../llm/cache.js';
import type { LlmClient } from '../llm/llm.js';
import { DEFAULT_TIMEOUT_MS } from '../llm/openai-client.js';
import type { Scheduler } from '../llm/scheduler.js';
import { createChatTarget } from './chat.js';
import { createCommandTarget } from './command.js';
import { createModuleTarget } from './module.js';
import type { Target } from './target.js';
import type { Isolation } from '../isolation/processes.js';

/** What agent targets (command, module) need to reach the model through the recording proxy. */
export interface AgentOpenAi {
  /** The real key: sent upstream by the recording proxy; agents only ever get the proxy's stand-in. */
  apiKey: string;
  /** The real endpoint; OpenAI when null. */
  baseURL: string | null;
  /** Where agents' Anthropic Messages calls go, with the real Anthropic key; refused when absent. */
  anthropic?: Upstream | null;
  /** The model each Azure deployment serves, by deployment name: the proxy prices its calls as that model. */
  deployments?: Readonly<Record<string, string>>;
  /** The run's response cache, shared with EvalGate's own calls (replay mode included). */
  cache: ResponseCache | null;
  /** The run's scheduler: agent calls share max-concurrency and 429 back-off with everything else. */
  scheduler: Scheduler | null;
  /** Per upstream request; DEFAULT_TIMEOUT_MS when absent. */
  timeoutMs?: number;
  /** The suite's named endpoints, which an agent target may name as its upstreams (`endpoints:`). */
  endpoints?: Readonly<Record<string, EndpointSpec>>;
  /** Where named endpoints read their keys. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Replaying from the cache: a named endpoint's missing key is no error, nothing is sent. */
  replay?: boolean;
}

export interface CreateTargetArgs {
  root: string;
  spec: TargetSpec;
  llm: LlmClient;
  pricing: Record<string, PriceSpec>;
  side: 'base' | 'head' | 'single';
  /** Endpoint, key, cache and scheduler the recording proxy of `command` and `module` targets uses. */
  openai: AgentOpenAi;
  /** EvalGate's environment, of which command agents get only an allow-list; process.env when absent. */
  env?: Readonly<Record<string, string | undefined>>;
  /** How agent processes are started (same user or the agent user); SAME_USER when absent. */
  isolation?: Isolation;
}

/** Builds the system under test the suite's `target` names, bound to one evaluated tree. */
export async function createTarget(args: CreateTargetArgs): Promise<Target> {
  const { spec } = args;
  if (spec.chat) {
    return createChatTarget({ root: args.root, spec: spec.chat, llm: args.llm, pricing: args.pricing });
  }
  if (!spec.command && !spec.module) throw new Error('target: expected one of chat, command or module');

  const named = agentUpstreams(spec, args.openai.endpoints ?? {}, args.openai.env ?? args.env ?? process.env, args.openai.replay ?? false);
  const proxy = await startRecordingProxy({
    upstreamBaseUrl: args.openai.baseURL ?? '',
    apiKey: args.openai.apiKey,
    openai: named.openai,
    anthropic: named.anthropic ?? args.openai.anthropic ?? null,
    deployments: named.deployments ?? args.openai.deployments,
    cache: args.openai.cache,
    pricing: args.pricing,
    scheduler: args.openai.scheduler,
    timeoutMs: args.openai.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  try {
    const target = spec.command
      ? createCommandTarget({ root: args.root, spec: spec.command, proxy, pricing: args.pricing, env: args.env ?? process.env, run: args.isolation?.run })
      : await createModuleTarget({
          root: args.root,
          spec: spec.module!,
          proxy,
          pricing: args.pricing,
          env: args.env ?? process.env,
          isolation: args.isolation,
        });
    return withProxy(target, proxy);
  } catch (error) {
    await proxy.close();
    throw error;
  }
}

function withProxy(target: Target, proxy: RecordingProxy): Target {
  return {
    run: (input) => target.run(input),
    close: async () => {
      await target.close?.();
      await proxy.close();
    },
  };
}
