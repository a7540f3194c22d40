import { describe, expect, it } from 'vitest';
import { webhookExample, type PullRequestAction } from '../fixtures/github/webhooks.js';

describe('webhookExample', () => {
  it.each<PullRequestAction>(['opened', 'synchronize', 'labeled', 'unlabeled'])('loads a real pull_request.%s payload', (action) => {
    const payload = webhookExample('pull_request', action);
    expect(payload.action).toBe(action);
    expect(payload.pull_request.head.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(payload.repository.full_name).toContain('/');
  });

  it('applies the scenario overrides', () => {
    const payload = webhookExample('pull_request', 'labeled', {
      number: 42,
      headSha: 'a'.repeat(40),
      baseSha: 'b'.repeat(40),
      owner: 'acme',
      repo: 'widgets',
      forkOwner: 'outsider',
      label: 'evalgate: approve-regression',
      sender: 'maya',
    });
    expect(payload.number).toBe(42);
    expect(payload.pull_request.number).toBe(42);
    expect(payload.pull_request.head.sha).toBe('a'.repeat(40));
    expect(payload.pull_request.base.sha).toBe('b'.repeat(40));
    expect(payload.repository.full_name).toBe('acme/widgets');
    expect(payload.pull_request.head.repo?.full_name).toBe('outsider/widgets');
    expect(payload.pull_request.head.repo?.fork).toBe(true);
    expect(payload.sender.login).toBe('maya');
    expect(payload.action === 'labeled' ? payload.label?.name : null).toBe('evalgate: approve-regression');
  });

  it('keeps synchronize before/after consistent with the head', () => {
    const payload = webhookExample('pull_request', 'synchronize', { headSha: 'c'.repeat(40), before: 'd'.repeat(40) });
    expect(payload.action === 'synchronize' && [payload.before, payload.after]).toEqual(['d'.repeat(40), 'c'.repeat(40)]);
  });

  it('returns a fresh copy each time', () => {
    webhookExample('pull_request', 'opened', { number: 1 });
    expect(webhookExample('pull_request', 'opened').number).not.toBe(1);
  });
});
