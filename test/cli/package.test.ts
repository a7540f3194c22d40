// The package as a user installs it: packed with npm, installed into an empty prefix with no network,
// and run from another directory. Proves the bin's shebang and link, that `files` ships what the CLI
// reads (the bundle, the demo), and that the bundle needs no runtime dependency.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFiles } from '../support/git-repo.js';

const ROOT = resolve(import.meta.dirname, '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface PackEntry {
  filename: string;
  files: { path: string }[];
}

describe('the npm package, installed', () => {
  let dir: string;
  let packed: PackEntry;
  let bin: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'evalgate-package-'));
    const env = { ...process.env, npm_config_cache: join(dir, 'npm-cache'), npm_config_update_notifier: 'false' };
    [packed] = JSON.parse(execFileSync(NPM, ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', env })) as PackEntry[];
    execFileSync(NPM, ['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', join(dir, 'prefix'), join(dir, packed.filename)], {
      env,
      stdio: 'pipe',
    });
    bin = join(dir, 'prefix', 'bin', 'evalgate');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ships the bundle, the schema and the demo, and no sources or tests', () => {
    const paths = packed.files.map((f) => f.path);
    for (const p of ['dist/index.js', 'schema/evalgate.schema.json', 'evals/demo/evalgate.yaml', 'README.md', 'package.json']) expect(paths).toContain(p);
    expect(paths.some((p) => p.startsWith('evals/demo/recorded/'))).toBe(true);
    expect(paths.filter((p) => /^(src|test|scripts|bench|node_modules)\//.test(p) || p === 'action.yml')).toEqual([]);
  });

  it('runs as `evalgate` from another directory: --version, validate, and the demo end to end', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(execFileSync(bin, ['--version'], { cwd: dir, encoding: 'utf8' }).trim()).toBe(pkg.version);
    const repo = join(dir, 'repo');
    writeFiles(repo, {
      'evals/evalgate.yaml':
        'version: 1\ntarget: { chat: { model: gpt-4o-mini, messages: [ { role: user, content: "{{q}}" } ] } }\ncases:\n  - { id: a, input: { q: hi }, checks: [ { contains: hi } ] }\n',
    });
    expect(execFileSync(bin, ['validate'], { cwd: repo, encoding: 'utf8' })).toMatch(/^evals\/evalgate\.yaml: valid$/m);
    // The demo loads the whole evaluation path (openai, git worktrees, the recorded responses).
    const demo = execFileSync(bin, ['demo', '--out', join(dir, 'demo')], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: dir } });
    expect(demo).toContain('EvalGate: FAIL');
  }, 120_000);
});
