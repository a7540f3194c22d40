import { z } from 'zod';
import type { Anchor, Path, PathSegment } from './positions.js';
import { suggestKey } from '../util/suggest.js';

export { suggestKey };

/** A schema complaint in user terms, before it is pinned to a file position. */
export interface Complaint {
  path: Path;
  anchor: Anchor;
  message: string;
}

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

const MAX_SHOWN_STRING = 60;

/**
 * Translates zod issues for `schema` into messages that say what was expected and what was found,
 * suggest the intended key for a misspelt one, and look inside unions instead of "Invalid input".
 */
export function explainIssues(schema: Schema, issues: readonly Issue[], value: unknown): Complaint[] {
  return issues.flatMap((issue) => explainIssue(schema, issue, [], value));
}

function explainIssue(root: Schema, issue: Issue, prefix: Path, rootValue: unknown): Complaint[] {
  const path: PathSegment[] = [...prefix, ...(issue.path as PathSegment[])];
  const here = schemaAt(root, issue.path as PathSegment[]);
  const found = 'input' in issue ? issue.input : valueAt(rootValue, issue.path as PathSegment[]);
  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined) {
        const key = path[path.length - 1];
        return [
          {
            path,
            anchor: 'value',
            message: `missing required key ${JSON.stringify(key)} (expected ${here ? describeSchema(here) : issue.expected})`,
          },
        ];
      }
      return [{ path, anchor: 'value', message: `expected ${here ? describeSchema(here) : issue.expected}, got ${describeValue(found)}` }];
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      if (issue.origin === 'array') {
        const n = Array.isArray(found) ? found.length : 0;
        const limit = issue.code === 'too_small' ? 'at least' : 'at most';
        return [{ path, anchor: 'value', message: `expected ${limit} ${bound} item${Number(bound) === 1 ? '' : 's'}, got ${n === 0 ? 'an empty list' : n}` }];
      }
      if (issue.origin === 'string' && issue.code === 'too_small' && Number(bound) === 1) {
        return [{ path, anchor: 'value', message: 'expected a non-empty string, got ""' }];
      }
      const expected = here ? describeSchema(here) : `a value ${issue.code === 'too_small' ? '≥' : '≤'} ${bound}`;
      return [{ path, anchor: 'value', message: `expected ${expected}, got ${describeValue(found)}` }];
    }
    case 'invalid_format': {
      // Schema regexes carry a human description as their message ("a duration such as ...").
      const expected = issue.message.startsWith('Invalid')
        ? `a string matching ${issue.format === 'regex' && 'pattern' in issue ? String(issue.pattern) : issue.format}`
        : issue.message;
      return [{ path, anchor: 'value', message: `expected ${expected}, got ${describeValue(found)}` }];
    }
    case 'invalid_value':
      return [{ path, anchor: 'value', message: `expected ${listOr(issue.values.map((v) => JSON.stringify(v)))}, got ${describeValue(found)}` }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownKey([...path, key], key, allowedKeys(here ? [here] : [])));
    case 'invalid_union':
      return explainUnion(here, issue, path, found);
    default:
      return [{ path, anchor: 'value', message: issue.message }];
  }
}

/**
 * A union failed every option. When the value has the wrong shape for all of them, say which
 * shapes would do; otherwise explain the option(s) whose shape matched, since that is what the
 * user was writing.
 */
function explainUnion(union: Schema | undefined, issue: z.core.$ZodIssueInvalidUnion, path: Path, found: unknown): Complaint[] {
  const options = union ? unionOptions(union) : [];
  const branches = issue.errors.map((errors, i) => ({ errors, schema: options[i] }));
  const shaped = branches.filter((b) => !b.errors.some((e) => e.code === 'invalid_type' && e.path.length === 0));
  if (shaped.length === 0 || !union) {
    const expected = union ? describeSchema(union) : 'a different value';
    return [{ path, anchor: 'value', message: `expected ${expected}, got ${describeValue(found)}` }];
  }
  // A key unknown to every object option is reported once, with the keys any of them allows.
  const unknownIn = shaped.map((b) => new Set(b.errors.flatMap((e) => (e.code === 'unrecognized_keys' && e.path.length === 0 ? e.keys : []))));
  const common = [...unknownIn[0]].filter((k) => unknownIn.every((s) => s.has(k)));
  const allowed = allowedKeys(shaped.flatMap((b) => (b.schema ? [b.schema] : [])));
  const complaints = common.map((key) => unknownKey([...path, key], key, allowed));
  const rest = shaped.map((b) => ({
    ...b,
    errors: b.errors.filter((e) => !(e.code === 'unrecognized_keys' && e.path.length === 0 && e.keys.every((k) => common.includes(k)))),
  }));
  const missingOnly = rest.every((b) => b.errors.length > 0 && b.errors.every(isMissingKey));
  if (missingOnly && rest.length > 1) {
    // Options that differ only in which key they require: {role, content} | {role, file}.
    if (complaints.length > 0) return complaints;
    const keys = [...new Set(rest.flatMap((b) => b.errors.map((e) => String(e.path[e.path.length - 1]))))];
    return [{ path, anchor: 'value', message: `missing required key: one of ${listOr(keys.map((k) => JSON.stringify(k)))}` }];
  }
  const best = rest.reduce((a, b) => (b.errors.length < a.errors.length ? b : a));
  if (complaints.length > 0 && best.errors.every(isMissingKey)) return complaints;
  return [...complaints, ...best.errors.flatMap((e) => (best.schema ? explainIssue(best.schema, e, path, found) : []))];
}

function isMissingKey(e: Issue): boolean {
  return e.code === 'invalid_type' && e.path.length === 1 && !('input' in e && e.input !== undefined);
}

function unknownKey(path: Path, key: string, allowed: string[]): Complaint {
  const guess = suggestKey(key, allowed);
  const hint = guess ? ` (did you mean ${JSON.stringify(guess)}?)` : '';
  const list = allowed.length > 0 ? `; allowed keys: ${allowed.join(', ')}` : '';
  return { path, anchor: 'key', message: `unknown key ${JSON.stringify(key)}${hint}${list}` };
}

/** What a user sees for a found value: strings quoted, containers by kind. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v.length > MAX_SHOWN_STRING ? `${v.slice(0, MAX_SHOWN_STRING)}…` : v);
  if (Array.isArray(v)) return v.length === 0 ? 'an empty list' : 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return `a ${typeof v}`;
}

function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? 'nothing';
  if (items.length === 2) return `${items[0]} or ${items[1]}`;
  return `one of ${items.join(', ')}`;
}

// --- Reading zod 4 schemas. The def shapes are zod's public core types; the casts only pick the
// --- variant that `def.type` already names.

function def(s: Schema): z.core.$ZodTypeDef {
  return s._zod.def;
}

function unwrap(s: Schema): Schema {
  let cur = s;
  for (;;) {
    const d = def(cur);
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'readonly' || d.type === 'nonoptional' || d.type === 'catch') {
      cur = (d as z.core.$ZodOptionalDef).innerType;
    } else if (d.type === 'pipe') cur = (d as z.core.$ZodPipeDef).in;
    else return cur;
  }
}

function unionOptions(s: Schema): Schema[] {
  const u = unwrap(s);
  return def(u).type === 'union' ? [...(def(u) as z.core.$ZodUnionDef).options] : [u];
}

/** The schema that validates the value at `path`, when the path is unambiguous. */
function schemaAt(root: Schema, path: readonly PathSegment[]): Schema | undefined {
  let cur: Schema | undefined = root;
  for (const seg of path) {
    if (!cur) return undefined;
    const u = unwrap(cur);
    const d = def(u);
    if (d.type === 'object') cur = (d as z.core.$ZodObjectDef).shape[String(seg)];
    else if (d.type === 'array') cur = (d as z.core.$ZodArrayDef).element;
    else if (d.type === 'record') cur = (d as z.core.$ZodRecordDef).valueType;
    else return undefined;
  }
  return cur;
}

function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let cur = value;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[String(seg)];
  }
  return cur;
}

function allowedKeys(schemas: readonly Schema[]): string[] {
  const keys = new Set<string>();
  for (const s of schemas) {
    for (const o of unionOptions(s)) {
      if (def(o).type === 'object') for (const k of Object.keys((def(o) as z.core.$ZodObjectDef).shape)) keys.add(k);
    }
  }
  return [...keys];
}

/** "a number between 0 and 1", "a list", `"pass" or "fail"` — what a schema accepts, in words. */
export function describeSchema(s: Schema): string {
  const outer = def(s);
  if (outer.type === 'nullable') return `${describeSchema((outer as z.core.$ZodNullableDef).innerType)} or null`;
  const u = unwrap(s);
  const d = def(u);
  switch (d.type) {
    case 'string':
      return 'a string';
    case 'number':
      return describeNumber(d as z.core.$ZodNumberDef);
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'an object';
    case 'enum':
      return listOr(Object.values((d as z.core.$ZodEnumDef).entries).map((v) => JSON.stringify(v)));
    case 'literal':
      return listOr((d as z.core.$ZodLiteralDef<z.core.util.Literal>).values.map((v) => JSON.stringify(v)));
    case 'union': {
      // A described union ("A duration: ...") says it better than a list of its options' types.
      const described = z.globalRegistry.get(s)?.description ?? z.globalRegistry.get(u)?.description;
      if (described) return described.charAt(0).toLowerCase() + described.slice(1).replace(/\.$/, '');
      const parts = [...new Set(unionOptions(u).map(describeSchema))];
      return parts.length === 2 ? `${parts[0]} or ${parts[1]}` : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
    }
    case 'unknown':
    case 'any':
      return 'any value';
    default:
      return `a ${d.type}`;
  }
}

function describeNumber(d: z.core.$ZodNumberDef): string {
  let integer = false;
  let min: { value: number; inclusive: boolean } | undefined;
  let max: { value: number; inclusive: boolean } | undefined;
  for (const check of d.checks ?? []) {
    const cd = check._zod.def as z.core.$ZodCheckDef & { format?: string; value?: unknown; inclusive?: boolean };
    if (cd.check === 'number_format' && (cd.format === 'safeint' || cd.format === 'int32')) integer = true;
    if (cd.check === 'greater_than' && typeof cd.value === 'number') min = { value: cd.value, inclusive: cd.inclusive ?? true };
    if (cd.check === 'less_than' && typeof cd.value === 'number') max = { value: cd.value, inclusive: cd.inclusive ?? true };
  }
  const noun = integer ? 'an integer' : 'a number';
  const low = (b: { value: number; inclusive: boolean }) => `${b.inclusive ? 'at least' : 'greater than'} ${b.value}`;
  const high = (b: { value: number; inclusive: boolean }) => `${b.inclusive ? 'at most' : 'less than'} ${b.value}`;
  if (min && max) {
    return min.inclusive && max.inclusive ? `${noun} between ${min.value} and ${max.value}` : `${noun} ${low(min)} and ${high(max)}`;
  }
  if (min && min.value === 0) return `${min.inclusive ? 'a non-negative' : 'a positive'} ${integer ? 'integer' : 'number'}`;
  if (min) return `${noun} ${low(min)}`;
  if (max) return `${noun} ${high(max)}`;
  return noun;
}
