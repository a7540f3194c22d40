import { z } from 'zod';

/** Longest case id kept in the facts; longer ids are cut (they are shown in full further down). */
const ID_MAX = 100;
/** Cases named in the author's next step; the rest are counted. */
export const FIX_MAX = 5;

/*
 * What the sticky comment keeps as data in its marker (src/action/comment-state.ts): the header's
 * facts and the PR's earlier verdicts. Schemas only, so both the renderer and the state import them.
 */

/**
 * What the comment's header says, as data: the headline's causes, the cases to fix and the command
 * that reproduces the run. Kept in the sticky comment's marker state, so a label event re-renders
 * the headline and next steps from it instead of reading the comment's own text back.
 */
export const HeaderFacts = z.object({
  /** EvalGate's own words with numbers ("1 must-pass case fails", "score −9.4 pts (95% CI …)"). */
  causes: z.array(z.string().max(200)).max(6),
  /** Failing cases, must-pass ones first. Ids come from the suite file: rendered as untrusted text. */
  fix: z.array(z.object({ id: z.string().max(ID_MAX), mustPass: z.boolean() })).max(FIX_MAX),
  /** Failing cases beyond `fix`. */
  moreFix: z.number().int().nonnegative(),
  /** `evalgate compare …` with the refs, sample, seed and trials of this run; null without a base. */
  command: z.string().max(600).nullable(),
  /** Head was a working tree with uncommitted changes: `command` has no --head-ref and says so. */
  dirtyHead: z.boolean().optional(),
});
export type HeaderFacts = z.infer<typeof HeaderFacts>;

/** Earlier heads kept in the sticky comment: enough for a PR's recent trend, small in the marker. */
export const MAX_HISTORY = 10;

/** One earlier push of the PR: its head, the verdict and the headline's causes then. */
export const HistoryEntry = z.object({
  head: z.string().regex(/^[0-9a-f]{7,64}$/i),
  verdict: z.enum(['pass', 'fail', 'inconclusive', 'error']),
  causes: z.array(z.string().max(200)).max(6),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export function clipId(id: string): string {
  return id.length <= ID_MAX ? id : `${id.slice(0, ID_MAX - 1)}…`;
}
