import type { Usage } from '../results/schema.js';
import type { CallSummary, RecordedApi, ToolCall, ToolResult } from './api.js';
import { contentText } from './completion.js';
import { asObject, num, sseJsonEvents, textField } from './sse.js';

/**
 * Anthropic's Messages API (`POST /v1/messages`), whole or streamed (`message_start`,
 * `content_block_start` / `_delta` / `_stop`, `message_delta`, `message_stop`). Content blocks
 * `text` and `tool_use` are read; `tool_result` blocks in a later request become `tool` steps.
 */

export interface MessagesBody {
  model?: unknown;
  messages: unknown[];
  system?: unknown;
  tools?: unknown;
  stream?: unknown;
  [key: string]: unknown;
}

/**
 * Anthropic usage in EvalGate's convention. Anthropic's `input_tokens` leaves out the tokens read
 * from and written to the prompt cache; here they are counted in `inputTokens` as well, with the
 * read ones as `cachedTokens` and the written ones as `cacheWriteTokens`, each priced at its rate.
 */
export function anthropicUsage(raw: unknown): Usage | null {
  const u = asObject(raw);
  if (!u) return null;
  const read = num(u.cache_read_input_tokens);
  const written = num(u.cache_creation_input_tokens);
  const usage: Usage = { inputTokens: num(u.input_tokens) + read + written, cachedTokens: read, outputTokens: num(u.output_tokens) };
  if (written > 0) usage.cacheWriteTokens = written;
  return usage;
}

function toolUse(block: Record<string, unknown>): ToolCall {
  return { id: textField(block.id, ''), type: 'function', function: { name: textField(block.name, ''), arguments: JSON.stringify(block.input ?? {}) } };
}

function readBlocks(blocks: unknown): { content: string | null; toolCalls: ToolCall[] } {
  let content: string | null = null;
  const toolCalls: ToolCall[] = [];
  for (const block of Array.isArray(blocks) ? blocks.map(asObject) : []) {
    if (block?.type === 'text' && typeof block.text === 'string') content = (content ?? '') + block.text;
    else if (block?.type === 'tool_use') toolCalls.push(toolUse(block));
  }
  return { content, toolCalls };
}

export function summarizeMessage(body: unknown): CallSummary {
  const message = asObject(body);
  return {
    model: typeof message?.model === 'string' && message.model !== '' ? message.model : null,
    ...readBlocks(message?.content),
    usage: anthropicUsage(message?.usage),
  };
}

/**
 * Reassembles a streamed message. `message_start` carries the input-side usage; `message_delta`
 * carries the final (cumulative) output tokens, and on newer API versions the input-side counts
 * again, which then win.
 */
export function summarizeMessageStream(transcript: string): CallSummary {
  let model: string | null = null;
  let usage: Record<string, unknown> | null = null;
  const blocks: Record<string, unknown>[] = [];
  const partialJson: string[] = [];
  for (const event of sseJsonEvents(transcript)) {
    const index = typeof event.index === 'number' ? event.index : -1;
    switch (event.type) {
      case 'message_start': {
        const message = asObject(event.message);
        if (typeof message?.model === 'string') model = message.model;
        usage = { ...asObject(message?.usage) };
        break;
      }
      case 'content_block_start': {
        const block = asObject(event.content_block);
        if (block && index >= 0) blocks[index] = { ...block };
        break;
      }
      case 'content_block_delta': {
        const delta = asObject(event.delta);
        const block = blocks[index];
        if (!delta || !block) break;
        if (delta.type === 'text_delta' && typeof delta.text === 'string') block.text = textField(block.text, '') + delta.text;
        if (delta.type === 'input_json_delta' && typeof delta.partial_json === 'string') partialJson[index] = (partialJson[index] ?? '') + delta.partial_json;
        break;
      }
      case 'message_delta': {
        const delta = asObject(event.usage);
        if (delta) usage = { ...(usage ?? {}), ...Object.fromEntries(Object.entries(delta).filter(([, v]) => typeof v === 'number')) };
        break;
      }
    }
  }
  partialJson.forEach((json, index) => {
    const block = blocks[index];
    if (!block || json === undefined) return;
    try {
      block.input = JSON.parse(json === '' ? '{}' : json) as unknown;
    } catch {
      block.input = json;
    }
  });
  return { model, ...readBlocks(blocks.filter(Boolean)), usage: anthropicUsage(usage) };
}

const messageBlocks = (request: MessagesBody, role: string): Record<string, unknown>[] =>
  request.messages.flatMap((raw) => {
    const message = asObject(raw);
    return message?.role === role && Array.isArray(message.content)
      ? message.content.flatMap((block: unknown): Record<string, unknown>[] => {
          const object = asObject(block);
          return object ? [object] : [];
        })
      : [];
  });

export const anthropicMessages: RecordedApi<MessagesBody> = {
  id: 'messages',
  cacheName: 'anthropic.messages',
  family: 'anthropic',
  parse: (body) => (asObject(body) && Array.isArray(asObject(body)!.messages) ? (body as MessagesBody) : null),
  streamed: (request) => request.stream === true,
  upstreamBody: (request) => ({ body: request, injected: false }),
  summarize: summarizeMessage,
  summarizeStream: summarizeMessageStream,
  input(request) {
    const extra = {
      ...(request.system !== undefined && { system: request.system }),
      ...(Array.isArray(request.tools) && request.tools.length > 0 && { tools: request.tools }),
    };
    return Object.keys(extra).length > 0 ? { ...extra, messages: request.messages } : request.messages;
  },
  lastText: (request) => contentText((request.messages.at(-1) as { content?: unknown } | undefined)?.content ?? ''),
  priorCalls: (request) =>
    messageBlocks(request, 'assistant')
      .filter((b) => b.type === 'tool_use')
      .map(toolUse),
  toolResults: (request) =>
    messageBlocks(request, 'user')
      .filter((b) => b.type === 'tool_result' && typeof b.tool_use_id === 'string')
      .map((b): ToolResult => ({
        callId: String(b.tool_use_id),
        output: typeof b.content === 'string' || b.content === undefined ? (b.content ?? '') : contentText(b.content),
        ...(b.is_error === true && { error: 'the tool reported an error' }),
      })),
};
