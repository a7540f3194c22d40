// The agent demos run offline from their recorded responses, as the README and CI's Node 24 smoke
// run them: a change to a prompt EvalGate sends (the judge's, say) without re-recording
// (`npx tsx scripts/record-agent-demo.ts chat|responses`) turns every case into a replay miss.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'evalgate-demo-recordings-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the agent demos replay from their recordings', () => {
  it.each([
    ['evals/agent-demo/evalgate.yaml', 'evals/agent-demo/recorded'],
    ['evals/agent-demo/evalgate-responses.yaml', 'evals/agent-demo/recorded-responses'],
  ])('%s: every case passes with no replay miss and no request', async (config, cache) => {
    const r = await cli(['run', '--config', config, '--cache', cache, '--replay', '--out', join(out, config.replace(/\W+/g, '-'))], ROOT, {
      PATH: process.env.PATH,
    });
    expect(r.stdout).not.toContain('replay-miss');
    expect(r.stdout).toMatch(/5 cases: 5 passed, 0 failed, 0 errors/);
    expect(r.stdout).toContain('0 requests');
    expect(r.code).toBe(0);
  });
});
