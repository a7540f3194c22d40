import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/index.js';
import { readRepoFile } from '../../src/config/files.js';
import { globError } from '../../src/config/rules.js';
import { readInRoot } from '../../src/targets/model-file.js';
import { repoPath, resolveInRepo } from '../../src/util/repo-path.js';
import { envAt, trialWith } from '../checks/helpers.js';

describe('repoPath: the written path, repository-relative, or null when it leaves the repository', () => {
  it.each<[string, string | null]>([
    ['prompts/a.md', 'prompts/a.md'],
    ['./prompts//a.md', 'prompts/a.md'],
    ['prompts/', 'prompts'],
    ['a/../b.md', 'b.md'],
    ['..notes.md', '..notes.md'],
    ['../b.md', null],
    ['..', null],
    ['a/../../b.md', null],
    ['/etc/passwd', null],
    ['.', null],
    ['', null],
    // Windows-ish: backslashes are separators, drive letters and UNC paths are absolute.
    ['prompts\\a.md', 'prompts/a.md'],
    ['..\\b.md', null],
    ['a\\..\\..\\b.md', null],
    ['C:\\x.md', null],
    ['c:/x.md', null],
    ['C:x.md', null],
    ['\\\\server\\share\\x.md', null],
    ['\\x.md', null],
  ])('%j → %j', (written, rel) => {
    expect(repoPath(written)).toBe(rel);
  });
});

// A real tree: root/ holds files and links; outside/ is next to it.
let base: string;
let root: string;
let outside: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'evalgate-repo-path-'));
  root = path.join(base, 'root');
  outside = path.join(base, 'outside');
  await mkdir(path.join(root, 'prompts'), { recursive: true });
  await mkdir(outside, { recursive: true });
  await writeFile(path.join(outside, 'secret.json'), '{"type": "string"}');
  await mkdir(path.join(outside, 'dir'));
  await writeFile(path.join(outside, 'dir', 'x.md'), 'secret');
  await writeFile(path.join(root, 'prompts', 'a.md'), 'hello');
  await writeFile(path.join(root, 'schema.json'), '{"type": "string"}');
  await symlink(path.join(root, 'prompts', 'a.md'), path.join(root, 'alias.md'));
  await symlink(path.join(outside, 'secret.json'), path.join(root, 'link-out.json'));
  await symlink(path.join(outside, 'dir'), path.join(root, 'dir-out'));
  await symlink(path.join(root, 'nowhere.md'), path.join(root, 'dangling.md'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('resolveInRepo: where a written path leads on disk', () => {
  it.each<[string, string, string]>([
    ['a file', 'prompts/a.md', 'prompts/a.md'],
    ['a backslash path', 'prompts\\a.md', 'prompts/a.md'],
    ['a symlink to a file inside', 'alias.md', 'prompts/a.md'],
    ['.. out of the repository', '../outside/secret.json', 'escapes'],
    ['.. that stays inside', 'prompts/../schema.json', 'schema.json'],
    ['an absolute path, even to a file inside', '<root>/schema.json', 'escapes'],
    ['a symlink to a file outside', 'link-out.json', 'links-out'],
    ['a path through a symlinked directory outside', 'dir-out/x.md', 'links-out'],
    ['a dangling symlink', 'dangling.md', 'missing'],
    ['a missing file', 'prompts/none.md', 'missing'],
  ])('%s (%s)', async (_name, written, expected) => {
    const found = await resolveInRepo(root, written.replace('<root>', root));
    if (expected === 'escapes' || expected === 'links-out' || expected === 'missing') expect(found.kind).toBe(expected);
    else expect(found).toMatchObject({ kind: 'inside', real: path.join(await realpath(root), expected) });
  });
});

/** Every place that reads a file a suite names, each refusing what leaves the repository. */
const readers: [string, (written: string) => Promise<string>][] = [
  [
    'suite validation (readRepoFile)',
    async (w) => {
      const rel = repoPath(w);
      if (rel === null) return 'refused';
      const fact = await readRepoFile(root, rel, true);
      return fact.kind === 'outside-root' ? 'refused' : fact.kind;
    },
  ],
  [
    'a chat target prompt (readInRoot)',
    (w) =>
      readInRoot(root, w, 'target.chat.messages[0].file').then(
        () => 'file',
        (e: Error) => (/outside the repository/.test(e.message) ? 'refused' : e.message),
      ),
  ],
  [
    'a json-schema check file',
    async (w) => {
      const [result] = await runChecks([{ 'json-schema': { file: w } }], trialWith({ output: '"x"', rawOutput: '"x"' }), envAt(root));
      return result.pass ? 'file' : /outside the repository/.test(result.reason) ? 'refused' : result.reason;
    },
  ],
  [
    'a javascript check module',
    async (w) => {
      const [result] = await runChecks([{ javascript: w }], trialWith(), envAt(root));
      return result.pass ? 'file' : /outside the repository/.test(result.reason) ? 'refused' : result.reason;
    },
  ],
];

describe.each(readers)('%s', (_name, read) => {
  it.each<[string, string, string]>([
    ['.. out of the repository', '../outside/secret.json', 'refused'],
    ['a symlink pointing out', 'link-out.json', 'refused'],
    ['a path through a symlinked directory outside', 'dir-out/x.md', 'refused'],
    ['an absolute path', '<outside>/secret.json', 'refused'],
    ['a Windows-ish path climbing out', '..\\outside\\secret.json', 'refused'],
  ])('refuses %s', async (_what, written, expected) => {
    // Refused before anything is read or imported, so one outside file serves every reader.
    expect(await read(written.replace('<outside>', outside))).toBe(expected);
  });
});

describe('globs', () => {
  it.each<[string, boolean]>([
    ['prompts/**', true],
    ['!prompts/old/**', true],
    ['../**', false],
    ['/etc/**', false],
    ['C:\\prompts\\**', false],
    ['a/../../**', false],
  ])('%s is usable: %s', (pattern, usable) => {
    expect(globError(pattern) === null).toBe(usable);
  });
});
