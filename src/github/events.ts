import type { GitHubClient, RepoRef } from './client.js';

/** A label added to or removed from an issue or pull request. */
export interface LabelEvent {
  /** GitHub's id of the issue event. */
  id: number;
  event: 'labeled' | 'unlabeled';
  label: string;
  /** Who did it; null for a deleted account. */
  actor: string | null;
  /** `User`, `Bot` or `Organization`; null when unknown. */
  actorType: string | null;
  /** ISO time. */
  createdAt: string;
}

/** Lists the `labeled`/`unlabeled` events of an issue or pull request, oldest first (all pages). */
export async function listLabelEvents(client: GitHubClient, ref: RepoRef, issueNumber: number): Promise<LabelEvent[]> {
  return (await listPullRequestEvents(client, ref, issueNumber)).labels;
}

/**
 * One listing of a pull request's issue events: its label events, and the times its head branch
 * was force-pushed (GitHub's clock) — a lower bound for when the current head arrived.
 */
export async function listPullRequestEvents(
  client: GitHubClient,
  ref: RepoRef,
  issueNumber: number,
): Promise<{ labels: LabelEvent[]; forcePushedAt: string[] }> {
  const raw = await client.paginate(client.rest.issues.listEvents, { ...ref, issue_number: issueNumber, per_page: 100 });
  const forcePushedAt = raw.filter((e) => e.event === 'head_ref_force_pushed').map((e) => e.created_at);
  const events: LabelEvent[] = [];
  for (const e of raw) {
    if ((e.event !== 'labeled' && e.event !== 'unlabeled') || !('label' in e) || e.label === undefined) continue;
    events.push({
      id: e.id,
      event: e.event,
      label: e.label.name,
      actor: e.actor?.login ?? null,
      actorType: e.actor?.type ?? null,
      createdAt: e.created_at,
    });
  }
  return { labels: events, forcePushedAt };
}
