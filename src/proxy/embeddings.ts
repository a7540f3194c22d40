import type { CallSummary, RecordedApi } from './api.js';
import { asObject, num } from './sse.js';

/**
 * Embeddings (`POST /embeddings`): priced by `usage.prompt_tokens`. The step shows how many
 * vectors came back and their size, not the vectors, which would swamp the trace.
 */

export interface EmbeddingsBody {
  model?: unknown;
  input: unknown;
  [key: string]: unknown;
}

export function summarizeEmbeddings(body: unknown): CallSummary {
  const response = asObject(body);
  const data = Array.isArray(response?.data) ? response.data.map(asObject) : [];
  const first = data[0]?.embedding;
  const usage = asObject(response?.usage);
  return {
    model: typeof response?.model === 'string' && response.model !== '' ? response.model : null,
    content: null,
    toolCalls: [],
    usage: usage ? { inputTokens: num(usage.prompt_tokens), cachedTokens: 0, outputTokens: 0 } : null,
    // base64-encoded vectors are strings: their size is not the dimension count, so it is left out.
    output: { embeddings: data.length, ...(Array.isArray(first) && { dimensions: first.length }) },
  };
}

export const embeddingsApi: RecordedApi<EmbeddingsBody> = {
  id: 'embeddings',
  cacheName: 'embeddings',
  family: 'openai',
  parse: (body) => (asObject(body) && asObject(body)!.input !== undefined ? (body as EmbeddingsBody) : null),
  streamed: () => false,
  upstreamBody: (request) => ({ body: request, injected: false }),
  summarize: summarizeEmbeddings,
  // Embeddings are never streamed; a stream would be read as an answer without usage.
  summarizeStream: () => ({ model: null, content: null, toolCalls: [], usage: null }),
  input: (request) => request.input,
  lastText: (request) => (typeof request.input === 'string' ? request.input : JSON.stringify(request.input)),
  priorCalls: () => [],
  toolResults: () => [],
};
