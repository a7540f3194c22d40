import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake Anthropic Messages API: real HTTP on 127.0.0.1, with the documented request and response
 * shapes — `x-api-key` and `anthropic-version` headers required, content blocks (`text`,
 * `tool_use`, `tool_result`), usage with `cache_creation_input_tokens` / `cache_read_input_tokens`
 * left out of `input_tokens`, and streams as named SSE events (`message_start`,
 * `content_block_start` / `_delta` / `_stop`, `message_delta`, `message_stop`).
 */

export interface AnthropicRequestBody {
  model: string;
  max_tokens: number;
  messages: { role: 'user' | 'assistant'; content: string | Record<string, unknown>[] }[];
  system?: unknown;
  tools?: unknown[];
  stream?: boolean;
  [key: string]: unknown;
}

export interface FakeAnthropicUsage {
  input_tokens?: number;
  output_tokens?: number;
  cache_creation_input_tokens?: number;
  cache_read_input_tokens?: number;
}

export type FakeAnthropicAnswer =
  string | { text: string | null; tool_use?: { id: string; name: string; input: Record<string, unknown> }[]; usage?: FakeAnthropicUsage; model?: string };

export type FakeAnthropicModel = (req: AnthropicRequestBody) => FakeAnthropicAnswer;

export interface AnthropicRecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface FakeAnthropic {
  /** The base URL as ANTHROPIC_BASE_URL takes it (no /v1). */
  url: string;
  requests: AnthropicRecordedRequest[];
  /** POST /v1/messages requests received. */
  messageRequests(): number;
  close(): Promise<void>;
}

/** Text of the last user message (its text blocks), or of its tool results. */
export function lastUserText(req: AnthropicRequestBody): string {
  const content = req.messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';
  if (typeof content === 'string') return content;
  return content.map((b) => (typeof b.text === 'string' ? b.text : typeof b.content === 'string' ? b.content : '')).join('');
}

const defaultModel: FakeAnthropicModel = (req) => `answer: ${lastUserText(req)}`;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_fake' });
  res.end(JSON.stringify(body));
}

const anthropicError = (type: string, message: string) => ({ type: 'error', error: { type, message } });

export async function startFakeAnthropic(options: { apiKey?: string; model?: FakeAnthropicModel } = {}): Promise<FakeAnthropic> {
  const model = options.model ?? defaultModel;
  const requests: AnthropicRecordedRequest[] = [];
  let count = 0;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        body = raw;
      }
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body });
      if (options.apiKey !== undefined && req.headers['x-api-key'] !== options.apiKey) {
        sendJson(res, 401, anthropicError('authentication_error', 'invalid x-api-key'));
        return;
      }
      if (typeof req.headers['anthropic-version'] !== 'string') {
        sendJson(res, 400, anthropicError('invalid_request_error', 'anthropic-version: header is required'));
        return;
      }
      if (req.method !== 'POST' || path !== '/v1/messages') {
        sendJson(res, 404, anthropicError('not_found_error', `Not found: ${req.method} ${path}`));
        return;
      }
      const request = body as AnthropicRequestBody;
      if (!request || !Array.isArray(request.messages) || typeof request.max_tokens !== 'number') {
        sendJson(res, 400, anthropicError('invalid_request_error', 'messages and max_tokens are required'));
        return;
      }
      const n = count++;
      const answer = model(request);
      const scripted = typeof answer === 'string' ? { text: answer } : answer;
      const tools = (typeof answer === 'string' ? undefined : answer.tool_use) ?? [];
      const content: Record<string, unknown>[] = [
        ...(scripted.text !== null ? [{ type: 'text', text: scripted.text }] : []),
        ...tools.map((t) => ({ type: 'tool_use', id: t.id, name: t.name, input: t.input })),
      ];
      const given = typeof answer === 'string' ? undefined : answer.usage;
      const promptChars = JSON.stringify(request.messages).length;
      const usage = {
        input_tokens: given?.input_tokens ?? Math.ceil(promptChars / 4),
        cache_creation_input_tokens: given?.cache_creation_input_tokens ?? 0,
        cache_read_input_tokens: given?.cache_read_input_tokens ?? 0,
        output_tokens: given?.output_tokens ?? Math.ceil((scripted.text ?? '').length / 4) + tools.length * 10,
      };
      const message = {
        id: `msg_fake_${n}`,
        type: 'message',
        role: 'assistant',
        model: (typeof answer === 'string' ? undefined : answer.model) ?? request.model,
        content,
        stop_reason: tools.length > 0 ? 'tool_use' : 'end_turn',
        stop_sequence: null,
        usage,
      };
      if (!request.stream) {
        sendJson(res, 200, message);
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const event = (type: string, data: Record<string, unknown>): void => {
        res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
      };
      // message_start carries the input side of usage; output_tokens is final only in message_delta.
      event('message_start', { message: { ...message, content: [], stop_reason: null, usage: { ...usage, output_tokens: 1 } } });
      event('ping', {});
      content.forEach((block, index) => {
        if (block.type === 'text') {
          event('content_block_start', { index, content_block: { type: 'text', text: '' } });
          for (const piece of String(block.text).match(/\S+\s*|\s+/g) ?? [])
            event('content_block_delta', { index, delta: { type: 'text_delta', text: piece } });
        } else {
          const json = JSON.stringify(block.input);
          const half = Math.ceil(json.length / 2);
          event('content_block_start', { index, content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} } });
          event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: json.slice(0, half) } });
          event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: json.slice(half) } });
        }
        event('content_block_stop', { index });
      });
      event('message_delta', { delta: { stop_reason: message.stop_reason, stop_sequence: null }, usage: { output_tokens: usage.output_tokens } });
      event('message_stop', {});
      res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    messageRequests: () => count,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
