export const id = 772;
export const ids = [772];
export const modules = {

/***/ 45648:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PI: () => (/* binding */ isRetryableKind),
/* harmony export */   Sc: () => (/* binding */ shouldRetry),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   qO: () => (/* binding */ retryDelayMs),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
const DEFAULT_RETRY_POLICY = {
    maxAttempts: 4,
    baseDelayMs: 500,
    maxDelayMs: 20_000,
    maxRetryAfterMs: 120_000,
};
/** Spreads retries of calls that were rate-limited together, without distorting the provider's wait. */
const RETRY_AFTER_JITTER_MS = 100;
const realSleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted) {
        reject(signal.reason);
        return;
    }
    const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
    };
    const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
});
/** Failure kinds worth another attempt: transient on the provider's or the network's side. */
const RETRYABLE_KINDS = new Set(['rate-limit', 'server-error', 'timeout', 'network']);
function isRetryableKind(kind) {
    return RETRYABLE_KINDS.has(kind);
}
/**
 * The wait a response asks for: `retry-after-ms` (OpenAI's, milliseconds) first, then
 * `Retry-After` as seconds or an HTTP date. null when absent or unparseable.
 */
function parseRetryAfter(headers, nowMs) {
    if (!headers)
        return null;
    const ms = headers.get('retry-after-ms');
    if (ms !== null && ms.trim() !== '') {
        const value = Number(ms);
        if (Number.isFinite(value) && value >= 0)
            return value;
    }
    const after = headers.get('retry-after');
    if (after === null || after.trim() === '')
        return null;
    const seconds = Number(after);
    if (Number.isFinite(seconds))
        return seconds >= 0 ? seconds * 1000 : null;
    const date = Date.parse(after);
    if (Number.isNaN(date))
        return null;
    return Math.max(0, date - nowMs);
}
/**
 * Delay before attempt `attempt + 1` after attempt `attempt` (1-based) failed. The provider's
 * Retry-After is honoured as given (plus a little jitter); otherwise exponential backoff with
 * "equal jitter" (half fixed, half random) so retries neither synchronise nor collapse to zero.
 */
function retryDelayMs(attempt, retryAfterMs, policy, random) {
    if (retryAfterMs !== null)
        return retryAfterMs + random() * RETRY_AFTER_JITTER_MS;
    const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return exp / 2 + random() * (exp / 2);
}
/**
 * Whether to try again: only retryable failures, only while attempts remain, and only when the
 * provider's requested wait is within `maxRetryAfterMs`.
 */
function shouldRetry(attempt, decision, policy) {
    if (!decision.retryable || attempt >= policy.maxAttempts)
        return false;
    return decision.retryAfterMs === null || decision.retryAfterMs <= policy.maxRetryAfterMs;
}


/***/ }),

/***/ 70215:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ho: () => (/* binding */ costOf)
/* harmony export */ });
/* unused harmony exports PRICE_TABLE, priceFor */
/**
 * OpenAI standard-tier list prices, USD per 1M tokens (input / cached input / output).
 * Source: platform.openai.com/docs/pricing as known in mid-2025, cross-checked in 2026 against
 * third-party copies of that page (deploybase.ai, benchlm.ai, llmcalc.app). Prices change: a suite
 * `pricing:` entry overrides any row here. Models missing here cost `null` (unknown), never 0.
 * "pro" and deep-research variants are listed so that the family rows never price them.
 */
const PRICE_TABLE = {
    'gpt-5': { input: 1.25, cachedInput: 0.125, output: 10 },
    'gpt-5-chat-latest': { input: 1.25, cachedInput: 0.125, output: 10 },
    'gpt-5-codex': { input: 1.25, cachedInput: 0.125, output: 10 },
    'gpt-5-mini': { input: 0.25, cachedInput: 0.025, output: 2 },
    'gpt-5-nano': { input: 0.05, cachedInput: 0.005, output: 0.4 },
    'gpt-5-pro': { input: 15, cachedInput: null, output: 120 },
    'gpt-5.1': { input: 1.25, cachedInput: 0.125, output: 10 },
    'gpt-5.1-chat-latest': { input: 1.25, cachedInput: 0.125, output: 10 },
    'gpt-5.1-codex': { input: 1.25, cachedInput: 0.125, output: 10 },
    'gpt-5.2': { input: 1.75, cachedInput: 0.175, output: 14 },
    'gpt-5.4': { input: 2.5, cachedInput: 0.25, output: 15 },
    'gpt-5.4-mini': { input: 0.75, cachedInput: 0.075, output: 4.5 },
    'gpt-5.4-nano': { input: 0.2, cachedInput: 0.02, output: 1.25 },
    'gpt-4.1': { input: 2, cachedInput: 0.5, output: 8 },
    'gpt-4.1-mini': { input: 0.4, cachedInput: 0.1, output: 1.6 },
    'gpt-4.1-nano': { input: 0.1, cachedInput: 0.025, output: 0.4 },
    'gpt-4o': { input: 2.5, cachedInput: 1.25, output: 10 },
    'gpt-4o-mini': { input: 0.15, cachedInput: 0.075, output: 0.6 },
    'gpt-4-turbo': { input: 10, cachedInput: null, output: 30 },
    'gpt-3.5-turbo': { input: 0.5, cachedInput: null, output: 1.5 },
    o1: { input: 15, cachedInput: 7.5, output: 60 },
    'o1-mini': { input: 1.1, cachedInput: 0.55, output: 4.4 },
    'o1-pro': { input: 150, cachedInput: null, output: 600 },
    o3: { input: 2, cachedInput: 0.5, output: 8 },
    'o3-mini': { input: 1.1, cachedInput: 0.55, output: 4.4 },
    'o3-pro': { input: 20, cachedInput: null, output: 80 },
    'o4-mini': { input: 1.1, cachedInput: 0.275, output: 4.4 },
};
/** `-2024-07-18` (OpenAI snapshots) or `-0613` (older ones): the same model at a fixed date. */
const SNAPSHOT_SUFFIX = /^-(\d{4}-\d{2}-\d{2}|\d{4})$/;
/**
 * The longest key that is `model` itself or `model` minus a dated snapshot suffix. Anything else
 * after the key (`gpt-5.2`, `o3-deep-research`) is a different product and must not inherit a
 * family's price, so it stays unknown.
 */
function lookup(table, model) {
    const exact = table[model];
    if (exact !== undefined)
        return { key: model, row: exact };
    let best = null;
    for (const key of Object.keys(table)) {
        if (model.startsWith(key) && SNAPSHOT_SUFFIX.test(model.slice(key.length)) && (best === null || key.length > best.length)) {
            best = key;
        }
    }
    return best === null ? null : { key: best, row: table[best] };
}
/** The price of `model`: a suite `pricing` entry wins over the built-in table; null when unknown. */
function priceFor(model, overrides) {
    const own = lookup(overrides, model);
    if (own) {
        return { model: own.key, input: own.row.input, cachedInput: own.row['cached-input'] ?? null, output: own.row.output, source: 'suite' };
    }
    const known = lookup(PRICE_TABLE, model);
    return known ? { model: known.key, ...known.row, source: 'table' } : null;
}
/**
 * USD for one call. Cached input tokens are part of `inputTokens` and billed at the cached rate
 * (the input rate when the model has none). null when the model's price is unknown.
 */
function costOf(model, usage, overrides) {
    const price = priceFor(model, overrides);
    if (!price)
        return null;
    const cached = Math.min(usage.cachedTokens, usage.inputTokens);
    const uncached = usage.inputTokens - cached;
    return (uncached * price.input + cached * (price.cachedInput ?? price.input) + usage.outputTokens * price.output) / 1_000_000;
}


/***/ }),

/***/ 74415:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fN: () => (/* binding */ makeRunId),
  wA: () => (/* binding */ startRecordingProxy)
});

// UNUSED EXPORTS: DEFAULT_UPSTREAM, isForwarded

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./.build/llm/retry.js
var retry = __webpack_require__(45648);
// EXTERNAL MODULE: ./.build/util/nesting.js
var nesting = __webpack_require__(49565);
// EXTERNAL MODULE: ./.build/pricing/index.js
var pricing = __webpack_require__(70215);
;// CONCATENATED MODULE: ./.build/proxy/completion.js

function isChatBody(value) {
    return value !== null && typeof value === 'object' && Array.isArray(value.messages);
}
const asObject = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : null);
function usageOf(raw) {
    const u = asObject(raw);
    if (!u)
        return null;
    const details = asObject(u.prompt_tokens_details);
    const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
    return { inputTokens: num(u.prompt_tokens), outputTokens: num(u.completion_tokens), cachedTokens: num(details?.cached_tokens) };
}
/** Reads a non-streamed completion; tolerant of compatible servers that omit fields. */
function summarizeCompletion(body) {
    const completion = asObject(body);
    const choices = Array.isArray(completion?.choices) ? completion.choices : [];
    const message = asObject(asObject(choices[0])?.message);
    const toolCalls = Array.isArray(message?.tool_calls)
        ? message.tool_calls.flatMap((raw) => {
            const call = asObject(raw);
            const fn = asObject(call?.function);
            if (!call || !fn)
                return [];
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
function splitSseEvents(buffer) {
    const parts = buffer.split(/\r?\n\r?\n/);
    const rest = parts.pop() ?? '';
    return { events: parts.filter((e) => e.trim() !== ''), rest };
}
/** The `data:` payload of one SSE event (multi-line data joined), or null when it has none. */
function sseData(event) {
    const lines = event.split(/\r?\n/).filter((l) => l.startsWith('data:'));
    if (lines.length === 0)
        return null;
    return lines.map((l) => l.slice(5).replace(/^ /, '')).join('\n');
}
function parseJson(text) {
    try {
        return asObject(JSON.parse(text));
    }
    catch {
        return null;
    }
}
/**
 * True for the final usage-only chunk (`choices: []` with `usage`) that `include_usage` adds. The
 * proxy strips it when it injected `include_usage` itself: clients written as
 * `chunk.choices[0].delta` would crash on an empty `choices` they did not ask for.
 */
function isUsageOnlyChunk(event) {
    const data = sseData(event);
    const chunk = data === null ? null : parseJson(data);
    return !!chunk && Array.isArray(chunk.choices) && chunk.choices.length === 0 && asObject(chunk.usage) !== null;
}
/** Reassembles a streamed completion (content and tool-call deltas, usage, model) from its SSE text. */
function summarizeStream(transcript) {
    const { events, rest } = splitSseEvents(`${transcript}\n\n`);
    let model = null;
    let content = null;
    let usage = null;
    const calls = [];
    for (const event of rest.trim() === '' ? events : [...events, rest]) {
        const data = sseData(event);
        if (data === null || data.trim() === '[DONE]')
            continue;
        const chunk = parseJson(data);
        if (!chunk)
            continue;
        if (typeof chunk.model === 'string' && chunk.model !== '')
            model = chunk.model;
        usage = usageOf(chunk.usage) ?? usage;
        const choices = Array.isArray(chunk.choices) ? chunk.choices : [];
        const choice = choices.map(asObject).find((c) => c !== null && (c.index === undefined || c.index === 0));
        const delta = asObject(choice?.delta);
        if (!delta)
            continue;
        if (typeof delta.content === 'string')
            content = (content ?? '') + delta.content;
        for (const raw of Array.isArray(delta.tool_calls) ? delta.tool_calls : []) {
            const part = asObject(raw);
            if (!part)
                continue;
            const index = typeof part.index === 'number' ? part.index : calls.length;
            const call = (calls[index] ??= { id: '', type: 'function', function: { name: '', arguments: '' } });
            if (typeof part.id === 'string')
                call.id = part.id;
            if (typeof part.type === 'string')
                call.type = part.type;
            const fn = asObject(part.function);
            if (typeof fn?.name === 'string')
                call.function.name += fn.name;
            if (typeof fn?.arguments === 'string')
                call.function.arguments += fn.arguments;
        }
    }
    return { model, content, toolCalls: calls.filter(Boolean), usage };
}
/** The step input: the request messages, with the tools offered when there are any. */
function stepInput(request) {
    return Array.isArray(request.tools) && request.tools.length > 0 ? { messages: request.messages, tools: request.tools } : request.messages;
}
/** The step output: the text, or `{content, tool_calls}` when the model called tools. */
function stepOutput(summary) {
    if (summary.toolCalls.length === 0)
        return summary.content ?? '';
    return { content: summary.content, tool_calls: summary.toolCalls };
}
/** An `llm` step (source `proxy`) for one chat completion the agent made. */
function completionStep(args) {
    const requested = typeof args.request.model === 'string' ? args.request.model : 'unknown-model';
    const step = { type: 'llm', name: requested, input: stepInput(args.request), source: 'proxy', latencyMs: Math.round(args.latencyMs) };
    const { summary } = args;
    if (summary) {
        const model = summary.model ?? requested;
        step.model = model;
        step.output = stepOutput(summary);
        if (summary.usage) {
            step.usage = summary.usage;
            // As in the chat target: the requested name may be a suite-priced alias, the echo a snapshot.
            step.costUsd = (0,pricing/* costOf */.ho)(requested, summary.usage, args.pricing) ?? (0,pricing/* costOf */.ho)(model, summary.usage, args.pricing);
        }
    }
    if (args.error !== undefined)
        step.error = args.error;
    return step;
}

;// CONCATENATED MODULE: ./.build/proxy/recording-proxy.js





/** Where agents' calls go when the suite names no endpoint. */
const DEFAULT_UPSTREAM = 'https://api.openai.com/v1';
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
/**
 * A fresh run id for case `caseId`, trial `trial`: `<trial>.<nonce>.<caseId>`. The trial is part of
 * the cache key of every call the run makes, like the chat target's; the nonce keeps two runs of
 * the same case and trial apart.
 */
function makeRunId(caseId, trial) {
    return `${trial}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.${caseId}`;
}
function trialOf(runId) {
    const m = /^(\d+)\./.exec(runId);
    return m ? Number(m[1]) : null;
}
const emptyRecord = () => ({ steps: [], cacheHits: 0, requests: 0, replayMisses: [], latencyAdjustMs: 0 });
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
function sendError(res, status, message, code) {
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
const FORWARDED = [
    { method: 'POST', path: /^(?:\/deployments\/[^/]+)?\/(?:chat\/completions|completions|embeddings|responses|moderations)$/ },
    { method: 'POST', path: /^(?:\/deployments\/[^/]+)?\/(?:audio\/(?:speech|transcriptions|translations)|images\/(?:generations|edits|variations))$/ },
    { method: 'GET', path: /^\/responses\/[^/]+$/ },
    { method: 'GET', path: /^\/models(?:\/[^/]+)?$/ },
];
/** Whether an agent's request may go upstream (see FORWARDED). */
function isForwarded(method, rest) {
    return FORWARDED.some((f) => f.method === method && f.path.test(rest));
}
/** The stand-in key is 32 random bytes: unguessable, and shaped like an OpenAI key so SDKs accept it. */
function makeAgentKey() {
    return `sk-evalgate-proxy-${(0,external_node_crypto_.randomBytes)(32).toString('hex')}`;
}
/** The key a request carries: `Authorization: Bearer <key>` (OpenAI SDKs) or `api-key` (Azure SDKs). */
function presentedKey(headers) {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
    if (bearer)
        return bearer[1];
    const apiKey = headers['api-key'];
    return typeof apiKey === 'string' ? apiKey.trim() : null;
}
function sameKey(presented, expected) {
    if (presented === null)
        return false;
    const a = Buffer.from(presented);
    const b = Buffer.from(expected);
    return a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);
}
/**
 * The agent's headers minus connection-level ones, with its stand-in key replaced by the real one
 * in whichever header carried it (an `api-key` header stays an `api-key` header for Azure).
 */
function upstreamHeaders(headers, apiKey) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value === undefined || HOP_BY_HOP.has(name) || name === 'authorization' || name === 'api-key')
            continue;
        out[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    if (apiKey) {
        out.authorization = `Bearer ${apiKey}`;
        if (headers['api-key'] !== undefined)
            out['api-key'] = apiKey;
    }
    return out;
}
function clientHeaders(headers) {
    const out = {};
    headers.forEach((value, name) => {
        if (!HOP_BY_HOP.has(name))
            out[name] = value;
    });
    return out;
}
function providerMessage(text) {
    try {
        const body = JSON.parse(text);
        if (typeof body.error?.message === 'string')
            return body.error.message;
    }
    catch {
        // Not JSON: quote the start of the text.
    }
    return text.slice(0, 200);
}
function replayMissMessage(request) {
    const last = request.messages.at(-1)?.content;
    const text = typeof last === 'string' ? last : JSON.stringify(last ?? '');
    const quote = text.length > REPLAY_QUOTE_CHARS ? `${text.slice(0, REPLAY_QUOTE_CHARS)}…` : text;
    return (`EvalGate --replay: no recorded response for the agent's call to model ${String(request.model)} ` +
        `(last message: ${JSON.stringify(quote)}). Run once without --replay (with --cache DIR) to record it.`);
}
/**
 * Passes a streamed answer to the client event by event (without the usage-only chunk when the
 * proxy injected `include_usage`) and keeps the upstream transcript, usage chunk included.
 */
async function relaySse(body, res, inject) {
    const decoder = new TextDecoder();
    let pending = '';
    let transcript = '';
    let complete = true;
    const forward = (events) => {
        for (const event of events) {
            if (transcript.length < MAX_TRANSCRIPT_CHARS)
                transcript += `${event}\n\n`;
            else
                complete = false;
            if (!(inject && isUsageOnlyChunk(event)))
                res.write(`${event}\n\n`);
        }
    };
    try {
        for await (const chunk of body) {
            const split = splitSseEvents(pending + decoder.decode(chunk, { stream: true }));
            pending = split.rest;
            forward(split.events);
        }
        forward(splitSseEvents(`${pending + decoder.decode()}\n\n`).events);
    }
    catch (error) {
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
async function startRecordingProxy(options) {
    const upstream = (options.upstreamBaseUrl || DEFAULT_UPSTREAM).replace(/\/+$/, '');
    const { cache, pricing } = options;
    const agentKey = makeAgentKey();
    const scheduler = options.scheduler ?? null;
    const runs = new Map();
    // Calls that finish after their run was taken (a killed agent's last request) are dropped.
    const taken = new Set();
    let seq = 0;
    const record = (runId) => {
        if (taken.has(runId))
            return null;
        let r = runs.get(runId);
        if (!r)
            runs.set(runId, (r = emptyRecord()));
        return r;
    };
    const addStep = (runId, order, step) => {
        record(runId)?.steps.push({ seq: order, step });
    };
    /** One upstream request with the per-request timeout, cancelled when the client goes away. */
    const fetchUpstream = (url, init, res) => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new Error(`no complete response within ${options.timeoutMs} ms`)), options.timeoutMs);
        const onClose = () => {
            if (!res.writableFinished)
                controller.abort(new Error('the agent closed the connection'));
        };
        res.once('close', onClose);
        const done = () => {
            clearTimeout(timer);
            res.off('close', onClose);
        };
        return { response: fetch(url, { ...init, signal: controller.signal }), done, signal: controller.signal };
    };
    const inSlot = (fn) => (scheduler ? scheduler.run(fn) : fn());
    const passThrough = async (req, res, url, body) => {
        const method = req.method ?? 'GET';
        const call = fetchUpstream(url, { method, headers: upstreamHeaders(req.headers, options.apiKey), ...(method === 'GET' || method === 'HEAD' ? {} : { body: new Uint8Array(body).buffer }) }, res);
        try {
            const response = await call.response;
            res.writeHead(response.status, clientHeaders(response.headers));
            if (response.body) {
                for await (const chunk of response.body)
                    res.write(chunk);
            }
            res.end();
        }
        finally {
            call.done();
        }
    };
    const chat = async (req, res, url, runId, trial, request) => {
        const order = seq++;
        const started = performance.now();
        const elapsed = () => performance.now() - started;
        const key = cache ? cache.key({ v: PROXY_CACHE_VERSION, endpoint: 'chat.completions', request, trial }) : null;
        // An identical call in flight (the same case at base and head) is waited for, not paid twice.
        const found = cache && key ? await cache.lookup(key) : null;
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
                    if (!(injected && isUsageOnlyChunk(event)))
                        res.write(`${event}\n\n`);
                }
                res.end();
                addStep(runId, order, completionStep({ request, summary: summarizeStream(hit.transcript), latencyMs: hit.latencyMs, pricing }));
            }
            else {
                res.writeHead(200, { 'content-type': 'application/json' });
                res.end(JSON.stringify(hit.body));
                addStep(runId, order, completionStep({ request, summary: summarizeCompletion(hit.body), latencyMs: hit.latencyMs, pricing }));
            }
            return;
        }
        try {
            await answer(req, res, url, runId, request, { order, elapsed, key });
        }
        finally {
            if (found && !found.hit)
                found.release();
        }
    };
    /** A chat call the cache did not answer: a replay miss, or a call upstream that is then stored. */
    const answer = async (req, res, url, runId, request, at) => {
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
        if (r)
            r.requests += 1;
        await inSlot(async () => {
            const call = fetchUpstream(url, { method: 'POST', headers: { ...upstreamHeaders(req.headers, options.apiKey), 'content-type': 'application/json' }, body: JSON.stringify(upstreamBody) }, res);
            try {
                let response;
                try {
                    response = await call.response;
                }
                catch (error) {
                    const why = call.signal.aborted && call.signal.reason instanceof Error ? call.signal.reason.message : error.message;
                    const message = `EvalGate proxy: upstream ${upstream} failed: ${why}`;
                    addStep(runId, order, completionStep({ request, summary: null, latencyMs: elapsed(), pricing, error: message }));
                    sendError(res, call.signal.aborted ? 504 : 502, message, 'evalgate_upstream_error');
                    return;
                }
                if (!response.ok) {
                    const text = await response.text();
                    if (response.status === 429)
                        scheduler?.onRateLimited((0,retry/* parseRetryAfter */.mu)(response.headers, Date.now()));
                    addStep(runId, order, completionStep({ request, summary: null, latencyMs: elapsed(), pricing, error: `HTTP ${response.status}: ${providerMessage(text)}` }));
                    res.writeHead(response.status, clientHeaders(response.headers));
                    res.end(text);
                    return;
                }
                const isSse = (response.headers.get('content-type') ?? '').includes('text/event-stream');
                if (!isSse || !response.body) {
                    const text = await response.text();
                    const latencyMs = Math.round(elapsed());
                    let body;
                    try {
                        body = JSON.parse(text);
                    }
                    catch {
                        addStep(runId, order, completionStep({ request, summary: null, latencyMs, pricing, error: 'the upstream answer is not JSON' }));
                    }
                    if (body !== undefined) {
                        scheduler?.onSuccess();
                        addStep(runId, order, completionStep({ request, summary: summarizeCompletion(body), latencyMs, pricing }));
                        // Stored before answering, so the agent's next identical call is already a hit.
                        if (cache && key)
                            await cache.set(key, { kind: 'json', body, latencyMs });
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
                if (cache && key && complete)
                    await cache.set(key, { kind: 'sse', transcript, latencyMs });
                res.end();
            }
            finally {
                call.done();
            }
        });
    };
    const server = (0,external_node_http_.createServer)((req, res) => {
        void (async () => {
            const [pathname = '/', query = ''] = (req.url ?? '/').split(/\?(.*)/s);
            const m = /^\/r\/([^/]+)\/v1(\/.*)?$/.exec(pathname);
            const runId = m ? decodeURIComponent(m[1]) : '';
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
                sendError(res, 403, `EvalGate recording proxy: ${req.method ?? 'GET'} ${rest || '/'} is not forwarded; agents may call the model endpoints (chat/completions, completions, embeddings, responses, moderations, audio, images) and GET /models`, 'evalgate_not_forwarded');
                return;
            }
            const url = `${upstream}${rest}${query ? `?${query}` : ''}`;
            const body = await readBody(req);
            if (req.method === 'POST' && rest === '/chat/completions') {
                let parsed;
                try {
                    parsed = JSON.parse(body.toString('utf8'));
                }
                catch {
                    parsed = undefined;
                }
                // The request becomes a step in the trace, which redaction and the report walk recursively.
                const tooDeep = (0,nesting/* nestingProblem */.m4)(parsed, 'EvalGate recording proxy: the request body');
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
        })().catch((error) => {
            sendError(res, 502, `EvalGate proxy: ${error instanceof Error ? error.message : String(error)}`, 'evalgate_proxy_error');
        });
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address();
    const takeRun = (runId) => {
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
        close: () => new Promise((resolve, reject) => {
            server.close((error) => (error ? reject(error) : resolve()));
            server.closeAllConnections();
        }),
    };
}


/***/ }),

/***/ 8772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LP: () => (/* binding */ DEFAULT_COMMAND_TIMEOUT_MS),
  u7: () => (/* binding */ STDERR_TAIL_CHARS),
  vQ: () => (/* binding */ createCommandTarget),
  UX: () => (/* binding */ replayMissError),
  R3: () => (/* binding */ runProcess)
});

// UNUSED EXPORTS: MAX_STDOUT_BYTES

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./.build/proxy/recording-proxy.js + 1 modules
var recording_proxy = __webpack_require__(74415);
// EXTERNAL MODULE: ./.build/util/units.js
var units = __webpack_require__(71632);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./.build/targets/agent-processes.js
/**
 * Every process one agent run started, so that all of them are gone before EvalGate reads the
 * run's result or exits (README "Agent processes"). A process group alone is not enough: `setsid`
 * leaves it, and a SIGKILL timer that does not hold the event loop never fires if EvalGate ends
 * first. Two layers, the strongest available:
 *
 * - **PID namespace** (Linux, `unshare` usable: as root, or where unprivileged user namespaces are
 *   allowed): the agent's shell is PID 1 of a fresh namespace and `--kill-child` ties it to
 *   `unshare`, which `setpriv --pdeathsig` ties to EvalGate; when any of them dies the kernel kills
 *   every process in the namespace. Nothing the agent does (setsid, double fork, a cleared
 *   environment) escapes it.
 * - **Sweep** (always on Linux): the run's process group, every process whose environment carries
 *   the run's marker (inherited across setsid and fork), and their descendants by parent pid (with
 *   start times, so a reused pid is not mistaken for a child) are signalled until none is left.
 *   A process that both clears its environment and is re-parented before a sweep can outlive it;
 *   only the namespace closes that gap.
 *
 * Elsewhere (macOS) only the process group is stopped.
 */



/** Set in every agent's environment; its value is unique to one run. */
const AGENT_MARKER_ENV = 'EVALGATE_AGENT_RUN';
/** How long leftover processes get between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 2_000;
const POLL_MS = 25;
/** A fork loop cannot keep a sweep going for ever: after this many rounds EvalGate gives up on it. */
const MAX_KILL_ROUNDS = 200;
/** New PID namespace whose PID 1 dies with `unshare`, taking every process in it along. */
const UNSHARE_PID = ['unshare', '--pid', '--fork', '--kill-child'];
/** Kills `unshare` when EvalGate dies, even by SIGKILL (when no exit hook can run). */
const DIE_WITH_EVALGATE = ['setpriv', '--pdeathsig', 'KILL', '--'];
let probed = null;
/**
 * The strongest containment this machine allows, probed once: a new PID namespace as root, else
 * inside a user namespace (unprivileged, where the kernel allows it) mapping the user to itself
 * (so agents do not run as a fake root), or to root where util-linux is too old for that.
 */
function containment() {
    if (probed)
        return probed;
    probed = { kind: 'process-group' };
    if (process.platform !== 'linux')
        return probed;
    const namespaces = [UNSHARE_PID, [...UNSHARE_PID, '--user', '--map-current-user'], [...UNSHARE_PID, '--user', '--map-root-user']];
    for (const unshare of namespaces) {
        for (const argv of [[...DIE_WITH_EVALGATE, ...unshare], unshare]) {
            const probe = (0,external_node_child_process_.spawnSync)(argv[0], [...argv.slice(1), '--', '/bin/sh', '-c', 'exit 0'], { stdio: 'ignore', timeout: 5_000 });
            if (probe.status === 0) {
                probed = { kind: 'pid-namespace', argv };
                return probed;
            }
        }
    }
    return probed;
}
/** PATH of the root processes that start an agent as the agent user: fixed, never the agent's. */
const ROOT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** The agent's variables cross the root processes under these inert names (`<prefix>N` = `NAME=value`). */
const CARRIED_ENV = 'EVALGATE_AGENT_ENV_';
/**
 * The root PID 1 for the agent user (/bin/sh -c, $1 = the command): turns the carried variables
 * back into arguments without re-parsing them (only the digits of i are evaluated), starts the
 * command as the agent user with exactly those variables, and waits for it.
 */
const agentUserInit = (user) => [
    'c=$1; i=0; set --',
    'while eval "[ -n \\"\\${' + CARRIED_ENV + '$i+x}\\" ]"; do eval "set -- \\"\\$@\\" \\"\\$' + CARRIED_ENV + '$i\\""; i=$((i + 1)); done',
    // Not the last command, so the shell forks it instead of exec'ing (and stays PID 1).
    `setpriv --reuid=${user.uid} --regid=${user.gid} --clear-groups -- env -i "$@" /bin/sh -c "$c"; exit $?`,
].join('\n');
/**
 * How to start `command` under the containment: the file, arguments and environment for spawn,
 * and the user spawn must start it as. Run as another user (the root helper's agent user), the
 * namespace is made with EvalGate's privileges and the command drops to that user inside it:
 * unshare as the agent user would need a user namespace, which the probe found for EvalGate, not
 * for it. Two rules for the root processes on the way (README, Agent processes):
 *
 * - They never run with the agent's environment, which the suite writes (`target.command.env`):
 *   a PATH or LD_PRELOAD from the pull request would run its code as root. They get ROOT_PATH and
 *   the agent's variables under inert names; the agent gets exactly its own.
 * - PID 1 of the namespace stays a root shell that only waits for the agent: `--kill-child` ties
 *   PID 1 to `unshare` with a parent-death signal, which a uid change clears and which any process
 *   may clear on itself (`prctl`, `setpriv --pdeathsig clear`), so PID 1 must be a process the
 *   agent user cannot touch. When it dies the kernel kills the whole namespace.
 */
function containedCommand(command, how, env, user) {
    if (how.kind !== 'pid-namespace')
        return { file: '/bin/sh', args: ['-c', command], env, spawnAs: user };
    if (!user)
        return { file: how.argv[0], args: [...how.argv.slice(1), '--', '/bin/sh', '-c', command], env, spawnAs: undefined };
    const carried = Object.fromEntries(Object.entries(env).map(([name, value], i) => [`${CARRIED_ENV}${i}`, `${name}=${value}`]));
    // The marker stays under its own name too: the sweep finds the root processes by it as well.
    const marker = env[AGENT_MARKER_ENV] === undefined ? {} : { [AGENT_MARKER_ENV]: env[AGENT_MARKER_ENV] };
    return {
        file: how.argv[0],
        args: [...how.argv.slice(1), '--', '/bin/sh', '-c', agentUserInit(user), 'evalgate-init', command],
        env: { PATH: ROOT_PATH, ...marker, ...carried },
        spawnAs: undefined,
    };
}
/** Fields of /proc/PID/stat; null for a zombie (already dead, waiting for its parent) or garbage. Pure. */
function parseProcStat(text) {
    const close = text.lastIndexOf(')');
    const pid = Number.parseInt(text, 10);
    if (close < 0 || !Number.isInteger(pid))
        return null;
    // After "pid (comm)": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt
    // utime stime cutime cstime priority nice num_threads itrealvalue starttime ...
    const fields = text.slice(close + 2).split(' ');
    if (fields[0] === 'Z' || fields.length < 20)
        return null;
    return { pid, ppid: Number(fields[1]), pgrp: Number(fields[2]), start: Number(fields[19]) };
}
function readProc(pid, file) {
    try {
        return (0,external_node_fs_.readFileSync)(`/proc/${pid}/${file}`);
    }
    catch {
        // Gone meanwhile, or another user's process (never ours to stop).
        return null;
    }
}
/** The live processes of one run: its group, carriers of its marker, and their descendants. */
function members(pgid, marker) {
    if (process.platform !== 'linux')
        return [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc').filter((e) => /^\d+$/.test(e));
    }
    catch {
        return [];
    }
    const all = [];
    const found = new Map();
    for (const entry of entries) {
        const stat = readProc(entry, 'stat');
        const info = stat && parseProcStat(stat.toString('utf8'));
        if (!info || info.pid === process.pid)
            continue;
        all.push(info);
        if (info.pgrp === pgid || readProc(entry, 'environ')?.includes(marker))
            found.set(info.pid, info);
    }
    // Descendants of members that left both the group and the marker behind.
    for (let grew = true; grew;) {
        grew = false;
        for (const info of all) {
            const parent = found.get(info.ppid);
            if (!found.has(info.pid) && parent && info.start >= parent.start) {
                found.set(info.pid, info);
                grew = true;
            }
        }
    }
    return [...found.keys()];
}
function send(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        // ESRCH: already gone.
    }
}
/** The processes of one agent run. Tracked until `stopAll` ends, and killed if EvalGate exits first. */
class AgentProcesses {
    pgid;
    markerBytes;
    done = false;
    /** `pgid`: the group the agent was started in; `marker`: the value of AGENT_MARKER_ENV it was given. */
    constructor(pgid, marker) {
        this.pgid = pgid;
        this.markerBytes = Buffer.from(`${AGENT_MARKER_ENV}=${marker}\0`);
        live.add(this);
        installExitHook();
    }
    /** Sends `signal` to the whole group and every other member found. */
    signal(signal) {
        send(-this.pgid, signal);
        const pids = members(this.pgid, this.markerBytes);
        for (const pid of pids)
            send(pid, signal);
        return pids.length;
    }
    /** SIGTERM to whatever is left, up to KILL_GRACE_MS to go, then SIGKILL until nothing is. */
    async stopAll() {
        try {
            // One /proc sweep when the agent left nothing behind (the common case).
            if (this.signal('SIGTERM') === 0)
                return;
            for (let waited = 0; waited < KILL_GRACE_MS && members(this.pgid, this.markerBytes).length > 0; waited += POLL_MS)
                await (0,promises_.setTimeout)(POLL_MS);
            for (let round = 0; round < MAX_KILL_ROUNDS && this.signal('SIGKILL') > 0; round++)
                await (0,promises_.setTimeout)(POLL_MS);
        }
        finally {
            this.done = true;
            live.delete(this);
        }
    }
    /** Synchronous last resort when EvalGate exits with the run still going. */
    killNow() {
        if (this.done)
            return;
        for (let round = 0; round < 5 && this.signal('SIGKILL') > 0; round++)
            ;
    }
}
const live = new Set();
let hooked = false;
function installExitHook() {
    if (hooked)
        return;
    hooked = true;
    process.on('exit', () => {
        for (const run of live)
            run.killNow();
    });
}

// EXTERNAL MODULE: ./.build/targets/env.js
var targets_env = __webpack_require__(96400);
// EXTERNAL MODULE: ./.build/targets/steps.js
var steps = __webpack_require__(40332);
// EXTERNAL MODULE: ./.build/targets/target.js
var target = __webpack_require__(49638);
;// CONCATENATED MODULE: ./.build/targets/command.js








/** An agent that says nothing for this long is stopped (SPEC §3 `timeout`). */
const DEFAULT_COMMAND_TIMEOUT_MS = 60_000;
/**
 * The result is one JSON object; 10 MB is far beyond any real answer with its trace, and stops
 * an agent stuck in a print loop from exhausting EvalGate's memory.
 */
const MAX_STDOUT_BYTES = 10 * 1024 * 1024;
/** Enough for a stack trace; the report shows it under the error. */
const STDERR_TAIL_CHARS = 4096;
/** After the agent's processes are gone, how long to wait for its pipes to flush. */
const STDIO_DRAIN_MS = 1_000;
/** Commands are quoted in messages up to this length. */
const COMMAND_QUOTE_CHARS = 80;
/**
 * Runs `command` through /bin/sh in its own process group (and PID namespace where the machine
 * allows it, see agent-processes.ts). On timeout, overflow or abort its processes get SIGTERM,
 * then SIGKILL after KILL_GRACE_MS; after the agent exits, whatever it left running is stopped the
 * same way. Resolves only once every process of the run is gone.
 */
async function runProcess(opts) {
    const started = performance.now();
    const stdout = [];
    let stdoutBytes = 0;
    let stderrTail = '';
    let stopped = null;
    const marker = (0,external_node_crypto_.randomUUID)();
    const { file, args, env, spawnAs } = containedCommand(opts.command, containment(), { ...opts.env, [AGENT_MARKER_ENV]: marker }, opts.user);
    const child = (0,external_node_child_process_.spawn)(file, args, {
        cwd: opts.cwd,
        env,
        detached: true,
        stdio: ['pipe', 'pipe', 'pipe'],
        ...spawnAs,
    });
    const processes = child.pid === undefined ? null : new AgentProcesses(child.pid, marker);
    const exited = new Promise((resolve) => {
        child.once('error', (error) => resolve({ kind: 'spawn-error', message: error.message }));
        child.once('exit', (code, signal) => resolve({ kind: 'exit', code, signal }));
    });
    const closed = new Promise((resolve) => child.once('close', () => resolve()));
    let killTimer;
    const stop = (why) => {
        if (stopped)
            return;
        stopped = why;
        processes?.signal('SIGTERM');
        // Not unref'd: EvalGate must not end before this fires (the run awaits the exit anyway).
        killTimer = setTimeout(() => processes?.signal('SIGKILL'), KILL_GRACE_MS);
    };
    const timer = setTimeout(() => stop({ kind: 'timeout' }), opts.timeoutMs);
    const onAbort = () => stop({ kind: 'aborted' });
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    if (opts.signal?.aborted)
        onAbort();
    child.stdout.on('data', (chunk) => {
        if (stopped)
            return;
        stdoutBytes += chunk.length;
        if (stdoutBytes > MAX_STDOUT_BYTES)
            stop({ kind: 'overflow' });
        else
            stdout.push(chunk);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
        stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
    });
    // EPIPE when the agent exits without reading its input: not an error of ours.
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.stdin);
    const ending = await exited;
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
    // Background processes the agent left behind (in its group, or escaped with setsid) end here,
    // before its output is read: none of them can write anything after the run.
    await processes?.stopAll();
    clearTimeout(killTimer);
    let drain;
    await Promise.race([closed, new Promise((resolve) => (drain = setTimeout(resolve, STDIO_DRAIN_MS)))]);
    clearTimeout(drain);
    child.stdout.destroy();
    child.stderr.destroy();
    return { ending: stopped ?? ending, stdout: Buffer.concat(stdout).toString('utf8'), stderrTail, wallMs: performance.now() - started };
}
function quote(command) {
    return `\`${command.length > COMMAND_QUOTE_CHARS ? `${command.slice(0, COMMAND_QUOTE_CHARS)}…` : command}\``;
}
/** The run error for a replay miss, which explains an agent failure better than its exit code. */
function replayMissError(recording, stderr) {
    const [first] = recording.replayMisses;
    if (first === undefined)
        return null;
    const more = recording.replayMisses.length > 1 ? ` (and ${recording.replayMisses.length - 1} more)` : '';
    return new target/* TargetError */.I('replay-miss', first + more, stderr);
}
function asProviderFailure(error) {
    return new target/* TargetError */.I(error.kind, `${error.message} after a failed model call`, error.stderr, { cause: error, origin: 'provider' });
}
function endingError(ending, cmd, timeoutMs, stderr) {
    switch (ending.kind) {
        case 'exit':
            if (ending.code === 0)
                return null;
            if (ending.signal)
                return new target/* TargetError */.I('command', `${cmd} was killed by ${ending.signal}`, stderr);
            return new target/* TargetError */.I('command', `${cmd} exited with code ${ending.code}${ending.code === 127 ? ' (command not found: check target.command.run and the PATH)' : ''}`, stderr);
        case 'timeout':
            return new target/* TargetError */.I('timeout', `${cmd} did not finish within ${timeoutMs / 1000}s and was stopped; raise target.command.timeout if it needs longer`, stderr);
        case 'overflow':
            return new target/* TargetError */.I('command', `${cmd} printed more than ${MAX_STDOUT_BYTES / 1024 / 1024} MB to stdout and was stopped; print only the result JSON there, logs to stderr`, stderr);
        case 'aborted':
            return new target/* TargetError */.I('other', `${cmd} was cancelled`, stderr);
        case 'spawn-error':
            return new target/* TargetError */.I('command', `could not start ${cmd}: ${ending.message}`, stderr);
    }
}
/**
 * The command target (SPEC §3): runs `spec.run` once per case and trial. stdin is one JSON line
 * `{"id","input","trial"}`; stdout is the result JSON (see parseAgentStdout). The agent's
 * OPENAI_BASE_URL points at the recording proxy, so its model calls become measured `llm` steps;
 * its OPENAI_API_KEY is the proxy's stand-in key, never the real one.
 * Throws AgentEnvError when `spec.env` is unusable.
 */
function createCommandTarget(args) {
    const { spec, proxy, pricing } = args;
    const base = (0,targets_env/* baseAgentEnv */.G8)(args.env, spec.env);
    const timeoutMs = spec.timeout !== undefined ? (0,units/* parseDurationMs */.yi)(spec.timeout) : DEFAULT_COMMAND_TIMEOUT_MS;
    const cmd = quote(spec.run);
    return {
        async run(input) {
            const runId = (0,recording_proxy/* makeRunId */.fN)(input.caseId, input.trial);
            const env = (0,targets_env/* runAgentEnv */._d)(base, { openaiBaseUrl: proxy.urlFor(runId), openaiApiKey: proxy.agentKey, caseId: input.caseId, trial: input.trial });
            const result = await (args.run ?? runProcess)({
                command: spec.run,
                cwd: args.root,
                env,
                stdin: `${JSON.stringify({ id: input.caseId, input: input.input, trial: input.trial })}\n`,
                timeoutMs,
                signal: input.signal,
            });
            const recording = proxy.takeRun(runId);
            const stderr = result.stderrTail || undefined;
            const failure = replayMissError(recording, stderr) ?? endingError(result.ending, cmd, timeoutMs, stderr);
            // An agent that fails after the provider failed under it has not shown a fault of its own.
            if (failure)
                throw recording.steps.some((s) => s.error !== undefined) ? asProviderFailure(failure) : failure;
            try {
                return (0,steps/* agentOutput */.fm)((0,steps/* parseAgentStdout */.qR)(result.stdout), recording, result.wallMs, pricing);
            }
            catch (error) {
                if (error instanceof steps/* ProtocolError */.bd)
                    throw new target/* TargetError */.I('command', `${cmd}: ${error.message}`, stderr, { cause: error });
                throw error;
            }
        },
    };
}


/***/ }),

/***/ 96400:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ baseAgentEnv),
/* harmony export */   _d: () => (/* binding */ runAgentEnv)
/* harmony export */ });
/* unused harmony export AgentEnvError */
/**
 * The environment of a command agent, built explicitly: agent code from a pull request must never
 * see the workflow's tokens (GITHUB_TOKEN, INPUT_*, ACTIONS_RUNTIME_TOKEN, RUNNER_*), so nothing
 * is inherited unless it is on the allow-list below.
 */
/**
 * Inherited from EvalGate's environment: what a shell, a language runtime and TLS need, nothing
 * that carries credentials. Left out on purpose: NODE_OPTIONS (may inject the runner's own
 * loaders/debuggers into the agent), HTTP(S)_PROXY (URLs may embed credentials), and every
 * GITHUB_*, INPUT_*, ACTIONS_*, RUNNER_* variable. A suite adds more with `target.command.env`.
 */
const INHERITED = new Set([
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TMPDIR',
    'TMP',
    'TEMP',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'NODE_EXTRA_CA_CERTS',
    'REQUESTS_CA_BUNDLE',
]);
const INHERITED_PREFIXES = ['LC_'];
/** Never forwarded, even when a suite asks for them with `${NAME}`: the workflow's own credentials. */
const NEVER_FORWARDED = /^(GITHUB_|INPUT_|ACTIONS_|RUNNER_)/i;
/** Set by EvalGate for every run; a suite cannot override them (recording and replay depend on them). */
const OWN_NAMES = ['OPENAI_BASE_URL', 'OPENAI_API_KEY', 'EVALGATE_CASE_ID', 'EVALGATE_TRIAL'];
/** A whole value `${NAME}` forwards NAME from EvalGate's environment (e.g. a secret set on the step). */
const FORWARD = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;
/** A `target.command.env` entry the user must change; every problem at once. */
class AgentEnvError extends Error {
    name = 'AgentEnvError';
}
function inherited(name) {
    return INHERITED.has(name) || INHERITED_PREFIXES.some((p) => name.startsWith(p));
}
/**
 * The part of the agent environment that is the same for every run: the allow-list from `parent`
 * plus the suite's `env` (values `${NAME}` are forwarded from `parent`). Pure; throws
 * AgentEnvError listing every bad entry.
 */
function baseAgentEnv(parent, suiteEnv, key = 'target.command.env') {
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (value !== undefined && inherited(name) && !NEVER_FORWARDED.test(name))
            env[name] = value;
    }
    const problems = [];
    for (const [name, value] of Object.entries(suiteEnv ?? {})) {
        const where = `${key}.${name}`;
        if (OWN_NAMES.includes(name)) {
            problems.push(`${where}: EvalGate sets ${name} itself (the recording proxy and the case); remove it from env`);
            continue;
        }
        const forward = FORWARD.exec(value);
        if (!forward) {
            env[name] = value;
            continue;
        }
        const source = forward[1];
        if (NEVER_FORWARDED.test(source)) {
            problems.push(`${where}: \${${source}} is a workflow credential and is never passed to agent code; use a dedicated secret`);
        }
        else if (parent[source] === undefined) {
            problems.push(`${where}: \${${source}} is not set in EvalGate's environment; set it on the workflow step (env:) or locally`);
        }
        else {
            env[name] = parent[source];
        }
    }
    if (problems.length > 0)
        throw new AgentEnvError(problems.join('\n'));
    return env;
}
/** The full environment of one run: the base plus what EvalGate sets per run. Pure. */
function runAgentEnv(base, run) {
    return {
        ...base,
        OPENAI_BASE_URL: run.openaiBaseUrl,
        OPENAI_API_KEY: run.openaiApiKey,
        EVALGATE_CASE_ID: run.caseId,
        EVALGATE_TRIAL: String(run.trial),
    };
}


/***/ }),

/***/ 40332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bd: () => (/* binding */ ProtocolError),
/* harmony export */   fm: () => (/* binding */ agentOutput),
/* harmony export */   gH: () => (/* binding */ parseAgentResult),
/* harmony export */   qR: () => (/* binding */ parseAgentStdout)
/* harmony export */ });
/* unused harmony exports mergeSteps, totalsOfSteps */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13603);
/* harmony import */ var _pricing_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70215);
/* harmony import */ var _util_nesting_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49565);



/**
 * The agent protocol (SPEC §3) as agents write it: snake_case, one JSON object on stdout (command
 * targets) or returned from the exported function (module targets). Unknown step keys are
 * ignored so agents can carry their own annotations; a wrong type on a known key is an error.
 */
const ProtocolUsage = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    input_tokens: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    output_tokens: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    cached_tokens: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().optional(),
});
const ProtocolStep = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    type: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['llm', 'tool', 'retrieval', 'other']),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    input: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional(),
    output: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional(),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    usage: ProtocolUsage.optional(),
    cost_usd: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().optional(),
    latency_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().optional(),
    error: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const ProtocolResult = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    output: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J())], { error: 'expected a string or a JSON object' }),
    steps: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ProtocolStep).optional(),
});
/** How an agent result failed validation, phrased for the report. */
class ProtocolError extends Error {
    name = 'ProtocolError';
}
function describeIssues(error) {
    return error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`)
        .join('; ');
}
/** Validates an agent's result object and maps it to `AgentResult`. Throws ProtocolError. */
function parseAgentResult(value) {
    const tooDeep = (0,_util_nesting_js__WEBPACK_IMPORTED_MODULE_2__/* .nestingProblem */ .m4)(value, 'the agent result');
    if (tooDeep)
        throw new ProtocolError(tooDeep);
    const parsed = ProtocolResult.safeParse(value);
    if (!parsed.success) {
        throw new ProtocolError(`the agent result does not match {"output": string|object, "steps"?: [...]} — ${describeIssues(parsed.error)}`);
    }
    return {
        output: parsed.data.output,
        steps: (parsed.data.steps ?? []).map((s) => {
            const step = { type: s.type, name: s.name, source: 'agent' };
            if (s.input !== undefined)
                step.input = s.input;
            if (s.output !== undefined)
                step.output = s.output;
            if (s.model !== undefined)
                step.model = s.model;
            if (s.usage) {
                step.usage = { inputTokens: s.usage.input_tokens, outputTokens: s.usage.output_tokens, cachedTokens: s.usage.cached_tokens ?? 0 };
            }
            if (s.cost_usd !== undefined)
                step.costUsd = s.cost_usd;
            if (s.latency_ms !== undefined)
                step.latencyMs = s.latency_ms;
            if (s.error !== undefined)
                step.error = s.error;
            return step;
        }),
    };
}
function parseObject(text) {
    try {
        const value = JSON.parse(text);
        return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
    }
    catch {
        return null;
    }
}
/**
 * Reads a command agent's stdout. The whole stdout may be one (possibly pretty-printed) JSON
 * object; otherwise the result is the LAST non-empty line that parses as a JSON object, so an
 * agent whose libraries log to stdout before the result still works. Throws ProtocolError.
 */
function parseAgentStdout(stdout) {
    const whole = parseObject(stdout.trim());
    if (whole)
        return parseAgentResult(whole);
    const lines = stdout.split(/\r?\n/).filter((line) => line.trim() !== '');
    for (let i = lines.length - 1; i >= 0; i--) {
        const candidate = parseObject(lines[i].trim());
        if (candidate)
            return parseAgentResult(candidate);
    }
    const shown = stdout.trim() === '' ? 'stdout was empty' : `last line: ${JSON.stringify(lines.at(-1).slice(0, 120))}`;
    throw new ProtocolError(`stdout has no JSON object line {"output": ...} (${shown}); print the result as one JSON line, logs to stderr`);
}
/** `-2024-07-18` or `-0613`: the same model at a fixed date (as in src/pricing). */
const SNAPSHOT_SUFFIX = /^-(\d{4}-\d{2}-\d{2}|\d{4})$/;
/** True when the agent's model name and the proxy's describe the same model (dated snapshots included). */
function sameModel(agent, proxy) {
    if (agent === undefined || proxy === undefined)
        return true;
    const snapshotOf = (a, b) => a.startsWith(b) && SNAPSHOT_SUFFIX.test(a.slice(b.length));
    return agent === proxy || snapshotOf(proxy, agent) || snapshotOf(agent, proxy);
}
/**
 * One trace from what the agent reported and what the recording proxy measured.
 *
 * - The agent's steps keep their order.
 * - Each agent `llm` step is matched to the next proxy step (in time order, after the previously
 *   matched one) with an agreeing model (same name, or one is a dated snapshot of the other; a
 *   step without a model agrees with any). A matched step becomes the proxy's measured step
 *   (usage, cost, latency, input, output) under the agent's name: the call is counted once.
 * - Proxy steps the agent did not report are inserted before the next matched proxy step that
 *   came after them, or at the end: the trace stays in call order wherever the agent gave anchors.
 * - Agent `llm` steps without a match (calls that bypassed the proxy, e.g. another provider) stay
 *   as reported and count with their own usage and cost.
 */
function mergeSteps(agentSteps, proxySteps) {
    const merged = [];
    let next = 0;
    for (const step of agentSteps) {
        if (step.type !== 'llm') {
            merged.push(step);
            continue;
        }
        let match = -1;
        for (let k = next; k < proxySteps.length; k++) {
            if (sameModel(step.model, proxySteps[k].model ?? proxySteps[k].name)) {
                match = k;
                break;
            }
        }
        if (match === -1) {
            merged.push(step);
            continue;
        }
        merged.push(...proxySteps.slice(next, match));
        const measured = proxySteps[match];
        merged.push({ ...measured, name: step.name || measured.name, ...(step.error && !measured.error ? { error: step.error } : {}) });
        next = match + 1;
    }
    merged.push(...proxySteps.slice(next));
    return merged;
}
/**
 * Usage and cost of a merged trace. A step's `costUsd` wins (null: price unknown); a step with
 * usage and a model but no cost is priced from the table (or the suite's `pricing`); usage without
 * a model makes the cost unknown.
 */
function totalsOfSteps(steps, pricing) {
    const usage = { inputTokens: 0, cachedTokens: 0, outputTokens: 0 };
    let costUsd = 0;
    const unknown = new Set();
    for (const step of steps) {
        if (step.usage) {
            usage.inputTokens += step.usage.inputTokens;
            usage.cachedTokens += step.usage.cachedTokens;
            usage.outputTokens += step.usage.outputTokens;
        }
        let cost;
        if (typeof step.costUsd === 'number')
            cost = step.costUsd;
        else if (step.costUsd === null)
            cost = null;
        else if (!step.usage)
            cost = 0;
        else
            cost = step.model ? (0,_pricing_index_js__WEBPACK_IMPORTED_MODULE_0__/* .costOf */ .ho)(step.model, step.usage, pricing) : null;
        if (cost === null)
            unknown.add(step.model ?? step.name);
        costUsd = costUsd === null || cost === null ? null : costUsd + cost;
    }
    return { usage, costUsd, unknownPriceModels: [...unknown].sort() };
}
/**
 * A command or module run's TargetOutput. Latency is the agent's wall time, with calls answered
 * from the response cache counted at their recorded latency (so a replayed run reports what it
 * took when recorded); usage and cost are the merged trace's totals.
 */
function agentOutput(result, measured, wallMs, pricing) {
    const steps = mergeSteps(result.steps, measured.steps);
    const totals = totalsOfSteps(steps, pricing);
    return {
        output: result.output,
        steps,
        usage: totals.usage,
        costUsd: totals.costUsd,
        latencyMs: Math.max(0, Math.round(wallMs + measured.latencyAdjustMs)),
        cacheHits: measured.cacheHits,
        requests: measured.requests,
        unknownPriceModels: totals.unknownPriceModels,
    };
}


/***/ }),

/***/ 49638:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ TargetError)
/* harmony export */ });
/** Kinds of target failure the system under test causes itself (and so a change can cause). */
const TARGET_CAUSED = new Set(['template', 'command', 'timeout']);
/** A run failure with the kind the report counts it under (and the stderr tail for commands). */
class TargetError extends Error {
    kind;
    stderr;
    /** Whether the system under test failed (a change can cause it) or the provider under it did. */
    origin;
    constructor(kind, message, stderr, options) {
        super(message, options);
        this.kind = kind;
        this.stderr = stderr;
        this.name = 'TargetError';
        this.origin = options?.origin ?? (TARGET_CAUSED.has(kind) ? 'target' : 'provider');
    }
}


/***/ }),

/***/ 49565:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m4: () => (/* binding */ nestingProblem),
/* harmony export */   wM: () => (/* binding */ MAX_NESTING_DEPTH)
/* harmony export */ });
/* unused harmony export nestingDepth */
/**
 * Deepest nesting of arrays and objects EvalGate accepts in data from suite files, agents and model
 * output. Real data stays far below it; a value nested thousands deep (`[[[[...]]]]`) would make
 * the recursive code downstream (fingerprints, redaction, JSON.stringify) exhaust the stack and
 * crash the run with "Maximum call stack size exceeded".
 */
const MAX_NESTING_DEPTH = 100;
/**
 * How deeply `value` nests arrays and objects (a scalar is 0, `[1]` is 1), counting no further
 * than `limit + 1`. Iterative, so it cannot overflow the stack itself. Pure.
 */
function nestingDepth(value, limit = MAX_NESTING_DEPTH) {
    let deepest = 0;
    const stack = [[value, 0]];
    while (stack.length > 0) {
        const [v, depth] = stack.pop();
        if (v === null || typeof v !== 'object')
            continue;
        const here = depth + 1;
        if (here > deepest)
            deepest = here;
        if (deepest > limit)
            return deepest;
        for (const child of Array.isArray(v) ? v : Object.values(v))
            stack.push([child, here]);
    }
    return deepest;
}
/** The message for `what` nested beyond MAX_NESTING_DEPTH, or null when it is not. Pure. */
function nestingProblem(value, what) {
    return nestingDepth(value) > MAX_NESTING_DEPTH
        ? `${what} is nested more than ${MAX_NESTING_DEPTH} levels deep (arrays or objects inside each other); EvalGate reads at most ${MAX_NESTING_DEPTH} levels: flatten it, or pass the deep part as a JSON string`
        : null;
}


/***/ }),

/***/ 71632:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ groupDigits),
/* harmony export */   lo: () => (/* binding */ parsePercent),
/* harmony export */   yi: () => (/* binding */ parseDurationMs)
/* harmony export */ });
const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m)$/;
const PERCENT = /^(\d+(?:\.\d+)?)\s*%$/;
const MS_PER_UNIT = { ms: 1, s: 1000, m: 60_000 };
/**
 * A duration in milliseconds. A number is seconds; a string is `500ms`, `20s` or `2m`.
 * Throws on anything else (the suite schema has already rejected it for users).
 */
function parseDurationMs(d) {
    if (typeof d === 'number') {
        if (!Number.isFinite(d) || d < 0)
            throw new RangeError(`expected a non-negative number of seconds, got ${d}`);
        return d * 1000;
    }
    const m = DURATION.exec(d.trim());
    if (!m)
        throw new RangeError(`expected a duration such as "500ms", "20s" or "2m", got ${JSON.stringify(d)}`);
    return Number(m[1]) * MS_PER_UNIT[m[2]];
}
/** A fraction: `"25%"` → 0.25; a number is already a fraction and is returned as is. */
function parsePercent(p) {
    if (typeof p === 'number') {
        if (!Number.isFinite(p) || p < 0)
            throw new RangeError(`expected a non-negative fraction, got ${p}`);
        return p;
    }
    const m = PERCENT.exec(p.trim());
    if (!m)
        throw new RangeError(`expected a percentage such as "25%", got ${JSON.stringify(p)}`);
    return Number(m[1]) / 100;
}
/**
 * A whole number with comma thousands separators: `1234567` → `1,234,567`, `-1234` → `-1,234`.
 * Rounds first. Written out rather than `toLocaleString('en-US')`, whose first call loads ICU
 * data (~25 ms) on the path between the last answer and the exit of every run.
 */
function groupDigits(n) {
    const rounded = Math.round(n);
    if (!Number.isFinite(rounded))
        return String(rounded);
    const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+$)/g, ',');
    return rounded < 0 ? `-${digits}` : digits;
}


/***/ })

};
