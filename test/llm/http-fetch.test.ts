import http from 'node:http';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpFetch } from '../../src/llm/http-fetch.js';

/** A loopback server whose answer is chosen by the request path. */
let server: http.Server;
let base = '';
const seen: { method: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      switch (req.url) {
        case '/json':
          res.writeHead(200, { 'content-type': 'application/json', 'x-multi': ['a', 'b'] });
          res.end(JSON.stringify({ ok: true, text: 'héllo ✓' }));
          return;
        case '/bom':
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')]));
          return;
        case '/empty':
          res.writeHead(204);
          res.end();
          return;
        case '/v1/chat/completions':
          res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '2' });
          res.end(JSON.stringify({ error: { message: 'slow down', type: 'requests', code: 'rate_limit_exceeded' } }));
          return;
        default:
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('no such route');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('httpFetch', () => {
  it('sends method, headers and body, and answers with status, headers and a JSON body', async () => {
    const response = await httpFetch(`${base}/json`, {
      method: 'POST',
      headers: new Headers({ 'content-type': 'application/json', authorization: 'Bearer k' }),
      body: '{"q":1}',
    });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', body: '{"q":1}', headers: { authorization: 'Bearer k' } });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-multi')).toBe('a, b');
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ ok: true, text: 'héllo ✓' });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it('reads text and bytes as undici would, without the byte order mark', async () => {
    expect(await (await httpFetch(`${base}/bom`)).json()).toEqual({ a: 1 });
    expect(await (await httpFetch(`${base}/nothing`)).text()).toBe('no such route');
    const bytes = new Uint8Array(await (await httpFetch(`${base}/nothing`)).arrayBuffer());
    expect(Buffer.from(bytes).toString('utf8')).toBe('no such route');
  });

  it('answers 204 without a body', async () => {
    const response = await httpFetch(`${base}/empty`);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  it('gives the OpenAI SDK what it needs to classify a rate limit', async () => {
    const sdk = new OpenAI({ apiKey: 'k', baseURL: `${base}/v1`, maxRetries: 0, fetch: httpFetch });
    const error = await sdk.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers?.get('retry-after')).toBe('2');
    expect((error as Error).message).toContain('slow down');
  });
});
