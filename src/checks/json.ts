import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { compileJsonSchema } from '../config/user-json-schema.js';
import { type CheckOutcome, fail, parseJsonOutput, pass, quote, resolveUnderRoot } from './text.js';

const FENCE_NOTE = ' (inside a ```json fence)';

/** `is-json: true` — the output parses as JSON; `is-json: false` — it must not. */
export function checkIsJson(output: string, expectJson: boolean): CheckOutcome {
  const parsed = parseJsonOutput(output);
  if (expectJson) {
    return parsed.ok ? pass(`valid JSON${parsed.fenced ? FENCE_NOTE : ''}`) : fail(`not valid JSON: ${parsed.error}`);
  }
  return parsed.ok ? fail(`is JSON${parsed.fenced ? FENCE_NOTE : ''}, expected plain text`) : pass('not JSON');
}

export type JsonSchemaValue = Record<string, unknown>;

/** `{file: path}` refers to a schema file; any other object is the schema itself. */
function schemaFile(value: JsonSchemaValue): string | null {
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === 'file' && typeof value.file === 'string' ? value.file : null;
}

async function loadSchema(value: JsonSchemaValue, root: string): Promise<Record<string, unknown>> {
  const file = schemaFile(value);
  if (file === null) return value;
  const absolute = await resolveUnderRoot(root, file, 'json-schema');
  const text = await readFile(absolute, 'utf8').catch((error: unknown) => {
    throw new Error(`cannot read json-schema file "${file}": ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  });
  const ext = extname(file).toLowerCase();
  let schema: unknown;
  try {
    schema = ext === '.yaml' || ext === '.yml' ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new Error(`json-schema file "${file}" is not valid ${ext === '.json' ? 'JSON' : 'JSON or YAML'}: ${String(error)}`, { cause: error });
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new Error(`json-schema file "${file}" must contain a JSON Schema object`);
  }
  return schema as Record<string, unknown>;
}

function validatorFor(schema: Record<string, unknown>): ValidateFunction {
  const result = compileJsonSchema(schema);
  if ('error' in result) throw new Error(`invalid JSON Schema: ${result.error}`);
  return result.validate;
}

function describeError(error: ErrorObject): string {
  const path = error.instancePath === '' ? '(root)' : error.instancePath;
  const extra =
    error.keyword === 'additionalProperties' && typeof error.params.additionalProperty === 'string'
      ? ` ${quote(error.params.additionalProperty, 30)}`
      : error.keyword === 'enum' && Array.isArray(error.params.allowedValues)
        ? `: ${JSON.stringify(error.params.allowedValues)}`
        : '';
  return `${path} ${error.message ?? 'is invalid'}${extra}`;
}

/** Parses the output (a ```json fence is accepted) and validates it against the schema. */
export async function checkJsonSchema(output: string, value: JsonSchemaValue, root: string): Promise<CheckOutcome> {
  const validate = validatorFor(await loadSchema(value, root));
  const parsed = parseJsonOutput(output);
  if (!parsed.ok) return fail(`not valid JSON: ${parsed.error}`);
  if (validate(parsed.value)) return pass(`matches the schema${parsed.fenced ? FENCE_NOTE : ''}`);
  const first = validate.errors?.[0];
  return fail(first ? describeError(first) : 'does not match the schema');
}
