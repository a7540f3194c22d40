import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/index.js';
import type { CheckSpec } from '../../src/config/schema.js';
import { envAt, trialWith } from './helpers.js';

const fixtures = fileURLToPath(new URL('../fixtures/checks/', import.meta.url));

const inline: CheckSpec = {
  'json-schema': {
    type: 'object',
    required: ['answer', 'confidence'],
    properties: { answer: { type: 'string' }, confidence: { type: 'number', minimum: 0, maximum: 1 } },
  },
};
const fromFile: CheckSpec = { 'json-schema': { file: 'order.schema.json' } };

interface Row {
  name: string;
  spec: CheckSpec;
  output: string;
  pass: boolean;
  reason: string | RegExp;
}

const rows: Row[] = [
  { name: 'inline: valid', spec: inline, output: '{"answer": "No", "confidence": 0.9}', pass: true, reason: 'matches the schema' },
  {
    name: 'inline: valid inside a fence',
    spec: inline,
    output: '```json\n{"answer": "No", "confidence": 0.9}\n```',
    pass: true,
    reason: 'matches the schema (inside a ```json fence)',
  },
  { name: 'inline: missing property', spec: inline, output: '{"answer": "No"}', pass: false, reason: "(root) must have required property 'confidence'" },
  { name: 'inline: out of range', spec: inline, output: '{"answer": "No", "confidence": 3}', pass: false, reason: '/confidence must be <= 1' },
  { name: 'inline: not JSON', spec: inline, output: 'No, sorry.', pass: false, reason: /^not valid JSON: / },
  { name: 'file: valid', spec: fromFile, output: '{"orderId": "ORD-7", "items": [{"sku": "a", "price": 3}]}', pass: true, reason: 'matches the schema' },
  {
    name: 'file: names the failing path',
    spec: fromFile,
    output: '{"orderId": "ORD-7", "items": [{"sku": "a", "price": "3"}]}',
    pass: false,
    reason: '/items/0/price must be number',
  },
  {
    name: 'file: extra property',
    spec: fromFile,
    output: '{"orderId": "ORD-7", "items": [], "note": 1}',
    pass: false,
    reason: '(root) must NOT have additional properties "note"',
  },
  {
    name: 'file: YAML schema in draft 2020-12',
    spec: { 'json-schema': { file: 'order.schema.yaml' } },
    output: '{"orderId": 7}',
    pass: false,
    reason: '/orderId must be string',
  },
  {
    name: 'file: missing file is a check error',
    spec: { 'json-schema': { file: 'nope.json' } },
    output: '{}',
    pass: false,
    reason: /^check error: cannot read json-schema file "nope.json": /,
  },
  {
    name: 'file: a path outside the repository is a check error',
    spec: { 'json-schema': { file: '../config/x.json' } },
    output: '{}',
    pass: false,
    reason: 'check error: json-schema path "../config/x.json" is outside the repository root; use a path inside the repository',
  },
  {
    name: 'an invalid schema is a check error',
    spec: { 'json-schema': { type: 'objekt' } },
    output: '{}',
    pass: false,
    reason: /^check error: invalid JSON Schema: /,
  },
];

describe('json-schema check', () => {
  it.each(rows)('$name', async ({ spec, output, pass, reason }) => {
    const [result] = await runChecks([spec], trialWith({ output, rawOutput: output }), envAt(fixtures));
    expect(result.pass).toBe(pass);
    expect(result.score).toBe(pass ? 1 : 0);
    if (typeof reason === 'string') expect(result.reason).toBe(reason);
    else expect(result.reason).toMatch(reason);
  });
});
