import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JUDGE_PASS_MARKER } from './fake-openai.js';

/**
 * A fake Anthropic Messages API: real HTTP on 127.0.0.1, shaped as Anthropic documents it —
 * `POST /v1/messages`; `x-api-key` and `anthropic-version` required; `max_tokens` required;
 * content blocks (`text`, `tool_use`); `usage.input_tokens` counted apart from cache reads and
 * writes; errors as `{type: "error", error: {type, message}}`; 529 `overloaded_error`.
 */

export interface MessagesBody {
  model: string;
  max_tokens: number;
  system?: string | { type: string; text: string }[];
  messages: { role: 'user' | 'assistant'; content: string | { type: string; text?: string }[] }[];
  temperature?: number;
  tools?: { name: string; input_schema: unknown }[];
  tool_choice?: { type: string; name?: string };
  [key: string]: unknown;
}

export interface FakeAnthropicUsage {
  input_tokens?: number;
  output_tokens?: number;
  cache_read_input_tokens?: number;
  cache_creation_input_tokens?: number;
}

export type FakeAnthropicAnswer =
  string | { text?: string; tool?: { name: string; input: unknown }; usage?: FakeAnthropicUsage; model?: string; stop_reason?: string };

export type FakeAnthropicModel = (body: MessagesBody, n: number) => FakeAnthropicAnswer;

export type AnthropicFault = { status: number; type: string; message?: string; retryAfterSeconds?: number };

export interface FakeAnthropicOptions {
  /** The key `x-api-key` must carry. */
  apiKey: string;
  model?: FakeAnthropicModel;
  /** By request index (messages requests only). */
  faults?: Record<number, AnthropicFault>;
}

export interface FakeAnthropicRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  status: number;
}

export interface FakeAnthropic {
  /** Base URL without /v1 (as ANTHROPIC_BASE_URL and an endpoint's base-url take it). */
  url: string;
  requests: FakeAnthropicRequest[];
  /** Bodies of messages requests that were answered 200. */
  answered(): MessagesBody[];
  /** A property, not a method: it is passed around unbound (`closers.push(fake.close)`). */
  close: () => Promise<void>;
}

function blockText(content: MessagesBody['messages'][number]['content']): string {
  return typeof content === 'string' ? content : content.map((b) => b.text ?? '').join('');
}

export function lastUserText(body: MessagesBody): string {
  return blockText(body.messages.filter((m) => m.role === 'user').at(-1)?.content ?? '');
}

/**
 * A forced tool call answers with a judge verdict (10 when the last user message contains GOOD,
 * else 1); anything else with `claude says: <last user message>`.
 */
export const defaultAnthropicModel: FakeAnthropicModel = (body) => {
  const forced = body.tool_choice?.type === 'tool' ? body.tool_choice.name : undefined;
  if (forced) {
    const pass = lastUserText(body).includes(JUDGE_PASS_MARKER);
    return {
      tool: { name: forced, input: pass ? { reasoning: `Contains ${JUDGE_PASS_MARKER}.`, score: 10 } : { reasoning: `No ${JUDGE_PASS_MARKER}.`, score: 1 } },
    };
  }
  return `claude says: ${lastUserText(body)}`;
};

const tokens = (text: string): number => Math.ceil(text.length / 4);

function sendError(res: ServerResponse, status: number, type: string, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_fake', ...headers });
  res.end(JSON.stringify({ type: 'error', error: { type, message } }));
}

export async function startFakeAnthropic(options: FakeAnthropicOptions): Promise<FakeAnthropic> {
  const model = options.model ?? defaultAnthropicModel;
  const requests: FakeAnthropicRequest[] = [];
  let n = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0];
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
      } catch {
        body = undefined;
      }
      const record: FakeAnthropicRequest = { path, headers: req.headers, body, status: 0 };
      requests.push(record);
      const fail = (status: number, type: string, message: string, headers?: Record<string, string>): void => {
        record.status = status;
        sendError(res, status, type, message, headers);
      };
      if (req.method !== 'POST' || path !== '/v1/messages') return fail(404, 'not_found_error', `Not found: ${req.method} ${path}`);
      if (req.headers['x-api-key'] !== options.apiKey) return fail(401, 'authentication_error', 'invalid x-api-key');
      if (typeof req.headers['anthropic-version'] !== 'string') return fail(400, 'invalid_request_error', 'anthropic-version: header is required');
      const b = body as MessagesBody | undefined;
      if (!b || typeof b.model !== 'string' || !Array.isArray(b.messages)) return fail(400, 'invalid_request_error', 'messages: Field required');
      if (typeof b.max_tokens !== 'number') return fail(400, 'invalid_request_error', 'max_tokens: Field required');
      if (b.messages.some((m) => m.role !== 'user' && m.role !== 'assistant')) {
        return fail(400, 'invalid_request_error', 'messages: roles must be user or assistant; use the top-level system parameter');
      }
      if (b.temperature !== undefined && (b.temperature < 0 || b.temperature > 1))
        return fail(400, 'invalid_request_error', 'temperature: must be between 0 and 1');
      const index = n++;
      const fault = options.faults?.[index];
      if (fault) {
        return fail(
          fault.status,
          fault.type,
          fault.message ?? fault.type,
          fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {},
        );
      }
      const answer = model(b, index);
      const a = typeof answer === 'string' ? { text: answer } : answer;
      const content = [
        ...(a.text !== undefined ? [{ type: 'text', text: a.text }] : []),
        ...(a.tool ? [{ type: 'tool_use', id: `toolu_fake_${index}`, name: a.tool.name, input: a.tool.input }] : []),
      ];
      const system = typeof b.system === 'string' ? b.system : (b.system ?? []).map((s) => s.text).join('');
      const inputText = system + b.messages.map((m) => blockText(m.content)).join('');
      const outputText = (a.text ?? '') + (a.tool ? JSON.stringify(a.tool.input) : '');
      record.status = 200;
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': `req_fake_${index}` });
      res.end(
        JSON.stringify({
          id: `msg_fake_${index}`,
          type: 'message',
          role: 'assistant',
          model: a.model ?? b.model,
          content,
          stop_reason: a.stop_reason ?? (a.tool ? 'tool_use' : 'end_turn'),
          stop_sequence: null,
          usage: {
            input_tokens: a.usage?.input_tokens ?? tokens(inputText),
            output_tokens: a.usage?.output_tokens ?? tokens(outputText),
            cache_creation_input_tokens: a.usage?.cache_creation_input_tokens ?? 0,
            cache_read_input_tokens: a.usage?.cache_read_input_tokens ?? 0,
          },
        }),
      );
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
    answered: () => requests.filter((r) => r.status === 200).map((r) => r.body as MessagesBody),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
