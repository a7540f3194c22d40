import { readFile, realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ChatTarget } from '../config/schema.js';
import { isInside, repoPath } from '../util/repo-path.js';
import { modelFromText } from '../config/model-key.js';
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
