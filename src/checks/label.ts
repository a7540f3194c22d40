import { CHECK_KEYS, type CheckKind, type CheckSpec } from '../config/schema.js';
import { javascriptLabel } from './javascript.js';
import { type ContainsValue, regexLabel } from './string.js';
import { formatUsd } from './limits.js';
import { oneLine, quote, truncate } from './text.js';

/** Labels stay short: they head a row in the PR comment's check table. */
const LABEL_CHARS = 60;

/** The check keys present in a spec, in canonical order. */
export function checkKinds(spec: CheckSpec): CheckKind[] {
  return CHECK_KEYS.filter((key) => spec[key] !== undefined);
}

function containsLabel(kind: string, value: ContainsValue): string {
  if (typeof value === 'string') return `${kind} ${quote(value, 40)}`;
  const items = Array.isArray(value) ? value : 'any' in value ? value.any : value.all;
  // A plain list means "all must appear" for contains but "none may appear" for not-contains.
  const listMode = kind === 'contains' ? 'all' : 'any';
  const mode = Array.isArray(value) ? listMode : 'any' in value ? 'any' : 'all';
  return `${kind} ${mode} of ${items.map((item) => quote(item, 20)).join(', ')}`;
}

function labelFor(kind: CheckKind, spec: CheckSpec): string {
  switch (kind) {
    case 'equals':
      return `equals ${quote(spec.equals ?? '', 40)}`;
    case 'contains':
    case 'not-contains':
      return containsLabel(kind, spec[kind] as ContainsValue);
    case 'regex':
    case 'not-regex':
      return `${kind} ${regexLabel(spec[kind] as NonNullable<CheckSpec['regex']>)}`;
    case 'starts-with':
      return `starts-with ${quote(spec['starts-with'] ?? '', 40)}`;
    case 'is-json':
      return spec['is-json'] === false ? 'is-json false' : 'is-json';
    case 'json-schema': {
      const value = spec['json-schema'] as Record<string, unknown>;
      return typeof value.file === 'string' && Object.keys(value).length === 1 ? `json-schema ${value.file}` : 'json-schema (inline)';
    }
    case 'max-length':
      return `max-length ${spec['max-length']}`;
    case 'max-latency': {
      const value = spec['max-latency'];
      return `max-latency ${typeof value === 'number' ? `${value}s` : value}`;
    }
    case 'max-cost':
      return `max-cost ${formatUsd(spec['max-cost'] ?? 0)}`;
    case 'max-tokens':
      return `max-tokens ${spec['max-tokens']}`;
    case 'max-steps':
      return `max-steps ${spec['max-steps']}`;
    case 'tools': {
      const tools = spec.tools ?? {};
      const parts = [
        tools['must-call'] ? `must-call ${tools['must-call'].join(', ')}` : null,
        tools['must-not-call'] ? `must-not-call ${tools['must-not-call'].join(', ')}` : null,
        tools.allowed ? `allowed ${tools.allowed.join(', ')}` : null,
      ].filter((part): part is string => part !== null);
      return `tools: ${parts.join('; ') || 'any'}`;
    }
    case 'javascript':
      return `javascript ${javascriptLabel(spec.javascript as NonNullable<CheckSpec['javascript']>)}`;
    case 'judge': {
      const value = spec.judge as NonNullable<CheckSpec['judge']>;
      const rubric = typeof value === 'string' ? value : value.rubric;
      return rubric ? `judge: ${oneLine(rubric)}` : 'judge (suite rubric)';
    }
  }
}

/** A short human label for a check, e.g. `contains "30 days"`, `max-latency 20s`, `judge: States…`. */
export function checkLabel(spec: CheckSpec): string {
  const kinds = checkKinds(spec);
  if (kinds.length !== 1) return kinds.length === 0 ? 'empty check' : kinds.join(' + ');
  const label = labelFor(kinds[0], spec);
  const withCase = spec['ignore-case'] ? `${label} (ignore case)` : label;
  return truncate(withCase, LABEL_CHARS);
}
