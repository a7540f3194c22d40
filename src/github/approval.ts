import type { ApprovalRecord } from '../report/types.js';
import type { GitHubClient, RepoRef } from './client.js';
import { getCommitDate } from './commits.js';
import { isRequestError } from './errors.js';
import { listPullRequestEvents, type LabelEvent } from './events.js';
import { listLabels } from './labels.js';
import { getPermission, PERMISSIONS, type Permission } from './permission.js';
import { earliestRunCreatedAt } from './runs.js';

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

/**
 * When the head arrived: the later of its first workflow run's creation (GitHub's clock) and its
 * committer date (the pusher's clock). A backdated commit cannot pull the time before the run, and
 * a forward-dated one only makes approvals stricter. Null when neither is known.
 */
export function headArrival(firstRunAt: string | null, committedAt: string | null): string | null {
  if (firstRunAt === null) return committedAt;
  if (committedAt === null) return firstRunAt;
  return Date.parse(committedAt) > Date.parse(firstRunAt) ? committedAt : firstRunAt;
}

function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

export interface ResolveApprovalOptions {
  approveLabel: string;
  required: RequiredPermission;
  scope: ApprovalScope;
  headSha: string;
  /** When the head arrived, if the caller knows better than the default (see resolveApproval). */
  headPushedAt?: string | null;
  /**
   * Told (once per call) when the push time rests on the committer date alone, which the pusher
   * can backdate: the runs API refused (no `actions: read`) or found no run. The approval still
   * resolves; the caller logs the message.
   */
  onWarning?: (message: string) => void;
}

// 403: the workflow's `permissions:` lacks `actions: read`; 404: the API is hidden from the token.
const RUNS_UNREADABLE = new Set([403, 404]);

async function firstRunOrWarn(
  client: GitHubClient,
  ref: RepoRef,
  sha: string,
  warn: (message: string) => void,
): Promise<string | null> {
  const fallback = `so approval-scope head dates the push of ${sha.slice(0, 7)} by its committer date, which the pusher can backdate`;
  try {
    const at = await earliestRunCreatedAt(client, ref, sha);
    if (at === null) warn(`No workflow run found for ${sha.slice(0, 7)}, ${fallback}.`);
    return at;
  } catch (error) {
    if (!isRequestError(error) || !RUNS_UNREADABLE.has(error.status)) throw error;
    warn(
      `GitHub refused to list workflow runs (${error.status}), ${fallback}. ` +
        'Add `actions: read` under `permissions:` in the workflow.',
    );
    return null;
  }
}

async function pushedAt(client: GitHubClient, ref: RepoRef, options: ResolveApprovalOptions): Promise<string | null> {
  if (options.headPushedAt !== undefined) return options.headPushedAt;
  const warn = options.onWarning ?? (() => undefined);
  const [firstRunAt, committedAt] = await Promise.all([
    firstRunOrWarn(client, ref, options.headSha, warn),
    getCommitDate(client, ref, options.headSha),
  ]);
  return headArrival(firstRunAt, committedAt);
}

/**
 * Fetches what evaluateApproval needs: labels, label events, the actor's permission and (scope
 * `head`) when the head arrived. The REST API records no time for ordinary pushes (only force
 * pushes have a timeline event), so "arrived" is `headArrival` of the earliest workflow run for the
 * head (the push's `synchronize` run, created by GitHub) and the committer date (set by the
 * pusher). Without a run — no `actions: read`, or no workflow ran — only the committer date is
 * left, and `onWarning` is told. A caller with a better time passes `headPushedAt`.
 */
export async function resolveApproval(
  client: GitHubClient,
  ref: RepoRef,
  prNumber: number,
  options: ResolveApprovalOptions,
): Promise<ApprovalRecord | null> {
  const labels = await listLabels(client, ref, prNumber);
  if (!labels.some((l) => sameLabel(l, options.approveLabel))) return null;
  const { labels: events, forcePushedAt } = await listPullRequestEvents(client, ref, prNumber);
  const last = events.filter((e) => e.event === 'labeled' && sameLabel(e.label, options.approveLabel)).at(-1);
  const permissionOf: Record<string, Permission> = {};
  if (last?.actor != null && !isBot(last.actor, last.actorType)) {
    permissionOf[last.actor] = await getPermission(client, ref, last.actor);
  }
  // A force-push (back to an older commit, say) is a push too: the head arrived no earlier than
  // the last one, even if that commit had runs before.
  const headPushedAt = options.scope === 'pr' ? null : latest(await pushedAt(client, ref, options), forcePushedAt.at(-1) ?? null);
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
