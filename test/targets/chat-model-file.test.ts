import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatTarget } from '../../src/config/schema.js';
import { resolveModel } from '../../src/targets/model-file.js';
import { TargetError } from '../../src/targets/target.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'evalgate-model-'));
  const files: Record<string, string> = {
    'config/models.yaml': 'support:\n  model: gpt-4o\n  temperature: 0\ntriage: gpt-4.1-nano\nnested:\n  deep:\n    model: o4-mini\n',
    'config/models.json': JSON.stringify({ support: { model: 'gpt-5-mini' } }),
    'config/plain.yaml': 'gpt-4o-mini\n',
    'config/broken.yaml': 'support: [unclosed\n',
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const messages: ChatTarget['messages'] = [{ role: 'user', content: 'hi' }];

describe('resolveModel', () => {
  it.each([
    { name: 'inline model', spec: { model: 'gpt-4o-mini', messages }, model: 'gpt-4o-mini' },
    { name: 'object with a model field', spec: { 'model-file': 'config/models.yaml', 'model-key': 'support', messages }, model: 'gpt-4o' },
    { name: 'string value', spec: { 'model-file': 'config/models.yaml', 'model-key': 'triage', messages }, model: 'gpt-4.1-nano' },
    { name: 'dotted key', spec: { 'model-file': 'config/models.yaml', 'model-key': 'nested.deep', messages }, model: 'o4-mini' },
    { name: 'JSON file', spec: { 'model-file': 'config/models.json', 'model-key': 'support', messages }, model: 'gpt-5-mini' },
    { name: 'file that is just a name', spec: { 'model-file': 'config/plain.yaml', messages }, model: 'gpt-4o-mini' },
  ] satisfies { name: string; spec: ChatTarget; model: string }[])('reads $name', async ({ spec, model }) => {
    expect(await resolveModel(root, spec)).toBe(model);
  });

  it.each([
    { name: 'neither model nor model-file', spec: { messages }, message: 'target.chat: set model (e.g. gpt-4o-mini), or model-file with model-key' },
    { name: 'both', spec: { model: 'x', 'model-file': 'config/models.yaml', messages }, message: 'target.chat: set either model or model-file, not both' },
    {
      name: 'a missing key',
      spec: { 'model-file': 'config/models.yaml', 'model-key': 'billing', messages },
      message: 'config/models.yaml: model-key billing not found (has: support, triage, nested)',
    },
    {
      name: 'a key without a model',
      spec: { 'model-file': 'config/models.yaml', 'model-key': 'nested', messages },
      message: 'config/models.yaml: model-key nested should be a model name or an object with a model field, got an object without a string `model`',
    },
    {
      name: 'a missing file',
      spec: { 'model-file': 'config/none.yaml', 'model-key': 'a', messages },
      message: 'target.chat.model-file: config/none.yaml does not exist',
    },
    { name: 'a file outside the tree', spec: { 'model-file': '../models.yaml', 'model-key': 'a', messages }, message: 'is outside the repository' },
    {
      name: 'invalid YAML',
      spec: { 'model-file': 'config/broken.yaml', 'model-key': 'support', messages },
      message: 'config/broken.yaml: not valid YAML or JSON',
    },
  ] satisfies { name: string; spec: ChatTarget; message: string }[])('explains $name', async ({ spec, message }) => {
    const error = await resolveModel(root, spec).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetError);
    expect((error as TargetError).message).toContain(message);
  });
});
