import { parseArgs } from 'node:util';
import { ConfigError } from './config/errors.js';
import { terminalText } from './report/terminal-text.js';
import { CancelledError, signalExitCode } from './run/cancel.js';
import { suggestKey } from './util/suggest.js';
import { VERSION } from './util/version.js';
import { EXIT, OPTIONS, type CliIo, type CliValues } from './cli-io.js';

export { EXIT, type CliIo, type CliValues };

const COMMON_HELP = `  --config FILE             suite file (default evals/evalgate.yaml); repeat it, or give a
                            quoted glob ('evals/**/evalgate.yaml'), to run several suites
  --sample N|P%|all         how many cases to sample (overrides sample.size)
  --trials K                runs per case (overrides sample.trials)
  --seed S                  sampling seed (overrides sample.seed)
  --max-concurrency C       model requests in flight at most (default 8)
  --max-cost USD            stop starting cases once this much is spent (default: no cap)
  --timeout SECONDS         per-request timeout (default 60)
  --out DIR                 where results and reports are written (default evalgate-out)
  --cache DIR               response cache: unchanged requests are not paid for twice
  --replay                  answer only from --cache; fail on any request not in it
  --openai-base-url URL     any OpenAI-compatible endpoint (or OPENAI_BASE_URL)
                            the key comes from OPENAI_API_KEY; a suite's named
                            endpoints read theirs from the variables they name
  --agent-user on|auto|off  run agent code and javascript checks as the unprivileged user
                            evalgate-agent (needs root or passwordless sudo; default off)`;

const HELP: Record<string, string> = {
  main: `evalgate ${VERSION} — gate LLM prompt, agent and model changes on evaluation results

Usage:
  evalgate run       evaluate the suite on the working tree
  evalgate compare   evaluate base and head and decide (or compare two results files)
  evalgate validate  check a suite file and print what it contains
  evalgate plan      how many cases and trials the gate needs, from earlier results
  evalgate demo      run the bundled demo comparison offline
  evalgate --version

Run "evalgate <command> --help" for a command's options.
Exit codes: 0 ok, 1 failing cases or a failing verdict, 2 usage or suite-file error, 3 evaluation error.
With several suites: one table per suite, a last line with every suite's decision, and the worst
exit code (3 before 1 before 0; 2 when any suite file is invalid, before anything runs).`,
  run: `Usage: evalgate run [options]

Evaluates the suite once, on the working tree, and prints a table of results.
Writes <out>/evalgate-results.json (and <out>/single.jsonl while running).

Options:
${COMMON_HELP}`,
  compare: `Usage: evalgate compare --base-ref REF [--head-ref REF] [options]
       evalgate compare --base A.json --head B.json [--config FILE]

Evaluates the system under test at the base ref (a git worktree) and at head (the working tree, or
--head-ref) on the same sampled cases, then prints the verdict and writes
<out>/evalgate-report.md, <out>/evalgate-report.json and both results files.
With --base/--head, compares two results files without calling any model.

Options:
  --base-ref REF            the commit or branch to compare against
  --head-ref REF            evaluate this commit instead of the working tree
  --baseline FILE           a stored results file to use instead of a base run, when it matches
  --base FILE --head FILE   compare two evalgate-results.json files
${COMMON_HELP}`,
  validate: `Usage: evalgate validate [--config FILE]...

Loads and checks the suite file; prints the number of cases, tags and referenced files.
Exits 2 with every problem (file:line:column key: message) when the suite is invalid.`,
  plan: `Usage: evalgate plan --results FILE [--config FILE]
       evalgate plan --base A.json --head B.json [--config FILE]

Estimates from earlier results how much a case's score moves between runs, and prints, for 1, 2,
3 and 5 trials per case, how many cases the gate needs so that a drop of detect-drop fails 90% of
the time, and the smallest drop the suite's sample size detects. Calls no model.
Use the results of a run with --trials 2 or more, or the base and head results of a compare.`,
  demo: `Usage: evalgate demo [--out DIR]

Compares two versions of the demo support-assistant prompt from recorded responses (no network,
no API key) and writes the PR comment it would post to <out>/evalgate-report.md.`,
};

/** Whether `stray` comes right after `--config FILE`: what a shell-expanded glob looks like. */
function strayAfterConfig(argv: string[], stray: string): boolean {
  const at = argv.indexOf(stray);
  const configBefore = (at >= 2 && argv[at - 2] === '--config') || argv[at - 1]?.startsWith('--config=') === true;
  return configBefore && /\.ya?ml$/.test(stray);
}

/** The CLI. Returns the exit code; never throws for a user's mistake. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let values: CliValues;
  let positionals: string[];
  try {
    const parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    values = parsed.values;
    positionals = parsed.positionals;
  } catch (error) {
    io.stderr.write(`evalgate: ${terminalText(describeParseError(error))}\nRun "evalgate --help" for usage.\n`);
    return EXIT.usage;
  }
  const command = positionals[0];
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (!command || command === 'help') {
    io.stdout.write(`${HELP.main}\n`);
    return command || values.help ? EXIT.ok : EXIT.usage;
  }
  if (!(command in HELP)) {
    const guess = suggestKey(command, COMMANDS);
    const hint = guess ? ` (did you mean "${guess}"?)` : '';
    io.stderr.write(`evalgate: unknown command "${terminalText(command)}"${hint}\n\n${HELP.main}\n`);
    return EXIT.usage;
  }
  if (positionals.length > 1) {
    // Every value is given with an option; a stray word is usually a value without its option, or
    // the second file of an unquoted `--config evals/*/evalgate.yaml` the shell expanded.
    const hint = strayAfterConfig(argv, positionals[1])
      ? `; the shell expanded an unquoted glob? quote it (--config 'evals/**/evalgate.yaml') or repeat --config for each file`
      : '; values go with an option (--config FILE, --sample N)';
    io.stderr.write(
      `evalgate ${command}: unexpected argument "${terminalText(positionals[1])}"${hint}\n` + `Run "evalgate ${command} --help" for its options.\n`,
    );
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout.write(`${HELP[command]}\n`);
    return EXIT.ok;
  }
  try {
    const commands = await import('./cli-commands.js');
    return await commands.dispatch(command, values, io);
  } catch (error) {
    return reportError(error, io);
  }
}

const COMMANDS = Object.keys(HELP).filter((c) => c !== 'main');

/**
 * node:util parseArgs explains mistakes in its own terms ("To specify a positional argument
 * starting with a '-' …"); say instead what to change, with a "did you mean" for a misspelt option.
 */
export function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const name = unknown[1].replace(/^-+/, '');
    const guess = suggestKey(name, Object.keys(OPTIONS));
    return `unknown option ${unknown[1]}${guess ? ` (did you mean --${guess}?)` : ''}`;
  }
  const option = /^Option '(-\w, )?(--[\w-]+)/.exec(message)?.[2];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    if (/argument missing/.test(message)) return `${option} needs a value (${option} VALUE)`;
    if (/ambiguous/.test(message)) return `${option} needs a value; a value that starts with "-" is written ${option}=VALUE`;
    if (/does not take an argument/.test(message)) return `${option} is a switch and takes no value`;
  }
  return message;
}

/** Errors a user fixes in the invocation or the suite file (by name: their modules load lazily). */
const USER_ERRORS = new Set(['UsageError', 'AgentEnvError', 'UnknownRefError', 'AgentUserError']);

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CancelledError) {
    io.stderr.write(`evalgate: ${error.message}\n`);
    return error.signal ? signalExitCode(error.signal) : EXIT.error;
  }
  if (error instanceof ConfigError || (error instanceof Error && USER_ERRORS.has(error.name))) {
    io.stderr.write(`${terminalText(error.message)}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  // Messages quote data: file contents (JSON.parse's snippet), values, paths.
  io.stderr.write(`evalgate: ${terminalText(message)}\n`);
  return EXIT.error;
}
