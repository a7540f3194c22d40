import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveApproval } from '../../src/github/approval.js';
import { listChangedFiles } from '../../src/github/changed-files.js';
import { getCommitDate } from '../../src/github/commits.js';
import { tokenIdentity } from '../../src/github/identity.js';
import { getPermission } from '../../src/github/permission.js';
import { getPullRequest } from '../../src/github/pull.js';
import { upsertStickyComment } from '../../src/github/sticky.js';
import { clientFor, FAKE_ROUTES, manyFiles, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { contractProblems, findOperation, githubSpec, schemaProblems } from './openapi-contract.js';

const HEAD = 'c'.repeat(40);
const NEXT = 'd'.repeat(40);
const LABEL = 'evalgate: approve-regression';

describe("the fake speaks GitHub's published REST contract", () => {
  let fake: FakeGitHub;

  // One representative run touching every route, success and error answers alike.
  beforeAll(async () => {
    fake = await startFakeGitHub();
    fake.addPullRequest({ number: 1, headSha: HEAD, baseSha: 'e'.repeat(40), files: manyFiles(120), labels: ['bug'] });
    fake.addPullRequest({ number: 2, headSha: HEAD, baseSha: 'e'.repeat(40), forkOwner: 'outsider' });
    fake.setPermission('maya', 'maintain');
    fake.addLabelEvent({ pr: 1, actor: 'maya', label: LABEL, at: '2024-06-01T00:00:00Z' });
    fake.addLabelEvent({ pr: 1, actor: { login: 'renovate[bot]', type: 'Bot' }, label: 'bug', at: '2024-06-01T00:00:01Z', event: 'unlabeled' });
    fake.addComment({ pr: 1, body: 'looks good', as: 'maya' });
    const client = clientFor(fake);
    const ref = fake.repo;
    await tokenIdentity(client);
    await tokenIdentity(clientFor(fake, fake.addUserToken('someone')));
    await getPullRequest(client, ref, 1);
    await getPullRequest(client, ref, 2);
    await listChangedFiles(client, ref, 1);
    // A fresh client per simulated run: write spacing is per process, as in real runs.
    const run = (body: string) => upsertStickyComment(clientFor(fake), ref, 1, { suite: 's', body, headSha: HEAD, identity: 'github-actions[bot]' });
    await run('one');
    await run('two');
    fake.pushHead(1, NEXT);
    await run('old');
    await upsertStickyComment(clientFor(fake, fake.readOnlyToken), ref, 2, { suite: 's', body: 'x', headSha: HEAD, identity: 'github-actions[bot]' }).catch(
      () => null,
    );
    await resolveApproval(client, ref, 1, { approveLabel: LABEL, required: 'write', scope: 'head', headSha: HEAD, sightings: [] });
    await getPermission(client, ref, 'nobody');
    await getCommitDate(client, ref, NEXT);
    await getCommitDate(client, ref, '0'.repeat(40)).catch(() => null);
    fake.addWorkflowRun({ headSha: HEAD, createdAt: '2024-06-02T00:00:00Z', event: 'push' });
    // EvalGate no longer reads workflow runs; the fake still serves them, so they are checked too.
    await client.rest.actions.listWorkflowRunsForRepo({ ...ref, head_sha: HEAD, per_page: 100, exclude_pull_requests: true });
    await client.rest.actions.listWorkflowRunsForRepo({ ...ref, head_sha: '0'.repeat(40) });
    const { data } = await client.rest.issues.createComment({ ...ref, issue_number: 1, body: 'temp' });
    await clientFor(fake).rest.issues.deleteComment({ ...ref, comment_id: data.id });
  });
  afterAll(async () => {
    await fake.close();
  });

  it('serves only routes GitHub documents, and the run exercised each of them', () => {
    const spec = githubSpec();
    for (const route of FAKE_ROUTES) {
      const [method, template] = route.split(' ');
      expect(spec.paths[template]?.[method.toLowerCase()], route).toBeDefined();
      expect(fake.requestsTo(route).length, `${route} not exercised`).toBeGreaterThan(0);
    }
  });

  it('answers every request with a documented status and a body of the documented shape', () => {
    expect(fake.requests.length).toBeGreaterThan(15);
    expect(fake.requests.some((r) => r.status >= 400)).toBe(true);
    expect(contractProblems(fake.requests)).toEqual([]);
  });

  it('the checker itself catches a missing required key and a wrong type', () => {
    const spec = githubSpec();
    const op = findOperation(spec, 'GET', '/repos/a/b/collaborators/u/permission');
    expect(op?.template).toBe('/repos/{owner}/{repo}/collaborators/{username}/permission');
    const comment = findOperation(spec, 'PATCH', '/repos/a/b/issues/comments/5');
    expect(comment?.template).toBe('/repos/{owner}/{repo}/issues/comments/{comment_id}');
    const schema = { $ref: '#/components/schemas/repository-collaborator-permission' };
    expect(schemaProblems(spec, schema, { permission: 'write', user: null })).toEqual(['$.role_name: required, missing']);
    expect(schemaProblems(spec, schema, { permission: 1, role_name: 'write', user: null })).toEqual(['$.permission: expected a string']);
  });
});
