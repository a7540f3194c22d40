/**
 * Runs one export of a JavaScript module from the pull request (a `module` target or a
 * `javascript` check) in a fresh Node child process, never in EvalGate's own process: the child
 * gets the built agent environment (no tokens), is started like a command agent (its own process
 * group, killed on timeout; as the agent user when EvalGate runs agents as one) and hands its
 * result back as one marked JSON line on stdout.
 */
import { pathToFileURL } from 'node:url';
import type { Isolation, ProcessEnding } from './processes.js';

/** Marks the child's result line, so whatever the module prints to stdout before it is ignored. */
const RESULT_MARK = '\u0000evalgate-child-result\u0000';

/**
 * Node's start-up and the module's import are not the call's time: the child enforces the call's
 * timeout itself, and is killed from outside only this much later (an event loop blocked by a
 * busy module never fires its own timer).
 */
export const START_ALLOWANCE_MS = 10_000;

/** Enough for a stack trace; the report shows it under the error. */
const STACK_CHARS = 4096;

/**
 * The child program (plain ES module JavaScript, run with `node --input-type=module -e`): reads one
 * JSON request from stdin, imports the module, and either lists its function exports (`probe`) or
 * calls the export — `fn(input, ctx)` for an agent (ctx.signal aborts on SIGTERM), `fn(args)` for
 * a check — and prints the outcome. It exits at once, so timers the module left do not hold it.
 */
const CHILD_SOURCE = `
const MARK = ${JSON.stringify(RESULT_MARK)};
let finished = false;
const finish = (result) => {
  // The first outcome wins: a call that settles after its deadline stays a timeout.
  if (finished) return;
  finished = true;
  let line;
  try { line = JSON.stringify(result); } catch (e) { line = JSON.stringify({ kind: 'unserializable', message: String(e && e.message || e) }); }
  process.stdout.write('\\n' + MARK + line + '\\n', () => process.exit(0));
};
const message = (e) => (e instanceof Error ? e.message : String(e));
const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const req = JSON.parse(Buffer.concat(chunks).toString('utf8'));
let mod;
try {
  mod = await import(req.url);
} catch (e) {
  finish({ kind: 'import-error', message: message(e) });
}
if (mod) {
  const fn = mod[req.exportName];
  if (req.mode === 'probe' || typeof fn !== 'function') {
    const functions = Object.keys(mod).filter((k) => typeof mod[k] === 'function').sort();
    finish({ kind: 'exports', functions, found: typeof fn });
  } else {
    const controller = new AbortController();
    process.once('SIGTERM', () => { controller.abort(new Error('stopped by EvalGate')); setTimeout(() => process.exit(143), 200); });
    // A promise that never settles is a hang, as it would be in-process: keep the child alive until the deadline.
    setInterval(() => {}, 1 << 30);
    setTimeout(() => { controller.abort(new Error('timed out')); finish({ kind: 'timeout' }); }, req.timeoutMs);
    const call = req.mode === 'agent'
      ? () => fn(req.args.input, { ...req.args.ctx, signal: controller.signal })
      : () => fn(req.args);
    const started = performance.now();
    Promise.resolve().then(call).then(
      (value) => finish({ kind: 'returned', value: value === undefined ? null : value, undefined: value === undefined, ms: performance.now() - started }),
      (e) => finish({ kind: 'threw', message: message(e), stack: e instanceof Error && e.stack ? String(e.stack).slice(-${STACK_CHARS}) : undefined }),
    );
  }
}
`;

/** What the child reported, or how it ended without reporting. */
export type ChildOutcome =
  | { kind: 'exports'; functions: string[]; found: string }
  /** `ms`: how long the call took inside the child, without Node's start-up. */
  | { kind: 'returned'; value: unknown; ms?: number }
  | { kind: 'threw'; message: string; stack?: string }
  | { kind: 'import-error'; message: string }
  | { kind: 'unserializable'; message: string }
  /** The call did not settle within the request's timeoutMs (measured from the call, not Node's start). */
  | { kind: 'timeout' }
  /** Ended without a result line: timeout, cancellation, a crash or process.exit in the module. */
  | { kind: 'ended'; ending: ProcessEnding; stderrTail: string };

export interface NodeChildRequest {
  /** The absolute path of the module (checked to lie inside the evaluated tree by the caller). */
  file: string;
  exportName: string;
  mode: 'probe' | 'agent' | 'check';
  /** `{input, ctx}` for an agent (ctx without signal), the check's argument for a check. */
  args?: unknown;
  /** The working directory: the evaluated tree's root. */
  cwd: string;
  env: Record<string, string>;
  /** For the call itself; the process gets START_ALLOWANCE_MS more for Node's start-up and the import. */
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Single-quotes a word for /bin/sh. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The child's last result line, if it printed one. */
export function parseChildStdout(stdout: string): Exclude<ChildOutcome, { kind: 'ended' }> | null {
  const at = stdout.lastIndexOf(RESULT_MARK);
  if (at === -1) return null;
  const line = stdout.slice(at + RESULT_MARK.length).split('\n', 1)[0];
  try {
    const parsed = JSON.parse(line) as Exclude<ChildOutcome, { kind: 'ended' }> & { undefined?: boolean };
    if (parsed.kind === 'returned' && parsed.undefined) return { kind: 'returned', value: undefined, ms: parsed.ms };
    return parsed;
  } catch {
    return null;
  }
}

/** Runs the request in a Node child through `run` (same user or agent user) and returns what it reported. */
export async function runNodeChild(
  isolation: Pick<Isolation, 'run' | 'nodePath'>,
  request: NodeChildRequest,
): Promise<{ outcome: ChildOutcome; stderrTail: string; wallMs: number }> {
  const result = await isolation.run({
    command: `exec ${shellQuote(isolation.nodePath)} --input-type=module -e ${shellQuote(CHILD_SOURCE)}`,
    cwd: request.cwd,
    env: request.env,
    stdin: JSON.stringify({
      url: pathToFileURL(request.file).href,
      exportName: request.exportName,
      mode: request.mode,
      args: request.args ?? null,
      timeoutMs: request.timeoutMs,
    }),
    timeoutMs: request.timeoutMs + START_ALLOWANCE_MS,
    signal: request.signal,
  });
  const reported = result.ending.kind === 'exit' && result.ending.code === 0 ? parseChildStdout(result.stdout) : null;
  return {
    outcome: reported ?? { kind: 'ended', ending: result.ending, stderrTail: result.stderrTail },
    stderrTail: result.stderrTail,
    wallMs: result.wallMs,
  };
}
