import type { GitHubClient, RepoRef } from './client.js';
import { listPullRequestEvents, type LabelEvent } from './events.js';
import { listLabels } from './labels.js';
import { getPermission, PERMISSIONS, type Permission } from './permission.js';
import { sightingOf, type Sighting } from './label-sightings.js';

/** What the approval label means for this run, recorded in the comment and the report. */
export interface ApprovalRecord {
  /** approved: the label counts; ignored: a label exists but does not count (reason says why). */
  state: 'approved' | 'ignored';
  actor: string;
  /** ISO time the label was added. */
  at: string;
  /** Head commit the approval applies to. */
  commit: string;
  reason: string;
}

export type RequiredPermission = 'write' | 'maintain' | 'admin';
export type ApprovalScope = 'head' | 'pr';

export interface ApprovalArgs {
  /** Labels currently on the pull request. */
  labels: readonly string[];
  /** The PR's labeled/unlabeled events, in API order (oldest first). */
  events: readonly LabelEvent[];
  approveLabel: string;
  /** Repository role of the label's actor (missing → none). */
  permissionOf: Readonly<Record<string, Permission>>;
  required: RequiredPermission;
  scope: ApprovalScope;
  /** Which head each `labeled` event was seen on, as EvalGate recorded it (see label-sightings). */
  sightings: readonly Sighting[];
  /** Times the head branch was force-pushed (GitHub's clock). */
  forcePushedAt: readonly string[];
  headSha: string;
}

// GitHub treats label names case-insensitively (one label per name, whatever the case).
export function sameLabel(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function isBot(login: string, type: string | null): boolean {
  return type === 'Bot' || login.toLowerCase().endsWith('[bot]');
}

function rank(permission: Permission): number {
  return PERMISSIONS.indexOf(permission);
}

/**
 * Decides whether the approve label approves this head. Null when the label is not on the PR.
 * Otherwise the last `labeled` event names the actor, and the label is `ignored` (with the reason
 * shown in the comment) when the actor is a bot, lacks `required` permission, or — with scope
 * `head` — added it while the PR showed another head (see headScopeRefusal).
 */
export function evaluateApproval(args: ApprovalArgs): ApprovalRecord | null {
  if (!args.labels.some((l) => sameLabel(l, args.approveLabel))) return null;
  const commit = args.headSha;
  const last = lastLabeled(args.events, args.approveLabel);
  if (last === undefined) {
    return {
      state: 'ignored',
      actor: 'unknown',
      at: '',
      commit,
      reason: 'no record of who added the label was found; remove it and add it again',
    };
  }
  const at = last.createdAt;
  if (last.actor === null) {
    return { state: 'ignored', actor: 'ghost', at, commit, reason: 'added by a deleted account; re-apply it' };
  }
  const actor = last.actor;
  if (isBot(actor, last.actorType)) {
    return { state: 'ignored', actor, at, commit, reason: `added by a bot (${actor}); bots cannot approve` };
  }
  const permission = args.permissionOf[actor] ?? 'none';
  if (rank(permission) < rank(args.required)) {
    return {
      state: 'ignored',
      actor,
      at,
      commit,
      reason: `${actor} has ${permission} permission; approving needs ${args.required} or higher`,
    };
  }
  if (args.scope === 'head') {
    const refusal = headScopeRefusal(last, args);
    if (refusal !== null) return { state: 'ignored', actor, at, commit, reason: refusal };
  }
  return { state: 'approved', actor, at, commit, reason: `approved by ${actor} (${permission})` };
}

/**
 * Scope `head`: the label must have been seen on this very head by an EvalGate run (its marker
 * state), and the branch not force-pushed since. Without a force-push a branch only moves forward
 * (fast-forward), so a head seen at the label and current now was the head all along.
 */
function headScopeRefusal(last: LabelEvent, args: ApprovalArgs): string | null {
  const short = args.headSha.slice(0, 7);
  const sighting = sightingOf(args.sightings, last.id);
  if (sighting === null) {
    return `no EvalGate run recorded which commit the label was added to (the workflow must run on \`labeled\` events); remove it and add it again`;
  }
  if (sighting.head === null) return 'two runs disagree about which commit the label was added to; remove it and add it again';
  if (sighting.head !== args.headSha.toLowerCase()) {
    return `added while the head was ${sighting.head.slice(0, 7)}, not ${short}; re-apply it`;
  }
  const labeledAt = Date.parse(last.createdAt);
  if (args.forcePushedAt.some((t) => Date.parse(t) >= labeledAt)) return `the branch was force-pushed after the label was added (${short}); re-apply it`;
  return null;
}

export interface ResolveApprovalOptions {
  approveLabel: string;
  required: RequiredPermission;
  scope: ApprovalScope;
  headSha: string;
  /** EvalGate's record of which head each label event saw (from the sticky comment's state). */
  sightings: readonly Sighting[];
}

/** Fetches what evaluateApproval needs: labels, label and force-push events, the actor's permission. */
export async function resolveApproval(client: GitHubClient, ref: RepoRef, prNumber: number, options: ResolveApprovalOptions): Promise<ApprovalRecord | null> {
  const labels = await listLabels(client, ref, prNumber);
  if (!labels.some((l) => sameLabel(l, options.approveLabel))) return null;
  const { labels: events, forcePushedAt } = await listPullRequestEvents(client, ref, prNumber);
  const last = lastLabeled(events, options.approveLabel);
  const permissionOf: Record<string, Permission> = {};
  if (last?.actor != null && !isBot(last.actor, last.actorType)) {
    permissionOf[last.actor] = await getPermission(client, ref, last.actor);
  }
  return evaluateApproval({
    labels,
    events,
    approveLabel: options.approveLabel,
    permissionOf,
    required: options.required,
    scope: options.scope,
    sightings: options.sightings,
    forcePushedAt,
    headSha: options.headSha,
  });
}

/** The last `labeled` event of the approve label: the one that put the label there now. */
export function lastLabeled(events: readonly LabelEvent[], approveLabel: string): LabelEvent | undefined {
  return events.filter((e) => e.event === 'labeled' && sameLabel(e.label, approveLabel)).at(-1);
}
