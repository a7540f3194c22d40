import type { PriceSpec } from '../config/schema.js';
import { costOfCall } from '../pricing/index.js';
import type { Step, Usage } from '../results/schema.js';

/**
 * What the recording proxy needs to know about one model API it records (Chat Completions,
 * Responses, Embeddings, Anthropic Messages): how to read a request, the answer (whole or
 * streamed) and the tool results a request hands back. Pure; the proxy does the HTTP.
 */

/** A function call the model made, in the Chat Completions shape every recorded API is shown in. */
export interface ToolCall {
  id: string;
  type: string;
  function: { name: string; arguments: string };
}

/** A tool's result that the agent sent back to the model in a request. */
export interface ToolResult {
  /** The id of the call it answers (`call_id`, `tool_use_id`). */
  callId: string;
  output: unknown;
  /** Set when the agent marked the result as an error (Anthropic `is_error`). */
  error?: string;
}

/** What an answer said: text, tool calls, usage and the model that answered. */
export interface CallSummary {
  model: string | null;
  content: string | null;
  toolCalls: ToolCall[];
  /** null when the provider reported no usage (the call's cost is then unknown). */
  usage: Usage | null;
  /** Shown as the step's output instead of content and tool calls (embeddings: their count, not the vectors). */
  output?: unknown;
}

/** Which upstream, key header and error shape a recorded API uses. */
export type ApiFamily = 'openai' | 'anthropic';

export interface RecordedApi<Body extends Record<string, unknown> = Record<string, unknown>> {
  /** Step.api, and part of the cache key. */
  readonly id: NonNullable<Step['api']>;
  /** The cache key's endpoint name (kept as it was for chat, so existing recordings still match). */
  readonly cacheName: string;
  readonly family: ApiFamily;
  /** The request, or null when it is not one the proxy can read (it is then passed through unrecorded). */
  parse(body: unknown): Body | null;
  streamed(request: Body): boolean;
  /** What goes upstream; `injected` when the proxy asked for usage the client did not ask for. */
  upstreamBody(request: Body): { body: Body; injected: boolean };
  /** An SSE event the client is not shown when the proxy injected a usage request. */
  injectedEvent?(event: string): boolean;
  summarize(body: unknown): CallSummary;
  summarizeStream(transcript: string): CallSummary;
  /** The step's input: the conversation (and tools offered), as the request gave it. */
  input(request: Body): unknown;
  /** The last user text, quoted by a replay-miss error to identify the call. */
  lastText(request: Body): string;
  /** Tool calls recorded in the request's own history (so a result's tool can be named). */
  priorCalls(request: Body): ToolCall[];
  /** Tool results the request hands back to the model. */
  toolResults(request: Body): ToolResult[];
}

/** The step output: the text, or `{content, tool_calls}` when the model called tools. */
function stepOutput(summary: CallSummary): unknown {
  if (summary.output !== undefined) return summary.output;
  if (summary.toolCalls.length === 0) return summary.content ?? '';
  return { content: summary.content, tool_calls: summary.toolCalls };
}

/** The name a call is shown under: the requested model, or the Azure deployment it went to. */
export function requestedName(request: Record<string, unknown>, deployment: string | null): string {
  return typeof request.model === 'string' && request.model !== '' ? request.model : (deployment ?? 'unknown-model');
}

/**
 * An `llm` step (source `proxy`) for one call. Priced by the model the deployment serves (when
 * the endpoint says), then the requested name (a suite-priced alias), then the model that
 * answered (a dated snapshot). An answer without usage has an unknown cost, never 0.
 */
export function callStep(args: {
  api: RecordedApi;
  request: Record<string, unknown>;
  summary: CallSummary | null;
  latencyMs: number;
  pricing: Record<string, PriceSpec>;
  /** The Azure deployment the call went to, and the model the endpoint says it serves. */
  deployment?: { name: string; model: string | null } | null;
  cached?: boolean;
  error?: string;
}): Step {
  const requested = requestedName(args.request, args.deployment?.name ?? null);
  const step: Step = {
    type: 'llm',
    name: requested,
    input: args.api.input(args.request),
    source: 'proxy',
    api: args.api.id,
    latencyMs: Math.round(args.latencyMs),
  };
  const { summary } = args;
  if (summary) {
    const model = summary.model ?? args.deployment?.model ?? requested;
    step.model = model;
    step.output = stepOutput(summary);
    if (summary.usage) {
      step.usage = summary.usage;
      step.costUsd = costOfCall([args.deployment?.model, requested, model], summary.usage, args.pricing);
    } else if (args.error === undefined) {
      step.costUsd = null;
    }
  }
  if (args.cached) step.cached = true;
  if (args.error !== undefined) step.error = args.error;
  return step;
}

/** Arguments as the tool got them: parsed JSON when they are JSON, else the text. */
function parsedArguments(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A `tool` step (source `proxy`) for a tool result the agent sent back, named by the call it answers. */
export function toolStep(result: ToolResult, call: ToolCall | undefined): Step {
  const step: Step = {
    type: 'tool',
    name: call?.function.name ?? `unknown tool (call ${result.callId})`,
    input: call ? parsedArguments(call.function.arguments) : undefined,
    output: result.output,
    source: 'proxy',
  };
  if (step.input === undefined) delete step.input;
  if (result.error !== undefined) step.error = result.error;
  return step;
}
