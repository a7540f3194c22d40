// Hardening: whatever the CLI prints from data — suite names, tags, models, paths, case ids,
// check reasons, error messages that quote a file (JSON.parse's snippet) — reaches the terminal
// with its control characters shown as escapes, never sent: no screen clear (ESC [2J), no window
// title (OSC … BEL), no one-byte CSI (U+009B), no bidi reordering. Driven through the built
// `dist/index.js` as a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResults } from '../../src/results/schema.js';
import { ACTION_BUNDLE } from '../support/action-runner.js';
import { writeFiles } from '../support/git-repo.js';
import { aCaseResult, aCheck, aRunResults, aTrial } from '../support/builders.js';

/** What a terminal acts on: ESC, BEL, CR, C1 controls, bidi overrides. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's whole job
const ACTIVE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const EVIL = '\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202e';

function evalgate(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [ACTION_BUNDLE, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the CLI prints data with its control characters made visible', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'evalgate-terminal-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validate: a suite name and tags that clear the screen and set the title', () => {
    writeFiles(dir, {
      'evals/evalgate.yaml': `version: 1
name: ${JSON.stringify(`support ${EVIL}`)}
target:
  chat:
    model: ${JSON.stringify(`gpt-4o-mini${EVIL}`)}
    messages: [ { role: user, content: "{{q}}" } ]
cases:
  - { id: one, input: { q: "x" }, tags: [${JSON.stringify(`refunds${EVIL}`)}], checks: [ { contains: "y" } ] }
`,
    });
    const run = evalgate(['validate'], dir);
    expect(run.stdout + run.stderr).not.toMatch(ACTIVE);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('support \\x1b[2J\\x1b]0;pwned\\x07\\x9b31m\\u202e');
    expect(run.stdout).toContain('refunds\\x1b[2J');
  });

  it('compare --base FILE: a file that is not JSON, whose snippet the parser quotes', () => {
    writeFiles(dir, { 'bad.json': `${EVIL}{"not": "json"` });
    const run = evalgate(['compare', '--base', 'bad.json', '--head', 'bad.json'], dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/bad\.json: not a readable EvalGate results file/);
    expect(run.stdout + run.stderr).not.toMatch(ACTIVE);
    expect(run.stderr).toContain('\\x1b');
  });

  it('compare --base A --head B: case ids and check reasons from results files', () => {
    const hex = (n: number) => n.toString(16).padStart(16, '0');
    const results = (side: 'base' | 'head', pass: boolean): RunResults => {
      const r = aRunResults([aCaseResult(`case${EVIL}`, [aTrial({ checks: [aCheck({ pass, reason: `reason ${EVIL}` })] })], { fingerprint: hex(1) })]);
      return { ...r, meta: { ...r.meta, side, suiteFingerprint: hex(2), targetFingerprint: hex(side === 'base' ? 3 : 4), sampleIds: [`case${EVIL}`] } };
    };
    writeFileSync(join(dir, 'a.json'), JSON.stringify(results('base', true)));
    writeFileSync(join(dir, 'b.json'), JSON.stringify(results('head', false)));
    const run = evalgate(['compare', '--base', 'a.json', '--head', 'b.json', '--out', `out${EVIL}`], dir);
    expect(run.stderr).not.toMatch(/not a readable|schema version/);
    expect(run.stdout + run.stderr).not.toMatch(ACTIVE);
    expect(run.stdout).toContain('case\\x1b[2J');
    expect(run.stdout).toContain('report: ');
  });

  it('an unknown command or option is echoed safely', () => {
    const unknown = evalgate([`run${EVIL}`], dir);
    const option = evalgate(['run', `--x${EVIL}`], dir);
    for (const run of [unknown, option]) {
      expect(run.code).toBe(2);
      expect(run.stdout + run.stderr).not.toMatch(ACTIVE);
    }
  });
});
