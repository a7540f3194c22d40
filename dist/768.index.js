export const id = 768;
export const ids = [768,896];
export const modules = {

/***/ 30861:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT),
/* harmony export */   l: () => (/* binding */ OPTIONS)
/* harmony export */ });
/*
 * What the CLI's shell (cli.ts) and its commands (cli-commands.ts) share: exit codes, the I/O the
 * commands write to, and the options they read. Its own module, so neither imports the other.
 */
/** Exit codes, documented in the README. */
const EXIT = {
    ok: 0,
    /** `run`: some case failed; `compare`: the verdict is fail (or inconclusive with on-inconclusive: fail). */
    failed: 1,
    /** Usage or suite-file error. */
    usage: 2,
    /** The evaluation could not be trusted: too many infrastructure errors, or an unexpected failure. */
    error: 3,
};
const OPTIONS = {
    // Several --config values (or a glob) evaluate several suites in one run.
    config: { type: 'string', multiple: true },
    sample: { type: 'string' },
    trials: { type: 'string' },
    seed: { type: 'string' },
    'max-concurrency': { type: 'string' },
    'max-cost': { type: 'string' },
    timeout: { type: 'string' },
    out: { type: 'string' },
    cache: { type: 'string' },
    replay: { type: 'boolean' },
    'openai-base-url': { type: 'string' },
    'agent-user': { type: 'string' },
    'base-ref': { type: 'string' },
    'head-ref': { type: 'string' },
    baseline: { type: 'string' },
    base: { type: 'string' },
    head: { type: 'string' },
    results: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
    color: { type: 'boolean' },
};


/***/ }),

/***/ 75768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EXIT: () => (/* reexport safe */ _cli_io_js__WEBPACK_IMPORTED_MODULE_3__.d),
/* harmony export */   describeParseError: () => (/* binding */ describeParseError),
/* harmony export */   runCli: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39714);
/* harmony import */ var _report_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37001);
/* harmony import */ var _run_cancel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72896);
/* harmony import */ var _util_suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3369);
/* harmony import */ var _util_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41599);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30861);








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
const HELP = {
    main: `evalgate ${_util_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x} — gate LLM prompt, agent and model changes on evaluation results

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
function strayAfterConfig(argv, stray) {
    const at = argv.indexOf(stray);
    const configBefore = (at >= 2 && argv[at - 2] === '--config') || argv[at - 1]?.startsWith('--config=') === true;
    return configBefore && /\.ya?ml$/.test(stray);
}
/** The CLI. Returns the exit code; never throws for a user's mistake. */
async function runCli(argv, io) {
    let values;
    let positionals;
    try {
        const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options: _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .OPTIONS */ .l, allowPositionals: true, strict: true });
        values = parsed.values;
        positionals = parsed.positionals;
    }
    catch (error) {
        io.stderr.write(`evalgate: ${(0,_report_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .e)(describeParseError(error))}\nRun "evalgate --help" for usage.\n`);
        return _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage;
    }
    const command = positionals[0];
    if (values.version) {
        io.stdout.write(`${_util_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x}\n`);
        return _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
    }
    if (!command || command === 'help') {
        io.stdout.write(`${HELP.main}\n`);
        return command || values.help ? _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok : _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage;
    }
    if (!(command in HELP)) {
        const guess = (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .suggestKey */ .A)(command, COMMANDS);
        const hint = guess ? ` (did you mean "${guess}"?)` : '';
        io.stderr.write(`evalgate: unknown command "${(0,_report_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .e)(command)}"${hint}\n\n${HELP.main}\n`);
        return _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage;
    }
    if (positionals.length > 1) {
        // Every value is given with an option; a stray word is usually a value without its option, or
        // the second file of an unquoted `--config evals/*/evalgate.yaml` the shell expanded.
        const hint = strayAfterConfig(argv, positionals[1])
            ? `; the shell expanded an unquoted glob? quote it (--config 'evals/**/evalgate.yaml') or repeat --config for each file`
            : '; values go with an option (--config FILE, --sample N)';
        io.stderr.write(`evalgate ${command}: unexpected argument "${(0,_report_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .e)(positionals[1])}"${hint}\n` + `Run "evalgate ${command} --help" for its options.\n`);
        return _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage;
    }
    if (values.help) {
        io.stdout.write(`${HELP[command]}\n`);
        return _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
    }
    try {
        const commands = await Promise.all(/* import() */[__webpack_require__.e(19), __webpack_require__.e(4), __webpack_require__.e(381)]).then(__webpack_require__.bind(__webpack_require__, 47381));
        return await commands.dispatch(command, values, io);
    }
    catch (error) {
        return reportError(error, io);
    }
}
const COMMANDS = Object.keys(HELP).filter((c) => c !== 'main');
/**
 * node:util parseArgs explains mistakes in its own terms ("To specify a positional argument
 * starting with a '-' …"); say instead what to change, with a "did you mean" for a misspelt option.
 */
function describeParseError(error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = error?.code;
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
        const name = unknown[1].replace(/^-+/, '');
        const guess = (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .suggestKey */ .A)(name, Object.keys(_cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .OPTIONS */ .l));
        return `unknown option ${unknown[1]}${guess ? ` (did you mean --${guess}?)` : ''}`;
    }
    const option = /^Option '(-\w, )?(--[\w-]+)/.exec(message)?.[2];
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
        if (/argument missing/.test(message))
            return `${option} needs a value (${option} VALUE)`;
        if (/ambiguous/.test(message))
            return `${option} needs a value; a value that starts with "-" is written ${option}=VALUE`;
        if (/does not take an argument/.test(message))
            return `${option} is a switch and takes no value`;
    }
    return message;
}
/** Errors a user fixes in the invocation or the suite file (by name: their modules load lazily). */
const USER_ERRORS = new Set(['UsageError', 'AgentEnvError', 'UnknownRefError', 'AgentUserError']);
function reportError(error, io) {
    if (error instanceof _run_cancel_js__WEBPACK_IMPORTED_MODULE_2__.CancelledError) {
        io.stderr.write(`evalgate: ${error.message}\n`);
        return error.signal ? (0,_run_cancel_js__WEBPACK_IMPORTED_MODULE_2__.signalExitCode)(error.signal) : _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.error;
    }
    if (error instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL || (error instanceof Error && USER_ERRORS.has(error.name))) {
        io.stderr.write(`${(0,_report_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .e)(error.message)}\n`);
        return _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    // Messages quote data: file contents (JSON.parse's snippet), values, paths.
    io.stderr.write(`evalgate: ${(0,_report_terminal_text_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalText */ .e)(message)}\n`);
    return _cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.error;
}


/***/ }),

/***/ 39714:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dS: () => (/* binding */ sortProblems),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export formatProblem */
/** `evals/evalgate.yaml:14:7 gate.max-score-drop: expected a number between 0 and 1, got "lots"` */
function formatProblem(p) {
    const where = `${p.file}:${p.line}:${p.column}`;
    return p.key ? `${where} ${p.key}: ${p.message}` : `${where} ${p.message}`;
}
/**
 * Orders problems file by file (files in order of first mention, so the suite file comes before
 * the case files it names), then by position, so the list reads top to bottom.
 */
function sortProblems(problems) {
    const fileOrder = new Map();
    for (const p of problems)
        if (!fileOrder.has(p.file))
            fileOrder.set(p.file, fileOrder.size);
    return [...problems].sort((a, b) => fileOrder.get(a.file) - fileOrder.get(b.file) || a.line - b.line || a.column - b.column);
}
/** Thrown by `loadSuite`: every problem found, one per line in `message`. */
class ConfigError extends Error {
    problems;
    constructor(problems) {
        const sorted = sortProblems(problems);
        super(sorted.map(formatProblem).join('\n'));
        this.name = 'ConfigError';
        this.problems = sorted;
    }
}


/***/ }),

/***/ 37001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ terminalText)
/* harmony export */ });
/**
 * Control characters a terminal acts on: C0 (ESC starts CSI/OSC sequences — clear screen, set the
 * window title, hyperlinks; BEL ends OSC; CR overwrites the line), DEL, C1 (U+009B is a one-byte
 * CSI), and the bidi controls that reorder what is shown (Trojan Source). Newline and tab are
 * layout, not commands.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's whole job
const TERMINAL_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/**
 * Text that came from data (suite names, tags, paths, ids, error messages quoting a file) made
 * safe to print: every control character is shown as a visible escape (`\x1b`, `\u202e`) instead
 * of being sent to the terminal. The one function every CLI printer uses for such text.
 */
function terminalText(text) {
    return text.replace(TERMINAL_CONTROL, (ch) => {
        const code = ch.charCodeAt(0);
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}


/***/ }),

/***/ 72896:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CancelledError: () => (/* binding */ CancelledError),
/* harmony export */   abortOnTermination: () => (/* binding */ abortOnTermination),
/* harmony export */   signalExitCode: () => (/* binding */ signalExitCode),
/* harmony export */   throwIfCancelled: () => (/* binding */ throwIfCancelled)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);

/** The run was cancelled (SIGINT/SIGTERM, or the other side failed); finished trials are kept. */
class CancelledError extends Error {
    signal;
    name = 'CancelledError';
    constructor(message, 
    /** The signal that cancelled the run, when one did. */
    signal = null) {
        super(message);
        this.signal = signal;
    }
}
/** The conventional exit code of a process ended by `signal` (SIGINT → 130, SIGTERM → 143). */
function signalExitCode(signal) {
    return 128 + (node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals[signal] ?? 15);
}
/** Throws the abort reason as a CancelledError when `signal` was aborted. */
function throwIfCancelled(signal) {
    if (!signal?.aborted)
        return;
    const reason = signal.reason;
    if (reason instanceof CancelledError)
        throw reason;
    throw new CancelledError(`cancelled: ${reason instanceof Error ? reason.message : String(reason)}`);
}
/**
 * An AbortSignal that fires on the first SIGINT or SIGTERM (the runner's cancel sends SIGINT, then
 * SIGTERM 7.5 s later): model requests are aborted, agents stopped, worktrees removed. A second
 * signal exits at once. `dispose` removes the handlers.
 */
function abortOnTermination() {
    const controller = new AbortController();
    const handler = (signal) => {
        if (controller.signal.aborted)
            process.exit(signalExitCode(signal));
        controller.abort(new CancelledError(`cancelled by ${signal}: in-flight requests were aborted and agents stopped; finished trials are kept in the .jsonl files`, signal));
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', handler);
            process.off('SIGTERM', handler);
        },
    };
}


/***/ }),

/***/ 3369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ suggestKey)
/* harmony export */ });
/*
 * "Did you mean" for misspelt names: suite keys, CLI options and commands. Its own module so the
 * CLI can use it without loading zod.
 */
/** The closest allowed key to a misspelt one, if it is close enough to be a plausible typo. */
function suggestKey(word, candidates) {
    // Same letters in another case style (max_score_drop, maxScoreDrop) is always the intended key.
    const squash = (s) => s.toLowerCase().replace(/[-_\s]/g, '');
    const same = candidates.find((c) => squash(c) === squash(word));
    if (same)
        return same;
    const limit = word.length <= 4 ? 1 : 2;
    let best;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d <= limit && (!best || d < best.d))
            best = { key: c, d };
    }
    return best?.key;
}
/** Optimal string alignment distance: a swapped pair of letters counts as one edit. */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}


/***/ }),

/***/ 41599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** EvalGate's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';


/***/ })

};
