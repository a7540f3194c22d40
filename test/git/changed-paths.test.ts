import { afterAll, describe, expect, it } from 'vitest';
import { changedPaths } from '../../src/git/git.js';
import { createTempRepo } from '../support/git-repo.js';

describe('changedPaths', () => {
  const repo = createTempRepo();
  afterAll(() => repo.remove());

  it('says how each file changed between two commits: added, modified, removed or renamed', async () => {
    const base = repo.commit({ 'prompts/a.md': 'A\n', 'prompts/b.md': 'B\n', 'prompts/old-name.md': 'a long prompt that keeps its text\n'.repeat(5) }, 'base');
    repo.git('rm', '-q', 'prompts/b.md');
    repo.git('mv', 'prompts/old-name.md', 'prompts/new-name.md');
    const head = repo.commit({ 'prompts/a.md': 'A changed\n', 'prompts/c.md': 'C\n' }, 'head');
    const files = await changedPaths(repo.dir, base, head);
    expect([...files].sort((x, y) => (x.path < y.path ? -1 : 1))).toEqual([
      { path: 'prompts/a.md', status: 'modified' },
      { path: 'prompts/b.md', status: 'removed' },
      { path: 'prompts/c.md', status: 'added' },
      { path: 'prompts/new-name.md', status: 'renamed' },
    ]);
  });
});
