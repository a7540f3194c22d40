import { join } from 'node:path';
import { ConfigError, type ConfigProblem } from './config/errors.js';
import { loadSuite } from './config/load.js';
import type { Suite } from './config/suite.js';
import { CancelledError } from './run/cancel.js';
import { sampleCases, shardOffsets } from './run/sample.js';
import {
  createShared,
  runComparison,
  runSingle,
  UsageError,
  withOverrides,
  type CompareArgs,
  type ComparisonRun,
  type EvalOptions,
  type SingleRun,
} from './pipeline.js';

/*
 * Several suites in one run (a monorepo): loaded together, evaluated concurrently through one
 * scheduler, response cache and budget, each writing under its own directory of the output.
 */

/** One suite's run, or why it has none: an error in one suite does not stop the others. */
export type SuiteResult<T> = { suite: Suite; dir: string; result: T } | { suite: Suite; dir: string; error: Error };

/**
 * Loads every suite; all problems of all suites are reported together (a ConfigError). Suites
 * must have distinct names: the comment, the outputs and the report key their sections by name.
 */
export async function loadSuites(root: string, paths: readonly string[]): Promise<Suite[]> {
  const problems: ConfigProblem[] = [];
  const suites: Suite[] = [];
  for (const path of paths) {
    try {
      suites.push(await loadSuite(root, path));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const byName = new Map<string, string>();
  for (const s of suites) {
    const other = byName.get(s.name);
    if (other !== undefined) {
      throw new UsageError(
        `suites ${other} and ${s.path} are both named "${s.name}": set a distinct \`name:\` in one of them (reports and the comment tell suites apart by name)`,
      );
    }
    byName.set(s.name, s.path);
  }
  return suites;
}

/**
 * A directory name per suite, under the run's output directory: the suite file's path without
 * its extension, separators and unusual characters as `-` (`evals/bot/evalgate.yaml` →
 * `evals-bot-evalgate`). Distinct for distinct paths: a clash gets a numeric suffix.
 */
export function suiteDirs(paths: readonly string[]): string[] {
  const used = new Set<string>();
  return paths.map((p) => {
    const stem =
      p
        .replace(/\.ya?ml$/i, '')
        .replace(/[^A-Za-z0-9._]+/g, '-')
        .replace(/^[-.]+|-+$/g, '') || 'suite';
    let dir = stem;
    for (let n = 2; used.has(dir); n += 1) dir = `${stem}-${n}`;
    used.add(dir);
    return dir;
  });
}

/** Where each suite's sample starts in the union a shard slices, with the run's sampling overrides applied. */
function offsetsOf(suites: readonly Suite[], options: EvalOptions): number[] {
  return shardOffsets(
    suites.map((s) => {
      const suite = withOverrides(s, options);
      return sampleCases(suite.cases, suite.sample).ids.length;
    }),
  );
}

/** The options each suite's run gets: the shared cache, scheduler and budget, its own output directory, progress and log names. */
function suiteOptions(options: EvalOptions, suite: Suite, dir: string, shared: EvalOptions['shared'], offset: number): EvalOptions {
  return {
    ...options,
    shared,
    shardOffset: offset,
    outDir: options.outDir === null ? null : join(options.outDir, dir),
    onProgress: options.onProgress && ((side, p) => options.onProgress!(`${suite.name} ${side}`, p)),
  };
}

async function settle<T>(suite: Suite, dir: string, run: () => Promise<T>): Promise<SuiteResult<T>> {
  try {
    return { suite, dir, result: await run() };
  } catch (error) {
    // A cancelled run is cancelled as a whole; anything else is this suite's error.
    if (error instanceof CancelledError) throw error;
    return { suite, dir, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** `compare` (and the action's gate) for several suites, concurrently, sharing max-concurrency and max-cost. */
export async function compareSuites(
  suites: readonly Suite[],
  args: Omit<CompareArgs, 'configPath' | 'baselineFile'> & {
    baselineFile?: (suite: Suite) => Promise<string | null>;
    /** Output directory of each suite; default suiteDirs of these suites (the action names them among all suites of `config`). */
    dirs?: readonly string[];
  },
): Promise<SuiteResult<ComparisonRun>[]> {
  const shared = args.options.shared ?? createShared(args.options);
  const dirs = args.dirs ?? suiteDirs(suites.map((s) => s.path));
  const offsets = offsetsOf(suites, args.options);
  return Promise.all(
    suites.map((suite, i) =>
      settle(suite, dirs[i], async () =>
        runComparison({
          root: args.root,
          configPath: suite.path,
          baseRef: args.baseRef,
          headRef: args.headRef,
          detectUncommitted: args.detectUncommitted,
          baselineFile: args.baselineFile ? await args.baselineFile(suite) : null,
          options: suiteOptions(args.options, suite, dirs[i], shared, offsets[i]),
        }),
      ),
    ),
  );
}

/** `run` (and the action's baseline) for several suites, concurrently, sharing max-concurrency and max-cost. */
export async function runSuites(
  root: string,
  suites: readonly Suite[],
  options: EvalOptions,
  meta?: Parameters<typeof runSingle>[3],
): Promise<SuiteResult<SingleRun>[]> {
  const shared = options.shared ?? createShared(options);
  const dirs = suiteDirs(suites.map((s) => s.path));
  const offsets = offsetsOf(suites, options);
  return Promise.all(
    suites.map((suite, i) => settle(suite, dirs[i], () => runSingle(root, suite.path, suiteOptions(options, suite, dirs[i], shared, offsets[i]), meta))),
  );
}
