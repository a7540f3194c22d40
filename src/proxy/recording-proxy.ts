import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PriceSpec } from '../config/schema.js';
import type { Step } from '../results/schema.js';
import type { ResponseCache } from '../llm/cache.js';
import { parseRetryAfter } from '../llm/retry.js';
import type { Scheduler } from '../llm/scheduler.js';
import { nestingProblem } from '../util/nesting.js';
import { anthropicMessages } from './anthropic-messages.js';
import { callStep, toolStep, type ApiFamily, type CallSummary, type RecordedApi, type ToolCall } from './api.js';
import { chatCompletions } from './completion.js';
import { embeddingsApi } from './embeddings.js';
import { responsesApi } from './responses.js';
import { splitSseEvents, transcriptEvents } from './sse.js';

/** Where agents' OpenAI-compatible calls go when the suite names no endpoint. */
export const DEFAULT_UPSTREAM = 'https://api.openai.com/v1';
/** Where agents' Anthropic calls go when no Anthropic base URL is given (the SDKs' default, without /v1). */
export const DEFAULT_ANTHROPIC_UPSTREAM = 'https://api.anthropic.com';

/** Bumped when what a cached proxy entry means changes, so old recordings stop matching. */
const PROXY_CACHE_VERSION = 1;

/**
 * A streamed answer longer than this is passed through but not cached or summarised past the cap:
 * a model's SSE transcript is a few hundred KB at most, so this only stops runaway memory.
 */
const MAX_TRANSCRIPT_CHARS = 10_000_000;

/** How much of a replay-miss request's last message the error quotes: enough to recognise the case. */
const REPLAY_QUOTE_CHARS = 60;

/** Not forwarded in either direction: connection-level headers, and ones fetch recomputes. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'host',
  'content-length',
  'expect',
  // fetch decompresses the upstream body, so the client must not be told it is still encoded.
  'content-encoding',
  'accept-encoding',
]);

/** Headers that carry a key: the agent's stand-in never goes upstream in any of them. */
const KEY_HEADERS = new Set(['authorization', 'api-key', 'x-api-key']);

/** An upstream the proxy forwards one API family to, with the real key. */
export interface Upstream {
  /**
   * OpenAI-compatible: ending in /v1 for OpenAI. Anthropic: without /v1 (as ANTHROPIC_BASE_URL).
   * Azure: the resource endpoint, without /openai.
   */
  baseUrl: string;
  /** Sent in the family's key header; none when empty (a local server). */
  apiKey: string;
  /** Extra headers on every forwarded request (an endpoint's `headers`, variables resolved). */
  headers?: Readonly<Record<string, string>>;
  /**
   * Set for an azure-openai endpoint: the agent's OpenAI-style requests are re-addressed to
   * Azure's layout (see azureUrl) and the key goes in `api-key` (or as a bearer token).
   */
  azure?: { apiVersion: string; auth: 'api-key' | 'bearer' } | null;
}

export interface RecordingProxyOptions {
  /** The real OpenAI-compatible endpoint (ending in /v1 for OpenAI); DEFAULT_UPSTREAM when empty. */
  upstreamBaseUrl: string;
  /** The real key: sent upstream in place of the stand-in key the agent sent. Never given to agents. */
  apiKey: string;
  /**
   * The agent's named OpenAI-style endpoint (`endpoints.openai`, openai or azure-openai kind): used
   * instead of upstreamBaseUrl / apiKey when given.
   */
  openai?: Upstream | null;
  /**
   * Where agents' Anthropic Messages calls go (ANTHROPIC_BASE_URL points at the proxy). Without
   * it, such calls are answered from the cache only, and otherwise refused with a message saying
   * which key to give EvalGate.
   */
  anthropic?: Upstream | null;
  /**
   * The model each Azure deployment serves (`/deployments/<name>/...`), so its calls are priced as
   * that model whatever the deployment is called.
   */
  deployments?: Readonly<Record<string, string>>;
  /** Shared with EvalGate's own model calls, so cached agent calls cost nothing. */
  cache: ResponseCache | null;
  pricing: Record<string, PriceSpec>;
  /** When given, every forwarded recorded call holds one of its slots (and reports 429s to it). */
  scheduler?: Scheduler | null;
  /** Per upstream request (a streamed answer must finish within it too). */
  timeoutMs: number;
}

/** Everything the proxy saw for one run. */
export interface ProxyRecording {
  /** `llm` and `tool` steps (source `proxy`) in the order the calls started. */
  steps: Step[];
  /** Recorded calls answered from the response cache. */
  cacheHits: number;
  /** Recorded calls forwarded upstream. */
  requests: number;
  /** Model calls (POST) forwarded without being recorded: no step, no usage, no cost. */
  unrecorded: number;
  /** Messages of calls that `--replay` found no recording of. */
  replayMisses: string[];
  /**
   * Recorded minus actual time of the calls answered from the cache: added to a run's wall time,
   * a replayed run reports the latency it had when it was recorded.
   */
  latencyAdjustMs: number;
}

export interface RecordingProxy {
  /** The OPENAI_BASE_URL for one run: `http://127.0.0.1:<port>/r/<runId>/v1`. */
  urlFor(runId: string): string;
  /** The ANTHROPIC_BASE_URL for one run: `http://127.0.0.1:<port>/r/<runId>/anthropic`. */
  anthropicUrlFor(runId: string): string;
  /**
   * The OPENAI_API_KEY and ANTHROPIC_API_KEY agents get: a random stand-in valid only at this
   * proxy, for as long as it runs. The proxy refuses requests without it and sends the real key
   * upstream.
   */
  readonly agentKey: string;
  /** The run's recorded steps; forgets the run. */
  takeSteps(runId: string): Step[];
  /** Everything recorded for the run (steps, cache hits, requests, replay misses); forgets the run. */
  takeRun(runId: string): ProxyRecording;
  close(): Promise<void>;
}

/**
 * A fresh run id for case `caseId`, trial `trial`: `<trial>.<nonce>.<caseId>`. The trial is part of
 * the cache key of every call the run makes, like the chat target's; the nonce keeps two runs of
 * the same case and trial apart.
 */
export function makeRunId(caseId: string, trial: number): string {
  return `${trial}.${randomBytes(4).toString('hex')}.${caseId}`;
}

function trialOf(runId: string): number | null {
  const m = /^(\d+)\./.exec(runId);
  return m ? Number(m[1]) : null;
}

/** What the cache stores per proxied call: the upstream's JSON body, or its SSE transcript. */
type CachedCall = { kind: 'json'; body: unknown; latencyMs: number } | { kind: 'sse'; transcript: string; latencyMs: number };

interface RunRecord {
  steps: { seq: number; step: Step }[];
  cacheHits: number;
  requests: number;
  unrecorded: number;
  replayMisses: string[];
  latencyAdjustMs: number;
  /** Tool calls the model made in this run, by call id, to name the tool steps of their results. */
  calls: Map<string, ToolCall>;
  /** Call ids whose result is already a step (chat-style APIs resend the whole history). */
  answered: Set<string>;
}

const emptyRecord = (): RunRecord => ({
  steps: [],
  cacheHits: 0,
  requests: 0,
  unrecorded: 0,
  replayMisses: [],
  latencyAdjustMs: 0,
  calls: new Map(),
  answered: new Set(),
});

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** An error in the shape the agent's SDK reads for its API family, so its message reaches the agent. */
function sendError(res: ServerResponse, status: number, message: string, code: string, family: ApiFamily = 'openai'): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  const body =
    family === 'anthropic' ? { type: 'error', error: { type: code, message } } : { error: { message, type: 'evalgate_proxy_error', param: null, code } };
  res.end(JSON.stringify(body));
}

/**
 * What the proxy forwards with the real key: model calls, not account management. A hostile agent
 * holding the stand-in could otherwise list, download or delete the account's files, start
 * fine-tuning or batch jobs outside `max-cost`, or manage keys. An Azure-style
 * `/deployments/<name>` prefix is allowed in front of OpenAI paths.
 */
const FORWARDED: Readonly<Record<ApiFamily, readonly { method: string; path: RegExp }[]>> = {
  openai: [
    { method: 'POST', path: /^(?:\/deployments\/[^/]+)?\/(?:chat\/completions|completions|embeddings|responses|moderations)$/ },
    { method: 'POST', path: /^(?:\/deployments\/[^/]+)?\/(?:audio\/(?:speech|transcriptions|translations)|images\/(?:generations|edits|variations))$/ },
    { method: 'GET', path: /^\/responses\/[^/]+$/ },
    { method: 'GET', path: /^\/models(?:\/[^/]+)?$/ },
  ],
  anthropic: [
    { method: 'POST', path: /^\/v1\/messages(?:\/count_tokens)?$/ },
    { method: 'GET', path: /^\/v1\/models(?:\/[^/]+)?$/ },
  ],
};

const FORWARDED_TEXT: Record<ApiFamily, string> = {
  openai: 'agents may call the model endpoints (chat/completions, completions, embeddings, responses, moderations, audio, images) and GET /models',
  anthropic: 'agents may call POST /v1/messages, /v1/messages/count_tokens and GET /v1/models (message batches run outside max-cost)',
};

/**
 * Dot segments and encoded separators: `/models/..%2ffiles` passes the allow-list as one segment,
 * and an upstream (or a gateway in front of it) that decodes and normalises the path would serve
 * `/v1/files` with the real key. Model and deployment names never need them.
 */
const PATH_TRICK = /%2f|%5c|%2e|\\|\/\.\.?(?:\/|$)/i;

/** Whether an agent's request may go upstream (see FORWARDED). */
export function isForwarded(method: string, rest: string, family: ApiFamily = 'openai'): boolean {
  if (PATH_TRICK.test(rest)) return false;
  return FORWARDED[family].some((f) => f.method === method && f.path.test(rest));
}

/** The API recorded at `rest` (after any deployment prefix), or null for a path passed through unrecorded. */
function recordedApiAt(family: ApiFamily, rest: string): RecordedApi | null {
  if (family === 'anthropic') return rest === '/v1/messages' ? anthropicMessages : null;
  const path = rest.replace(/^\/deployments\/[^/]+/, '');
  if (path === '/chat/completions') return chatCompletions;
  if (path === '/responses') return responsesApi;
  if (path === '/embeddings') return embeddingsApi;
  return null;
}

/** The stand-in key is 32 random bytes: unguessable, and shaped like an OpenAI key so SDKs accept it. */
function makeAgentKey(): string {
  return `sk-evalgate-proxy-${randomBytes(32).toString('hex')}`;
}

/**
 * The key a request carries: `Authorization: Bearer <key>` (OpenAI SDKs), `api-key` (Azure SDKs)
 * or `x-api-key` (Anthropic SDKs).
 */
function presentedKey(headers: IncomingHttpHeaders): string | null {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  if (bearer) return bearer[1];
  for (const name of ['api-key', 'x-api-key'] as const) {
    const value = headers[name];
    if (typeof value === 'string') return value.trim();
  }
  return null;
}

function sameKey(presented: string | null, expected: string): boolean {
  if (presented === null) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The agent's headers minus connection-level ones, with its stand-in key replaced by the real one:
 * Anthropic's `x-api-key`; an Azure endpoint's `api-key` (or bearer token, per its `auth`); for
 * other OpenAI-compatible upstreams a bearer token, plus `api-key` when the agent used that header
 * (an Azure SDK against a default endpoint). The upstream's own headers come last.
 */
function upstreamHeaders(headers: IncomingHttpHeaders, family: ApiFamily, upstream: Upstream): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || KEY_HEADERS.has(name)) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const { apiKey } = upstream;
  if (apiKey) {
    if (family === 'anthropic') {
      out['x-api-key'] = apiKey;
    } else if (upstream.azure) {
      if (upstream.azure.auth === 'bearer') out.authorization = `Bearer ${apiKey}`;
      else out['api-key'] = apiKey;
    } else {
      out.authorization = `Bearer ${apiKey}`;
      if (headers['api-key'] !== undefined) out['api-key'] = apiKey;
    }
  }
  for (const [name, value] of Object.entries(upstream.headers ?? {})) out[name.toLowerCase()] = value;
  return out;
}

/** OpenAI paths Azure serves per deployment: `/openai/deployments/{model}/…`. */
const AZURE_DEPLOYMENT_PATHS = /^\/(?:chat\/completions|completions|embeddings|audio\/[a-z]+|images\/[a-z]+)$/;

/**
 * Where an agent's OpenAI-style request goes on Azure, and the deployment it names. Chat,
 * completions, embeddings, audio and images: `{base}/openai/deployments/{model}{path}`, the
 * request's `model` being the deployment (an Azure SDK's `/deployments/{name}/…` path is kept).
 * Everything else, the Responses API included: `{base}/openai{path}` with the deployment as
 * `model` in the body, as Azure documents `POST /openai/responses?api-version=…`. The endpoint's
 * `api-version` replaces any the agent sent. Pure.
 */
export function azureUrl(baseUrl: string, apiVersion: string, rest: string, query: string, model: string | null): { url: string; deployment: string | null } {
  const params = new URLSearchParams(query);
  params.set('api-version', apiVersion);
  const own = /^\/deployments\/([^/]+)\//.exec(rest);
  let path = `/openai${rest}`;
  let deployment: string | null = own ? decodeURIComponent(own[1]) : null;
  if (!own && model !== null && AZURE_DEPLOYMENT_PATHS.test(rest)) {
    path = `/openai/deployments/${encodeURIComponent(model)}${rest}`;
    deployment = model;
  } else if (!own && model !== null && rest === '/responses') {
    deployment = model;
  }
  return { url: `${baseUrl}${path}?${params.toString()}`, deployment };
}

/** The `model` a JSON request body names, if any. */
function bodyModel(body: Buffer): string | null {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { model?: unknown } | null;
    return typeof parsed?.model === 'string' && parsed.model !== '' ? parsed.model : null;
  } catch {
    return null;
  }
}

function clientHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name)) out[name] = value;
  });
  return out;
}

function providerMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown } };
    if (typeof body.error?.message === 'string') return body.error.message;
  } catch {
    // Not JSON: quote the start of the text.
  }
  return text.slice(0, 200);
}

function replayMissMessage(api: RecordedApi, request: Record<string, unknown>): string {
  const text = api.lastText(request);
  const quote = text.length > REPLAY_QUOTE_CHARS ? `${text.slice(0, REPLAY_QUOTE_CHARS)}…` : text;
  return (
    `EvalGate --replay: no recorded response for the agent's call to model ${String(request.model)} ` +
    `(last message: ${JSON.stringify(quote)}). Run once without --replay (with --cache DIR) to record it.`
  );
}

/**
 * Passes a streamed answer to the client event by event (without the events the proxy asked for
 * on its own, see RecordedApi.injectedEvent) and keeps the upstream transcript, those included.
 */
async function relaySse(
  body: AsyncIterable<Uint8Array>,
  res: ServerResponse,
  hidden: (event: string) => boolean,
): Promise<{ transcript: string; complete: boolean; error: Error | null }> {
  const decoder = new TextDecoder();
  let pending = '';
  let transcript = '';
  let complete = true;
  const forward = (events: string[]): void => {
    for (const event of events) {
      if (transcript.length < MAX_TRANSCRIPT_CHARS) transcript += `${event}\n\n`;
      else complete = false;
      if (!hidden(event)) res.write(`${event}\n\n`);
    }
  };
  try {
    for await (const chunk of body) {
      const split = splitSseEvents(pending + decoder.decode(chunk, { stream: true }));
      pending = split.rest;
      forward(split.events);
    }
    forward(splitSseEvents(`${pending + decoder.decode()}\n\n`).events);
  } catch (error) {
    return { transcript, complete: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
  return { transcript, complete, error: null };
}

/** One recorded call as the proxy handles it. */
interface Call {
  api: RecordedApi;
  family: ApiFamily;
  upstream: Upstream | null;
  url: string;
  runId: string;
  request: Record<string, unknown>;
  deployment: { name: string; model: string | null } | null;
  order: number;
  elapsed: () => number;
  key: string | null;
}

/**
 * The recording proxy (SPEC §3): an HTTP server on 127.0.0.1 that forwards `/r/<runId>/v1/...`
 * to the OpenAI-compatible upstream and `/r/<runId>/anthropic/v1/...` to Anthropic, and records
 * every call of a model API it knows — Chat Completions, the Responses API, Embeddings, Anthropic
 * Messages — as an `llm` step of that run, with exact usage and cost; tool results the agent sends
 * back (Responses `function_call_output`, Anthropic `tool_result`) become `tool` steps. Streamed
 * answers are passed through event by event; when a chat client did not ask for usage, the proxy
 * asks upstream (`stream_options.include_usage`) and strips the extra usage-only chunk from what
 * the client sees. Recorded calls are answered from and stored to the shared response cache,
 * keyed by the API, the request body and the run's trial; under `--replay` a miss is an HTTP 400
 * whose message says how to record it. Other model endpoints are passed through and counted as
 * unrecorded; account endpoints (files, fine-tuning, batches, keys) are refused (FORWARDED). Only
 * requests carrying the stand-in key (`agentKey`) are served.
 */
export async function startRecordingProxy(options: RecordingProxyOptions): Promise<RecordingProxy> {
  const upstreams: Record<ApiFamily, Upstream | null> = {
    openai: options.openai
      ? { ...options.openai, baseUrl: (options.openai.baseUrl || DEFAULT_UPSTREAM).replace(/\/+$/, '') }
      : { baseUrl: (options.upstreamBaseUrl || DEFAULT_UPSTREAM).replace(/\/+$/, ''), apiKey: options.apiKey },
    anthropic: options.anthropic ? { ...options.anthropic, baseUrl: (options.anthropic.baseUrl || DEFAULT_ANTHROPIC_UPSTREAM).replace(/\/+$/, '') } : null,
  };
  const { cache, pricing } = options;
  const agentKey = makeAgentKey();
  const scheduler = options.scheduler ?? null;
  const runs = new Map<string, RunRecord>();
  // Calls that finish after their run was taken (a killed agent's last request) are dropped.
  const taken = new Set<string>();
  let seq = 0;

  const record = (runId: string): RunRecord | null => {
    if (taken.has(runId)) return null;
    let r = runs.get(runId);
    if (!r) runs.set(runId, (r = emptyRecord()));
    return r;
  };
  const addStep = (runId: string, order: number, step: Step): void => {
    record(runId)?.steps.push({ seq: order, step });
  };
  /** The call's `llm` step; the tool calls it made are remembered to name their results later. */
  const addCallStep = (call: Call, summary: CallSummary | null, latencyMs: number, extra: { cached?: boolean; error?: string } = {}): void => {
    const r = record(call.runId);
    for (const tool of summary?.toolCalls ?? []) r?.calls.set(tool.id, tool);
    addStep(call.runId, call.order, callStep({ api: call.api, request: call.request, summary, latencyMs, pricing, deployment: call.deployment, ...extra }));
  };

  /** One upstream request with the per-request timeout, cancelled when the client goes away. */
  const fetchUpstream = (url: string, init: { method: string; headers: Record<string, string>; body?: ArrayBuffer | string }, res: ServerResponse) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`no complete response within ${options.timeoutMs} ms`)), options.timeoutMs);
    const onClose = (): void => {
      if (!res.writableFinished) controller.abort(new Error('the agent closed the connection'));
    };
    res.once('close', onClose);
    const done = (): void => {
      clearTimeout(timer);
      res.off('close', onClose);
    };
    return { response: fetch(url, { ...init, signal: controller.signal }), done, signal: controller.signal };
  };

  const inSlot = <T>(fn: () => Promise<T>): Promise<T> => (scheduler ? scheduler.run(fn) : fn());

  /** Refuses a call whose API family has no upstream configured (Anthropic without a key). */
  const noUpstream = (res: ServerResponse, family: ApiFamily): void =>
    sendError(
      res,
      400,
      "EvalGate recording proxy: the agent called Anthropic, but EvalGate was given no Anthropic key; name an anthropic endpoint under the target's endpoints: { anthropic: NAME }, or set ANTHROPIC_API_KEY where EvalGate runs (and ANTHROPIC_BASE_URL for another endpoint)",
      'evalgate_no_upstream',
      family,
    );

  const passThrough = async (req: IncomingMessage, res: ServerResponse, family: ApiFamily, url: string, body: Buffer): Promise<void> => {
    const method = req.method ?? 'GET';
    const upstream = upstreams[family];
    if (!upstream) {
      noUpstream(res, family);
      return;
    }
    const call = fetchUpstream(
      url,
      {
        method,
        headers: upstreamHeaders(req.headers, family, upstream),
        ...(method === 'GET' || method === 'HEAD' ? {} : { body: new Uint8Array(body).buffer }),
      },
      res,
    );
    try {
      const response = await call.response;
      res.writeHead(response.status, clientHeaders(response.headers));
      if (response.body) {
        for await (const chunk of response.body) res.write(chunk);
      }
      res.end();
    } finally {
      call.done();
    }
  };

  /** Tool results the request hands back, as `tool` steps before the call's own step. */
  const recordToolResults = (api: RecordedApi, runId: string, order: number, request: Record<string, unknown>): void => {
    const r = record(runId);
    if (!r) return;
    for (const prior of api.priorCalls(request)) if (!r.calls.has(prior.id)) r.calls.set(prior.id, prior);
    for (const result of api.toolResults(request)) {
      if (r.answered.has(result.callId)) continue;
      r.answered.add(result.callId);
      addStep(runId, order, toolStep(result, r.calls.get(result.callId)));
    }
  };

  const recorded = async (req: IncomingMessage, res: ServerResponse, call: Omit<Call, 'order' | 'elapsed' | 'key'>, trial: number): Promise<void> => {
    const order = seq++;
    const started = performance.now();
    const elapsed = (): number => performance.now() - started;
    const { api, request } = call;
    recordToolResults(api, call.runId, order, request);
    const key = cache
      ? cache.key({ v: PROXY_CACHE_VERSION, endpoint: api.cacheName, request, trial, ...(call.deployment && { deployment: call.deployment.name }) })
      : null;
    const full: Call = { ...call, order, elapsed, key };

    // An identical call in flight (the same case at base and head) is waited for, not paid twice.
    const found = cache && key ? await cache.lookup<CachedCall>(key) : null;
    if (found?.hit) {
      const hit = found.value;
      const r = record(call.runId);
      if (r) {
        r.cacheHits += 1;
        r.latencyAdjustMs += hit.latencyMs - elapsed();
      }
      if (hit.kind === 'sse') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        const { injected } = api.upstreamBody(request);
        for (const event of transcriptEvents(hit.transcript)) {
          if (!(injected && api.injectedEvent?.(event))) res.write(`${event}\n\n`);
        }
        res.end();
        addCallStep(full, api.summarizeStream(hit.transcript), hit.latencyMs, { cached: true });
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(hit.body));
        addCallStep(full, api.summarize(hit.body), hit.latencyMs, { cached: true });
      }
      return;
    }
    try {
      await answer(req, res, full);
    } finally {
      if (found && !found.hit) found.release();
    }
  };

  /** A recorded call the cache did not answer: a replay miss, or a call upstream that is then stored. */
  const answer = async (req: IncomingMessage, res: ServerResponse, call: Call): Promise<void> => {
    const { api, request, runId, elapsed, key, family, upstream } = call;
    if (cache?.replay) {
      const message = replayMissMessage(api, request);
      record(runId)?.replayMisses.push(message);
      addCallStep(call, null, elapsed(), { error: message });
      // 400, not 404/5xx: SDKs retry 5xx and 429, and a miss will not go away by retrying.
      sendError(res, 400, message, 'evalgate_replay_miss', family);
      return;
    }
    if (!upstream) {
      addCallStep(call, null, elapsed(), { error: 'no Anthropic key was given to EvalGate' });
      noUpstream(res, family);
      return;
    }

    const { body: upstreamBody, injected } = api.upstreamBody(request);
    const r = record(runId);
    if (r) r.requests += 1;

    await inSlot(async () => {
      const sent = fetchUpstream(
        call.url,
        {
          method: 'POST',
          headers: { ...upstreamHeaders(req.headers, family, upstream), 'content-type': 'application/json' },
          body: JSON.stringify(upstreamBody),
        },
        res,
      );
      try {
        let response: Response;
        try {
          response = await sent.response;
        } catch (error) {
          const why = sent.signal.aborted && sent.signal.reason instanceof Error ? sent.signal.reason.message : (error as Error).message;
          const message = `EvalGate proxy: upstream ${upstream.baseUrl} failed: ${why}`;
          addCallStep(call, null, elapsed(), { error: message });
          sendError(res, sent.signal.aborted ? 504 : 502, message, 'evalgate_upstream_error', family);
          return;
        }

        if (!response.ok) {
          const text = await response.text();
          if (response.status === 429) scheduler?.onRateLimited(parseRetryAfter(response.headers, Date.now()));
          addCallStep(call, null, elapsed(), { error: `HTTP ${response.status}: ${providerMessage(text)}` });
          res.writeHead(response.status, clientHeaders(response.headers));
          res.end(text);
          return;
        }

        const isSse = (response.headers.get('content-type') ?? '').includes('text/event-stream');
        if (!isSse || !response.body) {
          const text = await response.text();
          const latencyMs = Math.round(elapsed());
          let body: unknown;
          try {
            body = JSON.parse(text);
          } catch {
            addCallStep(call, null, latencyMs, { error: 'the upstream answer is not JSON' });
          }
          if (body !== undefined) {
            scheduler?.onSuccess();
            addCallStep(call, api.summarize(body), latencyMs);
            // Stored before answering, so the agent's next identical call is already a hit.
            if (cache && key) await cache.set(key, { kind: 'json', body, latencyMs } satisfies CachedCall);
          }
          res.writeHead(response.status, clientHeaders(response.headers));
          res.end(text);
          return;
        }

        res.writeHead(response.status, clientHeaders(response.headers));
        const hidden = (event: string): boolean => injected && (api.injectedEvent?.(event) ?? false);
        const { transcript, complete, error } = await relaySse(response.body, res, hidden);
        if (error) {
          const message = `EvalGate proxy: the upstream stream broke off: ${error.message}`;
          addCallStep(call, api.summarizeStream(transcript), elapsed(), { error: message });
          res.destroy();
          return;
        }
        const latencyMs = Math.round(elapsed());
        scheduler?.onSuccess();
        addCallStep(call, api.summarizeStream(transcript), latencyMs);
        if (cache && key && complete) await cache.set(key, { kind: 'sse', transcript, latencyMs } satisfies CachedCall);
        res.end();
      } finally {
        sent.done();
      }
    });
  };

  const server = createServer((req, res) => {
    void (async () => {
      const [pathname = '/', query = ''] = (req.url ?? '/').split(/\?(.*)/s);
      const m = /^\/r\/([^/]+)\/(v1|anthropic)(\/.*)?$/.exec(pathname);
      const runId = m ? decodeURIComponent(m[1]) : '';
      const trial = trialOf(runId);
      const family: ApiFamily = m?.[2] === 'anthropic' ? 'anthropic' : 'openai';
      if (!m || trial === null) {
        sendError(
          res,
          404,
          `EvalGate recording proxy: unknown path ${pathname}; use the OPENAI_BASE_URL or ANTHROPIC_BASE_URL EvalGate set`,
          'evalgate_unknown_path',
        );
        return;
      }
      // Anything on this machine can reach a loopback port: only the agents EvalGate started hold the key.
      if (!sameKey(presentedKey(req.headers), agentKey)) {
        req.resume();
        const name = family === 'anthropic' ? 'ANTHROPIC_API_KEY' : 'OPENAI_API_KEY';
        sendError(
          res,
          401,
          `EvalGate recording proxy: this request does not carry the ${name} EvalGate set for the agent; use it unchanged`,
          'evalgate_bad_key',
          family,
        );
        return;
      }
      const rest = m[3] ?? '';
      const method = req.method ?? 'GET';
      if (!isForwarded(method, rest, family)) {
        req.resume();
        sendError(res, 403, `EvalGate recording proxy: ${method} ${rest || '/'} is not forwarded; ${FORWARDED_TEXT[family]}`, 'evalgate_not_forwarded', family);
        return;
      }
      const upstream = upstreams[family];
      const body = await readBody(req);
      const azure =
        family === 'openai' && upstream?.azure
          ? azureUrl(upstream.baseUrl, upstream.azure.apiVersion, rest, query, method === 'POST' ? bodyModel(body) : null)
          : null;
      const url = azure?.url ?? `${upstream?.baseUrl ?? ''}${rest}${query ? `?${query}` : ''}`;
      const api = method === 'POST' ? recordedApiAt(family, rest) : null;
      if (api) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.toString('utf8'));
        } catch {
          parsed = undefined;
        }
        // The request becomes a step in the trace, which redaction and the report walk recursively.
        const tooDeep = nestingProblem(parsed, 'EvalGate recording proxy: the request body');
        if (tooDeep) {
          sendError(res, 400, tooDeep, 'evalgate_too_deep', family);
          return;
        }
        // A body the proxy cannot read goes upstream as is (unrecorded); the provider's error reaches the agent.
        const request = api.parse(parsed);
        if (request) {
          const own = /^\/deployments\/([^/]+)\//.exec(rest)?.[1];
          const name = azure ? azure.deployment : own === undefined ? null : decodeURIComponent(own);
          const served = name !== null && options.deployments && Object.hasOwn(options.deployments, name) ? options.deployments[name] : null;
          const deployment = name === null ? null : { name, model: served };
          await recorded(req, res, { api, family, upstream, url, runId, request, deployment }, trial);
          return;
        }
      }
      if (method === 'POST') {
        const r = record(runId);
        if (r) r.unrecorded += 1;
      }
      await passThrough(req, res, family, url, body);
    })().catch((error: unknown) => {
      sendError(res, 502, `EvalGate proxy: ${error instanceof Error ? error.message : String(error)}`, 'evalgate_proxy_error');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const takeRun = (runId: string): ProxyRecording => {
    const r = runs.get(runId) ?? emptyRecord();
    runs.delete(runId);
    taken.add(runId);
    return {
      // Stable: a request's tool steps were added before its own call step.
      steps: [...r.steps].sort((a, b) => a.seq - b.seq).map((s) => s.step),
      cacheHits: r.cacheHits,
      requests: r.requests,
      unrecorded: r.unrecorded,
      replayMisses: r.replayMisses,
      latencyAdjustMs: Math.round(r.latencyAdjustMs),
    };
  };

  const base = `http://127.0.0.1:${port}/r`;
  return {
    urlFor: (runId) => `${base}/${encodeURIComponent(runId)}/v1`,
    anthropicUrlFor: (runId) => `${base}/${encodeURIComponent(runId)}/anthropic`,
    agentKey,
    takeSteps: (runId) => takeRun(runId).steps,
    takeRun,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
