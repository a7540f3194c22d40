import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/index.js';
import type { CheckSpec } from '../../src/config/schema.js';
import { envAt, trialWith } from './helpers.js';

let root: string;

/** A repository with custom checks in `checks/`, as a user would write them. */
const modules: Record<string, string> = {
  'checks/polite.mjs': `export default ({ output }) => /please|thank/i.test(output);`,
  'checks/graded.mjs': `
    export function mentionsWindow({ output, expected, input, trace }) {
      const hit = output.includes('30 days');
      return { pass: hit, score: hit ? 1 : 0.25, reason: hit ? 'names the window' : 'no window for ' + input.question + ' (' + trace.steps.length + ' steps, ' + trace.latencyMs + 'ms, expected ' + expected + ')' };
    }
    export async function slowButFine() { await new Promise((r) => setTimeout(r, 5)); return { pass: true }; }
    export function badShape() { return { ok: true }; }
    export function badScore() { return { pass: true, score: 7 }; }
    export const notAFunction = 3;
  `,
  'checks/throws.mjs': `export default () => { throw new Error('tone model unavailable'); };`,
  'checks/rejects.mjs': `export default async () => { throw new TypeError('cannot read output.length'); };`,
  'checks/syntax.mjs': `export default ( => 1;`,
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'evalgate-js-check-'));
  await mkdir(join(root, 'checks'));
  for (const [path, source] of Object.entries(modules)) await writeFile(join(root, path), source);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Row {
  name: string;
  spec: CheckSpec;
  output: string;
  pass: boolean;
  score: number;
  reason: string | RegExp;
}

const rows: Row[] = [
  { name: 'boolean true', spec: { javascript: 'checks/polite.mjs' }, output: 'Thank you!', pass: true, score: 1, reason: 'checks/polite.mjs returned true' },
  { name: 'boolean false', spec: { javascript: 'checks/polite.mjs' }, output: 'No.', pass: false, score: 0, reason: 'checks/polite.mjs returned false' },
  {
    name: 'object pass',
    spec: { javascript: { path: 'checks/graded.mjs', export: 'mentionsWindow' } },
    output: 'within 30 days',
    pass: true,
    score: 1,
    reason: 'names the window',
  },
  {
    name: 'object fail with score, reason sees input, expected and trace',
    spec: { javascript: { path: 'checks/graded.mjs', export: 'mentionsWindow' } },
    output: 'sometime',
    pass: false,
    score: 0.25,
    reason: 'no window for Can I return shoes after 45 days? (0 steps, 1000ms, expected No. Returns are accepted within 30 days.)',
  },
  {
    name: 'async export without score',
    spec: { javascript: { path: 'checks/graded.mjs', export: 'slowButFine' } },
    output: 'x',
    pass: true,
    score: 1,
    reason: 'checks/graded.mjs#slowButFine returned pass: true',
  },
  {
    name: 'a throw becomes a failing check with the message',
    spec: { javascript: 'checks/throws.mjs' },
    output: 'x',
    pass: false,
    score: 0,
    reason: 'check error: checks/throws.mjs threw: tone model unavailable',
  },
  {
    name: 'a rejection becomes a failing check with the message',
    spec: { javascript: 'checks/rejects.mjs' },
    output: 'x',
    pass: false,
    score: 0,
    reason: 'check error: checks/rejects.mjs threw: cannot read output.length',
  },
  {
    name: 'a wrong return shape',
    spec: { javascript: { path: 'checks/graded.mjs', export: 'badShape' } },
    output: 'x',
    pass: false,
    score: 0,
    reason: 'check error: checks/graded.mjs#badShape returned {"ok":true}; expected a boolean or {pass, score?, reason?} with score in 0..1',
  },
  {
    name: 'a score out of range',
    spec: { javascript: { path: 'checks/graded.mjs', export: 'badScore' } },
    output: 'x',
    pass: false,
    score: 0,
    reason: /^check error: checks\/graded\.mjs#badScore returned \{"pass":true,"score":7\}/,
  },
  {
    name: 'a missing export',
    spec: { javascript: { path: 'checks/graded.mjs', export: 'nope' } },
    output: 'x',
    pass: false,
    score: 0,
    reason: 'check error: checks/graded.mjs has no function export "nope" (found undefined)',
  },
  {
    name: 'an export that is not a function',
    spec: { javascript: { path: 'checks/graded.mjs', export: 'notAFunction' } },
    output: 'x',
    pass: false,
    score: 0,
    reason: 'check error: checks/graded.mjs has no function export "notAFunction" (found number)',
  },
  {
    name: 'a missing module',
    spec: { javascript: 'checks/missing.mjs' },
    output: 'x',
    pass: false,
    score: 0,
    reason: /^check error: cannot load checks\/missing\.mjs: /,
  },
  {
    name: 'a module with a syntax error',
    spec: { javascript: 'checks/syntax.mjs' },
    output: 'x',
    pass: false,
    score: 0,
    reason: /^check error: cannot load checks\/syntax\.mjs: /,
  },
  {
    name: 'a path outside the repository',
    spec: { javascript: '../elsewhere.mjs' },
    output: 'x',
    pass: false,
    score: 0,
    reason: 'check error: javascript path "../elsewhere.mjs" is outside the repository root; use a path inside the repository',
  },
];

describe('javascript check', () => {
  it.each(rows)('$name', async ({ spec, output, pass, score, reason }) => {
    const [result] = await runChecks([spec], trialWith({ output, rawOutput: output }), envAt(root));
    expect(result.kind).toBe('javascript');
    expect(result.pass).toBe(pass);
    expect(result.score).toBe(score);
    if (typeof reason === 'string') expect(result.reason).toBe(reason);
    else expect(result.reason).toMatch(reason);
  });

  it('passes the trace to the export', async () => {
    await writeFile(
      join(root, 'checks/trace.mjs'),
      `export default ({ trace }) => ({ pass: trace.costUsd === 0.5 && trace.usage.outputTokens === 7 && trace.steps[0].name === 'search', reason: JSON.stringify(trace.steps.map((s) => s.name)) });`,
    );
    const [result] = await runChecks(
      [{ javascript: 'checks/trace.mjs' }],
      trialWith({ costUsd: 0.5, usage: { inputTokens: 3, cachedTokens: 0, outputTokens: 7 }, steps: [{ type: 'tool', name: 'search' }] }),
      envAt(root),
    );
    expect(result).toMatchObject({ pass: true, reason: '["search"]' });
  });
});
