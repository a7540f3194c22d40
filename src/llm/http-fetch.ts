import http from 'node:http';
import https from 'node:https';
import { abortReason } from '../util/abort.js';

/**
 * A `fetch` for the OpenAI SDK over node:http with keep-alive agents. The bench measured the
 * SDK on undici's fetch at ~3 ms of CPU per request against ~0.8 ms here; with 16 answers landing
 * together that is the difference between a wave of requests and a wave plus 50 ms. Requests
 * and answers are small JSON (EvalGate never streams through the SDK), so the body is buffered.
 */
/**
 * `proxyEnv` routes requests through HTTP_PROXY / HTTPS_PROXY, minus NO_PROXY, as undici's fetch
 * does not by default and corporate runners need. Node 24 (what GitHub runs the action on) honours
 * it; older Node ignores the option and connects directly.
 */
const agentOptions: http.AgentOptions & { proxyEnv: NodeJS.ProcessEnv } = { keepAlive: true, maxSockets: Infinity, proxyEnv: process.env };
const agents = {
  'http:': new http.Agent(agentOptions),
  'https:': new https.Agent(agentOptions),
};

/**
 * A Response over a body already in memory. undici's Response wraps it in a ReadableStream that
 * `json()` and `text()` then read back chunk by chunk: a third of the CPU and allocation of
 * each answer at 10,000 cases. The SDK reads answers only through `json()` and `text()` (it
 * never streams through this fetch: EvalGate does not ask it to), so those read the buffer
 * directly; `body` is null, as for a Response that has none. Defined on first use: touching the
 * global `Response` makes Node load its fetch implementation (~35 ms), which `validate` and
 * `--help` never need.
 */
function bufferedResponseClass() {
  return class BufferedResponse extends Response {
    #bytes: Buffer | null;

    constructor(bytes: Buffer, init: ResponseInit) {
      super(null, init);
      this.#bytes = bytes;
    }

    override get bodyUsed(): boolean {
      return this.#bytes === null;
    }

    #take(): Buffer {
      const bytes = this.#bytes;
      if (bytes === null) throw new TypeError('Body is unusable: Body has already been read');
      this.#bytes = null;
      return bytes;
    }

    override async text(): Promise<string> {
      const text = this.#take().toString('utf8');
      // As the Fetch standard's UTF-8 decode: a leading byte order mark is not part of the text.
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }

    override async json(): Promise<unknown> {
      return JSON.parse(await this.text());
    }

    override async arrayBuffer(): Promise<ArrayBuffer> {
      const bytes = this.#take();
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    }
  };
}
let BufferedResponse: ReturnType<typeof bufferedResponseClass> | null = null;

/** Statuses whose Response may not carry a body. */
const NULL_BODY = new Set([101, 204, 205, 304]);

export const httpFetch: typeof fetch = (input, init) =>
  new Promise<Response>((resolve, reject) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const lib = url.protocol === 'https:' ? https : http;
    const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];
    const headers: Record<string, string> = {};
    // The SDK hands over a Headers already: read it rather than copy it.
    const given = init?.headers;
    (given instanceof Headers ? given : new Headers(given)).forEach((value, key) => {
      headers[key] = value;
    });
    const body = init?.body ?? null;
    if (body !== null && typeof body !== 'string' && !(body instanceof Uint8Array)) {
      reject(new TypeError('httpFetch: only string and byte bodies are supported'));
      return;
    }
    const signal = init?.signal ?? undefined;
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const req = lib.request(url, { method: init?.method ?? 'GET', headers, agent, signal }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        const pairs: [string, string][] = [];
        for (const [key, value] of Object.entries(res.headers)) {
          if (value === undefined) continue;
          for (const v of Array.isArray(value) ? value : [value]) pairs.push([key, v]);
        }
        const init = { status, statusText: res.statusMessage, headers: pairs };
        BufferedResponse ??= bufferedResponseClass();
        resolve(NULL_BODY.has(status) ? new Response(null, init) : new BufferedResponse(Buffer.concat(chunks), init));
      });
    });
    req.on('error', reject);
    if (body === null) req.end();
    else req.end(body);
  });
