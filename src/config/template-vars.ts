/** `{{name}}` or `{{a.b.c}}`, whitespace allowed inside the braces. Anything else is left as text. */
export const PLACEHOLDER = /\{\{\s*([A-Za-z_$][\w$-]*(?:\.[\w$-]+)*)\s*\}\}/g;

/** The variable paths a template uses, in order of first use. Pure. */
export function templateVariables(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Whether `a.b.c` names a defined value in `vars`. Pure. */
export function hasVariable(vars: unknown, path: string): boolean {
  let current: unknown = vars;
  for (const part of path.split('.')) {
    if (!isRecord(current) || !Object.hasOwn(current, part) || current[part] === undefined) return false;
    current = current[part];
  }
  return true;
}
