// Smoke check, run by .ci/run under Node 24: `evalgate run` reaches an OpenAI-compatible server
// only through the forward proxy in HTTP_PROXY. The base URL's host does not resolve (.invalid),
// so every case passing proves each request went through the proxy. Node 20 ignores the agent's
// proxy settings, which is why this is a Node 24 check and not a vitest test.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSuite } from '../bench/suite.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const N = 3;

const listen = (server) => new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server.address().port)));

// The fake provider: answers exactly what the bench suite's `contains` checks expect.
const provider = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const { messages, model } = JSON.parse(body);
    const content = `answer: ${messages.findLast((m) => m.role === 'user').content.toUpperCase()}`;
    const text = JSON.stringify({
      id: 'chatcmpl-smoke',
      object: 'chat.completion',
      created: 1,
      model,
      choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
      usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
    });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
  });
});
const providerPort = await listen(provider);

// A forward proxy for plain-HTTP requests in absolute form; it counts what it forwards.
const forwarded = [];
const proxy = http.createServer((req, res) => {
  forwarded.push(req.url);
  const url = new URL(req.url);
  const upstream = http.request({ host: '127.0.0.1', port: providerPort, path: url.pathname, method: req.method, headers: req.headers }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
});
const proxyPort = await listen(proxy);

const dir = mkdtempSync(join(tmpdir(), 'evalgate-proxy-smoke-'));
writeSuite(dir, { n: N });
const out = join(dir, 'out');
const child = spawn(
  process.execPath,
  [
    join(ROOT, 'dist/index.js'),
    'run',
    '--config',
    'evalgate.yaml',
    '--openai-base-url',
    `http://evalgate-proxy-smoke.invalid:${providerPort}/v1`,
    '--out',
    out,
  ],
  { cwd: dir, stdio: 'inherit', env: { ...process.env, OPENAI_API_KEY: 'smoke', HTTP_PROXY: `http://127.0.0.1:${proxyPort}`, NO_PROXY: '' } },
);
const code = await new Promise((ok) => child.once('exit', ok));
provider.close();
proxy.close();
const totals = JSON.parse(readFileSync(join(out, 'evalgate-results.json'), 'utf8')).totals;
if (code !== 0 || totals.passed !== N || forwarded.length !== N) {
  console.error(`proxy smoke: exit ${code}, ${totals.passed}/${N} passed, ${forwarded.length} requests through the proxy`);
  process.exit(1);
}
console.log(`proxy smoke: ${N}/${N} cases passed, every request through HTTP_PROXY`);
