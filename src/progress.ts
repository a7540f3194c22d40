import type { Progress } from './run/executor.js';

/** Non-TTY output (CI logs) gets a line at most this often, so logs stay readable. */
const LINE_INTERVAL_MS = 5_000;
const BAR_WIDTH = 24;

/**
 * A live progress line on stderr: a redrawn bar on a terminal, periodic plain lines otherwise.
 * One reporter serves several sides (base and head run together).
 */
export function createProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  now: () => number = Date.now,
): { update: (side: string, progress: Progress) => void } {
  const sides = new Map<string, Progress>();
  let lastLine = -Infinity; // the first update always prints: the run has started
  const finishedSides = new Set<string>();
  return {
    update(side, progress) {
      sides.set(side, progress);
      const done = [...sides.values()].reduce((s, p) => s + p.done, 0);
      const total = [...sides.values()].reduce((s, p) => s + p.total, 0);
      const errors = [...sides.values()].reduce((s, p) => s + p.errors, 0);
      const parts = [...sides.entries()].map(([name, p]) => `${name} ${p.done}/${p.total}`).join(', ');
      if (stream.isTTY) {
        const finished = [...sides.values()].every((p) => p.done === p.total);
        const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
        stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${parts}${errors ? `, ${errors} errors` : ''}\u001b[K`);
        if (finished) stream.write('\n');
        return;
      }
      // A line when a side finishes (once each) or every few seconds, never a flood.
      const sideJustFinished = progress.done === progress.total && !finishedSides.has(side);
      if (sideJustFinished) finishedSides.add(side);
      if (sideJustFinished || now() - lastLine >= LINE_INTERVAL_MS) {
        lastLine = now();
        stream.write(`progress: ${parts}${errors ? `, ${errors} errors` : ''}\n`);
      }
    },
  };
}
