import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonChunks, writeAll, writeJsonFile, type GatherWriter } from '../../src/results/io.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const expected = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

describe('jsonChunks', () => {
  it('joins to exactly what JSON.stringify(value, null, 2) writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonChunks(value)].join('')).toBe(expected(value));
      }),
      { numRuns: 300 },
    );
  });

  it('matches it for objects of arrays of nested records, one chunk per array element', () => {
    const record = fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined)));
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.array(record), record, fc.jsonValue())), (value) => {
        expect([...jsonChunks(value)].join('')).toBe(expected(value));
      }),
      { numRuns: 300 },
    );
    const cases = Array.from({ length: 5 }, (_, i) => ({ id: `c${i}`, output: 'line 1\nline 2', steps: [{ a: [1, { b: null }] }] }));
    const chunks = [...jsonChunks({ version: 1, cases })];
    expect(chunks.filter((c) => c.includes('"id"'))).toHaveLength(5);
  });

  it('leaves out what JSON.stringify leaves out, and keeps what toJSON says', () => {
    const value = { a: undefined, f: () => 1, s: Symbol('s'), when: new Date(0), list: [undefined, () => 1, 2], ['__proto__']: [1] };
    expect([...jsonChunks(value)].join('')).toBe(expected(value));
    expect([...jsonChunks({})].join('')).toBe('{}\n');
  });
});

describe('writeJsonFile', () => {
  it('writes the whole document, bigger than one write, and leaves no temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'evalgate-io-'));
    dirs.push(dir);
    const value = { meta: { n: 3000 }, cases: Array.from({ length: 3000 }, (_, i) => ({ id: `case-${i}`, text: 'é'.repeat(500) })) };
    const path = join(dir, 'sub', 'evalgate-results.json');
    await writeJsonFile(path, value);
    expect(await readFile(path, 'utf8')).toBe(expected(value));
    expect(await readdir(join(dir, 'sub'))).toEqual(['evalgate-results.json']);
  });
});

describe('writeAll', () => {
  it('finishes a gathered write the system only partly did', async () => {
    const written: Buffer[] = [];
    // A file system that takes at most 5 bytes per call.
    const handle: GatherWriter = {
      writev: async (buffers: Buffer[]) => {
        const part = Buffer.concat(buffers).subarray(0, 5);
        written.push(part);
        return { bytesWritten: part.length };
      },
      write: async (buffer: Buffer, offset: number) => {
        const part = buffer.subarray(offset, offset + 5);
        written.push(part);
        return { bytesWritten: part.length };
      },
    };
    const pieces = [Buffer.from('hello '), Buffer.from('wörld, '), Buffer.from('again')];
    await writeAll(handle, pieces, Buffer.concat(pieces).length);
    expect(Buffer.concat(written).toString('utf8')).toBe('hello wörld, again');
  });
});
