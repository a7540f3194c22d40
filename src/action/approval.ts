import { resolveApproval } from '../github/approval.js';
import type { Sighting } from '../github/label-sightings.js';
import type { ApprovalRecord } from '../report/types.js';
import type { PrContext } from './context.js';

/** Whether the approve label on the PR counts, as the approval inputs say. */
export function approvalFor(ctx: PrContext, sightings: readonly Sighting[]): Promise<ApprovalRecord | null> {
  const { inputs } = ctx;
  return resolveApproval(ctx.github, ctx.repo, ctx.pr.number, {
    approveLabel: inputs.approveLabel,
    required: inputs.approvePermission,
    scope: inputs.approvalScope,
    headSha: ctx.pr.headSha,
    sightings,
  });
}
