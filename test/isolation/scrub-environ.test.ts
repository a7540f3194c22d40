import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { blankValues, environRange } from '../../src/isolation/scrub-environ.js';

const block = (entries: string[]) => Buffer.from(`${entries.join('\0')}\0`, 'latin1');

describe('blankValues', () => {
  it.each([
    {
      name: 'zeroes each value and keeps each name',
      entries: ['A=1', 'TOKEN=s3cret', 'PATH=/bin:/usr/bin'],
      values: 3,
      text: 'A=\0\0TOKEN=\0\0\0\0\0\0\0PATH=',
    },
    { name: 'keeps `=` inside a value blanked with the rest', entries: ['X=a=b'], values: 1, text: 'X=' },
    { name: 'leaves empty values and entries without `=` alone', entries: ['EMPTY=', 'NOEQUALS'], values: 0, text: 'EMPTY=\0NOEQUALS' },
  ])('$name', ({ entries, values, text }) => {
    const input = block(entries);
    const out = blankValues(input);
    expect(out.values).toBe(values);
    expect(out.block.length).toBe(input.length);
    expect(out.block.toString('latin1').replace(/\0+$/, '')).toBe(text);
  });
});

describe('environRange', () => {
  it('reads fields 50 and 51 even when the command name has spaces and parentheses', () => {
    const tail = Array.from({ length: 49 }, (_, i) => String(i + 3));
    tail[50 - 3] = '140000';
    tail[51 - 3] = '140900';
    expect(environRange(`1234 (we (ird) name) ${tail.join(' ')}`)).toEqual({ start: 140000, end: 140900 });
  });
});

describe('scrubInitialEnvironment', () => {
  it('blanks what /proc/<pid>/environ shows, and process.env keeps its values', () => {
    // A child process, so this test's own environment is left alone.
    const script = `
      import { readFileSync } from 'node:fs';
      import { scrubInitialEnvironment } from ${JSON.stringify(new URL('../../src/isolation/scrub-environ.ts', import.meta.url).href)};
      const result = scrubInitialEnvironment((name) => name !== 'DROPPED');
      const environ = readFileSync('/proc/self/environ', 'latin1');
      console.log(JSON.stringify({ result, inBlock: environ.includes('planted-secret-value'), kept: process.env.KEPT, dropped: process.env.DROPPED ?? null }));
    `;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { PATH: process.env.PATH, KEPT: 'planted-secret-value-1', DROPPED: 'planted-secret-value-2' },
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({ result: { scrubbed: true, values: expect.any(Number) }, inBlock: false, kept: 'planted-secret-value-1', dropped: null });
  });
});
