// In the action, not src/github: the state joins GitHub's marker and label sightings with the
// report's header facts, and from src/github it made github and report import each other.
import { z } from 'zod';
import { MAX_SIGHTINGS, Sighting } from '../github/label-sightings.js';
import { decodeMarkerState, encodeMarkerState, MARKER_STATE_LIMIT } from '../github/marker.js';
import { HeaderFacts, HistoryEntry, MAX_HISTORY } from '../report/comment/facts.js';

/**
 * What EvalGate keeps in its sticky comment's marker: the verdict and outputs of the head shown
 * (so a label event can re-decide for free), the header's facts (so it re-renders the headline
 * and next steps from data, not from the comment's text), the verdicts of the PR's earlier heads,
 * and which head each approve-label event was seen on. Only read from a comment found by marker
 * AND the token's identity (findStickyComment). Every field but `v` and `head` is optional, so
 * comments written by older versions still parse.
 */
export const CommentState = z.object({
  v: z.literal(1),
  head: z.string(),
  /** Absent in notices (skipped, not applicable), which carry no results. */
  verdict: z.enum(['pass', 'fail', 'inconclusive', 'error']).optional(),
  outputs: z.record(z.string(), z.string()).optional(),
  sightings: z.array(Sighting).max(MAX_SIGHTINGS).optional(),
  header: HeaderFacts.optional(),
  /** Earlier heads of the PR, newest first. */
  history: z.array(HistoryEntry).max(MAX_HISTORY).optional(),
});
export type CommentState = z.infer<typeof CommentState>;

/** The state of a marker's `state` attribute; null when absent or not ours. */
export function parseCommentState(state: string | null): CommentState | null {
  if (state === null) return null;
  const parsed = CommentState.safeParse(decodeMarkerState(state));
  return parsed.success ? parsed.data : null;
}

/**
 * The history a comment for `head` carries: the head the previous comment showed (when it showed
 * results for another head) on top of that comment's own history, newest first, at most MAX_HISTORY.
 * A re-run for the same head keeps the history as it was.
 */
export function nextHistory(previous: CommentState | null, head: string): HistoryEntry[] {
  const earlier = previous?.history ?? [];
  if (!previous || previous.head.toLowerCase() === head.toLowerCase() || !previous.verdict) return earlier.slice(0, MAX_HISTORY);
  const entry = HistoryEntry.safeParse({ head: previous.head, verdict: previous.verdict, causes: previous.header?.causes ?? [] });
  return (entry.success ? [entry.data, ...earlier] : earlier).slice(0, MAX_HISTORY);
}

/**
 * The state encoded for the marker, within MARKER_STATE_LIMIT: the oldest history entries go
 * first, then the header facts (the comment then re-renders a plain headline); sightings, the
 * verdict and the outputs are what approvals and re-decisions need and are always kept.
 */
export function encodeCommentState(state: CommentState): string {
  let candidate: CommentState = state;
  for (;;) {
    const encoded = encodeMarkerState(candidate);
    if (encoded.length <= MARKER_STATE_LIMIT) return encoded;
    const history = candidate.history ?? [];
    if (history.length > 0) candidate = { ...candidate, history: history.slice(0, -1) };
    else if (candidate.header) candidate = { ...candidate, header: undefined };
    else return encoded;
  }
}
