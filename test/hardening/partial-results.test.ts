// Hardening: a run killed mid-way (runner cancelled, OOM, SIGKILL) keeps what finished. The JSONL
// written while running is valid line by line, and a rerun with the same --cache resumes without
// paying again for the requests that finished.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunResults, TrialResult } from '../../src/results/schema.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { writeFiles } from '../support/git-repo.js';
import { cli } from '../support/cli.js';

const ENTRY = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const TSX = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;

const CASES = 12;
const SUITE = `version: 1
target:
  chat:
    model: gpt-4o-mini
    messages: [{ role: user, content: "{{q}}" }]
cases:
${Array.from({ length: CASES }, (_, i) => `  - id: case-${i}\n    input: { q: "question ${i}" }\n    checks: [ { contains: "answer" } ]`).join('\n')}
`;

const JsonlLine = z.object({ caseId: z.string(), trial: TrialResult }).strict();

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function lines(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
}

describe('a run killed mid-way', () => {
  let server: FakeOpenAi;
  let dir: string;
  beforeAll(async () => {
    server = await startFakeOpenAi();
    dir = mkdtempSync(join(tmpdir(), 'evalgate-hardening-partial-'));
    writeFiles(dir, { 'evals/evalgate.yaml': SUITE });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves valid JSONL of what finished, and a rerun with --cache pays only for the rest', async () => {
    // The first FINISHED requests are answered; the rest hang until the run is killed, so the kill
    // always lands mid-run, however slowly this machine runs either process.
    const FINISHED = 3;
    server.setFaults([{ when: (_req, ctx) => ctx.n >= FINISHED, fault: { kind: 'slow', delayMs: 600_000 } }]);
    const env = { PATH: process.env.PATH ?? '', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url };
    const child = spawn(process.execPath, ['--import', TSX, ENTRY, 'run', '--out', 'out', '--cache', '.cache', '--max-concurrency', '2'], {
      cwd: dir,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));

    const jsonl = join(dir, 'out/single.jsonl');
    // Poll until the answered trials are written (a bound on how long we wait, not a timing assertion).
    for (let waited = 0; lines(jsonl).length < FINISHED && waited < 60_000; waited += 25) await sleep(25);
    child.kill('SIGKILL');
    expect(await exited, stderr).toBe('SIGKILL');

    const text = readFileSync(jsonl, 'utf8');
    const finished = lines(jsonl);
    expect(finished).toHaveLength(FINISHED);
    // Every line is whole and is one finished trial.
    expect(text.endsWith('\n')).toBe(true);
    const entries = finished.map((line) => JsonlLine.parse(JSON.parse(line)));
    for (const e of entries) expect(e.trial.status).toBe('pass');
    expect(existsSync(join(dir, 'out/evalgate-results.json'))).toBe(false);

    server.setFaults([]);
    const paidBeforeKill = server.stats().chatRequests;
    const rerun = await cli(['run', '--out', 'out', '--cache', '.cache', '--max-concurrency', '2'], dir, env);
    expect(rerun.code, rerun.stderr).toBe(0);
    const paidOnRerun = server.stats().chatRequests - paidBeforeKill;

    const results = RunResults.parse(JSON.parse(readFileSync(join(dir, 'out/evalgate-results.json'), 'utf8')));
    expect(results.cases.map((c) => c.status)).toEqual(Array(CASES).fill('pass'));
    // What finished before the kill came from the cache; only the rest was sent again.
    for (const { caseId } of entries) {
      const trial = results.cases.find((c) => c.id === caseId)!.trials[0];
      expect(trial).toMatchObject({ cacheHits: 1, requests: 0 });
    }
    expect(paidOnRerun).toBe(results.totals.requests);
    expect(paidOnRerun).toBeLessThanOrEqual(CASES - entries.length);
    expect(results.totals.cacheHits + results.totals.requests).toBe(CASES);
  });
});
