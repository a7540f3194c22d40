import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/index.js';
import { jsonSchemaError } from '../../src/config/rules.js';
import { compileJsonSchema, dialectOf } from '../../src/config/user-json-schema.js';
import { envAt, trialWith } from '../checks/helpers.js';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
const D2019 = 'https://json-schema.org/draft/2019-09/schema';
const D2020 = 'https://json-schema.org/draft/2020-12/schema';

/** A pair: a string then a number. Each dialect spells tuples its own way. */
const tupleItems = (schemaUri?: string) => ({
  ...(schemaUri ? { $schema: schemaUri } : {}),
  type: 'array',
  items: [{ type: 'string' }, { type: 'number' }],
});

interface Row {
  name: string;
  schema: Record<string, unknown>;
  /** Validation's message, or null when the suite loads. */
  invalid: string | RegExp | null;
  /** Outputs the check passes and fails (when the schema is valid). */
  passes?: string;
  fails?: string;
}

// Suite validation and grading read a schema in the same dialect: a schema validate accepts is
// one the check can grade with, and the other way round.
const rows: Row[] = [
  { name: 'no $schema: draft-07 tuple items', schema: tupleItems(), invalid: null, passes: '["a", 1]', fails: '[1, "a"]' },
  { name: 'draft-07 tuple items', schema: tupleItems(DRAFT_07), invalid: null, passes: '["a", 1]', fails: '[1, "a"]' },
  { name: '2019-09 tuple items (array form, valid in 2019-09)', schema: tupleItems(D2019), invalid: null, passes: '["a", 1]', fails: '[1, "a"]' },
  {
    name: '2020-12 prefixItems',
    schema: { $schema: D2020, type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }] },
    invalid: null,
    passes: '["a", 1]',
    fails: '[1, "a"]',
  },
  { name: '2020-12 rejects the array form of items', schema: tupleItems(D2020), invalid: /^schema is invalid: data\/items must be/ },
  {
    name: '2019-09 $recursiveRef is applied, not ignored',
    schema: {
      $schema: D2019,
      $recursiveAnchor: true,
      type: 'object',
      properties: { name: { type: 'string' }, children: { type: 'array', items: { $recursiveRef: '#' } } },
    },
    invalid: null,
    passes: '{"name": "a", "children": [{"name": "b"}]}',
    fails: '{"name": "a", "children": [{"name": 2}]}',
  },
  {
    name: 'draft-04 is named as unsupported',
    schema: { $schema: 'http://json-schema.org/draft-04/schema#', type: 'string' },
    invalid:
      '$schema "http://json-schema.org/draft-04/schema#" is not supported; use draft-07 (http://json-schema.org/draft-07/schema#), 2019-09 or 2020-12 (https://json-schema.org/draft/2020-12/schema), or leave $schema out for draft-07',
  },
];

describe('user JSON Schemas: one dialect for validation and grading', () => {
  it.each(rows)('$name', async ({ schema, invalid, passes, fails }) => {
    const error = jsonSchemaError(schema);
    if (invalid === null) expect(error).toBeNull();
    else if (typeof invalid === 'string') expect(error).toBe(invalid);
    else expect(error).toMatch(invalid);
    const grade = async (output: string) => (await runChecks([{ 'json-schema': schema }], trialWith({ output, rawOutput: output }), envAt('/'))).at(0)!;
    if (passes !== undefined) expect((await grade(passes)).pass).toBe(true);
    if (fails !== undefined) expect((await grade(fails)).pass).toBe(false);
    if (invalid !== null) expect((await grade('[]')).reason).toMatch(/^check error: invalid JSON Schema: /);
  });

  it.each([
    [{ type: 'string' }, 'draft-07'],
    [{ $schema: 'https://json-schema.org/draft-07/schema' }, 'draft-07'],
    [{ $schema: D2019 }, '2019-09'],
    [{ $schema: `${D2019}#` }, '2019-09'],
    [{ $schema: 'http://json-schema.org/draft/2020-12/schema' }, '2020-12'],
    [{ $schema: 'https://example.com/my-meta' }, { unsupported: 'https://example.com/my-meta' }],
  ])('dialect of %j is %j', (schema, dialect) => {
    expect(dialectOf(schema)).toEqual(dialect);
  });

  it('compiles equal schemas once, whatever their key order', () => {
    const a = compileJsonSchema({ type: 'object', required: ['x'], properties: { x: { type: 'number' } } });
    const b = compileJsonSchema({ properties: { x: { type: 'number' } }, required: ['x'], type: 'object' });
    expect('validate' in a && 'validate' in b && a.validate === b.validate).toBe(true);
  });

  it('lets two checks use the same $id with different schemas', () => {
    expect(jsonSchemaError({ $id: 'https://example.com/answer', type: 'string' })).toBeNull();
    expect(jsonSchemaError({ $id: 'https://example.com/answer', type: 'number' })).toBeNull();
    const n = compileJsonSchema({ $id: 'https://example.com/answer', type: 'number' });
    expect('validate' in n && n.validate(3) && !n.validate('3')).toBe(true);
  });
});
