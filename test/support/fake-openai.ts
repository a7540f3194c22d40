import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake OpenAI-compatible server: real HTTP on 127.0.0.1 (port 0), driven by the real `openai`
 * SDK in tests. The "model" is a deterministic script; faults (429, 5xx, slow, malformed,
 * empty choices, connection reset) are injected per request index or by predicate.
 */

export interface ChatCompletionRequestBody {
  model: string;
  messages: { role: string; content?: unknown; [key: string]: unknown }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  response_format?: { type: string; json_schema?: { name?: string; schema?: unknown; strict?: boolean } };
  [key: string]: unknown;
}

/** Overrides of the computed usage; missing fields keep the chars/4 estimate. */
export interface FakeUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
  cached_tokens?: number;
}

/** A function call the scripted model makes (answered with finish_reason `tool_calls`). */
export interface FakeToolCall {
  id: string;
  name: string;
  /** JSON text, as the API sends it. */
  arguments: string;
}

export type FakeAnswer =
  | string
  | { content: string | null; usage?: FakeUsage; /** echoed instead of the requested model */ model?: string; tool_calls?: FakeToolCall[] };

export interface FakeContext {
  /** 0-based index of this chat completion request since start (or the last reset). */
  n: number;
  /** Chat requests being handled right now, this one included. */
  inFlight: number;
}

export type FakeModel = (req: ChatCompletionRequestBody, ctx: FakeContext) => FakeAnswer;

export type Fault =
  | { kind: 'status'; status: number; retryAfterSeconds?: number; retryAfterMs?: number; message?: string; code?: string }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'malformed' }
  | { kind: 'empty-choices' }
  | { kind: 'null-content' }
  | { kind: 'reset' };

export interface FaultRule {
  /** Request indexes (`ctx.n`) this rule applies to. */
  at?: number | number[];
  /** Applies when this returns true (combined with `at` when both are given). */
  when?: (req: ChatCompletionRequestBody, ctx: FakeContext) => boolean;
  /** Applies at most this many times. */
  times?: number;
  fault: Fault;
}

/** Rules are tried in order; the first that applies wins. */
export type FaultPlan = FaultRule[];

export interface RecordedRequest {
  /** Chat request index, or null for other endpoints. */
  n: number | null;
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  time: number;
  fault: Fault['kind'] | null;
}

export interface FakeStats {
  /** Chat completion requests received. */
  chatRequests: number;
  /** Responses by HTTP status (resets count as status 0). */
  byStatus: Record<number, number>;
  inFlight: number;
  peakInFlight: number;
}

export interface FakeOpenAiOptions {
  model?: FakeModel;
  /** Added before every chat response. */
  latencyMs?: number;
  faults?: FaultPlan;
  /** When set, requests with another bearer token get a 401 like OpenAI's. */
  apiKey?: string;
}

export interface FakeOpenAi {
  /** Base URL ending in /v1, for `new OpenAI({ baseURL })` or OPENAI_BASE_URL. */
  url: string;
  requests: RecordedRequest[];
  /** Only the bodies of chat completion requests, in arrival order. */
  chatBodies(): ChatCompletionRequestBody[];
  stats(): FakeStats;
  setFaults(plan: FaultPlan): void;
  setModel(model: FakeModel): void;
  /** Clears the request log, counters and faults. */
  reset(): void;
  close(): Promise<void>;
}

/** Default judge behaviour: a judged text containing this word scores 10, otherwise 1. */
export const JUDGE_PASS_MARKER = 'GOOD';

export function messageText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part: unknown) =>
        part && typeof part === 'object' && 'text' in part && typeof part.text === 'string' ? part.text : '',
      )
      .join('');
  }
  return '';
}

export function lastUserText(req: ChatCompletionRequestBody): string {
  const users = req.messages.filter((m) => m.role === 'user');
  return messageText(users.at(-1)?.content);
}

export function isJudgeRequest(req: ChatCompletionRequestBody): boolean {
  return req.response_format?.type === 'json_schema' && req.response_format.json_schema?.name === 'judge_verdict';
}

/** A judge verdict: score 10 when the last user message contains `marker`, else 1. */
export function judgeVerdict(req: ChatCompletionRequestBody, marker = JUDGE_PASS_MARKER): { reasoning: string; score: number } {
  const pass = lastUserText(req).includes(marker);
  return pass
    ? { reasoning: `The answer contains ${marker}.`, score: 10 }
    : { reasoning: `The answer does not contain ${marker}.`, score: 1 };
}

/** `answer: <last user message>`, or a judge verdict for `judge_verdict` structured-output requests. */
export const defaultModel: FakeModel = (req) =>
  isJudgeRequest(req) ? JSON.stringify(judgeVerdict(req)) : `answer: ${lastUserText(req)}`;

const estimateTokens = (chars: number): number => Math.ceil(chars / 4);

function usageFor(req: ChatCompletionRequestBody, content: string, override: FakeUsage | undefined) {
  const inputChars = req.messages.reduce((sum, m) => sum + messageText(m.content).length, 0);
  const prompt = override?.prompt_tokens ?? estimateTokens(inputChars);
  const completion = override?.completion_tokens ?? estimateTokens(content.length);
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: override?.cached_tokens ?? 0, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0 },
  };
}

const STATUS_ERRORS: Record<number, { type: string; message: string }> = {
  400: { type: 'invalid_request_error', message: 'Invalid request.' },
  401: { type: 'invalid_request_error', message: 'Incorrect API key provided.' },
  403: { type: 'invalid_request_error', message: 'You are not allowed to use this model.' },
  404: { type: 'invalid_request_error', message: 'The model does not exist or you do not have access to it.' },
  429: { type: 'requests', message: 'Rate limit reached for requests.' },
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': 'req_fake', ...headers });
  res.end(JSON.stringify(body));
}

export async function startFakeOpenAi(options: FakeOpenAiOptions = {}): Promise<FakeOpenAi> {
  let model: FakeModel = options.model ?? defaultModel;
  let plan: FaultPlan = options.faults ?? [];
  let ruleUses = new Map<FaultRule, number>();
  const requests: RecordedRequest[] = [];
  let chatCount = 0;
  let byStatus: Record<number, number> = {};
  let inFlight = 0;
  let peakInFlight = 0;
  const timers = new Set<NodeJS.Timeout>();

  const countStatus = (status: number): void => {
    byStatus[status] = (byStatus[status] ?? 0) + 1;
  };

  /** Resolves after `ms`, or early (false) when the client went away. */
  const wait = (ms: number, res: ServerResponse): Promise<boolean> =>
    new Promise((resolve) => {
      if (ms <= 0) return resolve(!res.destroyed);
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve(!res.destroyed);
      }, ms);
      timers.add(timer);
      res.once('close', () => {
        clearTimeout(timer);
        timers.delete(timer);
        resolve(false);
      });
    });

  const pickFault = (body: ChatCompletionRequestBody, ctx: FakeContext): Fault | null => {
    for (const rule of plan) {
      const used = ruleUses.get(rule) ?? 0;
      if (rule.times !== undefined && used >= rule.times) continue;
      if (rule.at !== undefined && !(Array.isArray(rule.at) ? rule.at : [rule.at]).includes(ctx.n)) continue;
      if (rule.when && !rule.when(body, ctx)) continue;
      ruleUses.set(rule, used + 1);
      return rule.fault;
    }
    return null;
  };

  const handleChat = async (req: IncomingMessage, res: ServerResponse, record: RecordedRequest): Promise<void> => {
    const body = record.body as ChatCompletionRequestBody;
    const n = chatCount++;
    record.n = n;
    inFlight += 1;
    peakInFlight = Math.max(peakInFlight, inFlight);
    res.once('close', () => {
      inFlight -= 1;
    });
    const ctx: FakeContext = { n, inFlight };
    const fault = pickFault(body, ctx);
    record.fault = fault?.kind ?? null;

    const delay = (options.latencyMs ?? 0) + (fault?.kind === 'slow' ? fault.delayMs : 0);
    if (!(await wait(delay, res))) return;

    if (fault?.kind === 'reset') {
      countStatus(0);
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      const known = STATUS_ERRORS[fault.status] ?? { type: 'server_error', message: 'The server had an error.' };
      const headers: Record<string, string> = {};
      if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
      if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
      countStatus(fault.status);
      sendJson(
        res,
        fault.status,
        { error: { message: fault.message ?? known.message, type: known.type, param: null, code: fault.code ?? null } },
        headers,
      );
      return;
    }
    if (fault?.kind === 'malformed') {
      countStatus(200);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id": "chatcmpl-fake", "choices": [');
      return;
    }

    let answer: FakeAnswer;
    try {
      answer = model(body, ctx);
    } catch (error) {
      countStatus(500);
      sendJson(res, 500, { error: { message: `fake model threw: ${String(error)}`, type: 'server_error', param: null, code: null } });
      return;
    }
    const scripted = typeof answer === 'string' ? { content: answer } : answer;
    const content = fault?.kind === 'null-content' ? null : scripted.content;
    const usage = usageFor(body, content ?? '', typeof answer === 'string' ? undefined : answer.usage);
    const echoed = (typeof answer === 'string' ? undefined : answer.model) ?? body.model;
    const toolCalls = (typeof answer === 'string' ? undefined : answer.tool_calls) ?? [];
    const finishReason = toolCalls.length > 0 ? 'tool_calls' : 'stop';
    const id = `chatcmpl-fake-${n}`;
    const created = Math.floor(Date.now() / 1000);
    countStatus(200);

    if (body.stream) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const chunk = (choices: unknown[], extra: Record<string, unknown> = {}): void => {
        res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: echoed, choices, ...extra })}\n\n`);
      };
      if (fault?.kind !== 'empty-choices') {
        chunk([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }]);
        for (const piece of (content ?? '').match(/\S+\s*|\s+/g) ?? []) {
          chunk([{ index: 0, delta: { content: piece }, finish_reason: null }]);
        }
        toolCalls.forEach((call, index) => {
          // Name first, arguments in two pieces: clients must reassemble deltas as with OpenAI.
          const half = Math.ceil(call.arguments.length / 2);
          chunk([{ index: 0, delta: { tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] }, finish_reason: null }]);
          chunk([{ index: 0, delta: { tool_calls: [{ index, function: { arguments: call.arguments.slice(0, half) } }] }, finish_reason: null }]);
          chunk([{ index: 0, delta: { tool_calls: [{ index, function: { arguments: call.arguments.slice(half) } }] }, finish_reason: null }]);
        });
        chunk([{ index: 0, delta: {}, finish_reason: finishReason }]);
      }
      if (body.stream_options?.include_usage) chunk([], { usage });
      res.end('data: [DONE]\n\n');
      return;
    }

    const choices =
      fault?.kind === 'empty-choices'
        ? []
        : [
            {
              index: 0,
              message: {
                role: 'assistant',
                content,
                refusal: null,
                ...(toolCalls.length > 0 && {
                  tool_calls: toolCalls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } })),
                }),
              },
              logprobs: null,
              finish_reason: finishReason,
            },
          ];
    sendJson(res, 200, { id, object: 'chat.completion', created, model: echoed, choices, usage, system_fingerprint: 'fp_fake' });
  };

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      let body: unknown = raw;
      try {
        body = raw === '' ? undefined : JSON.parse(raw);
      } catch {
        // Recorded as text; a chat request with it is answered 400 below.
      }
      const record: RecordedRequest = {
        n: null,
        method: req.method ?? 'GET',
        path,
        headers: req.headers,
        body,
        time: Date.now(),
        fault: null,
      };
      requests.push(record);

      if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) {
        countStatus(401);
        sendJson(res, 401, { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
        return;
      }
      if (req.method === 'GET' && path === '/v1/models') {
        countStatus(200);
        sendJson(res, 200, {
          object: 'list',
          data: ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1-mini'].map((id) => ({ id, object: 'model', created: 0, owned_by: 'fake' })),
        });
        return;
      }
      if (req.method === 'POST' && path === '/v1/chat/completions') {
        if (!body || typeof body !== 'object' || !Array.isArray((body as ChatCompletionRequestBody).messages)) {
          countStatus(400);
          sendJson(res, 400, { error: { message: 'Invalid body: expected {model, messages}.', type: 'invalid_request_error', param: null, code: null } });
          return;
        }
        await handleChat(req, res, record);
        return;
      }
      countStatus(404);
      sendJson(res, 404, { error: { message: `Unknown path ${req.method} ${path}`, type: 'invalid_request_error', param: null, code: null } });
    })().catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(error), type: 'server_error', param: null, code: null } });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    chatBodies: () => requests.filter((r) => r.n !== null).map((r) => r.body as ChatCompletionRequestBody),
    stats: () => ({ chatRequests: chatCount, byStatus: { ...byStatus }, inFlight, peakInFlight }),
    setFaults(next) {
      plan = next;
      ruleUses = new Map();
    },
    setModel(next) {
      model = next;
    },
    reset() {
      requests.length = 0;
      chatCount = 0;
      byStatus = {};
      peakInFlight = inFlight;
      plan = [];
      ruleUses = new Map();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
