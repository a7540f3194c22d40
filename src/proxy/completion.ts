import type { Usage } from '../results/schema.js';
import type { CallSummary, RecordedApi, ToolCall } from './api.js';
import { asObject, num, sseData, sseJsonEvents, parseJsonObject, textField } from './sse.js';

/**
 * Chat Completions (`POST /chat/completions`), whole or streamed as Server-Sent Events. Tool
 * calls show in the `llm` step's output; the agent reports its own tool steps (a recorded `tool`
 * step per result would change the step count of existing chat agents' suites).
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

/** OpenAI-shaped usage (Chat Completions): cached tokens inside prompt tokens, reasoning inside completion tokens. */
export function chatUsage(raw: unknown): Usage | null {
  const u = asObject(raw);
  if (!u) return null;
  const usage: Usage = {
    inputTokens: num(u.prompt_tokens),
    outputTokens: num(u.completion_tokens),
    cachedTokens: num(asObject(u.prompt_tokens_details)?.cached_tokens),
  };
  const reasoning = num(asObject(u.completion_tokens_details)?.reasoning_tokens);
  if (reasoning > 0) usage.reasoningTokens = reasoning;
  return usage;
}

function readToolCalls(raw: unknown): ToolCall[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item): ToolCall[] => {
    const call = asObject(item);
    const fn = asObject(call?.function);
    if (!call || !fn) return [];
    return [
      {
        id: textField(call.id, ''),
        type: textField(call.type, 'function'),
        function: { name: textField(fn.name, ''), arguments: textField(fn.arguments, '') },
      },
    ];
  });
}

/** Reads a non-streamed completion; tolerant of compatible servers that omit fields. */
export function summarizeCompletion(body: unknown): CallSummary {
  const completion = asObject(body);
  const choices = Array.isArray(completion?.choices) ? completion.choices : [];
  const message = asObject(asObject(choices[0])?.message);
  return {
    model: typeof completion?.model === 'string' && completion.model !== '' ? completion.model : null,
    content: typeof message?.content === 'string' ? message.content : null,
    toolCalls: readToolCalls(message?.tool_calls),
    usage: chatUsage(completion?.usage),
  };
}

/**
 * True for the final usage-only chunk (`choices: []` with `usage`) that `include_usage` adds. The
 * proxy strips it when it injected `include_usage` itself: clients written as
 * `chunk.choices[0].delta` would crash on an empty `choices` they did not ask for.
 */
export function isUsageOnlyChunk(event: string): boolean {
  const data = sseData(event);
  const chunk = data === null ? null : parseJsonObject(data);
  return !!chunk && Array.isArray(chunk.choices) && chunk.choices.length === 0 && asObject(chunk.usage) !== null;
}

/** Reassembles a streamed completion (content and tool-call deltas, usage, model) from its SSE text. */
export function summarizeStream(transcript: string): CallSummary {
  let model: string | null = null;
  let content: string | null = null;
  let usage: Usage | null = null;
  const calls: ToolCall[] = [];
  for (const chunk of sseJsonEvents(transcript)) {
    if (typeof chunk.model === 'string' && chunk.model !== '') model = chunk.model;
    usage = chatUsage(chunk.usage) ?? usage;
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

/** Text of a message's content: a string, or the text parts of a list. */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return JSON.stringify(content ?? '');
  return content.map((part) => (typeof asObject(part)?.text === 'string' ? String(asObject(part)!.text) : '')).join('');
}

export const chatCompletions: RecordedApi<ChatBody> = {
  id: 'chat',
  cacheName: 'chat.completions',
  family: 'openai',
  parse: (body) => (asObject(body) && Array.isArray(asObject(body)!.messages) ? (body as ChatBody) : null),
  streamed: (request) => request.stream === true,
  upstreamBody(request) {
    // Compatible servers (vLLM, Ollama) and OpenAI itself send usage in a stream only when asked.
    const injected = request.stream === true && !request.stream_options?.include_usage;
    return { body: injected ? { ...request, stream_options: { ...request.stream_options, include_usage: true } } : request, injected };
  },
  injectedEvent: isUsageOnlyChunk,
  summarize: summarizeCompletion,
  summarizeStream,
  input: (request) => (Array.isArray(request.tools) && request.tools.length > 0 ? { messages: request.messages, tools: request.tools } : request.messages),
  lastText: (request) => contentText((request.messages.at(-1) as { content?: unknown } | undefined)?.content ?? ''),
  priorCalls: () => [],
  toolResults: () => [],
};
