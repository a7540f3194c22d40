// Checks recorded fake-GitHub traffic against GitHub's published OpenAPI description
// (@octokit/openapi): the route exists, the status is documented, and the body has the shape of
// the documented schema (required keys, types, nullability, enums), recursively.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { GRAPHQL_ROUTE, type RecordedRequest } from '../support/fake-github.js';

interface Schema {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
}

interface MediaType {
  schema?: Schema;
}

interface Response {
  $ref?: string;
  content?: Record<string, MediaType>;
}

interface Operation {
  operationId: string;
  responses: Record<string, Response>;
}

interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

export interface OperationMatch {
  template: string;
  operation: Operation;
}

let cached: Spec | null = null;

/** GitHub's api.github.com description, parsed once per test file (13 MB). */
export function githubSpec(): Spec {
  if (cached === null) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    cached = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  }
  return cached;
}

function resolve<T extends { $ref?: string }>(spec: Spec, node: T): T {
  let current = node;
  for (let guard = 0; current.$ref !== undefined && guard < 20; guard += 1) {
    const parts = current.$ref.replace(/^#\//, '').split('/');
    current = parts.reduce<unknown>((acc, key) => (acc as Record<string, unknown>)[key], spec) as T;
  }
  return current;
}

/** The OpenAPI operation for a concrete method and path; literal segments beat parameters. */
export function findOperation(spec: Spec, method: string, path: string): OperationMatch | null {
  const segments = path.split('/');
  let best: { match: OperationMatch; literals: number } | null = null;
  for (const [template, item] of Object.entries(spec.paths)) {
    const parts = template.split('/');
    if (parts.length !== segments.length) continue;
    let literals = 0;
    const fits = parts.every((p, i) => {
      if (p.startsWith('{') && p.endsWith('}')) return segments[i] !== '';
      literals += 1;
      return p === segments[i];
    });
    const operation = item[method.toLowerCase()];
    if (!fits || operation === undefined) continue;
    if (best === null || literals > best.literals) best = { match: { template, operation }, literals };
  }
  return best?.match ?? null;
}

/** Problems of `value` against `schema` (empty when it conforms). */
export function schemaProblems(spec: Spec, schemaNode: Schema, value: unknown, at = '$'): string[] {
  const schema = resolve(spec, schemaNode);
  if (value === null) return schema.nullable === true || (schema.type === undefined && !schema.properties) ? [] : [`${at}: null is not allowed`];
  if (schema.allOf) return schema.allOf.flatMap((s) => schemaProblems(spec, s, value, at));
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    const results = alternatives.map((s) => schemaProblems(spec, s, value, at));
    if (results.some((r) => r.length === 0)) return [];
    return results.reduce((a, b) => (b.length < a.length ? b : a));
  }
  const type = schema.type ?? (schema.properties ? 'object' : undefined);
  switch (type) {
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected an object`];
      const obj = value as Record<string, unknown>;
      const missing = (schema.required ?? []).filter((k) => !(k in obj)).map((k) => `${at}.${k}: required, missing`);
      const nested = Object.entries(schema.properties ?? {})
        .filter(([k]) => k in obj && obj[k] !== undefined)
        .flatMap(([k, s]) => schemaProblems(spec, s, obj[k], `${at}.${k}`));
      return [...missing, ...nested];
    }
    case 'array':
      if (!Array.isArray(value)) return [`${at}: expected an array`];
      return schema.items ? value.flatMap((v, i) => schemaProblems(spec, schema.items as Schema, v, `${at}[${i}]`)) : [];
    case 'string':
      if (typeof value !== 'string') return [`${at}: expected a string`];
      return schema.enum && !schema.enum.includes(value) ? [`${at}: "${value}" not in ${JSON.stringify(schema.enum)}`] : [];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at}: expected an integer`];
    case 'number':
      return typeof value === 'number' ? [] : [`${at}: expected a number`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: expected a boolean`];
    default:
      return [];
  }
}

/** Every contract problem of the recorded (non-injected) requests, as readable lines. */
export function contractProblems(requests: readonly RecordedRequest[]): string[] {
  const spec = githubSpec();
  const problems: string[] = [];
  for (const r of requests) {
    // GraphQL is not part of the REST description; the fake answers its one query as GitHub does.
    if (r.injected || r.route === GRAPHQL_ROUTE) continue;
    const label = `${r.method} ${r.path} → ${r.status}`;
    const match = findOperation(spec, r.method, r.path);
    if (match === null) {
      problems.push(`${label}: no such operation in GitHub's OpenAPI description`);
      continue;
    }
    const documented = match.operation.responses[String(r.status)] ?? match.operation.responses.default;
    if (documented === undefined) {
      problems.push(`${label}: status not documented for ${match.operation.operationId}`);
      continue;
    }
    const schema = resolve(spec, documented).content?.['application/json']?.schema;
    if (schema === undefined || r.response === null) continue;
    problems.push(...schemaProblems(spec, schema, r.response).map((p) => `${label} (${match.operation.operationId}) ${p}`));
  }
  return problems;
}
