// Hardening: one redaction policy, applied to the structure of what EvalGate writes — string
// values AND object keys, a step's `model`, totals such as `unknownPriceModels` — by every writer
// of the built action: shard files, JSONL, results files, baseline, report JSON, comment, summary
// and log. Never to JSON text: a `redact` pattern that spans a quote (`","`) cannot break a file,
// and one that matches hex (`[0-9a-f]{16,}`) cannot rewrite the commits and fingerprints EvalGate
// pairs shards and baselines by. A custom endpoint's key is caught URL-encoded and base64-encoded.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../support/action-runner.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { withPullRequest, type PullRequest } from '../e2e/scenarios.js';

const E2E_TIMEOUT_MS = 120_000;
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
/** A custom endpoint's key: no built-in pattern knows it, and it changes when URL-encoded. */
const KEY = 'Zq9/Xy+Wv=Ut&Sr%Qp-custom-endpoint';
/** Every spelling of a secret that must not survive anywhere. */
const FORBIDDEN = [
  'ACME-',
  KEY,
  encodeURIComponent(KEY),
  Buffer.from(KEY).toString('base64').slice(0, 24),
  Buffer.from(`user:${KEY}`).toString('base64').slice(8, 32),
];

const AGENT = `import { readFileSync } from 'node:fs';
const request = JSON.parse(readFileSync(0, 'utf8'));
const key = ${JSON.stringify(KEY)};
process.stdout.write(JSON.stringify({
  output: 'ok ' + request.id + ' ticket ACME-123456 url ?key=' + encodeURIComponent(key) + ' basic ' + Buffer.from('user:' + key).toString('base64'),
  steps: [
    { type: 'llm', name: 'call ACME-222222', model: 'ACME-777777', input: { 'ACME-888888': 'value', nested: { 'note ACME-999999': 1 } }, output: { [Buffer.from(key).toString('base64')]: 'x' }, usage: { input_tokens: 3, output_tokens: 2 } },
  ],
}));
`;

const SUITE = `version: 1
name: redaction
watch: [agent.mjs]
target:
  command: { run: "node agent.mjs", timeout: 20s }
redact: ["ACME-[0-9]{6}", "[0-9a-f]{16,}", '","']
cases:
  - { id: first, input: { q: "one", "ACME-333333": "in a key" }, checks: [ { contains: "ok" } ] }
  - { id: second, input: { q: "two" }, checks: [ { contains: "ok" } ] }
  - { id: third, input: { q: "three" }, checks: [ { contains: "ok" } ] }
`;

const HEX40 = /^[0-9a-f]{40}$/;
const HEX16 = /^[0-9a-f]{16}$/;

function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(out, filesUnder(path));
    else out[path] = readFileSync(path, 'utf8');
  }
  return out;
}

function expectClean(where: string, text: string): void {
  for (const form of FORBIDDEN) expect(text.includes(form), `${where} contains ${form}`).toBe(false);
}

interface Results {
  meta: { commit: string; suiteFingerprint: string; targetFingerprint: string; sampleIds: string[] };
  cases: { id: string; fingerprint: string }[];
  totals: { unknownPriceModels: string[] };
}

describe('the built action redacts structurally, with one policy, in every writer', () => {
  let github: FakeGitHub;
  let openai: FakeOpenAi;
  let pr: PullRequest;
  let shard: ActionRun;

  beforeAll(async () => {
    openai = await startFakeOpenAi({ model: () => 'unused', apiKey: KEY });
    github = await startFakeGitHub();
    pr = withPullRequest({ github, base: { 'evals/evalgate.yaml': SUITE, 'agent.mjs': AGENT }, head: { 'agent.mjs': `${AGENT}// v2\n` } });
    shard = await pr.run({ inputs: { 'openai-api-key': KEY, 'openai-base-url': openai.url, shard: '1/1', 'results-dir': 'shard-out' } });
  }, E2E_TIMEOUT_MS);
  afterAll(async () => {
    await openai.close();
    await github.close();
    pr.remove();
  });

  it('a shard job with a pattern that spans a quote and one that matches hex writes valid, intact files', () => {
    expect(shard.stdout + shard.stderr).not.toMatch(STACK_FRAME);
    expect(shard.code, shard.stdout + shard.stderr).toBe(0);
    for (const side of ['base', 'head'] as const) {
      const results = JSON.parse(readFileSync(join(pr.workspace, 'shard-out', `evalgate-shard-1-of-1.${side}.json`), 'utf8')) as Results;
      expect(results.meta.commit).toBe(side === 'base' ? pr.baseSha : pr.mergeSha);
      expect(results.meta.commit).toMatch(HEX40);
      expect(results.meta.suiteFingerprint).toMatch(HEX16);
      expect(results.meta.targetFingerprint).toMatch(HEX16);
      expect(results.cases.map((c) => c.fingerprint)).toEqual([expect.stringMatching(HEX16), expect.stringMatching(HEX16), expect.stringMatching(HEX16)]);
      expect(results.meta.sampleIds).toEqual(['first', 'second', 'third']);
      // The agent's step model had no price: it is listed, redacted.
      expect(results.totals.unknownPriceModels).toEqual(['[REDACTED]']);
    }
    // Results, shard files and the JSONL written while running: keys, models, totals, encodings.
    for (const [path, text] of Object.entries(filesUnder(join(pr.workspace, 'shard-out')))) expectClean(path, text);
  });

  it('the merge job pairs those files (nothing was rewritten) and its comment, summary, report and log stay clean', { timeout: E2E_TIMEOUT_MS }, async () => {
    const merge = await pr.run({ inputs: { mode: 'merge', 'results-dir': 'shard-out', 'openai-api-key': KEY } });
    const log = merge.stdout + merge.stderr;
    expect(log).not.toMatch(STACK_FRAME);
    // Three identical cases: a verdict (too few pairs to show more than inconclusive), not an error.
    expect(['pass', 'inconclusive']).toContain(merge.outputs.decision);
    expect(merge.outputs['score-head']).toBe('1');
    const [comment] = github.comments(pr.number);
    expectClean('comment', comment.body);
    expectClean('summary', merge.summary);
    expectClean('log', log.replace(`::add-mask::${KEY}`, ''));
    expectClean('report JSON', readFileSync(merge.outputs['report-path'], 'utf8'));
    const report = JSON.parse(readFileSync(merge.outputs['report-path'], 'utf8')) as { head: { commit: string; suiteFingerprint: string } };
    expect(report.head.commit).toBe(pr.mergeSha);
    expect(report.head.suiteFingerprint).toMatch(HEX16);
  });

  it('a baseline keeps its commit and fingerprint, so the PR that needs it finds it', { timeout: E2E_TIMEOUT_MS }, async () => {
    const run = await runAction({
      workspace: pr.workspace,
      event: { name: 'push', payload: { repository: { full_name: `${github.repo.owner}/${github.repo.repo}` } } },
      inputs: { 'openai-api-key': KEY, 'openai-base-url': openai.url, 'results-dir': 'baseline-out' },
      githubApiUrl: github.baseUrl,
      githubToken: github.token,
    });
    expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
    expect(run.outputs.decision).toBe('pass');
    const results = JSON.parse(readFileSync(join(pr.workspace, 'baseline-out', 'evalgate-results.json'), 'utf8')) as Results;
    expect(results.meta.commit).toBe(pr.mergeSha);
    expect(results.meta.suiteFingerprint).toMatch(HEX16);
    for (const [path, text] of Object.entries(filesUnder(join(pr.workspace, 'baseline-out')))) expectClean(path, text);
  });
});
