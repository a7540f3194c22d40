import { z } from 'zod';
import { MAX_SIGHTINGS, Sighting } from './label-sightings.js';
import { decodeMarkerState } from './marker.js';

/**
 * What EvalGate keeps in its sticky comment's marker: the verdict and outputs of the head shown
 * (so a label event can re-decide for free) and which head each approve-label event was seen on.
 * Only read from a comment found by marker AND the token's identity (findStickyComment).
 */
export const CommentState = z.object({
  v: z.literal(1),
  head: z.string(),
  /** Absent in notices (skipped, not applicable), which carry no results. */
  verdict: z.enum(['pass', 'fail', 'inconclusive', 'error']).optional(),
  outputs: z.record(z.string(), z.string()).optional(),
  sightings: z.array(Sighting).max(MAX_SIGHTINGS).optional(),
});
export type CommentState = z.infer<typeof CommentState>;

/** The state of a marker's `state` attribute; null when absent or not ours. */
export function parseCommentState(state: string | null): CommentState | null {
  if (state === null) return null;
  const parsed = CommentState.safeParse(decodeMarkerState(state));
  return parsed.success ? parsed.data : null;
}
