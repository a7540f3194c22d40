import { z } from 'zod';

/**
 * EvalGate's own record of which head commit a `labeled` event saw. GitHub keeps no such record:
 * the issue events API dates a label but does not say which head the PR had then, and no API
 * dates an ordinary push. The `labeled` event's payload does carry the head at that moment, so the
 * run it starts writes the pair (event id, head) into the sticky comment's marker state — a
 * comment only the token's identity can author. An approval under `approval-scope: head` counts
 * only for the head its label was seen on.
 */
export const Sighting = z.object({
  /** Issue event id of the `labeled` event (GitHub's id, not a time anyone can set). */
  event: z.number().int().nonnegative(),
  /** Head commit the event's payload showed; null when two runs disagreed (then it approves nothing). */
  head: z
    .string()
    .regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/)
    .nullable(),
});
export type Sighting = z.infer<typeof Sighting>;

/**
 * Sightings kept in the marker state: enough for a PR whose label is removed and re-added many
 * times, small enough (~60 characters each) for the 8,192-character state limit.
 */
export const MAX_SIGHTINGS = 20;

/** Why a sighting cannot be recorded now (shown in the log), or null when it can. */
export interface SightingInput {
  /** The label event the run saw as the last `labeled` event of the approve label. */
  lastLabeled: { id: number; actor: string | null } | null;
  /** `sender.login` of the event payload: who added the label that started this run. */
  sender: string | null;
  /** `pull_request.head.sha` of the event payload. */
  payloadHead: string;
  /** The pull request's head right now (GET pull). */
  liveHead: string;
  /** `GITHUB_RUN_ATTEMPT`: a re-run replays the old payload at a later time. */
  runAttempt: number;
}

/**
 * Whether this run may record that `lastLabeled` saw `payloadHead`. The payload is a snapshot of
 * the event that started the run; it is bound to the last `labeled` event only when nothing
 * suggests another event started it: the same person, the first attempt, and the head unchanged
 * since (a run that starts after a push knows nothing about the new head).
 */
export function sightingRefusal(input: SightingInput): string | null {
  if (input.lastLabeled === null) return 'GitHub lists no labeled event for the label';
  if (input.runAttempt > 1) return `this is attempt ${input.runAttempt} of the run: a re-run replays the payload of an earlier event`;
  if (input.sender === null || input.lastLabeled.actor === null || input.sender.toLowerCase() !== input.lastLabeled.actor.toLowerCase()) {
    return `the last labeled event is by ${input.lastLabeled.actor ?? 'a deleted account'}, this run was started by ${input.sender ?? 'nobody known'}`;
  }
  if (input.payloadHead.toLowerCase() !== input.liveHead.toLowerCase()) {
    return `the head moved from ${input.payloadHead.slice(0, 7)} to ${input.liveHead.slice(0, 7)} before this run started`;
  }
  return null;
}

/**
 * Adds a sighting. Two different heads for one event void it (head null): one of the runs was
 * started by another event, and nothing says which.
 */
export function recordSighting(sightings: readonly Sighting[], next: { event: number; head: string }): Sighting[] {
  const head = next.head.toLowerCase();
  const existing = sightings.find((s) => s.event === next.event);
  const merged: Sighting = existing === undefined || existing.head === head ? { event: next.event, head } : { event: next.event, head: null };
  return [...sightings.filter((s) => s.event !== next.event), merged].slice(-MAX_SIGHTINGS);
}

/** The sighting of one label event, if a run recorded one. */
export function sightingOf(sightings: readonly Sighting[], eventId: number): Sighting | null {
  return sightings.find((s) => s.event === eventId) ?? null;
}
