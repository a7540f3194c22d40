import { z } from 'zod';
import { shortCommit } from '../format.js';
import type { Renderer } from '../untrusted.js';
import { headline } from './headline.js';

/** Earlier heads kept in the sticky comment: enough for a PR's recent trend, small in the marker. */
export const MAX_HISTORY = 10;

/** One earlier push of the PR: its head, the verdict and the headline's causes then. */
export const HistoryEntry = z.object({
  head: z.string().regex(/^[0-9a-f]{7,64}$/i),
  verdict: z.enum(['pass', 'fail', 'inconclusive', 'error']),
  causes: z.array(z.string().max(200)).max(6),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

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
