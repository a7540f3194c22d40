// Copied verbatim from the project's shared peer-benchmark harness (shared/bench/peer/mock-openai.mjs):
// our own fake OpenAI server, not third-party code. Keep the two in step, so EvalGate's figures from
// `npm run bench` and the side-by-side run with promptfoo (bench/peer.sh) measure the same server.
// Minimal fake OpenAI-compatible server (plain Node, no deps).
// Env: PORT (default 8787), HOST (default 127.0.0.1), LATENCY_MS (default 200),
//      RATE_LIMIT_EVERY=N (every Nth request gets 429 + Retry-After: 1; 0/unset = off),
//      COUNT_FILE (optional: path where the final counts are written as JSON on exit).
// Response content is deterministic: "answer: " + UPPERCASE(last user message).
import http from 'node:http';
import fs from 'node:fs';

const PORT = Number(process.env.PORT || 8787);
const HOST = process.env.HOST || '127.0.0.1';
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 200);
const RATE_LIMIT_EVERY = Number(process.env.RATE_LIMIT_EVERY || 0);
const COUNT_FILE = process.env.COUNT_FILE || '';

const stats = { total: 0, chat: 0, ok: 0, rateLimited: 0, badRequest: 0, other: 0, maxInFlight: 0 };
let inFlight = 0;

const tok = (s) => Math.max(1, Math.ceil(String(s).length / 4)); // crude, deterministic

function contentToText(c) {
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((p) => (typeof p === 'string' ? p : (p?.text ?? ''))).join('');
  return c == null ? '' : String(c);
}

function send(res, status, obj, headers = {}) {
  const body = JSON.stringify(obj);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

const server = http.createServer((req, res) => {
  stats.total++;
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const path = (req.url || '').split('?')[0];
    if (req.method === 'GET' && (path === '/health' || path === '/v1/models')) {
      return send(res, 200, { object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model' }] });
    }
    if (req.method !== 'POST' || !path.endsWith('/chat/completions')) {
      stats.other++;
      return send(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'invalid_request_error' } });
    }
    stats.chat++;
    const n = stats.chat;
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    } catch {
      stats.badRequest++;
      return send(res, 400, { error: { message: 'invalid JSON', type: 'invalid_request_error' } });
    }
    inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      if (RATE_LIMIT_EVERY > 0 && n % RATE_LIMIT_EVERY === 0) {
        stats.rateLimited++;
        return send(res, 429, { error: { message: 'Rate limit reached (mock)', type: 'requests', code: 'rate_limit_exceeded' } }, { 'retry-after': '1' });
      }
      const msgs = Array.isArray(body.messages) ? body.messages : [];
      const lastUser = [...msgs].reverse().find((m) => m && m.role === 'user');
      const input = contentToText(lastUser?.content ?? '');
      const content = `answer: ${input.toUpperCase()}`;
      const prompt_tokens = msgs.reduce((a, m) => a + tok(contentToText(m?.content ?? '')), 0);
      const completion_tokens = tok(content);
      stats.ok++;
      send(res, 200, {
        id: `chatcmpl-mock-${n}`,
        object: 'chat.completion',
        created: 1700000000,
        model: body.model || 'gpt-4o-mini',
        system_fingerprint: 'fp_mock',
        choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
        usage: { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens },
      });
    }, LATENCY_MS);
  });
});

server.keepAliveTimeout = 65_000;
server.listen(PORT, HOST, () => {
  console.log(`mock-openai listening on http://${HOST}:${PORT} latency=${LATENCY_MS}ms rateLimitEvery=${RATE_LIMIT_EVERY}`);
});

let done = false;
function report() {
  if (done) return;
  done = true;
  const line = `mock-openai requests: ${JSON.stringify(stats)}`;
  console.log(line);
  if (COUNT_FILE) fs.writeFileSync(COUNT_FILE, JSON.stringify(stats) + '\n');
}
process.on('exit', report);
for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    report();
    server.close();
    process.exit(0);
  });
}
