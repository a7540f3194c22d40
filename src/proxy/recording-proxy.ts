import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PriceSpec } from '../config/schema.js';
import type { Step } from '../results/schema.js';
import type { ResponseCache } from '../llm/cache.js';
import { parseRetryAfter } from '../llm/retry.js';
import type { Scheduler } from '../llm/scheduler.js';
import { nestingProblem } from '../util/nesting.js';
import {
  completionStep,
  isChatBody,
  isUsageOnlyChunk,
  splitSseEvents,
  summarizeCompletion,
  summarizeStream,
  type ChatBody,
} from './completion.js';

/** Where agents' calls go when the suite names no endpoint. */
export const DEFAULT_UPSTREAM = 'https://api.openai.com/v1';

/** Bumped when what a cached proxy entry means changes, so old recordings stop matching. */
const PROXY_CACHE_VERSION = 1;

/**
 * A streamed answer longer than this is passed through but not cached or summarised past the cap:
 * a chat completion's SSE transcript is a few hundred KB at most, so this only stops runaway memory.
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

export interface RecordingProxyOptions {
  /** The real OpenAI-compatible endpoint (ending in /v1 for OpenAI); DEFAULT_UPSTREAM when empty. */
  upstreamBaseUrl: string;
  /** The real key: sent upstream in place of the stand-in key the agent sent. Never given to agents. */
  apiKey: string;
  /** Shared with EvalGate's own model calls, so cached agent calls cost nothing. */
  cache: ResponseCache | null;
  pricing: Record<string, PriceSpec>;
  /** When given, every forwarded chat call holds one of its slots (and reports 429s to it). */
  scheduler?: Scheduler | null;
  /** Per upstream request (a streamed answer must finish within it too). */
  timeoutMs: number;
}

/** Everything the proxy saw for one run. */
export interface ProxyRecording {
  /** `llm` steps (source `proxy`) in the order the calls started. */
  steps: Step[];
  /** Chat calls answered from the response cache. */
  cacheHits: number;
  /** Chat calls forwarded upstream. */
  requests: number;
  /** Messages of chat calls that `--replay` found no recording of. */
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
  /**
   * The OPENAI_API_KEY agents get: a random stand-in valid only at this proxy, for as long as it
   * runs. The proxy refuses requests without it and sends the real key upstream.
   */
  readonly agentKey: string;
  /** The run's recorded `llm` steps; forgets the run. */
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

/** What the cache stores per proxied chat call: the upstream's JSON body, or its SSE transcript. */
type CachedCall = { kind: 'json'; body: unknown; latencyMs: number } | { kind: 'sse'; transcript: string; latencyMs: number };

interface RunRecord {
  steps: { seq: number; step: Step }[];
  cacheHits: number;
  requests: number;
  replayMisses: string[];
  latencyAdjustMs: number;
}

const emptyRecord = (): RunRecord => ({ steps: [], cacheHits: 0, requests: 0, replayMisses: [], latencyAdjustMs: 0 });

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendError(res: ServerResponse, status: number, message: string, code: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { message, type: 'evalgate_proxy_error', param: null, code } }));
}

/**
 * What the proxy forwards with the real key: model calls, not account management. A hostile agent
 * holding the stand-in could otherwise list, download or delete the account's files, start
 * fine-tuning or batch jobs outside `max-cost`, or manage keys. An Azure-style
 * `/deployments/<name>` prefix is allowed in front.
 */
const FORWARDED: readonly { method: string; path: RegExp }[] = [
  { method: 'POST', path: /^(?:\/deployments\/[^/]+)?\/(?:chat\/completions|completions|embeddings|responses|moderations)$/ },
  { method: 'POST', path: /^(?:\/deployments\/[^/]+)?\/(?:audio\/(?:speech|transcriptions|translations)|images\/(?:generations|edits|variations))$/ },
  { method: 'GET', path: /^\/responses\/[^/]+$/ },
  { method: 'GET', path: /^\/models(?:\/[^/]+)?$/ },
];

/** Whether an agent's request may go upstream (see FORWARDED). */
export function isForwarded(method: string, rest: string): boolean {
  return FORWARDED.some((f) => f.method === method && f.path.test(rest));
}

/** The stand-in key is 32 random bytes: unguessable, and shaped like an OpenAI key so SDKs accept it. */
function makeAgentKey(): string {
  return `sk-evalgate-proxy-${randomBytes(32).toString('hex')}`;
}

/** The key a request carries: `Authorization: Bearer <key>` (OpenAI SDKs) or `api-key` (Azure SDKs). */
function presentedKey(headers: IncomingHttpHeaders): string | null {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  if (bearer) return bearer[1]!;
  const apiKey = headers['api-key'];
  return typeof apiKey === 'string' ? apiKey.trim() : null;
}

function sameKey(presented: string | null, expected: string): boolean {
  if (presented === null) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The agent's headers minus connection-level ones, with its stand-in key replaced by the real one
 * in whichever header carried it (an `api-key` header stays an `api-key` header for Azure).
 */
function upstreamHeaders(headers: IncomingHttpHeaders, apiKey: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name === 'authorization' || name === 'api-key') continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  if (apiKey) {
    out.authorization = `Bearer ${apiKey}`;
    if (headers['api-key'] !== undefined) out['api-key'] = apiKey;
  }
  return out;
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

function replayMissMessage(request: ChatBody): string {
  const last = (request.messages.at(-1) as { content?: unknown } | undefined)?.content;
  const text = typeof last === 'string' ? last : JSON.stringify(last ?? '');
  const quote = text.length > REPLAY_QUOTE_CHARS ? `${text.slice(0, REPLAY_QUOTE_CHARS)}…` : text;
  return (
    `EvalGate --replay: no recorded response for the agent's call to model ${String(request.model)} ` +
    `(last message: ${JSON.stringify(quote)}). Run once without --replay (with --cache DIR) to record it.`
  );
}

/**
 * Passes a streamed answer to the client event by event (without the usage-only chunk when the
 * proxy injected `include_usage`) and keeps the upstream transcript, usage chunk included.
 */
async function relaySse(
  body: AsyncIterable<Uint8Array>,
  res: ServerResponse,
  inject: boolean,
): Promise<{ transcript: string; complete: boolean; error: Error | null }> {
  const decoder = new TextDecoder();
  let pending = '';
  let transcript = '';
  let complete = true;
  const forward = (events: string[]): void => {
    for (const event of events) {
      if (transcript.length < MAX_TRANSCRIPT_CHARS) transcript += `${event}\n\n`;
      else complete = false;
      if (!(inject && isUsageOnlyChunk(event))) res.write(`${event}\n\n`);
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

/**
 * The recording proxy (SPEC §3): an OpenAI-compatible HTTP server on 127.0.0.1 that forwards
 * `/r/<runId>/v1/...` to the upstream and records every chat completion as an `llm` step of that
 * run, with exact usage and cost. Streamed answers are passed through event by event; when the
 * client did not ask for usage, the proxy asks upstream (`stream_options.include_usage`) and
 * strips the extra usage-only chunk from what the client sees. Chat calls (streamed or not) are
 * answered from and stored to the shared response cache, keyed by the request body and the run's
 * trial; under `--replay` a miss is an HTTP 400 whose message says how to record it. Other
 * model endpoints (embeddings, models, ...) are passed through unrecorded; account endpoints
 * (files, fine-tuning, batches, keys) are refused (FORWARDED). Only requests carrying the
 * stand-in key (`agentKey`) are served.
 */
export async function startRecordingProxy(options: RecordingProxyOptions): Promise<RecordingProxy> {
  const upstream = (options.upstreamBaseUrl || DEFAULT_UPSTREAM).replace(/\/+$/, '');
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

  const passThrough = async (req: IncomingMessage, res: ServerResponse, url: string, body: Buffer): Promise<void> => {
    const method = req.method ?? 'GET';
    const call = fetchUpstream(url, { method, headers: upstreamHeaders(req.headers, options.apiKey), ...(method === 'GET' || method === 'HEAD' ? {} : { body: new Uint8Array(body).buffer }) }, res);
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

  const chat = async (req: IncomingMessage, res: ServerResponse, url: string, runId: string, trial: number, request: ChatBody): Promise<void> => {
    const order = seq++;
    const started = performance.now();
    const elapsed = (): number => performance.now() - started;
    const key = cache ? cache.key({ v: PROXY_CACHE_VERSION, endpoint: 'chat.completions', request, trial }) : null;

    // An identical call in flight (the same case at base and head) is waited for, not paid twice.
    const found = cache && key ? await cache.lookup<CachedCall>(key) : null;
    if (found?.hit) {
      const hit = found.value;
      const r = record(runId);
      if (r) {
        r.cacheHits += 1;
        r.latencyAdjustMs += hit.latencyMs - elapsed();
      }
      if (hit.kind === 'sse') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        const injected = !request.stream_options?.include_usage;
        for (const event of splitSseEvents(`${hit.transcript}\n\n`).events) {
          if (!(injected && isUsageOnlyChunk(event))) res.write(`${event}\n\n`);
        }
        res.end();
        addStep(runId, order, completionStep({ request, summary: summarizeStream(hit.transcript), latencyMs: hit.latencyMs, pricing }));
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(hit.body));
        addStep(runId, order, completionStep({ request, summary: summarizeCompletion(hit.body), latencyMs: hit.latencyMs, pricing }));
      }
      return;
    }
    try {
      await answer(req, res, url, runId, request, { order, elapsed, key });
    } finally {
      if (found && !found.hit) found.release();
    }
  };

  /** A chat call the cache did not answer: a replay miss, or a call upstream that is then stored. */
  const answer = async (
    req: IncomingMessage,
    res: ServerResponse,
    url: string,
    runId: string,
    request: ChatBody,
    at: { order: number; elapsed: () => number; key: string | null },
  ): Promise<void> => {
    const { order, elapsed, key } = at;
    const streamed = request.stream === true;
    if (cache?.replay) {
      const message = replayMissMessage(request);
      record(runId)?.replayMisses.push(message);
      addStep(runId, order, completionStep({ request, summary: null, latencyMs: elapsed(), pricing, error: message }));
      // 400, not 404/5xx: SDKs retry 5xx and 429, and a miss will not go away by retrying.
      sendError(res, 400, message, 'evalgate_replay_miss');
      return;
    }

    const inject = streamed && !request.stream_options?.include_usage;
    const upstreamBody = inject ? { ...request, stream_options: { ...request.stream_options, include_usage: true } } : request;
    const r = record(runId);
    if (r) r.requests += 1;

    await inSlot(async () => {
      const call = fetchUpstream(url, { method: 'POST', headers: { ...upstreamHeaders(req.headers, options.apiKey), 'content-type': 'application/json' }, body: JSON.stringify(upstreamBody) }, res);
      try {
        let response: Response;
        try {
          response = await call.response;
        } catch (error) {
          const why = call.signal.aborted && call.signal.reason instanceof Error ? call.signal.reason.message : (error as Error).message;
          const message = `EvalGate proxy: upstream ${upstream} failed: ${why}`;
          addStep(runId, order, completionStep({ request, summary: null, latencyMs: elapsed(), pricing, error: message }));
          sendError(res, call.signal.aborted ? 504 : 502, message, 'evalgate_upstream_error');
          return;
        }

        if (!response.ok) {
          const text = await response.text();
          if (response.status === 429) scheduler?.onRateLimited(parseRetryAfter(response.headers, Date.now()));
          addStep(runId, order, completionStep({ request, summary: null, latencyMs: elapsed(), pricing, error: `HTTP ${response.status}: ${providerMessage(text)}` }));
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
            addStep(runId, order, completionStep({ request, summary: null, latencyMs, pricing, error: 'the upstream answer is not JSON' }));
          }
          if (body !== undefined) {
            scheduler?.onSuccess();
            addStep(runId, order, completionStep({ request, summary: summarizeCompletion(body), latencyMs, pricing }));
            // Stored before answering, so the agent's next identical call is already a hit.
            if (cache && key) await cache.set(key, { kind: 'json', body, latencyMs } satisfies CachedCall);
          }
          res.writeHead(response.status, clientHeaders(response.headers));
          res.end(text);
          return;
        }

        res.writeHead(response.status, clientHeaders(response.headers));
        const { transcript, complete, error } = await relaySse(response.body, res, inject);
        if (error) {
          const message = `EvalGate proxy: the upstream stream broke off: ${error.message}`;
          addStep(runId, order, completionStep({ request, summary: summarizeStream(transcript), latencyMs: elapsed(), pricing, error: message }));
          res.destroy();
          return;
        }
        const latencyMs = Math.round(elapsed());
        scheduler?.onSuccess();
        addStep(runId, order, completionStep({ request, summary: summarizeStream(transcript), latencyMs, pricing }));
        if (cache && key && complete) await cache.set(key, { kind: 'sse', transcript, latencyMs } satisfies CachedCall);
        res.end();
      } finally {
        call.done();
      }
    });
  };

  const server = createServer((req, res) => {
    void (async () => {
      const [pathname = '/', query = ''] = (req.url ?? '/').split(/\?(.*)/s);
      const m = /^\/r\/([^/]+)\/v1(\/.*)?$/.exec(pathname);
      const runId = m ? decodeURIComponent(m[1]!) : '';
      const trial = trialOf(runId);
      if (!m || trial === null) {
        sendError(res, 404, `EvalGate recording proxy: unknown path ${pathname}; use the OPENAI_BASE_URL EvalGate set`, 'evalgate_unknown_path');
        return;
      }
      // Anything on this machine can reach a loopback port: only the agents EvalGate started hold the key.
      if (!sameKey(presentedKey(req.headers), agentKey)) {
        req.resume();
        sendError(res, 401, 'EvalGate recording proxy: this request does not carry the OPENAI_API_KEY EvalGate set for the agent; use it unchanged', 'evalgate_bad_key');
        return;
      }
      const rest = m[2] ?? '';
      if (!isForwarded(req.method ?? 'GET', rest)) {
        req.resume();
        sendError(
          res,
          403,
          `EvalGate recording proxy: ${req.method ?? 'GET'} ${rest || '/'} is not forwarded; agents may call the model endpoints (chat/completions, completions, embeddings, responses, moderations, audio, images) and GET /models`,
          'evalgate_not_forwarded',
        );
        return;
      }
      const url = `${upstream}${rest}${query ? `?${query}` : ''}`;
      const body = await readBody(req);
      if (req.method === 'POST' && rest === '/chat/completions') {
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.toString('utf8'));
        } catch {
          parsed = undefined;
        }
        // The request becomes a step in the trace, which redaction and the report walk recursively.
        const tooDeep = nestingProblem(parsed, 'EvalGate recording proxy: the request body');
        if (tooDeep) {
          sendError(res, 400, tooDeep, 'evalgate_too_deep');
          return;
        }
        // A body the proxy cannot read goes upstream as is; the provider's error reaches the agent.
        if (isChatBody(parsed)) {
          await chat(req, res, url, runId, trial, parsed);
          return;
        }
      }
      await passThrough(req, res, url, body);
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
      steps: [...r.steps].sort((a, b) => a.seq - b.seq).map((s) => s.step),
      cacheHits: r.cacheHits,
      requests: r.requests,
      replayMisses: r.replayMisses,
      latencyAdjustMs: Math.round(r.latencyAdjustMs),
    };
  };

  return {
    urlFor: (runId) => `http://127.0.0.1:${port}/r/${encodeURIComponent(runId)}/v1`,
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
