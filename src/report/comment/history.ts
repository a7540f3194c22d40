import { shortCommit } from '../format.js';
import type { Renderer } from '../untrusted.js';
import type { HistoryEntry } from './facts.js';
import { headline } from './headline.js';

/** Earlier pushes, newest first, folded into one line: a reviewer sees the trend without scrolling. */
export function historySection(r: Renderer, history: readonly HistoryEntry[]): string | null {
  if (history.length === 0) return null;
  const lines = history.map((h) => {
    const line = headline(r, h.verdict, h.verdict, h.causes).replace(/^#+ /, '');
    return `- ${shortCommit(h.head) ?? 'unknown'} ${line}`;
  });
  const latest = history[0];
  const summary = `Earlier pushes (${history.length}; previous: ${shortCommit(latest.head) ?? 'unknown'} ${headline(r, latest.verdict, latest.verdict, []).replace(/^#+ /, '')})`;
  return `<details>\n<summary>${summary}</summary>\n\n${lines.join('\n')}\n\n</details>`;
}
