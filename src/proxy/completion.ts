import type { PriceSpec } from '../config/schema.js';
import { costOf } from '../pricing/index.js';
import type { Step, Usage } from '../results/schema.js';

/**
 * Pure helpers of the recording proxy: reading Chat Completions responses (whole or streamed as
 * Server-Sent Events) into what an `llm` step records.
 */

/** The parts of a chat request the proxy looks at; everything else is forwarded untouched. */
export interface ChatBody {
  model?: unknown;
  messages: unknown[];
  tools?: unknown;
  stream?: unknown;
  stream_options?: { include_usage?: unknown; [key: string]: unknown } | null;
  [key: string]: unknown;
}

export interface ToolCall {
  id: string;
  type: string;
  function: { name: string; arguments: string };
}

/** What a completion said: the first choice's message, usage and the model that answered. */
export interface CompletionSummary {
  model: string | null;
  content: string | null;
  toolCalls: ToolCall[];
  usage: Usage | null;
}

export function isChatBody(value: unknown): value is ChatBody {
  return value !== null && typeof value === 'object' && Array.isArray((value as { messages?: unknown }).messages);
}

type Json = Record<string, unknown>;

const asObject = (v: unknown): Json | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null);

function usageOf(raw: unknown): Usage | null {
  const u = asObject(raw);
  if (!u) return null;
  const details = asObject(u.prompt_tokens_details);
  const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return { inputTokens: num(u.prompt_tokens), outputTokens: num(u.completion_tokens), cachedTokens: num(details?.cached_tokens) };
}

/** Reads a non-streamed completion; tolerant of compatible servers that omit fields. */
export function summarizeCompletion(body: unknown): CompletionSummary {
  const completion = asObject(body);
  const choices = Array.isArray(completion?.choices) ? completion.choices : [];
  const message = asObject(asObject(choices[0])?.message);
  const toolCalls = Array.isArray(message?.tool_calls)
    ? message.tool_calls.flatMap((raw): ToolCall[] => {
        const call = asObject(raw);
        const fn = asObject(call?.function);
        if (!call || !fn) return [];
        return [{ id: String(call.id ?? ''), type: String(call.type ?? 'function'), function: { name: String(fn.name ?? ''), arguments: String(fn.arguments ?? '') } }];
      })
    : [];
  return {
    model: typeof completion?.model === 'string' && completion.model !== '' ? completion.model : null,
    content: typeof message?.content === 'string' ? message.content : null,
    toolCalls,
    usage: usageOf(completion?.usage),
  };
}

/** Splits buffered SSE text into complete events (separated by a blank line) and the unfinished rest. */
export function splitSseEvents(buffer: string): { events: string[]; rest: string } {
  const parts = buffer.split(/\r?\n\r?\n/);
  const rest = parts.pop() ?? '';
  return { events: parts.filter((e) => e.trim() !== ''), rest };
}

/** The `data:` payload of one SSE event (multi-line data joined), or null when it has none. */
export function sseData(event: string): string | null {
  const lines = event.split(/\r?\n/).filter((l) => l.startsWith('data:'));
  if (lines.length === 0) return null;
  return lines.map((l) => l.slice(5).replace(/^ /, '')).join('\n');
}

function parseJson(text: string): Json | null {
  try {
    return asObject(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * True for the final usage-only chunk (`choices: []` with `usage`) that `include_usage` adds. The
 * proxy strips it when it injected `include_usage` itself: clients written as
 * `chunk.choices[0].delta` would crash on an empty `choices` they did not ask for.
 */
export function isUsageOnlyChunk(event: string): boolean {
  const data = sseData(event);
  const chunk = data === null ? null : parseJson(data);
  return !!chunk && Array.isArray(chunk.choices) && chunk.choices.length === 0 && asObject(chunk.usage) !== null;
}

/** Reassembles a streamed completion (content and tool-call deltas, usage, model) from its SSE text. */
export function summarizeStream(transcript: string): CompletionSummary {
  const { events, rest } = splitSseEvents(`${transcript}\n\n`);
  let model: string | null = null;
  let content: string | null = null;
  let usage: Usage | null = null;
  const calls: ToolCall[] = [];
  for (const event of rest.trim() === '' ? events : [...events, rest]) {
    const data = sseData(event);
    if (data === null || data.trim() === '[DONE]') continue;
    const chunk = parseJson(data);
    if (!chunk) continue;
    if (typeof chunk.model === 'string' && chunk.model !== '') model = chunk.model;
    usage = usageOf(chunk.usage) ?? usage;
    const choices = Array.isArray(chunk.choices) ? chunk.choices : [];
    const choice = choices.map(asObject).find((c) => c !== null && (c.index === undefined || c.index === 0));
    const delta = asObject(choice?.delta);
    if (!delta) continue;
    if (typeof delta.content === 'string') content = (content ?? '') + delta.content;
    for (const raw of Array.isArray(delta.tool_calls) ? delta.tool_calls : []) {
      const part = asObject(raw);
      if (!part) continue;
      const index = typeof part.index === 'number' ? part.index : calls.length;
      const call = (calls[index] ??= { id: '', type: 'function', function: { name: '', arguments: '' } });
      if (typeof part.id === 'string') call.id = part.id;
      if (typeof part.type === 'string') call.type = part.type;
      const fn = asObject(part.function);
      if (typeof fn?.name === 'string') call.function.name += fn.name;
      if (typeof fn?.arguments === 'string') call.function.arguments += fn.arguments;
    }
  }
  return { model, content, toolCalls: calls.filter(Boolean), usage };
}

/** The step input: the request messages, with the tools offered when there are any. */
function stepInput(request: ChatBody): unknown {
  return Array.isArray(request.tools) && request.tools.length > 0 ? { messages: request.messages, tools: request.tools } : request.messages;
}

/** The step output: the text, or `{content, tool_calls}` when the model called tools. */
function stepOutput(summary: CompletionSummary): unknown {
  if (summary.toolCalls.length === 0) return summary.content ?? '';
  return { content: summary.content, tool_calls: summary.toolCalls };
}

/** An `llm` step (source `proxy`) for one chat completion the agent made. */
export function completionStep(args: {
  request: ChatBody;
  summary: CompletionSummary | null;
  latencyMs: number;
  pricing: Record<string, PriceSpec>;
  error?: string;
}): Step {
  const requested = typeof args.request.model === 'string' ? args.request.model : 'unknown-model';
  const step: Step = { type: 'llm', name: requested, input: stepInput(args.request), source: 'proxy', latencyMs: Math.round(args.latencyMs) };
  const { summary } = args;
  if (summary) {
    const model = summary.model ?? requested;
    step.model = model;
    step.output = stepOutput(summary);
    if (summary.usage) {
      step.usage = summary.usage;
      // As in the chat target: the requested name may be a suite-priced alias, the echo a snapshot.
      step.costUsd = costOf(requested, summary.usage, args.pricing) ?? costOf(model, summary.usage, args.pricing);
    }
  }
  if (args.error !== undefined) step.error = args.error;
  return step;
}
