// Runs the built bundle `dist/index.js` in a child process the way the GitHub Actions runner does:
// a clean environment with the GITHUB_* variables, the event payload in a file, one INPUT_*
// variable per action.yml input (defaults filled in), and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
// files read back afterwards.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The committed bundle the runner starts (`runs.main` of action.yml). */
export const ACTION_BUNDLE = join(ROOT, 'dist', 'index.js');
const ACTION_YML = join(ROOT, 'action.yml');
/** A hung action must not hang the test run; a scenario takes a few seconds. */
const RUN_TIMEOUT_MS = 120_000;
/** The expression the runner evaluates to the job's GITHUB_TOKEN. */
const GITHUB_TOKEN_EXPRESSION = /^\$\{\{\s*github\.token\s*\}\}$/;

/**
 * Inputs that differ from action.yml's defaults unless a test sets them: the fake GitHub has no
 * rate limits, so Octokit's write spacing (1–3 s between comment writes) only slowed every run
 * that comments. The tests of rate limits turn it on.
 */
const FAKE_GITHUB_INPUTS: Partial<Record<string, string>> = { 'github-throttle': 'false' };

interface ActionYmlInput {
  default?: string;
}

/** Every input action.yml declares, with its default ('' when it has none). */
export function actionInputDefaults(): Record<string, string> {
  const doc = parseYaml(readFileSync(ACTION_YML, 'utf8')) as { inputs?: Record<string, ActionYmlInput | null> };
  return Object.fromEntries(Object.entries(doc.inputs ?? {}).map(([name, spec]) => [name, String(spec?.default ?? '')]));
}

/** The runner's variable name for an input: upper-cased, dashes kept, spaces as `_` (as @actions/core reads it). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export interface ActionEvent {
  /** `GITHUB_EVENT_NAME`, e.g. `pull_request`. */
  name: string;
  payload: unknown;
}

export interface RunActionArgs {
  /** The checkout (`GITHUB_WORKSPACE` and the working directory). */
  workspace: string;
  event: ActionEvent;
  /** Overrides of action.yml inputs by input name (`openai-api-key`, …). */
  inputs?: Partial<Record<string, string>>;
  /** Extra environment variables (added last). */
  env?: Record<string, string>;
  githubApiUrl: string;
  /** What `${{ github.token }}` evaluates to (the fake's token). */
  githubToken: string;
  /** `owner/repo`; defaults to the payload's repository. */
  repository?: string;
  /** `GITHUB_SHA`; defaults to the workspace's HEAD (the merge commit for pull_request events). */
  sha?: string;
  /** Called with the started process, e.g. to signal it as the runner does on cancel. */
  onStart?: (child: ChildProcess) => void;
}

export interface ActionRun {
  /** Exit code (null when killed by a signal). */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Outputs the action set through GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** What the action wrote to GITHUB_STEP_SUMMARY. */
  summary: string;
}

/**
 * Parses a GITHUB_OUTPUT file: `name<<DELIMITER\nvalue\nDELIMITER` blocks (what @actions/core
 * writes) and single `name=value` lines. A later value of the same name wins, as on the runner.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const end = lines.indexOf(delimiter, i + 1);
      if (end === -1) throw new Error(`GITHUB_OUTPUT: no closing delimiter for "${name}"`);
      outputs[name] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq === -1) throw new Error(`GITHUB_OUTPUT: unreadable line "${line}"`);
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

function payloadNumber(payload: unknown): number | null {
  const p = payload as { number?: unknown; pull_request?: { number?: unknown } } | null;
  const n = p?.pull_request?.number ?? p?.number;
  return typeof n === 'number' ? n : null;
}

function payloadRepository(payload: unknown): string | null {
  const name = (payload as { repository?: { full_name?: unknown } } | null)?.repository?.full_name;
  return typeof name === 'string' ? name : null;
}

/** Starts `node dist/index.js` as the runner would for one step, and waits for it to end. */
export async function runAction(args: RunActionArgs): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), 'evalgate-runner-'));
  try {
    const eventPath = join(temp, 'event.json');
    const outputPath = join(temp, 'github_output');
    const summaryPath = join(temp, 'step_summary');
    const runnerTemp = join(temp, 'runner-temp');
    writeFileSync(eventPath, JSON.stringify(args.event.payload));
    writeFileSync(outputPath, '');
    writeFileSync(summaryPath, '');
    mkdirSync(runnerTemp);

    const repository = args.repository ?? payloadRepository(args.event.payload);
    if (repository === null) throw new Error('runAction: pass `repository` or a payload with repository.full_name');
    const sha = args.sha ?? execFileSync('git', ['rev-parse', 'HEAD'], { cwd: args.workspace, encoding: 'utf8' }).trim();
    const number = payloadNumber(args.event.payload);
    const ref = args.event.name.startsWith('pull_request') && number !== null ? `refs/pull/${number}/merge` : 'refs/heads/main';

    const inputs: Record<string, string> = {};
    for (const [name, fallback] of Object.entries(actionInputDefaults())) {
      const value = args.inputs?.[name] ?? FAKE_GITHUB_INPUTS[name] ?? fallback;
      inputs[inputEnvName(name)] = GITHUB_TOKEN_EXPRESSION.test(value) ? args.githubToken : value;
    }
    const unknown = Object.keys(args.inputs ?? {}).filter((name) => !(inputEnvName(name) in inputs));
    if (unknown.length > 0) throw new Error(`runAction: action.yml declares no input ${unknown.join(', ')}`);

    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? temp,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: args.event.name,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: repository,
      GITHUB_WORKSPACE: args.workspace,
      GITHUB_SHA: sha,
      GITHUB_REF: ref,
      GITHUB_API_URL: args.githubApiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '4242',
      RUNNER_TEMP: runnerTemp,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      ...inputs,
      ...args.env,
    };

    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
      const child = spawn(process.execPath, [ACTION_BUNDLE], { cwd: args.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
      args.onStart?.(child);
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
      child.on('error', fail);
      child.on('close', (exit) => {
        clearTimeout(timer);
        done({ code: exit, stdout: out, stderr: err });
      });
    });
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
      summary: readFileSync(summaryPath, 'utf8'),
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
