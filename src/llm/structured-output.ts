import type { ChatRequest } from './llm.js';

/**
 * How much an endpoint is asked to constrain a JSON answer (the judge's verdict), as the suite's
 * `structured-output` says: `json-schema` — strict structured outputs (OpenAI, Azure) or a forced
 * tool call (Anthropic); `json-object` — JSON mode, valid JSON of any shape; `none` — plain text,
 * for servers that reject both. The judge's tolerant parse and corrective retry cover the rest.
 */
export type StructuredOutput = 'json-schema' | 'json-object' | 'none';

/**
 * The request an OpenAI-kind endpoint is sent: a JSON schema format downgraded to what the
 * endpoint supports. Pure; requests without a schema format are returned as they are.
 */
export function adaptResponseFormat(request: ChatRequest, mode: StructuredOutput): ChatRequest {
  const format = request.response_format;
  if (format === undefined || mode === 'json-schema') return request;
  if (mode === 'json-object') return format.type === 'json_object' ? request : { ...request, response_format: { type: 'json_object' } };
  const { response_format: _dropped, ...rest } = request;
  return rest;
}
