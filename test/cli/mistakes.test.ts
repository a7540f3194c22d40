// A new user's mistakes, made from inside a repository (and from outside one): each is exit 2 with a
// message that says what to change, never a stack trace or node:util's own wording.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, STACK_TRACE } from '../support/cli.js';
import { createTempRepo, type TempRepo } from '../support/git-repo.js';

const SUITE = `version: 1
target:
  chat:
    model: gpt-4o-mini
    messages: [ { role: user, content: "{{q}}" } ]
cases:
  - id: a
    input: { q: hi }
    checks: [ { contains: hi } ]
`;

interface Mistake {
  what: string;
  args: string[];
  /** Run from this subdirectory of the repository ('' = its root). */
  from?: string;
  env?: NodeJS.ProcessEnv;
  message: RegExp;
}

const KEY = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' };

const MISTAKES: Mistake[] = [
  { what: 'a misspelt option', args: ['run', '--sampel', '3'], message: /^evalgate: unknown option --sampel \(did you mean --sample\?\)$/m },
  { what: 'an unknown short option', args: ['run', '-x'], message: /^evalgate: unknown option -x$/m },
  { what: 'an option without its value', args: ['validate', '--config'], message: /^evalgate: --config needs a value \(--config VALUE\)$/m },
  { what: 'a negative value', args: ['run', '--sample', '-2'], message: /--sample needs a value; a value that starts with "-" is written --sample=VALUE/ },
  { what: 'a value for a switch', args: ['run', '--replay=yes'], message: /--replay is a switch and takes no value/ },
  { what: 'a misspelt command', args: ['valdiate'], message: /unknown command "valdiate" \(did you mean "validate"\?\)/ },
  {
    what: 'a stray argument',
    args: ['validate', 'evals/evalgate.yaml'],
    message: /evalgate validate: unexpected argument "evals\/evalgate.yaml"; values go with an option/,
  },
  {
    // `--config evals/*/evalgate.yaml` unquoted: the shell passes the second file as a stray word.
    what: 'an unquoted glob the shell expanded',
    args: ['validate', '--config', 'evals/evalgate.yaml', 'docs/evalgate.yaml'],
    message:
      /evalgate validate: unexpected argument "docs\/evalgate.yaml"; the shell expanded an unquoted glob\? quote it \(--config 'evals\/\*\*\/evalgate.yaml'\) or repeat --config for each file$/m,
  },
  {
    what: '--sample 0',
    args: ['run', '--sample', '0'],
    env: KEY,
    message: /^--sample: expected a number of cases \(50\), a percentage \(20%\) or "all", got "0"$/m,
  },
  { what: '--sample over 100%', args: ['run', '--sample', '150%'], env: KEY, message: /^--sample: expected .* got "150%"$/m },
  { what: 'a zero timeout', args: ['run', '--timeout', '0'], env: KEY, message: /^--timeout: expected a number above 0, got "0"$/m },
  { what: 'a bad flag and no key: the flag first', args: ['run', '--trials', 'two'], message: /^--trials: expected a whole number/m },
  {
    what: 'a --config that does not exist',
    args: ['validate', '--config', 'nope.yaml'],
    message: /^nope\.yaml:1:1 suite file "nope\.yaml" not found \(looked for .*\/nope\.yaml: --config is relative to the current directory\)$/m,
  },
  {
    what: 'a repository-relative --config typed in a subdirectory',
    args: ['validate', '--config', 'evals/evalgate.yaml'],
    from: 'docs',
    message:
      /^evals\/evalgate\.yaml:1:1 suite file "evals\/evalgate\.yaml" not found \(looked for .*docs\/evals\/evalgate\.yaml: --config is relative to the current directory\); did you mean --config \.\.\/evals\/evalgate\.yaml\?$/m,
  },
  {
    what: 'a --config naming a folder',
    args: ['validate', '--config', 'evals'],
    message: /^evals:1:1 suite file "evals" is a directory; name the file \(e\.g\. --config evals\/evalgate\.yaml\)$/m,
  },
  { what: '--out naming a file', args: ['run', '--out', 'README.md'], env: KEY, message: /^--out README\.md: is a file; --out names the directory/m },
  {
    what: 'a results file that does not exist',
    args: ['compare', '--base', 'a.json', '--head', 'b.json'],
    message: /^--base a\.json: no such file \(looked for .*a\.json\); results files are written by/m,
  },
  { what: 'plan with a missing results file', args: ['plan', '--results', 'out/r.json'], message: /^--results out\/r\.json: no such file/m },
  { what: 'a zero budget', args: ['run', '--max-cost', '0'], env: KEY, message: /^--max-cost: expected a number above 0, got "0"$/m },
  {
    what: 'an endpoint without http://',
    args: ['run'],
    env: { ...KEY, OPENAI_BASE_URL: 'localhost:11434' },
    message: /^OPENAI_BASE_URL: expected an http:\/\/ or https:\/\/ URL such as http:\/\/localhost:11434\/v1, got "localhost:11434"$/m,
  },
  {
    what: 'a bad --openai-base-url',
    args: ['run', '--openai-base-url', 'api.example.com/v1'],
    env: KEY,
    message: /^--openai-base-url: expected an http:\/\/ or https:\/\/ URL/m,
  },
  {
    what: '--cache naming a file',
    args: ['run', '--cache', 'README.md'],
    env: KEY,
    message: /^--cache README\.md: is a file; --cache names the directory responses are cached in$/m,
  },
  {
    what: 'a JSON file that is not a results file',
    args: ['plan', '--results', 'evals/data.json'],
    message:
      /^--results evals\/data\.json: not an EvalGate results file of schema version 1 \(schema: .*\); name an evalgate-results\.json written by "evalgate run" or "evalgate compare"$/m,
  },
  {
    what: 'a base ref that does not exist',
    args: ['compare', '--base-ref', 'mian'],
    env: KEY,
    message: /cannot resolve "mian" to a commit in .*: check its spelling \(git branch -a lists branches\)/,
  },
];

describe('the CLI run with mistakes, as a new user makes them', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = createTempRepo();
    repo.commit({ 'evals/evalgate.yaml': SUITE, 'evals/data.json': '{"a": 1}\n', 'README.md': '# x\n', 'docs/.keep': '' }, 'suite');
  });
  afterAll(() => repo.remove());

  it.each(MISTAKES)('$what: exit 2 and what to change', async ({ args, from, env, message }) => {
    const r = await cli(args, join(repo.dir, from ?? ''), env ?? {});
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toMatch(/To specify a positional argument|ERR_|ENOENT|EEXIST/);
    expect(r.code).toBe(2);
  });

  describe('outside any repository', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'evalgate-nowhere-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('without a suite file: says where it looked and how to name one', async () => {
      const r = await cli(['validate'], dir, {});
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `evals/evalgate.yaml:1:1 suite file "evals/evalgate.yaml" not found in ${dir}: run evalgate inside the repository that has it, or name it with --config FILE\n`,
      );
    });

    it('compare --base-ref: says a git repository is needed and offers results files instead', async () => {
      mkdirSync(join(dir, 'evals'), { recursive: true });
      writeFileSync(join(dir, 'evals/evalgate.yaml'), SUITE);
      const r = await cli(['compare', '--base-ref', 'main'], dir, KEY);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        `compare --base-ref: ${dir} is not inside a git repository; run it in the repository, or compare two results files with --base A.json --head B.json`,
      );
    });
  });
});
