import { z } from 'zod';
import { SuiteSpec } from './schema.js';

/** Where the committed schema is published, for `$id` and for `$schema:` lines in suite files. */
export const SCHEMA_PATH = 'schema/evalgate.schema.json';

/**
 * JSON Schema of the suite file for editors. Draft-07, because the VS Code YAML extension
 * (yaml-language-server) supports draft-07 fully and later drafts only in part. The schema
 * describes the input as written (`io: 'input'`): kebab-case keys, unknown keys rejected.
 */
export function suiteJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(SuiteSpec, { target: 'draft-7', io: 'input', unrepresentable: 'throw' });
}

/** The committed file's exact text: pretty-printed with a trailing newline. */
export function suiteJsonSchemaText(): string {
  return `${JSON.stringify(suiteJsonSchema(), null, 2)}\n`;
}
