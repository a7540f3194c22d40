import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultModel, responsesMessages, type ChatCompletionRequestBody, type FakeModel, messageText, type ResponsesRequestBody } from './fake-openai.js';

/**
 * A fake Azure OpenAI resource: real HTTP on 127.0.0.1, shaped as Azure's data plane —
 * `POST /openai/deployments/{deployment}/chat/completions?api-version=…`; the `api-version` query
 * parameter is required (404 Resource not found without it, as Azure answers); the key goes in
 * the `api-key` header (or a bearer token when `bearerToken` is set); an unknown deployment is a
 * 404 DeploymentNotFound; answers carry the model the deployment serves and content filter results.
 * The Responses API is `POST /openai/responses?api-version=…` with the deployment as `model`
 * (not streamed; function calls as `function_call` output items).
 */

export interface FakeAzureOptions {
  /** Deployment name → the model it serves (echoed in answers). */
  deployments: Record<string, string>;
  /** The key `api-key` must carry. */
  apiKey: string;
  /** When set, `Authorization: Bearer <token>` is accepted too (Microsoft Entra ID). */
  bearerToken?: string;
  model?: FakeModel;
}

export interface FakeAzureRequest {
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  status: number;
  deployment: string | null;
}

export interface FakeAzure {
  /** The resource endpoint (an endpoint's base-url), without /openai. */
  url: string;
  requests: FakeAzureRequest[];
  /** Chat requests that were answered 200. */
  answered(): FakeAzureRequest[];
  /** A property, not a method: it is passed around unbound (`closers.push(fake.close)`). */
  close: () => Promise<void>;
}

const DEPLOYMENT_PATH = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'apim-request-id': 'req_fake' });
  res.end(JSON.stringify(body));
}

export async function startFakeAzure(options: FakeAzureOptions): Promise<FakeAzure> {
  const model = options.model ?? defaultModel;
  const requests: FakeAzureRequest[] = [];
  let n = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
      } catch {
        body = undefined;
      }
      const match = DEPLOYMENT_PATH.exec(url.pathname);
      const responses = url.pathname === '/openai/responses';
      const responsesModel = responses && typeof (body as { model?: unknown } | undefined)?.model === 'string' ? (body as { model: string }).model : null;
      const record: FakeAzureRequest = {
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        status: 0,
        deployment: match?.[1] ?? responsesModel,
      };
      requests.push(record);
      const reply = (status: number, payload: unknown): void => {
        record.status = status;
        sendJson(res, status, payload);
      };
      const authorized =
        req.headers['api-key'] === options.apiKey || (options.bearerToken !== undefined && req.headers.authorization === `Bearer ${options.bearerToken}`);
      if (!authorized) {
        return reply(401, {
          error: {
            code: '401',
            message:
              'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
          },
        });
      }
      if (req.method !== 'POST' || !(match || responses) || !url.searchParams.get('api-version')) {
        return reply(404, { error: { code: '404', message: 'Resource not found' } });
      }
      const served = options.deployments[record.deployment === null ? '' : decodeURIComponent(record.deployment)];
      if (served === undefined) {
        return reply(404, {
          error: {
            code: 'DeploymentNotFound',
            message:
              'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.',
          },
        });
      }
      if (responses) {
        const rb = body as ResponsesRequestBody;
        const chatView: ChatCompletionRequestBody = { model: rb.model, messages: responsesMessages(rb), tools: rb.tools };
        const answer = model(chatView, { n: n++, inFlight: 1 });
        const content = typeof answer === 'string' ? answer : answer.content;
        const output: Record<string, unknown>[] = [];
        if (content !== null)
          output.push({
            type: 'message',
            id: `msg_azure_${n}`,
            status: 'completed',
            role: 'assistant',
            content: [{ type: 'output_text', text: content, annotations: [] }],
          });
        for (const call of (typeof answer === 'string' ? undefined : answer.tool_calls) ?? []) {
          output.push({ type: 'function_call', id: `fc_${call.id}`, call_id: call.id, name: call.name, arguments: call.arguments, status: 'completed' });
        }
        const input = Math.ceil(chatView.messages.reduce((sum, m) => sum + messageText(m.content).length, 0) / 4);
        const out = Math.ceil((content ?? '').length / 4) + 5;
        return reply(200, {
          id: `resp_azure_${n}`,
          object: 'response',
          created_at: Math.floor(Date.now() / 1000),
          status: 'completed',
          model: served,
          output,
          usage: {
            input_tokens: input,
            input_tokens_details: { cached_tokens: 0 },
            output_tokens: out,
            output_tokens_details: { reasoning_tokens: 0 },
            total_tokens: input + out,
          },
          error: null,
          incomplete_details: null,
        });
      }
      const b = body as ChatCompletionRequestBody | undefined;
      if (!b || !Array.isArray(b.messages)) return reply(400, { error: { code: 'BadRequest', message: 'messages is required' } });
      const answer = model(b, { n: n++, inFlight: 1 });
      const content = typeof answer === 'string' ? answer : answer.content;
      const prompt = Math.ceil(b.messages.reduce((sum, m) => sum + messageText(m.content).length, 0) / 4);
      const completion = Math.ceil((content ?? '').length / 4);
      reply(200, {
        id: `chatcmpl-azure-${n}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: served,
        prompt_filter_results: [{ prompt_index: 0, content_filter_results: {} }],
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content }, content_filter_results: {} }],
        usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
        system_fingerprint: 'fp_fake',
      });
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
    answered: () => requests.filter((r) => r.status === 200),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
