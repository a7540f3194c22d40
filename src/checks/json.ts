import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { ajvRegExp } from '../util/safe-regex.js';
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
  const absolute = resolveUnderRoot(root, file, 'json-schema');
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
    throw new Error(`json-schema file "${file}" is not valid ${ext === '.json' ? 'JSON' : 'JSON or YAML'}: ${String(error)}`);
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw new Error(`json-schema file "${file}" must contain a JSON Schema object`);
  }
  return schema as Record<string, unknown>;
}

/** Compiled validators by schema text: the same schema is checked once per case and trial. */
const validators = new Map<string, ValidateFunction>();

function validatorFor(schema: Record<string, unknown>): ValidateFunction {
  const key = JSON.stringify(schema);
  const known = validators.get(key);
  if (known) return known;
  const dialect = typeof schema.$schema === 'string' ? schema.$schema : '';
  // Unknown formats and keywords are ignored rather than fatal: users paste schemas from elsewhere.
  // User `pattern` keywords run on model output: the linear-time engine, as for regex checks.
  const options = { allErrors: false, strict: false, logger: false as const, code: { regExp: ajvRegExp } };
  const ajv = dialect.includes('2020-12')
    ? new Ajv2020(options)
    : dialect.includes('2019-09')
      ? new Ajv2019(options)
      : new Ajv(options);
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(schema);
  } catch (error) {
    throw new Error(`invalid JSON Schema: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  validators.set(key, validate);
  return validate;
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
