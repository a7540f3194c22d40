import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { decodeUtf8 } from '../../src/config/files.js';
import { loadSuite } from '../../src/config/load.js';
import { usingRepo } from './repo.js';

const bytes = (...parts: (string | number)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p)] : [p])));

describe('decodeUtf8', () => {
  it.each<[string, Uint8Array, ReturnType<typeof decodeUtf8>]>([
    ['plain ASCII', bytes('a: 1\n'), { kind: 'file', text: 'a: 1\n' }],
    ['multi-byte text (é, €, 😀)', bytes('é € 😀'), { kind: 'file', text: 'é € 😀' }],
    ['a byte-order mark, dropped', bytes(0xef, 0xbb, 0xbf, 'x'), { kind: 'file', text: 'x' }],
    ['Latin-1 é on line 2', bytes('ok\ncaf', 0xe9, '\n'), { kind: 'not-utf8', line: 2, column: 4 }],
    ['a truncated sequence at the end', bytes('ab', 0xe2, 0x82), { kind: 'not-utf8', line: 1, column: 3 }],
    ['an overlong encoding of "/"', bytes(0xc0, 0xaf), { kind: 'not-utf8', line: 1, column: 1 }],
    ['an encoded surrogate', bytes('€', 0xed, 0xa0, 0x80), { kind: 'not-utf8', line: 1, column: 2 }],
  ])('%s', (_name, input, fact) => {
    expect(decodeUtf8(input)).toEqual(fact);
  });
});

describe('symlinks', () => {
  it('rejects a prompt file that links outside the repository', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'evalgate-outside-'));
    try {
      await writeFile(path.join(outside, 'secret.md'), 'secret');
      const root = await usingRepo({
        'evals/evalgate.yaml':
          'version: 1\ntarget:\n  chat:\n    model: m\n    messages: [{ role: system, file: prompts/p.md }]\ncases:\n  - { id: a, input: {} }\n',
      });
      await mkdir(path.join(root, 'prompts'));
      await symlink(path.join(outside, 'secret.md'), path.join(root, 'prompts', 'p.md'));
      const error = await loadSuite(root, 'evals/evalgate.yaml').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toBe(
        'evals/evalgate.yaml:5:38 target.chat.messages[0].file: prompt file "prompts/p.md" is a symlink to a file outside the repository',
      );
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
