import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SCHEMA_PATH, suiteJsonSchema, suiteJsonSchemaText } from '../../src/config/json-schema.js';
import { SPEC_EXAMPLE } from './repo.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('committed JSON Schema', () => {
  it('matches the zod schema', async () => {
    const committed = await readFile(path.join(repoRoot, SCHEMA_PATH), 'utf8');
    expect(committed === suiteJsonSchemaText(), `${SCHEMA_PATH} is out of date: run \`npm run schema\` and commit the result`).toBe(true);
  });

  it('is draft-07, accepts the SPEC example and rejects a misspelt check key', () => {
    const schema = suiteJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const validate = new Ajv({ strict: false }).compile(schema);
    const example = parse(SPEC_EXAMPLE) as Record<string, unknown>;
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    const misspelt = parse(SPEC_EXAMPLE.replace('- contains: "30 days"', '- contians: "30 days"')) as Record<string, unknown>;
    expect(validate(misspelt)).toBe(false);
  });
});
