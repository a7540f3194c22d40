import { parse } from 'yaml';

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object without a string `model`' : `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * The model `key` (a dotted path) names in a model file's text, or what is wrong. Pure, so suite
 * validation reports a wrong key with its position before any case runs, with the same words.
 */
export function modelFromText(file: string, text: string, key: string | undefined): { model: string } | { error: string } {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    return { error: `${file}: not valid YAML or JSON: ${(error as Error).message}` };
  }
  let value: unknown = doc;
  for (const part of key === undefined ? [] : key.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, part)) {
      const has = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).join(', ') : '';
      return { error: `${file}: model-key ${key} not found${has ? ` (has: ${has})` : ''}` };
    }
    value = (value as Record<string, unknown>)[part];
  }
  if (typeof value === 'string' && value.trim() !== '') return { model: value.trim() };
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const model = (value as Record<string, unknown>).model;
    if (typeof model === 'string' && model.trim() !== '') return { model: model.trim() };
  }
  const at = key === undefined ? 'the file' : `model-key ${key}`;
  return { error: `${file}: ${at} should be a model name or an object with a model field, got ${describe(value)}` };
}
