import { Ajv, type Options, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ajvRegExp } from '../util/safe-regex.js';
import { canonicalJson } from './fingerprint.js';

/**
 * The JSON Schemas users write in `json-schema` checks, compiled once for validation (suite
 * loading) and for grading. One Ajv per dialect, shared: building an Ajv per schema cost 14.6 s
 * for 500 checks. Unknown keywords and formats are ignored (strict: false) because users paste
 * schemas written for other tools; schemas are not registered by `$id` (addUsedSchema: false), so
 * two checks may reuse an `$id` with different content.
 */

export type JsonSchemaDialect = 'draft-07' | '2019-09' | '2020-12';

/** `$schema` URIs by dialect (http or https, with or without the trailing `#`). */
const DIALECTS: readonly [JsonSchemaDialect, RegExp][] = [
  ['2020-12', /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/],
  ['2019-09', /^https?:\/\/json-schema\.org\/draft\/2019-09\/schema#?$/],
  ['draft-07', /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/],
];

/** The dialect a schema declares with `$schema`; draft-07 when it declares none. */
export function dialectOf(schema: unknown): JsonSchemaDialect | { unsupported: string } {
  const declared = typeof schema === 'object' && schema !== null ? (schema as Record<string, unknown>).$schema : undefined;
  if (typeof declared !== 'string') return 'draft-07';
  const found = DIALECTS.find(([, uri]) => uri.test(declared.trim()));
  return found ? found[0] : { unsupported: declared };
}

// User `pattern` keywords run on model output: the linear-time engine, as for regex checks. No
// optimisation pass over the generated code: it halves compile time (1 ms instead of 2 per schema),
// and each validator checks a handful of outputs, where the unoptimised code costs nothing.
const OPTIONS: Options = { strict: false, allErrors: false, addUsedSchema: false, logger: false, code: { regExp: ajvRegExp, optimize: false } };
const instances = new Map<JsonSchemaDialect, Ajv>();

function ajvFor(dialect: JsonSchemaDialect): Ajv {
  let ajv = instances.get(dialect);
  if (!ajv) {
    if (dialect === '2020-12') ajv = new Ajv2020(OPTIONS);
    else if (dialect === '2019-09') ajv = new Ajv2019(OPTIONS);
    else ajv = new Ajv(OPTIONS);
    instances.set(dialect, ajv);
  }
  return ajv;
}

type Compiled = { validate: ValidateFunction } | { error: string };
/** By canonical JSON, so equal schemas written with keys in another order compile once. */
const compiled = new Map<string, Compiled>();

/**
 * Compiles a user's JSON Schema (an object, or a boolean schema) in the dialect its `$schema`
 * names. Returns the validator, or why the schema does not compile (one line).
 */
export function compileJsonSchema(schema: unknown): Compiled {
  if (typeof schema !== 'boolean' && (schema === null || typeof schema !== 'object' || Array.isArray(schema))) {
    return { error: 'expected an object' };
  }
  const key = canonicalJson(schema);
  const known = compiled.get(key);
  if (known) return known;
  const dialect = dialectOf(schema);
  let result: Compiled;
  if (typeof dialect !== 'string') {
    result = {
      error: `$schema ${JSON.stringify(dialect.unsupported)} is not supported; use draft-07 (http://json-schema.org/draft-07/schema#), 2019-09 or 2020-12 (https://json-schema.org/draft/2020-12/schema), or leave $schema out for draft-07`,
    };
  } else {
    try {
      result = { validate: ajvFor(dialect).compile(schema as object) };
    } catch (error) {
      result = { error: (error instanceof Error ? error.message : String(error)).split('\n')[0] };
    }
  }
  compiled.set(key, result);
  return result;
}
