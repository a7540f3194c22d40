// Hardening: model output and judge reasoning that name issues, pull requests, commits or URLs —
// here or in another repository — must not become links in the comment or summary: GitHub would
// cross-reference (and so notify) the other repository's issue, and a clickable URL is a lure.
// Driven through the built action; what GitHub would link is judged by a GFM renderer with the
// autolink extension plus GitHub's documented reference patterns (test/support/github-render.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubLinks } from '../support/github-render.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { isJudgeRequest, lastUserText, messageText, startFakeOpenAi, type ChatCompletionRequestBody, type FakeOpenAi } from '../support/fake-openai.js';
import { FAKE_OPENAI_KEY, withPullRequest, type PullRequest } from '../e2e/scenarios.js';

const E2E_TIMEOUT_MS = 120_000;
/** Every kind of reference GitHub links, each with a number or name found nowhere else. */
const ATTACK = [
  '#7171 octo/hello#7272 GH-7373 https://github.com/octo/hello/issues/7474',
  'www.evil.example/x http://evil.example/y mallory@evil.example',
  'deadbeefcafe7575 octo/hello@cafe7676 \\#7777 &#35;7878 h&#116;tps://evil.example/z',
].join(' ');
const PLANTED = /7171|7272|7373|7474|evil\.example|deadbeefcafe7575|cafe7676|7777|7878|octo\/hello/;

const SUITE = `version: 1
name: refs
watch: [prompts/**]
target:
  chat:
    model: gpt-4o-mini
    messages:
      - { role: system, file: prompts/sys.md }
      - { role: user, content: "{{q}}" }
judge: { model: gpt-4o-mini }
cases:
${Array.from({ length: 8 }, (_, i) => `  - { id: case-${i}, input: { q: "question ${i}" }, checks: [ { contains: "the right answer" }, { judge: "Is it right?" } ] }`).join('\n')}
`;

/** Answers right when the prompt says GOOD; otherwise the answer, and the judge's reasoning, attack. */
function model(req: ChatCompletionRequestBody): string {
  if (isJudgeRequest(req)) {
    const ok = lastUserText(req).includes('the right answer');
    return JSON.stringify(ok ? { reasoning: 'fine', score: 9 } : { reasoning: `Wrong. ${ATTACK}`, score: 1 });
  }
  const system = messageText(req.messages.find((m) => m.role === 'system')?.content);
  return system.includes('GOOD') ? 'the right answer' : `Nope. ${ATTACK}`;
}

describe('references and URLs in untrusted text are rendered unlinked', () => {
  let github: FakeGitHub;
  let openai: FakeOpenAi;
  let pr: PullRequest;

  beforeAll(async () => {
    openai = await startFakeOpenAi({ model, apiKey: FAKE_OPENAI_KEY });
    github = await startFakeGitHub();
    pr = withPullRequest({ github, base: { 'evals/evalgate.yaml': SUITE, 'prompts/sys.md': 'GOOD\n' }, head: { 'prompts/sys.md': 'changed\n' } });
  });
  afterAll(async () => {
    await openai.close();
    await github.close();
    pr.remove();
  });

  it('neither the comment nor the summary links a planted reference or URL', { timeout: E2E_TIMEOUT_MS }, async () => {
    const run = await pr.run({ inputs: { 'openai-api-key': FAKE_OPENAI_KEY, 'openai-base-url': openai.url } });
    expect(run.outputs.decision).toBe('fail');
    const [comment] = github.comments(pr.number);
    for (const [where, markdown] of [
      ['comment', comment.body],
      ['summary', run.summary],
    ] as const) {
      // The attack is shown (judge reasoning in prose, outputs in code), as text.
      expect(markdown, where).toContain('7171');
      expect(markdown, where).toContain('evil');
      const { anchors, references } = githubLinks(markdown);
      expect(
        anchors.filter((href) => PLANTED.test(href)),
        `${where} anchors`,
      ).toEqual([]);
      expect(
        references.filter((ref) => PLANTED.test(ref)),
        `${where} references`,
      ).toEqual([]);
    }
  });
});
