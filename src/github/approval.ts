import type { ApprovalRecord } from '../report/types.js';
import type { GitHubClient, RepoRef } from './client.js';
import { getCommitDate } from './commits.js';
import { listLabelEvents, type LabelEvent } from './events.js';
import { listLabels } from './labels.js';
import { getPermission, PERMISSIONS, type Permission } from './permission.js';

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
  /** When the head commit arrived (ISO), or null when unknown (then the label is not dated against it). */
  headPushedAt: string | null;
  headSha: string;
}

// GitHub treats label names case-insensitively (one label per name, whatever the case).
function sameLabel(a: string, b: string): boolean {
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
 * `head` — added it before the head commit arrived.
 */
export function evaluateApproval(args: ApprovalArgs): ApprovalRecord | null {
  if (!args.labels.some((l) => sameLabel(l, args.approveLabel))) return null;
  const commit = args.headSha;
  const last = args.events.filter((e) => e.event === 'labeled' && sameLabel(e.label, args.approveLabel)).at(-1);
  if (last === undefined) {
    return {
      state: 'ignored',
      actor: 'unknown',
      at: args.headPushedAt ?? '',
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
  // Not after the push does not count: equal timestamps cannot show the label saw this head.
  if (args.scope === 'head' && args.headPushedAt !== null && Date.parse(at) <= Date.parse(args.headPushedAt)) {
    return {
      state: 'ignored',
      actor,
      at,
      commit,
      reason: `added before the latest push (${commit.slice(0, 7)}); re-apply it`,
    };
  }
  return { state: 'approved', actor, at, commit, reason: `approved by ${actor} (${permission})` };
}

export interface ResolveApprovalOptions {
  approveLabel: string;
  required: RequiredPermission;
  scope: ApprovalScope;
  headSha: string;
  /** When the head arrived, if the caller knows better than the default (see resolveApproval). */
  headPushedAt?: string | null;
}

/**
 * Fetches what evaluateApproval needs: labels, label events, the actor's permission and (scope
 * `head`) when the head arrived. "Arrived" defaults to the head commit's committer date: the REST
 * API records no time for ordinary pushes (only force pushes have a timeline event), and the
 * committer date is the closest public proxy. It is set by the committer, so a pusher can
 * backdate it; callers with a server-side time (the `synchronize` run's start) pass `headPushedAt`.
 */
export async function resolveApproval(
  client: GitHubClient,
  ref: RepoRef,
  prNumber: number,
  options: ResolveApprovalOptions,
): Promise<ApprovalRecord | null> {
  const labels = await listLabels(client, ref, prNumber);
  if (!labels.some((l) => sameLabel(l, options.approveLabel))) return null;
  const events = await listLabelEvents(client, ref, prNumber);
  const last = events.filter((e) => e.event === 'labeled' && sameLabel(e.label, options.approveLabel)).at(-1);
  const permissionOf: Record<string, Permission> = {};
  if (last?.actor != null && !isBot(last.actor, last.actorType)) {
    permissionOf[last.actor] = await getPermission(client, ref, last.actor);
  }
  const headPushedAt =
    options.scope === 'pr' ? null : options.headPushedAt !== undefined ? options.headPushedAt : await getCommitDate(client, ref, options.headSha);
  return evaluateApproval({
    labels,
    events,
    approveLabel: options.approveLabel,
    permissionOf,
    required: options.required,
    scope: options.scope,
    headPushedAt,
    headSha: options.headSha,
  });
}
