import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { baselineDecision, finalDecision, shardDecision } from '../compare/decision.js';
import { worstDecision } from '../compare/worst.js';
import type { Suite } from '../config/suite.js';
import { suiteReferences, treeReader } from '../config/suite-references.js';
import { isSuiteGlob, resolveSuitePaths, splitConfig } from '../config/suite-paths.js';
import type { CommentState } from './comment-state.js';
import type { EventContext } from '../github/context.js';
import { isRelevant } from '../github/relevance.js';
import type { ActionInputs } from '../inputs.js';
import type { Isolation } from '../isolation/processes.js';
import { withOverrides, type ComparisonRun, type EvalOptions, type SingleRun } from '../pipeline.js';
import { createRedactor, type Redactor } from '../report/redact.js';
import { createRenderer } from '../report/untrusted.js';
import type { SuiteReport } from '../report/suite-report.js';
import { toSuitesReportJson } from '../report/suites-json.js';
import { renderSuitesComment, renderSuitesSummary } from '../report/suites-markdown.js';
import type { ApprovalRecord, FinalDecision, ReportInput } from '../report/types.js';
import { REPORT_JSON, REPORT_MD, toReportJson } from '../report/json.js';
import { RESULTS_FILE, writeJsonFile } from '../results/io.js';
import { shardFileName } from '../run/merge.js';
import { parseShard, sampleCases, shardOffsets } from '../run/sample.js';
import { compareSuites, loadSuites, runSuites, suiteDirs, type SuiteResult } from '../suites.js';
import { changedPaths, listChangedFiles } from '../github/changed-files.js';
import { renderNotice, renderSummary, type RenderOptions } from '../report/markdown.js';
import { responseCacheKeys, restoreDir, saveResponseCache } from '../run/persist.js';
import { approvalFor } from './approval.js';
import { restoreBaseline, saveBaseline } from './baseline.js';
import { postComment, readSticky, updateExistingComment } from './comment.js';
import { createPrContext, maskEndpointKeys, secretsOf, type RunContext } from './context.js';
import { evalOptions, log, responseCacheDir, runnerTempDir, withIsolation } from './evaluation.js';
import { mergeShardResults } from './merge.js';
import { outputsOf } from './outcome.js';
import { renderOptions } from './render-options.js';

/*
 * The action for several suites (a monorepo): `config` is a list or a glob. One comment per pull
 * request with a section per evaluated suite, one scheduler and budget for the whole run, the
 * worst suite's decision as the step's. The single-suite modes (gate.ts, baseline.ts) are
 * unchanged; run() hands over here when `config` names several suites. The decisions below are
 * written against `SuitesHost` (GitHub, caches, isolation), which `severalSuitesMode` builds from
 * the run's context with the single-suite modes' helpers.
 */

/**
 * The sticky comment key of a several-suite run: one comment for all the suites `config` names.
 * Derived from `config` as written, so jobs of a matrix over groups of suites (different `config`
 * values) each keep their own comment, and a shard matrix and its merge job share one.
 */
export function suitesCommentKey(config: string): string {
  return `suites: ${splitConfig(config).join(', ')}`;
}

/** What the caller decided, and what it sets as outputs (action.ts's Outcome). */
export interface SuitesOutcome {
  decision: FinalDecision;
  outputs: Record<string, string>;
  summary: string;
}

/** What the several-suite action borrows from the single-suite one (see action.ts). */
export interface SuitesHost {
  inputs: ActionInputs;
  context: EventContext;
  resultsDir: string;
  signal: AbortSignal;
  log(line: string): void;
  /** The pull request's changed paths; truncated when the API's file cap was reached. */
  changedFiles(): Promise<{ paths: string[]; truncated: boolean }>;
  /** The evaluation settings for a run of these suites (their endpoints' keys among the secrets). */
  evalOptions(suites: readonly Suite[]): EvalOptions;
  /** The run's secrets with those of these suites' endpoints, masked in the log from here on. */
  secretsOf(suites: readonly Suite[]): string[];
  withIsolation<T>(evaluate: (isolation: Isolation) => Promise<T>): Promise<T>;
  renderOptions: RenderOptions;
  /** The sightings (approve label per head) kept in the comment with this key. */
  readSightings(key: string): Promise<CommentState['sightings']>;
  /** Creates or updates the sticky comment with this key; its URL, or null when the token may not comment. */
  postComment(key: string, body: string, state: CommentState): Promise<string | null>;
  /** Updates the comment with this key only if it exists (a PR nothing concerns gets no new comment). */
  updateExistingComment(key: string, body: string): Promise<void>;
  approval(sightings: CommentState['sightings']): Promise<ApprovalRecord | null>;
  restoreBaseline(suite: Suite): Promise<string | null>;
  /** `mode: merge` for one suite: its shard files in `dir`, its sample starting at `offset` of the union. */
  mergeShards(suite: Suite, dir: string, offset: number): Promise<Pick<ComparisonRun, 'comparison' | 'verdict' | 'changedFiles'>>;
  /** Restores the response cache before evaluating; returns what saves it afterwards. */
  responseCache(): Promise<() => Promise<void>>;
  /** The single-suite outputs of one comparison (score-*, cost-*, regressions). */
  outputsOf(report: ReportInput): Record<string, string>;
}

/**
 * The suite files `config` names when it names several (a list, or any glob); null for one plain
 * path, which the single-suite action handles exactly as before.
 */
export async function severalSuites(config: string, workspace: string): Promise<string[] | null> {
  const patterns = splitConfig(config);
  if (patterns.length <= 1 && !patterns.some(isSuiteGlob)) return null;
  return resolveSuitePaths(patterns, workspace);
}

interface Relevant {
  suite: Suite;
  dir: string;
  relevant: boolean;
}

/** Each suite with its output directory and whether the PR's changes concern it (own watch globs and references). */
async function relevanceOf(suites: readonly Suite[], changed: string[], truncated: boolean, workspace: string): Promise<Relevant[]> {
  const dirs = suiteDirs(suites.map((s) => s.path));
  const reader = treeReader(workspace);
  return Promise.all(
    suites.map(async (suite, i) => {
      const references = await suiteReferences(suite, reader);
      return { suite, dir: dirs[i], relevant: isRelevant(changed, suite.watch, references, truncated).relevant };
    }),
  );
}

const NOT_APPLICABLE = 'No file this suite watches or references changed in this pull request; no model was called.';

/** `mode: gate` and `mode: merge` (and shard jobs) for several suites. */
export async function gateSuites(host: SuitesHost, paths: readonly string[], mode: 'gate' | 'merge', policy: { redact: Redactor }): Promise<SuitesOutcome> {
  const { inputs, context, resultsDir } = host;
  const pr = context.pullRequest!;
  const suites = await loadSuites(context.workspace, paths);
  // The overview names every suite: redacted with all suites' patterns.
  policy.redact = createRedactor(
    suites.flatMap((s) => s.redact),
    { literals: host.secretsOf(suites) },
  );
  const { redact } = policy;
  const changed = await host.changedFiles();
  const all = await relevanceOf(suites, changed.paths, changed.truncated, context.workspace);
  const relevant = all.filter((s) => s.relevant);
  for (const s of all) host.log(`suite ${s.suite.name} (${s.suite.path}): ${s.relevant ? 'relevant' : 'not applicable'}`);
  const notApplicable: SuiteReport[] = all
    .filter((s) => !s.relevant)
    .map((s) => ({ name: s.suite.name, path: s.suite.path, decision: 'not-applicable', report: null, message: NOT_APPLICABLE, dir: null }));
  const args = { redact, runUrl: context.runUrl, options: host.renderOptions };

  if (relevant.length === 0) {
    const body = renderSuitesComment(notApplicable, { ...args, decision: 'not-applicable' });
    if (inputs.comment && !inputs.shard) await host.updateExistingComment(suitesCommentKey(inputs.config), body);
    return { decision: 'not-applicable', outputs: { suites: suitesOutput(notApplicable, host, redact) }, summary: body };
  }
  const sightings = inputs.shard ? [] : await host.readSightings(suitesCommentKey(inputs.config));

  if (!inputs.openaiApiKey && mode === 'gate') {
    const message = pr.isFork
      ? 'This pull request comes from a fork: GitHub gives fork workflows no secrets, so there is no OpenAI API key and no model was called.'
      : 'No OpenAI API key was given (input openai-api-key), so no model was called.';
    const skipped: SuiteReport[] = relevant.map((s) => ({ name: s.suite.name, path: s.suite.path, decision: 'skipped', report: null, message, dir: null }));
    const reports = inGivenOrder([...skipped, ...notApplicable], paths);
    const body = renderSuitesComment(reports, { ...args, decision: 'skipped' });
    if (inputs.comment) await host.postComment(suitesCommentKey(inputs.config), body, { v: 1, head: pr.headSha, sightings }).catch(() => null);
    return { decision: 'skipped', outputs: { suites: suitesOutput(reports, host, redact) }, summary: body };
  }

  const offsets = shardOffsets(
    relevant.map((s) => {
      const suite = withOverrides(s.suite, { sample: inputs.sample || null, trials: inputs.trials, seed: inputs.seed });
      return sampleCases(suite.cases, suite.sample).ids.length;
    }),
  );
  let evaluated: Array<{ s: Relevant; result: Pick<ComparisonRun, 'comparison' | 'verdict' | 'changedFiles' | 'redact'> | null; error: Error | null }>;
  if (mode === 'merge') {
    evaluated = await Promise.all(
      relevant.map(async (s, i) => {
        try {
          const merged = await host.mergeShards(s.suite, join(resultsDir, s.dir), offsets[i]);
          return { s, result: { ...merged, redact: createRedactor(s.suite.redact, { literals: host.secretsOf([s.suite]) }) }, error: null };
        } catch (error) {
          return { s, result: null, error: error instanceof Error ? error : new Error(String(error)) };
        }
      }),
    );
  } else {
    const save = await host.responseCache();
    const results = await host.withIsolation((isolation) =>
      compareSuites(
        relevant.map((s) => s.suite),
        {
          root: context.workspace,
          baseRef: pr.baseSha,
          headRef: null,
          baselineFile: inputs.shard ? undefined : (suite) => host.restoreBaseline(suite),
          // Named among all suites of `config`, as the merge job names them.
          dirs: relevant.map((s) => s.dir),
          options: { ...host.evalOptions(relevant.map((s) => s.suite)), isolation },
        },
      ),
    );
    await save();
    if (inputs.shard) return shardOutcome(host, results, redact);
    evaluated = results.map((r, i) => ('error' in r ? { s: relevant[i], result: null, error: r.error } : { s: relevant[i], result: r.result, error: null }));
  }

  const approval = await host.approval(sightings);
  const reports: SuiteReport[] = evaluated.map(({ s, result, error }) => {
    if (!result) return { name: s.suite.name, path: s.suite.path, decision: 'error', report: null, message: error?.message ?? 'unknown error', dir: s.dir };
    const decision = finalDecision(result.verdict.decision, approval?.state === 'approved', s.suite.gate);
    const report: ReportInput = {
      comparison: result.comparison,
      verdict: result.verdict,
      decision,
      approval,
      approveLabel: inputs.approveLabel,
      changedFiles: result.changedFiles,
      redact: result.redact,
      runUrl: context.runUrl,
    };
    return { name: s.suite.name, path: s.suite.path, decision, report, message: null, dir: s.dir };
  });
  const everything = inGivenOrder([...reports, ...notApplicable], paths);
  const decision = worstDecision(everything.map((r) => r.decision));
  await mkdir(resultsDir, { recursive: true });
  for (const r of reports) {
    if (!r.report || !r.dir) continue;
    await mkdir(join(resultsDir, r.dir), { recursive: true });
    await writeFile(join(resultsDir, r.dir, REPORT_JSON), `${JSON.stringify(toReportJson(r.report), null, 2)}\n`);
    await writeFile(join(resultsDir, r.dir, REPORT_MD), renderSummary(r.report, host.renderOptions));
  }
  const reportPath = join(resultsDir, REPORT_JSON);
  await writeFile(reportPath, `${JSON.stringify(toSuitesReportJson(decision, everything, redact), null, 2)}\n`);
  const summary = renderSuitesSummary(everything, { ...args, decision });
  await writeFile(join(resultsDir, REPORT_MD), summary);
  const outputs: Record<string, string> = { suites: suitesOutput(everything, host, redact), 'report-path': reportPath };
  if (inputs.comment) {
    const url = await host.postComment(suitesCommentKey(inputs.config), renderSuitesComment(everything, { ...args, decision }), {
      v: 1,
      head: pr.headSha,
      sightings,
    });
    if (url) outputs['comment-url'] = url;
  }
  return { decision, outputs, summary };
}

/** Suites in the order `config` gave them: the JSON report and the `suites` output list them so. */
function inGivenOrder(reports: SuiteReport[], paths: readonly string[]): SuiteReport[] {
  return [...reports].sort((a, b) => paths.indexOf(a.path) - paths.indexOf(b.path));
}

/**
 * The `suites` output: a JSON array, one object per suite in the order given, with its decision
 * and, when it was evaluated, the single-suite outputs (score-delta, regressions, …), for later
 * steps: `fromJSON(steps.evalgate.outputs.suites)`.
 */
function suitesOutput(reports: readonly SuiteReport[], host: Pick<SuitesHost, 'outputsOf'>, redact: Redactor): string {
  return JSON.stringify(
    reports.map((r) => ({ name: redact(r.name), path: redact(r.path), decision: r.decision, ...(r.report ? host.outputsOf(r.report) : {}) })),
  );
}

/** A shard job: every relevant suite's slice under `<results-dir>/<suite dir>/`, and a manifest at the top. */
async function shardOutcome(host: SuitesHost, results: SuiteResult<ComparisonRun>[], redact: Redactor): Promise<SuitesOutcome> {
  // Suite names and error messages are data: escaped for the job summary's Markdown.
  const md = createRenderer(redact);
  const shard = parseShard(host.inputs.shard);
  const lines: string[] = [`## EvalGate shard ${shard.index}/${shard.count} — ${results.length} suites`, ''];
  const decisions: FinalDecision[] = [];
  for (const r of results) {
    if ('error' in r) {
      lines.push(`- ${md.inlineCode(r.suite.name, 100)}: error — ${md.inlineMarkdown(r.error.message.split('\n')[0], 500)}`);
      decisions.push('error');
      continue;
    }
    const dir = join(host.resultsDir, r.dir);
    await writeJsonFile(join(dir, shardFileName('base', shard)), r.result.base);
    await writeJsonFile(join(dir, shardFileName('head', shard)), r.result.head);
    lines.push(
      `- ${md.inlineCode(r.suite.name, 100)}: evaluated ${r.result.head.cases.length} of ${r.result.head.meta.sampleIds.length} sampled cases at base and head`,
    );
    decisions.push(shardDecision(r.result.verdict.decision));
  }
  // Keeps the results directory the artifact's root even when one suite alone has files, so the
  // merge job finds each suite's files under its own directory.
  await writeJsonFile(join(host.resultsDir, `evalgate-shard-${shard.index}-of-${shard.count}.suites.json`), {
    suites: results.map((r) => ({ path: r.suite.path, dir: r.dir })),
  });
  lines.push('', 'The `mode: merge` job combines the shards, decides, and posts the comment.');
  return { decision: worstDecision(decisions), outputs: {}, summary: lines.join('\n') };
}

/** `mode: baseline` for several suites: each evaluated at the pushed commit and kept for later PRs. */
export async function baselineSuites(
  host: Pick<SuitesHost, 'inputs' | 'context' | 'resultsDir' | 'log' | 'evalOptions' | 'secretsOf' | 'withIsolation' | 'responseCache'> & {
    saveBaseline(results: SingleRun['results']): Promise<void>;
  },
  paths: readonly string[],
): Promise<SuitesOutcome> {
  const { context, inputs } = host;
  const suites = await loadSuites(context.workspace, paths);
  const md = createRenderer(
    createRedactor(
      suites.flatMap((s) => s.redact),
      { literals: host.secretsOf(suites) },
    ),
  );
  const save = await host.responseCache();
  const results = await host.withIsolation((isolation) =>
    runSuites(context.workspace, suites, { ...host.evalOptions(suites), isolation }, { commit: context.sha, ref: context.ref, side: 'head' }),
  );
  await save();
  const lines = [`## EvalGate baseline — ${suites.length} suites`, ''];
  const decisions: FinalDecision[] = [];
  const entries: Array<{ name: string; path: string; decision: FinalDecision; 'report-path'?: string }> = [];
  for (const r of results) {
    if ('error' in r) {
      lines.push(`- ${md.inlineCode(r.suite.name, 100)}: error — ${md.inlineMarkdown(r.error.message.split('\n')[0], 500)}`);
      decisions.push('error');
      entries.push({ name: r.suite.name, path: r.suite.path, decision: 'error' });
      continue;
    }
    const t = r.result.results.totals;
    const file = join(host.resultsDir, r.dir, RESULTS_FILE);
    await writeJsonFile(file, r.result.results);
    if (context.sha) await host.saveBaseline(r.result.results);
    const decision = baselineDecision(t, r.suite.gate);
    decisions.push(decision);
    entries.push({ name: r.suite.name, path: r.suite.path, decision, 'report-path': file });
    lines.push(
      `- ${md.inlineCode(r.suite.name, 100)}: ${t.cases} cases at ${context.sha?.slice(0, 7) ?? 'HEAD'}: ${t.passed} passed, ${t.failed} failed, ${t.errors} errors (\`${join(inputs.resultsDir, r.dir, RESULTS_FILE)}\`)`,
    );
  }
  return { decision: worstDecision(decisions), outputs: { suites: JSON.stringify(entries) }, summary: lines.join('\n') };
}

/** `gate`, `merge` or `baseline` for the several suites `paths` names, with the single-suite modes' plumbing. */
export async function severalSuitesMode(run: RunContext, mode: 'gate' | 'merge' | 'baseline', paths: string[]): Promise<SuitesOutcome> {
  const { inputs, event } = run;
  const allSecrets = (suites: readonly Suite[]): string[] => {
    for (const suite of suites) maskEndpointKeys(suite);
    return [...new Set([...secretsOf(inputs), ...suites.flatMap((suite) => secretsOf(inputs, suite))])];
  };
  const common = {
    inputs,
    context: event,
    resultsDir: run.resultsDir,
    log,
    evalOptions: (suites: readonly Suite[]) => ({ ...evalOptions(run, suites[0]), secrets: allSecrets(suites) }),
    secretsOf: allSecrets,
    withIsolation: <T>(evaluate: (isolation: Isolation) => Promise<T>) => withIsolation(run, evaluate),
    responseCache: async () => {
      const keys = responseCacheKeys({
        suite: suitesCommentKey(inputs.config),
        pr: event.pullRequest?.number ?? null,
        headSha: event.pullRequest?.headSha ?? event.sha ?? 'HEAD',
        runId: event.runId ?? 'local',
        shard: inputs.shard,
      });
      const started = Date.now();
      await restoreDir(responseCacheDir(), keys.save, keys.restore, log);
      return () => saveResponseCache(responseCacheDir(), keys.save, started, log);
    },
  };
  if (mode === 'baseline') {
    if (!inputs.openaiApiKey) {
      const body = renderNotice('skipped', {
        suiteName: 'EvalGate',
        message: 'No OpenAI API key: the baselines were not evaluated.',
        redact: createRedactor([]),
      });
      return { decision: 'skipped', outputs: {}, summary: body };
    }
    return baselineSuites({ ...common, saveBaseline: (results) => saveBaseline(results, event.sha) }, paths);
  }
  const pr = createPrContext(run, mode);
  // The comment of several suites is keyed by `config`, not by a suite: a context for it alone.
  const commentCtx = (key: string) => ({ ...pr, suite: { name: key }, redact: run.policy.redact });
  let baselines: Promise<unknown> = Promise.resolve();
  return gateSuites(
    {
      ...common,
      signal: run.signal,
      renderOptions: renderOptions(inputs),
      changedFiles: async () => {
        const changed = await listChangedFiles(pr.github, pr.repo, pr.pr.number);
        return { paths: changedPaths(changed.files), truncated: changed.truncated };
      },
      readSightings: async (key) => (await readSticky(commentCtx(key))).sightings,
      postComment: (key, body, state) => postComment(commentCtx(key), body, state),
      updateExistingComment: (key, body) => updateExistingComment(commentCtx(key), body),
      approval: (sightings) => approvalFor(pr, sightings ?? []),
      restoreBaseline: (suite) => {
        // Every suite's baseline restores into the same folder (the cache matches paths): one at
        // a time, each copied out before the next.
        const next = baselines.then(async () => {
          const file = await restoreBaseline(suite, pr.pr.baseSha);
          if (!file) return null;
          const copy = runnerTempDir(`evalgate-baseline-${suiteDirs([suite.path])[0]}.json`);
          await cp(file, copy);
          return copy;
        });
        baselines = next.catch(() => undefined);
        return next;
      },
      mergeShards: (suite, dir, offset) =>
        mergeShardResults({ ...pr, suite, redact: createRedactor(suite.redact, { literals: allSecrets([suite]) }), resultsDir: dir }, offset),
      outputsOf: (report) => outputsOf(report.comparison),
    },
    paths,
    mode,
    run.policy,
  );
}
