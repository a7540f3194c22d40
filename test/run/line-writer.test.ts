import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LineWriter } from '../../src/run/line-writer.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function tempFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'evalgate-lines-'));
  dirs.push(dir);
  return join(dir, 'run.jsonl');
}

describe('LineWriter', () => {
  it('writes every line in order to a real file, without the caller waiting between lines', async () => {
    const path = await tempFile();
    const handle = await open(path, 'a');
    const writer = new LineWriter(handle);
    const lines = Array.from({ length: 2000 }, (_, i) => `${JSON.stringify({ i, pad: 'x'.repeat(i % 97), text: i % 5 === 0 ? 'é…' : 'e' })}\n`);
    for (const line of lines) writer.write(line);
    await writer.flush();
    await handle.close();
    expect(await readFile(path, 'utf8')).toBe(lines.join(''));
  });

  it('joins the lines that arrive during a write into one next write', async () => {
    const writes: string[] = [];
    let release: () => void = () => undefined;
    const writer = new LineWriter({
      appendFile: (data) =>
        new Promise<void>((resolve) => {
          writes.push(String(data));
          release = resolve;
        }),
    });
    writer.write('a\n');
    writer.write('b\n');
    writer.write('c\n');
    expect(writes).toEqual(['a\n']);
    release();
    await new Promise((r) => setImmediate(r));
    expect(writes).toEqual(['a\n', 'b\nc\n']);
    release();
    await writer.flush();
    expect(writes).toHaveLength(2);
  });

  it('reports the first failed write from flush and drops what was queued after it', async () => {
    const writes: string[] = [];
    const writer = new LineWriter({
      appendFile: async (data) => {
        writes.push(String(data));
        if (writes.length === 1) throw new Error('ENOSPC: no space left on device');
      },
    });
    writer.write('a\n');
    writer.write('b\n');
    await expect(writer.flush()).rejects.toThrow('ENOSPC');
    writer.write('c\n');
    await expect(writer.flush()).rejects.toThrow('ENOSPC');
    expect(writes).toEqual(['a\n']);
  });
});
