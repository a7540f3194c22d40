import type { Usage } from '../results/schema.js';
import type { CallSummary, RecordedApi, ToolCall, ToolResult } from './api.js';
import { contentText } from './completion.js';
import { asObject, num, sseJsonEvents, textField } from './sse.js';

/**
 * The OpenAI Responses API (`POST /responses`, the Agents SDK's default), whole or streamed.
 * Output items `message` (text) and `function_call` (tool calls) are read; a later request's
 * `function_call_output` items become `tool` steps. Usage is always sent, streamed or not (in
 * `response.completed`), so nothing is injected.
 */

export interface ResponsesBody {
  model?: unknown;
  input?: unknown;
  instructions?: unknown;
  tools?: unknown;
  stream?: unknown;
  [key: string]: unknown;
}

/** Responses usage: cached tokens inside input tokens, reasoning tokens inside output tokens. */
export function responsesUsage(raw: unknown): Usage | null {
  const u = asObject(raw);
  if (!u) return null;
  const usage: Usage = {
    inputTokens: num(u.input_tokens),
    cachedTokens: num(asObject(u.input_tokens_details)?.cached_tokens),
    outputTokens: num(u.output_tokens),
  };
  const reasoning = num(asObject(u.output_tokens_details)?.reasoning_tokens);
  if (reasoning > 0) usage.reasoningTokens = reasoning;
  return usage;
}

function functionCall(item: Record<string, unknown>): ToolCall {
  return {
    id: textField(item.call_id ?? item.id, ''),
    type: 'function',
    function: { name: textField(item.name, ''), arguments: typeof item.arguments === 'string' ? item.arguments : JSON.stringify(item.arguments ?? {}) },
  };
}

/** Reads a Response object (the non-streamed body, or `response` of a `response.completed` event). */
export function summarizeResponse(body: unknown): CallSummary {
  const response = asObject(body);
  const output = Array.isArray(response?.output) ? response.output.map(asObject) : [];
  let content: string | null = null;
  const toolCalls: ToolCall[] = [];
  for (const item of output) {
    if (item?.type === 'message' && Array.isArray(item.content)) {
      const text = item.content
        .map(asObject)
        .filter((part) => part?.type === 'output_text' && typeof part.text === 'string')
        .map((part) => String(part!.text))
        .join('');
      content = (content ?? '') + text;
    } else if (item?.type === 'function_call') {
      toolCalls.push(functionCall(item));
    }
  }
  return {
    model: typeof response?.model === 'string' && response.model !== '' ? response.model : null,
    content,
    toolCalls,
    usage: responsesUsage(response?.usage),
  };
}

/** Terminal events carry the whole Response; without one (a broken stream) the deltas are reassembled. */
const FINAL_EVENTS = new Set(['response.completed', 'response.incomplete', 'response.failed']);

export function summarizeResponseStream(transcript: string): CallSummary {
  let model: string | null = null;
  let content: string | null = null;
  const toolCalls: ToolCall[] = [];
  for (const event of sseJsonEvents(transcript)) {
    const type = typeof event.type === 'string' ? event.type : '';
    if (FINAL_EVENTS.has(type) && asObject(event.response)) return summarizeResponse(event.response);
    const response = asObject(event.response);
    if (typeof response?.model === 'string' && response.model !== '') model = response.model;
    if (type === 'response.output_text.delta' && typeof event.delta === 'string') content = (content ?? '') + event.delta;
    const item = asObject(event.item);
    if (type === 'response.output_item.done' && item?.type === 'function_call') toolCalls.push(functionCall(item));
  }
  return { model, content, toolCalls, usage: null };
}

const inputItems = (request: ResponsesBody): Record<string, unknown>[] =>
  Array.isArray(request.input)
    ? request.input.flatMap((item: unknown): Record<string, unknown>[] => {
        const object = asObject(item);
        return object ? [object] : [];
      })
    : [];

export const responsesApi: RecordedApi<ResponsesBody> = {
  id: 'responses',
  cacheName: 'responses',
  family: 'openai',
  parse(body) {
    const request = asObject(body);
    return request && (typeof request.input === 'string' || Array.isArray(request.input)) ? request : null;
  },
  streamed: (request) => request.stream === true,
  upstreamBody: (request) => ({ body: request, injected: false }),
  summarize: summarizeResponse,
  summarizeStream: summarizeResponseStream,
  input(request) {
    const extra = {
      ...(typeof request.instructions === 'string' && { instructions: request.instructions }),
      ...(Array.isArray(request.tools) && request.tools.length > 0 && { tools: request.tools }),
    };
    return Object.keys(extra).length > 0 ? { ...extra, input: request.input } : request.input;
  },
  lastText(request) {
    if (typeof request.input === 'string') return request.input;
    const last = inputItems(request)
      .filter((item) => item.role === 'user' || item.type === 'function_call_output')
      .at(-1);
    return last ? contentText(last.content ?? last.output) : '';
  },
  priorCalls: (request) =>
    inputItems(request)
      .filter((item) => item.type === 'function_call')
      .map(functionCall),
  toolResults: (request) =>
    inputItems(request)
      .filter((item) => item.type === 'function_call_output' && typeof item.call_id === 'string')
      .map((item): ToolResult => ({ callId: String(item.call_id), output: item.output })),
};
