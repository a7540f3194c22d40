import { PLACEHOLDER } from '../config/template-vars.js';
import { TargetError } from './target.js';

function describeKeys(value: Record<string, unknown>): string {
  const keys = Object.keys(value);
  return keys.length === 0 ? 'nothing' : keys.join(', ');
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

function format(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Fills `{{var}}` / `{{a.b}}` from `vars`; objects and arrays are JSON. A missing variable is an
 * error naming `where` and the keys that do exist: an empty string would silently test a
 * different prompt. Values are inserted once, so `{{x}}` inside a value is not expanded again.
 */
export function renderTemplate(text: string, vars: Record<string, unknown>, where: string): string {
  return text.replace(PLACEHOLDER, (_match, path: string) => {
    let current: unknown = vars;
    const parts = path.split('.');
    for (const [i, part] of parts.entries()) {
      const scope = parts.slice(0, i).join('.');
      if (!isRecord(current)) {
        throw new TargetError('template', `${where}: {{${path}}}: ${scope} is ${describeType(current)}, not an object`);
      }
      if (!Object.hasOwn(current, part) || current[part] === undefined) {
        const has = `${i === 0 ? '' : `${scope} `}has: ${describeKeys(current)}`;
        throw new TargetError('template', `${where}: {{${path}}} is not in the case input (${has})`);
      }
      current = current[part];
    }
    return format(current);
  });
}
