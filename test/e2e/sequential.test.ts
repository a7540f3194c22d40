// End to end through the CLI: `evalgate compare` against a simulated model whose answers pass
// with a per-case probability, as a team's real model would. A harmless prompt change stops
// early with `pass`; a prompt that lowers every case's pass probability stops early with `fail`;
// both say in the report how many cases they used and why they stopped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportJson } from '../../src/report/json.js';
import { cli } from '../support/cli.js';
import { startFakeOpenAi, type ChatCompletionRequestBody, type FakeOpenAi } from '../support/fake-openai.js';
import { createTempRepo, type TempRepo } from '../support/git-repo.js';

const CASES = 200;

/** FNV-1a of a string, as a fraction in [0, 1): the simulated model's dice. */
function dice(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h / 4294967296;
}

/** A message's text; these requests only carry string contents. */
function textOf(content: unknown): string {
  return typeof content === 'string' ? content : JSON.stringify(content ?? '');
}

/**
 * Each question has a pass probability (easy, medium or hard, like the README's noise model); the
 * system prompt's `quality: −x` lowers it by x. Trials of a case differ: the n-th identical
 * request is the n-th trial.
 */
function simulatedModel() {
  const seen = new Map<string, number>();
  return (req: ChatCompletionRequestBody) => {
    const system = textOf(req.messages.find((m) => m.role === 'system')?.content);
    const question = textOf(req.messages.at(-1)?.content);
    const key = `${system}\u0000${question}`;
    const trial = seen.get(key) ?? 0;
    seen.set(key, trial + 1);
    const kind = dice(`kind ${question}`);
    const p = (kind < 0.65 ? 0.95 : kind < 0.85 ? 0.73 : 0.5) + Number(/quality: (-?[\d.]+)/.exec(system)?.[1] ?? 0);
    // The prompt version is part of the dice: a new prompt answers anew, as a real model would.
    return { content: dice(`${system} ${question} ${trial}`) < p ? 'OK, here you go.' : 'Sorry, no idea.' };
  };
}

function suite(): Record<string, string> {
  const cases = Array.from({ length: CASES }, (_, i) => JSON.stringify({ id: `q${i}`, input: { q: `question ${i}` }, checks: [{ contains: 'OK' }] }));
  return {
    'evals/cases.jsonl': `${cases.join('\n')}\n`,
    'evals/evalgate.yaml': `version: 1
target:
  chat:
    model: gpt-4o-mini
    messages:
      - { role: system, file: prompts/sys.md }
      - { role: user, content: "{{q}}" }
cases:
  - file: evals/cases.jsonl
sample: { size: ${CASES}, seed: 3 }
`,
  };
}

describe('sequential sampling end to end through the CLI', () => {
  let server: FakeOpenAi;
  beforeAll(async () => {
    server = await startFakeOpenAi({ model: simulatedModel() });
  });
  afterAll(async () => {
    await server.close();
  });

  async function compare(headPrompt: string): Promise<{ code: number; report: ReportJson; requests: number; repo: TempRepo }> {
    const repo = createTempRepo();
    repo.commit({ ...suite(), 'prompts/sys.md': 'You help. quality: 0' }, 'base');
    repo.commit({ 'prompts/sys.md': headPrompt }, 'head');
    const before = server.stats().chatRequests;
    const r = await cli(['compare', '--base-ref', 'HEAD~1', '--out', 'out'], repo.dir, { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url });
    const report = JSON.parse(readFileSync(join(repo.dir, 'out/evalgate-report.json'), 'utf8')) as ReportJson;
    return { code: r.code, report, requests: server.stats().chatRequests - before, repo };
  }

  it('passes a harmless prompt change after part of the sample, and says so', async () => {
    const { code, report, requests, repo } = await compare('You help, kindly. quality: 0');
    try {
      expect(report.decision).toBe('pass');
      expect(code).toBe(0);
      expect(report.sequential?.stop).toBe('pass');
      expect(report.sample.used).toBeLessThan(CASES);
      expect(requests).toBe(report.sample.used * 2);
      expect(report.explanation.join(' ')).toMatch(
        /^Used \d+ of at most 200 sampled cases .*stopped at look \d of 5 because a drop of 10 pts or more was ruled out/,
      );
    } finally {
      repo.remove();
    }
  });

  it('fails a prompt that lowers every case by 30 points, early', async () => {
    const { code, report, repo } = await compare('You help, tersely. quality: -0.3');
    try {
      expect(report.decision).toBe('fail');
      expect(code).toBe(1);
      expect(report.sequential?.stop).toBe('fail');
      expect(report.sample.used).toBeLessThan(CASES);
      expect(report.verdict.reasons[0]).toMatch(/the drop is beyond the 2-pt tolerance after \d+ of at most 200 cases$/);
    } finally {
      repo.remove();
    }
  });
});
