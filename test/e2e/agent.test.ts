// End-to-end: an agent (command target) gated through dist/index.js. At head the agent starts
// calling a tool outside `allowed` for refund questions; the comment must show the call with its
// arguments and the agent's LLM step, and must not call the other cases regressed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { contractProblems } from '../github/openapi-contract.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { FAKE_OPENAI_KEY, withPullRequest, type PullRequest } from './scenarios.js';

const E2E_TIMEOUT_MS = 120_000;

const CASES = [
  { id: 'refund-shoes', question: 'I want a refund for order A1', refund: true },
  { id: 'refund-boots', question: 'Please refund order A2', refund: true },
  { id: 'where-is-order', question: 'Where is order A3?', refund: false },
  { id: 'shipping-time', question: 'How long is shipping for A4?', refund: false },
  { id: 'sizes', question: 'Do the A5 sneakers run small?', refund: false },
];

const SUITE = stringify({
  version: 1,
  name: 'agent',
  watch: ['agent/**'],
  target: { command: { run: 'node agent/agent.mjs', timeout: '20s' } },
  cases: CASES.map((c) => ({
    id: c.id,
    input: { question: c.question, order: c.question.match(/A\d/)![0] },
    tags: c.refund ? ['refunds'] : ['orders'],
    checks: [{ tools: { allowed: ['lookup_order', 'search_kb'] } }, { contains: 'answer:' }],
  })),
});

/** The agent: one model call through OPENAI_BASE_URL (the recording proxy), then its tool calls. */
function agent(version: 'base' | 'head'): string {
  return `import { readFileSync } from 'node:fs';
const req = JSON.parse(readFileSync(0, 'utf8'));
const res = await fetch(process.env.OPENAI_BASE_URL + '/chat/completions', {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: 'Bearer ' + process.env.OPENAI_API_KEY },
  body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: req.input.question }] }),
});
const body = await res.json();
const steps = [{ type: 'tool', name: 'lookup_order', input: { order_id: req.input.order }, output: { status: 'delivered' } }];
${version === 'head' ? "if (/refund/i.test(req.input.question)) steps.push({ type: 'tool', name: 'refund_payment', input: { order_id: req.input.order, amount: 50 }, output: { refunded: 50 } });" : ''}
console.log(JSON.stringify({ output: body.choices[0].message.content, steps }));
`;
}

describe('an agent that starts calling a forbidden tool', () => {
  let github: FakeGitHub;
  let openai: FakeOpenAi;
  let pr: PullRequest;

  beforeAll(async () => {
    openai = await startFakeOpenAi({ apiKey: FAKE_OPENAI_KEY });
    github = await startFakeGitHub();
    pr = withPullRequest({
      github,
      base: { 'evals/evalgate.yaml': SUITE, 'agent/agent.mjs': agent('base') },
      head: { 'agent/agent.mjs': agent('head') },
    });
  });
  afterAll(async () => {
    await openai.close();
    await github.close();
    pr.remove();
  });

  it('fails, showing the call, its arguments and the LLM step; other cases are not regressed', { timeout: E2E_TIMEOUT_MS }, async () => {
    const run = await pr.run({ action: 'synchronize', inputs: { 'openai-api-key': FAKE_OPENAI_KEY, 'openai-base-url': openai.url } });
    expect(run.outputs.decision).toBe('fail');
    expect(run.code).not.toBe(0);
    expect(run.outputs.regressions).toBe('2');
    // Each case ran once per side, its model call recorded by the proxy; base and head make the
    // same call, which is paid for once (whether the two overlap in time or not).
    expect(openai.stats().chatRequests).toBe(CASES.length);

    const [comment] = github.comments(pr.number);
    const body = comment.body;
    expect(body).toContain('refund_payment');
    // The call and its arguments in the trace (underscores Markdown-escaped in the table cell),
    // after the step's latency, tokens and cost.
    const step = (name: string, io: string) => new RegExp(`\\| tool \`${name}\` \\| [^|]+ \\| [^|]+ \\| [^|]+ \\| ${io} \\|`);
    expect(body).toMatch(step('refund_payment', '\\{"order\\\\_id":"A1","amount":50\\} → \\{"refunded":50\\}'));
    expect(body).toMatch(step('lookup_order', '\\{"order\\\\_id":"A1"\\} → \\{"status":"delivered"\\}'));
    expect(body).toMatch(/Tool use vs base:\*\* new: `refund_payment`/);
    // The base trace, folded under the head's: the same lookup, no refund.
    const baseTrace = /<summary>Trace \(base\) — 2 steps[^]*?<\/details>/.exec(body)?.[0] ?? '';
    expect(baseTrace).toMatch(step('lookup_order', '\\{"order\\\\_id":"A\\d"\\} → \\{"status":"delivered"\\}'));
    expect(baseTrace).not.toContain('refund_payment');
    // The agent's LLM step, recorded by the proxy, with its tokens.
    expect(body).toMatch(/\| llm `gpt-4o-mini` \| [^|]+ \| \d+ → \d+ \|/);
    // The changed agent file is shown under evaluation.
    expect(body).toContain('agent/agent.mjs');
    for (const c of CASES.filter((k) => !k.refund)) {
      expect(body).not.toMatch(new RegExp(`<b>regressed</b> · <code>${c.id}</code>`));
    }
    expect(body).toMatch(/\*\*Cases:\*\* 2 of \d+ went pass → fail/);
    expect(contractProblems(github.requests)).toEqual([]);
  });
});
