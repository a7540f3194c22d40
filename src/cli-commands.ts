import { planFromResults } from './compare/plan.js';
import { sampleSize } from './run/sample.js';
import { groupDigits } from './util/units.js';
import { cp, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { CliIo, CliValues } from './cli-io.js';
import { startIsolation, type AgentUserSetting } from './isolation/agent-user.js';
import type { Isolation } from './isolation/processes.js';
import { EXIT } from './cli-io.js';
import { compareRuns } from './compare/compare.js';
import { decide, finalDecision } from './compare/decision.js';
import { loadSuite } from './config/load.js';
import { missingKeyMessage, missingKeys } from './llm/endpoints.js';
import { regexWarnings } from './config/regex-warnings.js';
import { rubricNote } from './checks/judge-check.js';
import { DEFAULT_GATE, type Gate, type Suite } from './config/suite.js';
import { isSuiteGlob, resolveSuitePaths } from './config/suite-paths.js';
import { worstDecision } from './compare/worst.js';
import { compareSuites, loadSuites, runSuites } from './suites.js';
import type { SuiteReport } from './report/suite-report.js';
import { toSuitesReportJson } from './report/suites-json.js';
import { renderSuitesSummary } from './report/suites-markdown.js';
import { createProgress } from './progress.js';
import { REPORT_JSON, REPORT_MD, toReportJson } from './report/json.js';
import { createRedactor } from './report/redact.js';
import { terminalText } from './report/terminal-text.js';
import { renderSummary } from './report/markdown.js';
import { JUNIT_FILE, junitForComparison, junitForRun } from './report/junit.js';
import { renderRunTable, renderTerminal } from './report/terminal.js';
import type { FinalDecision, ReportInput } from './report/types.js';
import { readResults, writeJsonFile } from './results/io.js';
import type { RunResults } from './results/schema.js';
import { DEFAULT_MAX_CONCURRENCY, DEFAULT_TIMEOUT_MS, runComparison, parseSampleSize, runSingle, UsageError, type EvalOptions } from './pipeline.js';

const DEFAULT_CONFIG = 'evals/evalgate.yaml';
const DEFAULT_OUT = 'evalgate-out';

function positiveInt(name: string, text: string | undefined): number | null {
  if (text === undefined) return null;
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) {
    throw new UsageError(`--${name}: expected a whole number of at least 1, got "${text}"`);
  }
  return Number(text);
}

function nonNegativeNumber(name: string, text: string | undefined): number | null {
  if (text === undefined) return null;
  const n = Number(text.replace(/^\$/, ''));
  if (text.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new UsageError(`--${name}: expected a non-negative number, got "${text}"`);
  }
  return n;
}

/** Turns CLI flags and the environment into evaluation options. */
export function evalOptions(values: CliValues, io: CliIo, outDir: string): EvalOptions {
  const replay = values.replay === true;
  // Every flag is checked before anything is read or paid for, all in one place.
  const flags = {
    sample: sampleFlag(values.sample),
    trials: positiveInt('trials', values.trials),
    seed: values.seed === undefined ? null : Number.isInteger(Number(values.seed)) ? Number(values.seed) : badSeed(values.seed),
    maxConcurrency: positiveInt('max-concurrency', values['max-concurrency']) ?? DEFAULT_MAX_CONCURRENCY,
    // A budget of 0 starts no case and would report an empty run as a success.
    maxCost: positiveNumber('max-cost', values['max-cost']),
    baseURL: baseUrl(
      values['openai-base-url'] ?? io.env.OPENAI_BASE_URL ?? null,
      values['openai-base-url'] !== undefined ? '--openai-base-url' : 'OPENAI_BASE_URL',
    ),
    timeoutMs: (positiveNumber('timeout', values.timeout) ?? DEFAULT_TIMEOUT_MS / 1000) * 1000,
  };
  const progress = createProgress(io.stderr);
  return {
    ...flags,
    // Required only when a role uses the default endpoint: checked once the suite is read.
    apiKey: io.env.OPENAI_API_KEY ?? '',
    env: io.env,
    keyHelp: 'cli',
    // Agents' Anthropic calls go through the recording proxy with this key (ANTHROPIC_BASE_URL for another endpoint).
    anthropic: io.env.ANTHROPIC_API_KEY ? { apiKey: io.env.ANTHROPIC_API_KEY, baseURL: io.env.ANTHROPIC_BASE_URL ?? null } : null,
    cacheDir: values.cache ? resolve(io.cwd, values.cache) : null,
    replay,
    outDir,
    shard: null,
    onProgress: progress.update,
    log: (line) => io.stderr.write(`${terminalText(line)}\n`),
    signal: io.signal,
  };
}

function positiveNumber(name: string, text: string | undefined): number | null {
  const n = nonNegativeNumber(name, text);
  if (n === 0) throw new UsageError(`--${name}: expected a number above 0, got "${text}"`);
  return n;
}

/** Without a scheme the SDK fails every request with "Protocol not supported", after retries. */
function baseUrl(text: string | null, name: string): string | null {
  if (text === null || text === '') return null;
  let url: URL | null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:')) return text;
  throw new UsageError(`${name}: expected an http:// or https:// URL such as http://localhost:11434/v1, got "${text}"`);
}

/** The pipeline reads --sample; checked here so the message names the flag. */
function sampleFlag(text: string | undefined): string | null {
  if (text === undefined) return null;
  try {
    parseSampleSize(text);
  } catch {
    throw new UsageError(`--sample: expected a number of cases (50), a percentage (20%) or "all", got "${text}"`);
  }
  return text;
}

function badSeed(text: string): never {
  throw new UsageError(`--seed: expected a whole number, got "${text}"`);
}

/**
 * The suite file named on the command line (or the default) exists: the loader's message speaks of
 * repository paths, while --config is typed relative to the current directory.
 */
async function checkConfigPath(cwd: string, root: string, flag: string | undefined): Promise<void> {
  const path = flag === undefined ? join(root, DEFAULT_CONFIG) : resolve(cwd, flag);
  // A suite outside the repository is the loader's to refuse, with its own reason.
  if (relative(root, path).startsWith('..')) return;
  const kind = await stat(path).then(
    (s) => (s.isDirectory() ? 'directory' : 'file'),
    () => 'missing',
  );
  if (kind === 'file') return;
  // Suite problems are `file:line:column message`, like every other problem with the suite file.
  if (flag === undefined) {
    throw new UsageError(
      `${DEFAULT_CONFIG}:1:1 suite file "${DEFAULT_CONFIG}" not found in ${root}: run evalgate inside the repository that has it, or name it with --config FILE`,
    );
  }
  if (kind === 'directory')
    throw new UsageError(`${flag}:1:1 suite file "${flag}" is a directory; name the file (e.g. --config ${join(flag, 'evalgate.yaml')})`);
  // A repository-relative path typed in a subdirectory is the usual slip: point at the file that exists.
  const fromRoot =
    !isAbsolute(flag) &&
    resolve(root, flag) !== path &&
    (await stat(resolve(root, flag)).then(
      (s) => s.isFile(),
      () => false,
    ));
  const hint = fromRoot ? `; did you mean --config ${relative(cwd, resolve(root, flag))}?` : '';
  throw new UsageError(`${flag}:1:1 suite file "${flag}" not found (looked for ${path}: --config is relative to the current directory)${hint}`);
}

/** --out and --cache must be directories (or not exist yet): found out before anything is paid for. */
async function checkDir(dir: string, flag: string, what: string): Promise<void> {
  const isFile = await stat(dir).then(
    (s) => !s.isDirectory(),
    () => false,
  );
  if (isFile) throw new UsageError(`${flag}: is a file; ${flag.split(' ')[0]} names ${what}`);
}

/** A results file named on the command line; a missing one is a typo to fix (exit 2), not an evaluation failure. */
async function readResultsArg(cwd: string, flag: string, file: string): Promise<RunResults> {
  const path = resolve(cwd, file);
  if (
    !(await stat(path).then(
      (s) => s.isFile(),
      () => false,
    ))
  ) {
    throw new UsageError(`--${flag} ${file}: no such file (looked for ${path}); results files are written by "evalgate run" or "evalgate compare" to <out>/`);
  }
  try {
    return await readResults(path);
  } catch (error) {
    // The file is the user's: a wrong file named, not an evaluation failure.
    throw new UsageError(
      `--${flag} ${file}: ${error instanceof Error ? error.message.replace(`${path}: `, '') : String(error)}; name an evalgate-results.json written by "evalgate run" or "evalgate compare"`,
      { cause: error },
    );
  }
}

/** Runs one CLI command; errors propagate to `runCli`, which maps them to exit codes. */
export async function dispatch(command: string, values: CliValues, io: CliIo): Promise<number> {
  const outDir = resolve(io.cwd, values.out ?? DEFAULT_OUT);
  if (command === 'demo') return demo(io, outDir, values.color ?? (io.stdout.isTTY === true && !io.env.NO_COLOR));
  // Suite paths are relative to the repository root, wherever in the repository the CLI runs;
  // --config is a path like any other on the command line: relative to where it is typed.
  const root = await repositoryRoot(io.cwd);
  const patterns = values.config && values.config.length > 0 ? values.config.map((c) => relative(root, resolve(io.cwd, c))) : [DEFAULT_CONFIG];
  const color = values.color ?? (io.stdout.isTTY === true && !io.env.NO_COLOR);
  if (command === 'run' || command === 'compare') {
    await checkDir(outDir, `--out ${values.out ?? DEFAULT_OUT}`, 'the directory results and reports are written to');
    if (values.cache) await checkDir(resolve(io.cwd, values.cache), `--cache ${values.cache}`, 'the directory responses are cached in');
  }
  // Several --config values or a glob: one run of every suite they name (a monorepo).
  if (patterns.length > 1 || patterns.some(isSuiteGlob)) {
    if (command === 'plan' || values.base || values.head)
      throw new UsageError(`${command === 'plan' ? 'plan' : 'compare --base/--head'} reads one suite: give one --config FILE`);
    const paths = await resolveSuitePaths(patterns, root);
    switch (command) {
      case 'validate':
        return validateSuites(io, root, paths);
      case 'run':
        return runMany(io, root, paths, evalOptions(values, io, outDir), color, values);
      case 'compare':
        return compareMany(io, root, paths, values, outDir, color);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  }
  const config = patterns[0];
  const readsSuite = command !== 'compare' || !(values.base || values.head) || values.config !== undefined;
  if (readsSuite) await checkConfigPath(io.cwd, root, values.config?.[0]);
  switch (command) {
    case 'validate':
      return validate(io, root, config);
    case 'run':
      return run(io, root, config, evalOptions(values, io, outDir), color, values);
    case 'compare':
      return compare(io, root, config, values, outDir, color);
    case 'plan':
      return plan(io, root, config, values);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

async function validate(io: CliIo, root: string, config: string): Promise<number> {
  describeSuite(io, await loadSuite(root, config));
  return EXIT.ok;
}

function describeSuite(io: CliIo, suite: Suite): void {
  const tags = [...new Set(suite.cases.flatMap((c) => c.tags))].sort();
  const target = suite.target.chat
    ? `chat${suite.target.chat.endpoint ? ` on endpoint ${suite.target.chat.endpoint}` : ''}`
    : suite.target.command
      ? 'command'
      : 'module';
  const endpoints = Object.entries(suite.endpoints).map(([name, e]) => `${name} (${e.kind})`);
  // Names, tags, models and paths are the suite file's text: printed through terminalText.
  io.stdout.write(
    terminalText(
      [
        `${suite.path}: valid`,
        `  suite      ${suite.name}`,
        `  target     ${target}`,
        `  cases      ${suite.cases.length}${tags.length ? ` (tags: ${tags.join(', ')})` : ''}`,
        `  judge      ${suite.judge ? `${suite.judge.model}${suite.judge.endpoint ? ` on endpoint ${suite.judge.endpoint}` : ''}` : 'none'}`,
        ...(endpoints.length > 0 ? [`  endpoints  ${endpoints.join(', ')}`] : []),
        `  files      ${suite.referencedFiles.join(', ')}`,
        '',
      ].join('\n'),
    ),
  );
  const rubrics = rubricNote(suite);
  if (rubrics) io.stdout.write(`info: ${terminalText(rubrics)}\n`);
  for (const warning of regexWarnings(suite)) io.stderr.write(`warning: ${terminalText(warning)}\n`);
  // The file is valid either way; a run in this environment would stop at these.
  const unset = missingKeys(suite, [suite.target], io.env, io.env.OPENAI_API_KEY ?? '').filter((m) => m.endpoint !== null);
  if (unset.length > 0) io.stderr.write(`${terminalText(missingKeyMessage(unset, 'cli').replace(/^/gm, 'warning: '))}\n`);
}

/** `evalgate plan`: how many cases and trials the gate's Δ needs, from results a team already has. */
async function plan(io: CliIo, root: string, config: string, values: CliValues): Promise<number> {
  const single = values.results;
  if (!single && !(values.base && values.head)) throw new UsageError('plan: give --results FILE (one run) or --base A.json --head B.json (a comparison)');
  if (single && (values.base || values.head)) throw new UsageError('plan: --results and --base/--head exclude each other');
  const suite = await loadSuite(root, config);
  const [base, head] = single
    ? [null, await readResultsArg(io.cwd, 'results', single)]
    : // One after the other: with both missing, the error names --base every time (in parallel it raced).
      [await readResultsArg(io.cwd, 'base', values.base!), await readResultsArg(io.cwd, 'head', values.head!)];
  const size = sampleSize(suite.sample.size, suite.cases.length);
  const result = planFromResults({ gate: suite.gate, batches: suite.sample.batches, sampleSize: size, base, head });
  const g = suite.gate;
  const pts = (x: number | null) => (x === null ? '—' : `${Number((x * 100).toFixed(1))} pts`);
  const rows = [
    ['trials', 'sd of a case delta', 'cases Δ needs', `drop ${size} cases detect`],
    ...result.rows.map((r) => [String(r.trials), r.sd.toFixed(3), r.casesNeeded === null ? '—' : groupDigits(r.casesNeeded), pts(r.detectable)]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  // The suite name and the results' source are data: printed through terminalText.
  io.stdout.write(
    terminalText(
      [
        `Plan for suite ${suite.name}: max-score-drop δ ${pts(g.maxScoreDrop)}, detect-drop Δ ${pts(g.detectDrop)}, ` +
          `α ${Number((((1 - g.confidence) / 2) * 100).toFixed(2))}% (one-sided), miss rate at Δ 10%, ${suite.sample.batches} batches`,
        `Estimated from ${result.source}.`,
        '',
        ...rows.map((row) =>
          row
            .map((cell, i) => cell.padEnd(widths[i]))
            .join('  ')
            .trimEnd(),
        ),
        '',
        `"cases Δ needs": set sample.size to at least this many for a ${pts(g.detectDrop)} drop to fail 90% of the time; sequential sampling usually stops well before it.`,
        '',
      ].join('\n'),
    ),
  );
  return EXIT.ok;
}

/** `--agent-user`: off unless asked for; a developer's machine is not a throwaway runner. */
function agentUserSetting(values: CliValues): AgentUserSetting {
  const setting = values['agent-user'] ?? 'off';
  if (setting !== 'on' && setting !== 'auto' && setting !== 'off') throw new UsageError(`--agent-user: expected on, auto or off, got "${setting}"`);
  return setting;
}

/** Runs `evaluate` with PR code isolated as `--agent-user` says, and stops the isolation after. */
async function withIsolation<T>(values: CliValues, io: CliIo, evaluate: (isolation: Isolation) => Promise<T>): Promise<T> {
  const isolation = await startIsolation({
    setting: agentUserSetting(values),
    entry: io.entry ?? null,
    hide: io.env.RUNNER_TEMP ? [io.env.RUNNER_TEMP] : [],
    log: (line) => io.stderr.write(`${terminalText(line)}\n`),
  });
  try {
    return await evaluate(isolation);
  } finally {
    await isolation.close();
  }
}

async function run(io: CliIo, root: string, config: string, options: EvalOptions, color: boolean, values: CliValues): Promise<number> {
  const { results, redact, suite } = await withIsolation(values, io, (isolation) => runSingle(root, config, { ...options, isolation, secrets: secretsOf(io) }));
  await writeFile(join(options.outDir!, JUNIT_FILE), junitForRun(results, { redact, allCaseIds: suite.cases.map((c) => c.id) }));
  io.stdout.write(`${renderRunTable(results, { color, redact })}\n`);
  io.stdout.write(`results: ${terminalText(join(options.outDir!, 'evalgate-results.json'))}\n`);
  await hintIgnore(io, root, options.outDir!);
  const t = results.totals;
  // Nothing evaluated at all is not a result: the documented exit code for an untrusted run.
  if (t.cases > 0 && t.errors === t.cases) return EXIT.error;
  return t.failed + t.errors > 0 ? EXIT.failed : EXIT.ok;
}

async function compare(io: CliIo, root: string, config: string, values: CliValues, outDir: string, color: boolean): Promise<number> {
  if (values.base || values.head) {
    if (!values.base || !values.head) throw new UsageError('compare: --base and --head go together (two results files)');
    // One after the other, so a mistake in both is always reported for --base first.
    const base = await readResultsArg(io.cwd, 'base', values.base);
    const head = await readResultsArg(io.cwd, 'head', values.head);
    const suite = values.config?.length ? await loadSuite(root, config) : null;
    const gate: Gate = suite?.gate ?? DEFAULT_GATE;
    const comparison = compareRuns({ base, head, confidence: gate.confidence, trafficCallsPerMonth: null });
    const verdict = decide(comparison, gate);
    const redact = createRedactor([], { literals: secretsOf(io) });
    return writeReports(io, { comparison, verdict, changedFiles: [], redact, gate, caseIds: suite?.cases.map((c) => c.id) }, outDir, color);
  }
  if (!values['base-ref']) throw new UsageError('compare: give --base-ref REF (or --base A.json --head B.json)');
  if (!(await insideWorkTree(root))) {
    throw new UsageError(
      `compare --base-ref: ${root} is not inside a git repository; run it in the repository, or compare two results files with --base A.json --head B.json`,
    );
  }
  const options = evalOptions(values, io, outDir);
  const result = await withIsolation(values, io, (isolation) =>
    runComparison({
      root,
      configPath: config,
      baseRef: values['base-ref']!,
      headRef: values['head-ref'] ?? null,
      detectUncommitted: true,
      baselineFile: values.baseline ? resolve(io.cwd, values.baseline) : null,
      options: { ...options, isolation, secrets: secretsOf(io) },
    }),
  );
  return writeReports(io, { ...result, gate: result.suite.gate, caseIds: result.suite.cases.map((c) => c.id) }, outDir, color);
}

async function writeReports(
  io: CliIo,
  r: Pick<ReportInput, 'comparison' | 'verdict' | 'changedFiles' | 'redact'> & { gate: Gate; caseIds?: string[] },
  outDir: string,
  color: boolean,
): Promise<number> {
  const { decision } = await writeSuiteReports(io, r, outDir, color);
  await hintIgnore(io, await repositoryRoot(io.cwd), outDir);
  return exitOf(decision);
}

/** One suite's report files in `outDir` and its report on stdout; returns what was reported. */
async function writeSuiteReports(
  io: CliIo,
  r: Pick<ReportInput, 'comparison' | 'verdict' | 'changedFiles' | 'redact'> & { gate: Gate; caseIds?: string[] },
  outDir: string,
  color: boolean,
): Promise<ReportInput> {
  // Without GitHub there is no approval.
  const decision = finalDecision(r.verdict.decision, false, r.gate);
  const input: ReportInput = {
    comparison: r.comparison,
    verdict: r.verdict,
    decision,
    approval: null,
    approveLabel: 'evalgate: approve-regression',
    changedFiles: r.changedFiles,
    redact: r.redact,
    runUrl: null,
  };
  const mdPath = join(outDir, REPORT_MD);
  await writeJsonFile(join(outDir, REPORT_JSON), toReportJson(input));
  await writeFile(mdPath, renderSummary(input));
  await writeFile(join(outDir, JUNIT_FILE), junitForComparison(input, { redact: r.redact, allCaseIds: r.caseIds }));
  io.stdout.write(`${renderTerminal(input, { color, width: io.stdout.columns })}\n`);
  io.stdout.write(`report: ${terminalText(mdPath)}\n`);
  return input;
}

// ---- several suites (a monorepo) ----

/** Every suite checked; all problems of all suites listed together (exit 2), else each suite described. */
async function validateSuites(io: CliIo, root: string, paths: readonly string[]): Promise<number> {
  const suites = await loadSuites(root, paths);
  for (const suite of suites) describeSuite(io, suite);
  io.stdout.write(`${suites.length} suites valid\n`);
  return EXIT.ok;
}

/** Exit code of a decision, as one suite's run or compare would exit. */
function exitOf(decision: FinalDecision): number {
  return decision === 'fail' ? EXIT.failed : decision === 'error' ? EXIT.error : EXIT.ok;
}

/** `suites: bot fail, summariser pass` — the line a log reader or script looks for last. */
function decisionsLine(entries: ReadonlyArray<{ name: string; decision: FinalDecision }>, worst: FinalDecision): string {
  return terminalText(`suites: ${entries.map((e) => `${e.name} ${e.decision}`).join(', ')} — overall ${worst}`);
}

async function runMany(io: CliIo, root: string, paths: readonly string[], options: EvalOptions, color: boolean, values: CliValues): Promise<number> {
  const suites = await loadSuites(root, paths);
  const results = await withIsolation(values, io, (isolation) => runSuites(root, suites, { ...options, isolation, secrets: secretsOf(io) }));
  const decisions: Array<{ name: string; decision: FinalDecision }> = [];
  for (const r of results) {
    io.stdout.write(`\n${terminalText(`== suite ${r.suite.name} (${r.suite.path}) ==`)}\n`);
    if ('error' in r) {
      io.stdout.write(`error: ${terminalText(r.error.message)}\n`);
      decisions.push({ name: r.suite.name, decision: 'error' });
      continue;
    }
    const { results: res, redact } = r.result;
    io.stdout.write(`${renderRunTable(res, { color, redact })}\n`);
    io.stdout.write(`results: ${terminalText(join(options.outDir!, r.dir, 'evalgate-results.json'))}\n`);
    const t = res.totals;
    decisions.push({ name: r.suite.name, decision: t.cases > 0 && t.errors === t.cases ? 'error' : t.failed + t.errors > 0 ? 'fail' : 'pass' });
  }
  await hintIgnore(io, root, options.outDir!);
  const worst = worstDecision(decisions.map((d) => d.decision));
  io.stdout.write(`${decisionsLine(decisions, worst)}\n`);
  return exitOf(worst);
}

async function compareMany(io: CliIo, root: string, paths: readonly string[], values: CliValues, outDir: string, color: boolean): Promise<number> {
  if (!values['base-ref']) throw new UsageError('compare: give --base-ref REF');
  if (values.baseline) throw new UsageError('compare: --baseline is a results file of one suite; it cannot be used with several suites');
  const suites = await loadSuites(root, paths);
  const options = evalOptions(values, io, outDir);
  const results = await withIsolation(values, io, (isolation) =>
    compareSuites(suites, {
      root,
      baseRef: values['base-ref']!,
      headRef: values['head-ref'] ?? null,
      detectUncommitted: true,
      options: { ...options, isolation, secrets: secretsOf(io) },
    }),
  );
  const reports: SuiteReport[] = [];
  for (const r of results) {
    io.stdout.write(`\n${terminalText(`== suite ${r.suite.name} (${r.suite.path}) ==`)}\n`);
    if ('error' in r) {
      io.stdout.write(`error: ${terminalText(r.error.message)}\n`);
      reports.push({ name: r.suite.name, path: r.suite.path, decision: 'error', report: null, message: r.error.message, dir: r.dir });
      continue;
    }
    const input = await writeSuiteReports(
      io,
      { ...r.result, gate: r.result.suite.gate, caseIds: r.result.suite.cases.map((c) => c.id) },
      join(outDir, r.dir),
      color,
    );
    reports.push({ name: r.suite.name, path: r.suite.path, decision: input.decision, report: input, message: null, dir: r.dir });
  }
  const worst = worstDecision(reports.map((r) => r.decision));
  const redact = createRedactor(
    suites.flatMap((s) => s.redact),
    { literals: secretsOf(io) },
  );
  await writeJsonFile(join(outDir, REPORT_JSON), toSuitesReportJson(worst, reports, redact));
  await writeFile(join(outDir, REPORT_MD), renderSuitesSummary(reports, { decision: worst, redact, runUrl: null }));
  io.stdout.write(`report: ${terminalText(join(outDir, REPORT_MD))}\n`);
  await hintIgnore(io, root, outDir);
  io.stdout.write(`${decisionsLine(reports, worst)}\n`);
  return exitOf(worst);
}

const exec = promisify(execFile);

async function insideWorkTree(dir: string): Promise<boolean> {
  return exec('git', ['rev-parse', '--is-inside-work-tree'], { cwd: dir }).then(
    () => true,
    () => false,
  );
}

/** Output written inside a repository and not ignored would land in the next commit: say so once per run. */
async function hintIgnore(io: CliIo, root: string, outDir: string): Promise<void> {
  const rel = relative(root, outDir);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return;
  if (!(await insideWorkTree(root))) return;
  // check-ignore exits 1 when the path is not ignored, 0 when it is.
  const ignored = await exec('git', ['check-ignore', '-q', '--', rel], { cwd: root }).then(
    () => true,
    () => false,
  );
  if (!ignored) io.stderr.write(`hint: ${terminalText(rel)}/ is not ignored by git; add it to .gitignore so results are not committed\n`);
}

/** The git work tree `cwd` is in (the CLI may run from a subdirectory); `cwd` outside one. */
async function repositoryRoot(cwd: string): Promise<string> {
  try {
    const { stdout } = await exec('git', ['rev-parse', '--show-toplevel'], { cwd });
    const root = stdout.trim();
    return root === '' ? cwd : root;
  } catch {
    return cwd;
  }
}

/** The run's own credentials, redacted literally wherever output is rendered. */
/** The run's own secrets, redacted as literals: every key the CLI sends (the agents' Anthropic key too). */
function secretsOf(io: CliIo): string[] {
  return [io.env.OPENAI_API_KEY, io.env.ANTHROPIC_API_KEY, io.env.GITHUB_TOKEN].filter((s): s is string => !!s);
}

/** Where the bundled demo lives: beside `dist/` (bundle) or `src/` (tests, tsx). */
export function demoDir(): string {
  // Built from parts so the bundler does not copy the demo into dist/ as an asset.
  const parts = ['..', 'evals', 'demo'];
  return join(dirname(fileURLToPath(import.meta.url)), ...parts);
}

/**
 * Builds the demo's throwaway git repository: the base commit has the old support prompt, the
 * head commit the new one. The caller removes `repo` when done.
 */
export async function prepareDemoRepo(source: string = demoDir()): Promise<string> {
  const repo = await mkdtemp(join(tmpdir(), 'evalgate-demo-'));
  // Fixed dates make the demo's commit ids, and so its report, the same on every run.
  const date = '2026-11-01T12:00:00Z';
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const git = (...args: string[]) => exec('git', ['-c', 'user.name=EvalGate Demo', '-c', 'user.email=demo@evalgate.invalid', ...args], { cwd: repo, env });
  await git('init', '-q', '-b', 'main');
  await cp(source, join(repo, 'evals/demo'), { recursive: true, filter: (src) => !src.includes('/recorded') });
  await cp(join(source, 'base/prompts'), join(repo, 'evals/demo/prompts'), { recursive: true, force: true });
  await git('add', '-A');
  await git('commit', '-q', '-m', 'support prompt v1');
  await cp(join(source, 'prompts'), join(repo, 'evals/demo/prompts'), { recursive: true, force: true });
  await git('commit', '-q', '-am', 'support prompt v2: shorter and friendlier');
  return repo;
}

export const DEMO_CONFIG = 'evals/demo/evalgate.yaml';

/**
 * The demo: the same code path as a real PR (a git worktree for base, the working tree for head),
 * answered from the recorded responses in evals/demo/recorded.
 */
async function demo(io: CliIo, outDir: string, color: boolean): Promise<number> {
  const source = demoDir();
  const repo = await prepareDemoRepo(source);
  try {
    io.stderr.write('demo: comparing support prompt v1 (base) with v2 (head) from recorded responses\n');
    const result = await runComparison({
      root: repo,
      configPath: DEMO_CONFIG,
      baseRef: 'HEAD~1',
      headRef: null,
      baselineFile: null,
      options: {
        ...evalOptions({ replay: true }, { ...io, env: {} }, outDir),
        cacheDir: join(source, 'recorded'),
      },
    });
    const code = await writeReports(io, { ...result, gate: result.suite.gate, caseIds: result.suite.cases.map((c) => c.id) }, outDir, color);
    io.stdout.write('demo: above is what EvalGate reports for this prompt change; the PR comment is in the report file.\n');
    // The demo's verdict is a regression on purpose; the demo itself succeeded.
    return code === EXIT.failed ? EXIT.ok : code;
  } finally {
    await rm(repo, { recursive: true, force: true });
  }
}
