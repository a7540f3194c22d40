import type { GitHubClient, RepoRef } from './client.js';
import { isRequestError } from './errors.js';

/** Repository roles, weakest first. */
export const PERMISSIONS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const;
export type Permission = (typeof PERMISSIONS)[number];

function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

/**
 * A user's role on the repository. `role_name` is preferred because `permission` collapses
 * maintain→write and triage→read; a custom role falls back to its base `permission`.
 * A user who is not a collaborator (404) has 'none'.
 */
export async function getPermission(client: GitHubClient, ref: RepoRef, username: string): Promise<Permission> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...ref, username });
    if (isPermission(data.role_name)) return data.role_name;
    return isPermission(data.permission) ? data.permission : 'none';
  } catch (error) {
    if (isRequestError(error) && error.status === 404) return 'none';
    throw error;
  }
}
