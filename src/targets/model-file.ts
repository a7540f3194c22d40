import { readFile, realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { ChatTarget } from '../config/schema.js';
import { isInside, repoPath } from '../util/repo-path.js';
import { TargetError } from './target.js';

/**
 * Reads a file the target references, which must stay inside the evaluated tree: the tree is a
 * PR's checkout, and a path (or symlink) pointing elsewhere could send runner files to the model.
 * `what` names the setting in errors, e.g. `target.chat.messages[0].file`.
 */
export async function readInRoot(root: string, file: string, what: string): Promise<string> {
  const absRoot = resolve(root);
  const rel = repoPath(file);
  if (rel === null) {
    throw new TargetError('other', `${what}: ${file} is outside the repository; use a path relative to the repository root`);
  }
  let real: string;
  try {
    real = await realpath(resolve(absRoot, rel));
  } catch (error) {
    throw new TargetError('other', `${what}: ${file} does not exist in the evaluated tree`, undefined, { cause: error });
  }
  if (!isInside(await realpath(absRoot), real)) {
    throw new TargetError('other', `${what}: ${file} is a link to a file outside the repository`);
  }
  return readFile(real, 'utf8');
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object without a string `model`' : `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * The model a chat target calls: inline `model`, or the value at `model-key` (a dotted path) in
 * `model-file` (YAML or JSON) — a model name, or an object with a `model` field.
 */
export async function resolveModel(root: string, chat: ChatTarget): Promise<string> {
  if (chat.model !== undefined) {
    if (chat['model-file'] !== undefined) {
      throw new TargetError('other', 'target.chat: set either model or model-file, not both');
    }
    return chat.model;
  }
  const file = chat['model-file'];
  if (file === undefined) {
    throw new TargetError('other', 'target.chat: set model (e.g. gpt-4o-mini), or model-file with model-key');
  }
  const text = await readInRoot(root, file, 'target.chat.model-file');
  const found = modelFromText(file, text, chat['model-key']);
  if ('error' in found) throw new TargetError('other', found.error);
  return found.model;
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
