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

/** A Responses API request (`POST /v1/responses`), as far as the fake reads it. */
export interface ResponsesRequestBody {
  model: string;
  input: string | Record<string, unknown>[];
  instructions?: string;
  tools?: unknown[];
  stream?: boolean;
  previous_response_id?: string;
  [key: string]: unknown;
}

/**
 * A Responses request's input as chat messages, so one scripted FakeModel answers both APIs:
 * `instructions` → system, messages by role, `function_call` items → an assistant message with
 * tool_calls, `function_call_output` → a tool message.
 */
export function responsesMessages(body: { model: string; input: ResponsesRequestBody['input']; instructions?: string }): ChatCompletionRequestBody['messages'] {
  const messages: ChatCompletionRequestBody['messages'] = body.instructions ? [{ role: 'system', content: body.instructions }] : [];
  if (typeof body.input === 'string') return [...messages, { role: 'user', content: body.input }];
  for (const item of body.input) {
    if (item.type === 'function_call') {
      messages.push({
        role: 'assistant',
        content: null,
        tool_calls: [{ id: item.call_id, type: 'function', function: { name: item.name, arguments: item.arguments } }],
      });
    } else if (item.type === 'function_call_output') {
      messages.push({ role: 'tool', tool_call_id: item.call_id, content: item.output });
    } else if (item.type === 'message' || typeof item.role === 'string') {
      const content = Array.isArray(item.content) ? item.content.map((part: { text?: unknown }) => ({ type: 'text', text: part.text })) : item.content;
      messages.push({ role: String(item.role), content });
    }
  }
  return messages;
}

/** Overrides of the computed usage; missing fields keep the chars/4 estimate. */
export interface FakeUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
  cached_tokens?: number;
  /** Part of completion_tokens (Responses: output_tokens) the model spent reasoning. */
  reasoning_tokens?: number;
}

/** A function call the scripted model makes (answered with finish_reason `tool_calls`). */
export interface FakeToolCall {
  id: string;
  name: string;
  /** JSON text, as the API sends it. */
  arguments: string;
}

export type FakeAnswer =
  string | { content: string | null; usage?: FakeUsage; /** echoed instead of the requested model */ model?: string; tool_calls?: FakeToolCall[] };

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
  /** Responses API requests received (POST /v1/responses). */
  responsesRequests: number;
  /** Embeddings requests received. */
  embeddingsRequests: number;
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
  /**
   * When a stream carries usage: `when-asked` (OpenAI, vLLM, Ollama ≥ 0.5: only with
   * `stream_options.include_usage`) or `never` (servers that ignore it).
   */
  streamUsage?: 'when-asked' | 'never';
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
  /** A property, not a method: it is passed around unbound (`closers.push(fake.close)`). */
  close: () => Promise<void>;
}

/** Default judge behaviour: a judged text containing this word scores 10, otherwise 1. */
export const JUDGE_PASS_MARKER = 'GOOD';

export function messageText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content.map((part: unknown) => (part && typeof part === 'object' && 'text' in part && typeof part.text === 'string' ? part.text : '')).join('');
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
  return pass ? { reasoning: `The answer contains ${marker}.`, score: 10 } : { reasoning: `The answer does not contain ${marker}.`, score: 1 };
}

/** `answer: <last user message>`, or a judge verdict for `judge_verdict` structured-output requests. */
export const defaultModel: FakeModel = (req) => (isJudgeRequest(req) ? JSON.stringify(judgeVerdict(req)) : `answer: ${lastUserText(req)}`);

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
    completion_tokens_details: { reasoning_tokens: override?.reasoning_tokens ?? 0, audio_tokens: 0 },
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
      sendJson(res, fault.status, { error: { message: fault.message ?? known.message, type: known.type, param: null, code: fault.code ?? null } }, headers);
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
          chunk([
            { index: 0, delta: { tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] }, finish_reason: null },
          ]);
          chunk([{ index: 0, delta: { tool_calls: [{ index, function: { arguments: call.arguments.slice(0, half) } }] }, finish_reason: null }]);
          chunk([{ index: 0, delta: { tool_calls: [{ index, function: { arguments: call.arguments.slice(half) } }] }, finish_reason: null }]);
        });
        chunk([{ index: 0, delta: {}, finish_reason: finishReason }]);
      }
      if (body.stream_options?.include_usage && options.streamUsage !== 'never') chunk([], { usage });
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

  /** Responses API conversations by response id, for `previous_response_id` (OpenAI stores them by default). */
  const stored = new Map<string, ChatCompletionRequestBody['messages']>();
  let responsesCount = 0;
  let embeddingsCount = 0;

  const handleResponses = async (res: ServerResponse, record: RecordedRequest): Promise<void> => {
    const body = record.body as ResponsesRequestBody;
    const n = responsesCount++;
    if (!(await wait(options.latencyMs ?? 0, res))) return;
    const history = body.previous_response_id ? stored.get(body.previous_response_id) : [];
    if (history === undefined) {
      countStatus(400);
      sendJson(res, 400, {
        error: {
          message: `Previous response with id '${body.previous_response_id}' not found.`,
          type: 'invalid_request_error',
          param: 'previous_response_id',
          code: 'previous_response_not_found',
        },
      });
      return;
    }
    const messages = [...history, ...responsesMessages(body)];
    const chatView: ChatCompletionRequestBody = { model: body.model, messages, tools: body.tools };
    const answer = model(chatView, { n, inFlight: 1 });
    const scripted = typeof answer === 'string' ? { content: answer } : answer;
    const override = typeof answer === 'string' ? undefined : answer.usage;
    const chatUsage = usageFor(chatView, scripted.content ?? '', override);
    const usage = {
      input_tokens: chatUsage.prompt_tokens,
      input_tokens_details: { cached_tokens: chatUsage.prompt_tokens_details.cached_tokens },
      output_tokens: chatUsage.completion_tokens,
      output_tokens_details: { reasoning_tokens: chatUsage.completion_tokens_details.reasoning_tokens },
      total_tokens: chatUsage.total_tokens,
    };
    const id = `resp_fake_${n}`;
    const echoed = (typeof answer === 'string' ? undefined : answer.model) ?? body.model;
    const output: Record<string, unknown>[] = [];
    if (scripted.content !== null) {
      output.push({
        type: 'message',
        id: `msg_fake_${n}`,
        status: 'completed',
        role: 'assistant',
        content: [{ type: 'output_text', text: scripted.content, annotations: [] }],
      });
    }
    for (const call of (typeof answer === 'string' ? undefined : answer.tool_calls) ?? []) {
      output.push({ type: 'function_call', id: `fc_${call.id}`, call_id: call.id, name: call.name, arguments: call.arguments, status: 'completed' });
    }
    stored.set(id, [...messages, ...responsesMessages({ model: body.model, input: output })]);
    const response = (status: string, items: unknown[], withUsage: boolean) => ({
      id,
      object: 'response',
      created_at: Math.floor(Date.now() / 1000),
      status,
      model: echoed,
      output: items,
      parallel_tool_calls: true,
      tool_choice: 'auto',
      tools: body.tools ?? [],
      usage: withUsage ? usage : null,
      error: null,
      incomplete_details: null,
      instructions: body.instructions ?? null,
      metadata: {},
      temperature: 1,
      top_p: 1,
      text: { format: { type: 'text' } },
    });
    countStatus(200);
    if (!body.stream) {
      sendJson(res, 200, response('completed', output, true));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    let sequence = 0;
    const event = (type: string, data: Record<string, unknown>): void => {
      res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence++, ...data })}\n\n`);
    };
    event('response.created', { response: response('in_progress', [], false) });
    event('response.in_progress', { response: response('in_progress', [], false) });
    output.forEach((item, index) => {
      if (item.type === 'message') {
        const text = scripted.content ?? '';
        event('response.output_item.added', { output_index: index, item: { ...item, status: 'in_progress', content: [] } });
        event('response.content_part.added', {
          output_index: index,
          item_id: item.id,
          content_index: 0,
          part: { type: 'output_text', text: '', annotations: [] },
        });
        for (const piece of text.match(/\S+\s*|\s+/g) ?? []) {
          event('response.output_text.delta', { output_index: index, item_id: item.id, content_index: 0, delta: piece });
        }
        event('response.output_text.done', { output_index: index, item_id: item.id, content_index: 0, text });
        event('response.content_part.done', { output_index: index, item_id: item.id, content_index: 0, part: { type: 'output_text', text, annotations: [] } });
      } else {
        const args = String(item.arguments);
        const half = Math.ceil(args.length / 2);
        event('response.output_item.added', { output_index: index, item: { ...item, status: 'in_progress', arguments: '' } });
        event('response.function_call_arguments.delta', { output_index: index, item_id: item.id, delta: args.slice(0, half) });
        event('response.function_call_arguments.delta', { output_index: index, item_id: item.id, delta: args.slice(half) });
        event('response.function_call_arguments.done', { output_index: index, item_id: item.id, arguments: args });
      }
      event('response.output_item.done', { output_index: index, item });
    });
    event('response.completed', { response: response('completed', output, true) });
    res.end();
  };

  const handleEmbeddings = (res: ServerResponse, record: RecordedRequest): void => {
    embeddingsCount += 1;
    const body = record.body as { model: string; input: string | string[] };
    const inputs = Array.isArray(body.input) ? body.input : [body.input];
    const tokens = inputs.reduce((sum, text) => sum + estimateTokens(String(text).length), 0);
    countStatus(200);
    sendJson(res, 200, {
      object: 'list',
      data: inputs.map((text, index) => ({
        object: 'embedding',
        index,
        embedding: Array.from({ length: 8 }, (_, i) => ((String(text).charCodeAt(i % Math.max(1, String(text).length)) || 0) % 17) / 17),
      })),
      model: body.model,
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
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
      // Azure OpenAI's layout (`/deployments/<name>/chat/completions`) is served the same way.
      if (req.method === 'POST' && /^\/v1(?:\/deployments\/[^/]+)?\/chat\/completions$/.test(path)) {
        if (!body || typeof body !== 'object' || !Array.isArray((body as ChatCompletionRequestBody).messages)) {
          countStatus(400);
          sendJson(res, 400, { error: { message: 'Invalid body: expected {model, messages}.', type: 'invalid_request_error', param: null, code: null } });
          return;
        }
        await handleChat(req, res, record);
        return;
      }
      if (req.method === 'POST' && path === '/v1/responses') {
        if (
          !body ||
          typeof body !== 'object' ||
          (typeof (body as ResponsesRequestBody).input !== 'string' && !Array.isArray((body as ResponsesRequestBody).input))
        ) {
          countStatus(400);
          sendJson(res, 400, {
            error: { message: "Missing required parameter: 'input'.", type: 'invalid_request_error', param: 'input', code: 'missing_required_parameter' },
          });
          return;
        }
        await handleResponses(res, record);
        return;
      }
      if (req.method === 'POST' && path === '/v1/embeddings') {
        handleEmbeddings(res, record);
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
    stats: () => ({
      chatRequests: chatCount,
      responsesRequests: responsesCount,
      embeddingsRequests: embeddingsCount,
      byStatus: { ...byStatus },
      inFlight,
      peakInFlight,
    }),
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
      responsesCount = 0;
      embeddingsCount = 0;
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
