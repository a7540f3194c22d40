import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/progress.js';

class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

describe('progress line', () => {
  it('in CI logs: a line every few seconds and one when each side finishes, never a flood', () => {
    const out = new Capture();
    let now = 0;
    const progress = createProgress(out, () => now);
    for (let done = 1; done <= 10; done++) {
      now += 100; // 10 updates in a second
      progress.update('base', { done, total: 10, errors: done === 3 ? 1 : 0, failed: 0 });
    }
    now += 10_000;
    progress.update('head', { done: 4, total: 10, errors: 0, failed: 0 });
    for (let done = 5; done <= 10; done++) progress.update('head', { done, total: 10, errors: 0, failed: 0 });
    const lines = out.text.trim().split('\n');
    expect(lines).toEqual(['progress: base 1/10', 'progress: base 10/10', 'progress: base 10/10, head 4/10', 'progress: base 10/10, head 10/10']);
  });

  it('on a terminal: one redrawn bar with the error count, ending with a newline', () => {
    const out = new Capture();
    out.isTTY = true;
    const progress = createProgress(out, () => 0);
    progress.update('single', { done: 1, total: 4, errors: 1, failed: 0 });
    progress.update('single', { done: 4, total: 4, errors: 1, failed: 0 });
    expect(out.text).toContain('\r[######------------------] single 1/4, 1 errors');
    expect(out.text.endsWith('single 4/4, 1 errors\u001b[K\n')).toBe(true);
    expect(out.text.split('\n')).toHaveLength(2);
  });
});
