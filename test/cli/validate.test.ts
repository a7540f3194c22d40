// `evalgate validate` says how the suite's judge rubric and checks' own rubrics combine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { writeFiles } from '../support/git-repo.js';

const suite = (judge: string, checks: string) => `version: 1
target: { chat: { model: gpt-4o-mini, messages: [ { role: user, content: hi } ] } }
judge: ${judge}
cases:
  - { id: refund, input: {}, checks: ${checks} }
  - { id: other, input: {}, checks: [ { contains: x } ] }
`;

describe('evalgate validate and judge rubrics', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'evalgate-validate-'));
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it('says that the suite rubric is given first when a check has its own', async () => {
    writeFiles(dir, { 'evals/evalgate.yaml': suite('{ model: gpt-4o-mini, rubric: "Polite." }', '[ { judge: "States 30 days." } ]') });
    const r = await cli(['validate'], dir, {});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "info: 1 case has judge checks with their own rubric (refund): the judge gets judge.rubric as general criteria first, then the check's rubric, and grades by both\n",
    );
  });

  it.each([
    ['the checks have no rubric of their own', '{ model: gpt-4o-mini, rubric: "Polite." }', '[ { judge: { threshold: 0.8 } } ]'],
    ['the suite has no rubric', '{ model: gpt-4o-mini }', '[ { judge: "States 30 days." } ]'],
  ])('says nothing when %s', async (_name, judge, checks) => {
    writeFiles(dir, { 'evals/evalgate.yaml': suite(judge, checks) });
    const r = await cli(['validate'], dir, {});
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('info:');
  });
});
