import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { ConfigError } from './config/errors.js';
import { loadSuite } from './config/load.js';
import type { Suite } from './config/suite.js';
import { resolveApproval } from './github/approval.js';
import { listChangedFiles } from './github/changed-files.js';
import { createGitHubClient, type GitHubClient, type RepoRef } from './github/client.js';
import { readEventContext, type EventContext } from './github/context.js';
import { GitHubPermissionError } from './github/errors.js';
import { isRelevant } from './github/relevance.js';
import { findStickyComment, upsertStickyComment, type StickyComment } from './github/sticky.js';
import { CommentState, parseCommentState } from './github/comment-state.js';
import { recordSighting, sightingRefusal, type Sighting } from './github/label-sightings.js';
import { lastLabeled, sameLabel } from './github/approval.js';
import { listPullRequestEvents } from './github/events.js';
import { getPullRequest } from './github/pull.js';
import { listIssueComments } from './github/comments.js';
import { tokenIdentity } from './github/identity.js';
import { encodeMarkerState } from './github/marker.js';
import { changedPaths } from './github/changed-files.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { AgentUserError, startIsolation } from './isolation/agent-user.js';
import type { Isolation } from './isolation/processes.js';
import { scrubInitialEnvironment } from './isolation/scrub-environ.js';
import {
  changedUnderTest,
  runComparison,
  withOverrides,
  runSingle,
  UsageError,
  type ComparisonRun,
  type EvalOptions,
  DEFAULT_TIMEOUT_MS,
} from './pipeline.js';
import { toReportJson } from './report/json.js';
import { annotationsFor } from './report/annotations.js'; // cli-extras (issue 15)
import { JUNIT_FILE, junitForComparison, junitForRun } from './report/junit.js'; // cli-extras (issue 15)
import { renderComment, renderNotice, renderSummary, type RenderOptions } from './report/markdown.js';
import { abortOnTermination } from './run/cancel.js';
import { resolveRef } from './git/git.js';
import { createRedactor, type Redactor } from './report/redact.js';
import type { ApprovalRecord, FinalDecision, ReportInput } from './report/types.js';
import { parseShard, sampleCases } from './run/sample.js';
import type { Verdict } from './compare/types.js';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { compareRuns } from './compare/compare.js';
import { baselineDecision, decide, finalDecision, shardDecision } from './compare/decision.js';
import { caseFingerprint, suiteFingerprint } from './config/fingerprint.js';
import { JUDGE_PROMPT_VERSION } from './judge/judge.js';
import { readResults, RESULTS_FILE, writeJsonFile } from './results/io.js';
import type { RunResults } from './results/schema.js';
import { incompleteMergeDecision, MergeError, mergeShards, shardFileName, type MergedShards } from './run/merge.js';
import { baselineCacheKey, responseCacheKeys, restoreDir, saveDir, saveResponseCache } from './run/persist.js';

/** What the action decided, and what it sets as outputs. */
interface Outcome {
  decision: FinalDecision;
  outputs: Record<string, string>;
  /** Full Markdown for the job summary. */
  summary: string;
}

/** The sticky comment of this suite (found by marker AND author) and EvalGate's state in it. */
interface Sticky {
  comment: StickyComment | null;
  state: CommentState | null;
  /** Which head each approve-label event was seen on, carried into every comment this run writes. */
  sightings: Sighting[];
}

/** Removed from EvalGate's environment once the inputs are read; everything else is kept, off the /proc-visible block. */
const SCRUBBED_FOR_GOOD = /^(INPUT_|ACTIONS_ID_TOKEN_REQUEST_)/i;

const REPORT_JSON = 'evalgate-report.json';
const REPORT_MD = 'evalgate-report.md';

/** The action's entry point: read inputs once, decide, report, and fail exactly once. */
export async function run(): Promise<void> {
  // The run's one redaction policy: built-in patterns and the run's secrets until the suite is
  // read, then with the suite's `redact` patterns too (see Policy).
  const policy: Policy = { redact: createRedactor([]) };
  let resultsDir = 'evalgate-results';
  // The runner cancels a job with SIGINT, then SIGTERM: stop paying, stop agents, clean up.
  const termination = abortOnTermination();
  try {
    const inputs = readInputs((name) => core.getInput(name));
    // Masked before anything else can print it.
    if (inputs.openaiApiKey) core.setSecret(inputs.openaiApiKey);
    // Every input is in `inputs` now. Agent code running as this user could read the key and the
    // tokens in /proc/<pid>/environ: blank that block, and keep INPUT_* and the OIDC request token
    // (EvalGate never asks for one) out of every process it starts.
    const scrub = scrubInitialEnvironment((name) => !SCRUBBED_FOR_GOOD.test(name));
    if (!scrub.scrubbed) core.info(`EvalGate could not blank its environment block: ${scrub.reason}`);
    policy.redact = createRedactor([], { literals: secretsOf(inputs) });
    const context = readEventContext(process.env, process.cwd());
    resultsDir = resolve(context.workspace, inputs.resultsDir);
    const mode = resolveMode(inputs.mode, context.eventName);
    const outcome =
      mode === 'baseline'
        ? await baseline(inputs, context, resultsDir, termination.signal)
        : await gate(inputs, context, resultsDir, termination.signal, mode, policy);
    await finish(outcome, inputs);
  } catch (error) {
    const message = policy.redact(describeError(error));
    core.error(message);
    core.setOutput('decision', 'error');
    await core.summary.addRaw(renderNotice('error', { suiteName: 'EvalGate', message, redact: policy.redact })).write().catch(() => undefined);
    core.setFailed(`EvalGate could not decide: ${message.split('\n')[0]}`);
  } finally {
    termination.dispose();
  }
}

/** Holds the run's redaction policy, so the error path uses the suite's patterns once they are known. */
interface Policy {
  redact: Redactor;
}

/** The run's own credentials: redacted in every encoding wherever EvalGate writes. */
function secretsOf(inputs: ActionInputs): string[] {
  return [inputs.openaiApiKey, inputs.githubToken].filter(Boolean);
}

function describeError(error: unknown): string {
  if (error instanceof ConfigError || error instanceof UsageError || error instanceof AgentUserError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** `gate` on pull requests, `baseline` on pushes, unless the `mode` input says otherwise. */
export function resolveMode(mode: ActionInputs['mode'], eventName: string): 'gate' | 'baseline' | 'merge' {
  if (mode) return mode;
  if (eventName.startsWith('pull_request')) return 'gate';
  if (eventName === 'push' || eventName === 'workflow_dispatch' || eventName === 'schedule') return 'baseline';
  throw new UsageError(`mode: cannot tell what to do on a "${eventName}" event; set mode: gate or mode: baseline`);
}

async function finish(outcome: Outcome, inputs: ActionInputs): Promise<void> {
  for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value);
  core.setOutput('decision', outcome.decision);
  await core.summary.addRaw(outcome.summary).write();
  core.info(`EvalGate decision: ${outcome.decision}`);
  if (outcome.decision === 'fail' && inputs.failOnRegression) core.setFailed('EvalGate: the change regresses the evaluation (see the PR comment or job summary)');
  else if (outcome.decision === 'error') core.setFailed('EvalGate: the evaluation could not be trusted (see the job summary)');
  else if (outcome.decision === 'skipped' && inputs.onMissingKey === 'fail') core.setFailed('EvalGate: skipped — no OpenAI API key (see the job summary)');
  else if (outcome.decision === 'inconclusive') core.warning('EvalGate: inconclusive — the whole sample could neither show a regression nor rule one out; the job summary says how many cases or trials would');
}

/** The response cache lives outside results-dir: results are uploaded as artifacts, the cache is not. */
function responseCacheDir(): string {
  return join(process.env.RUNNER_TEMP || tmpdir(), 'evalgate-response-cache');
}

/**
 * Runs `evaluate` with PR code isolated as `agent-user` says, and stops the isolation after. The
 * agent user is kept out of $RUNNER_TEMP: setup-* actions and actions/checkout may keep
 * credentials there, and the response cache needs no reader but EvalGate.
 */
async function withIsolation<T>(inputs: ActionInputs, evaluate: (isolation: Isolation) => Promise<T>): Promise<T> {
  const isolation = await startIsolation({
    setting: inputs.agentUser,
    entry: process.argv[1] ?? null,
    hide: process.env.RUNNER_TEMP ? [process.env.RUNNER_TEMP] : [],
    log: (line) => core.info(line),
  });
  try {
    return await evaluate(isolation);
  } finally {
    await isolation.close();
  }
}

function evalOptions(inputs: ActionInputs, resultsDir: string, signal: AbortSignal, redact?: Redactor): EvalOptions {
  return {
    signal,
    ...(redact && { redact }),
    secrets: secretsOf(inputs),
    apiKey: inputs.openaiApiKey,
    baseURL: inputs.openaiBaseUrl || null,
    sample: inputs.sample || null,
    trials: inputs.trials,
    seed: inputs.seed,
    maxConcurrency: inputs.maxConcurrency,
    maxCost: inputs.maxCost,
    cacheDir: responseCacheDir(),
    replay: false,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    outDir: resultsDir,
    shard: inputs.shard ? parseShard(inputs.shard) : null,
    log: (line) => core.info(line),
  };
}

async function gate(
  inputs: ActionInputs,
  context: EventContext,
  resultsDir: string,
  signal: AbortSignal,
  mode: 'gate' | 'merge',
  policy: Policy,
): Promise<Outcome> {
  const pr = context.pullRequest;
  if (!pr) throw new UsageError(`mode ${mode} needs a pull_request event, got "${context.eventName}"`);
  if (mode === 'merge' && inputs.shard) throw new UsageError('shard and mode: merge exclude each other: shard jobs evaluate, the merge job reports');
  const client = createGitHubClient(inputs.githubToken, { baseUrl: context.apiUrl, throttle: inputs.githubThrottle });
  const ref: RepoRef = context.repo;
  const suite = await loadSuite(context.workspace, inputs.config);
  policy.redact = createRedactor(suite.redact, { literals: secretsOf(inputs) });
  const { redact } = policy;

  const changed = await listChangedFiles(client, ref, pr.number);
  const relevance = isRelevant(
    changedPaths(changed.files),
    suite.watch,
    suite.referencedFiles,
    changed.truncated,
  );
  if (!relevance.relevant) {
    const message = `No file this suite watches or references changed in this pull request (${changed.files.length} files changed); no model was called.`;
    const body = renderNotice('not-applicable', { suiteName: suite.name, message, redact }, renderOptions(inputs));
    // Only update a comment that exists: a PR that never touched the suite gets no new comment.
    if (inputs.comment) await updateExistingComment(client, ref, pr.number, suite, body, pr.headSha);
    return { decision: 'not-applicable', outputs: {}, summary: body };
  }
  const sticky = await readSticky(client, ref, pr.number, suite, inputs, context);

  // The merge job only aggregates shard results: it needs no key.
  if (!inputs.openaiApiKey && mode === 'gate') {
    const message = pr.isFork
      ? 'This pull request comes from a fork: GitHub gives fork workflows no secrets, so there is no OpenAI API key and no model was called.'
      : 'No OpenAI API key was given (input openai-api-key), so no model was called.';
    const body = renderNotice('skipped', {
      suiteName: suite.name,
      message,
      details: [
        'A maintainer can run the evaluation by pushing the branch to this repository, or by running `npx evalgate compare --base-ref <base>` locally.',
        'Never use `pull_request_target` with a checkout of the PR head and secrets: that hands your key to untrusted code.',
        `Set \`on-missing-key: skip\` to let such pull requests pass with decision \`skipped\`.`,
      ],
      redact,
    }, renderOptions(inputs));
    if (inputs.comment) await postComment(client, ref, pr.number, suite, body, pr.headSha, noticeState(pr.headSha, sticky)).catch(() => undefined);
    return { decision: 'skipped', outputs: {}, summary: body };
  }

  const isLabelEvent = context.action === 'labeled' || context.action === 'unlabeled';
  if (isLabelEvent) {
    const redecided = await redecideFromComment(client, ref, pr.number, suite, inputs, pr.headSha, sticky, redact);
    if (redecided) return redecided;
    core.info('No earlier results for this head commit: evaluating again.');
  }

  let result: Evaluated;
  if (mode === 'merge') {
    result = await mergeShardResults(inputs, context, suite, resultsDir, pr.baseSha);
  } else {
    const keys = responseCacheKeys({ suite: suite.name, pr: pr.number, headSha: pr.headSha, runId: context.runId ?? 'local', shard: inputs.shard });
    const log = (line: string) => core.info(line);
    const started = Date.now();
    await restoreDir(responseCacheDir(), keys.save, keys.restore, log);
    const baselineFile = await restoreBaseline(suite, pr.baseSha, log);
    const run = await withIsolation(inputs, (isolation) =>
      runComparison({
        root: context.workspace,
        configPath: inputs.config,
        baseRef: pr.baseSha,
        headRef: null,
        baselineFile,
        options: { ...evalOptions(inputs, resultsDir, signal, redact), isolation },
      }),
    );
    await saveResponseCache(responseCacheDir(), keys.save, started, log);
    if (inputs.shard) return shardOutcome(inputs, run, resultsDir);
    result = run;
  }
  const approval = await approvalFor(client, ref, pr.number, inputs, pr.headSha, sticky.sightings);
  const decision = finalDecision(result.verdict.decision, approval?.state === 'approved', suite.gate);
  const report: ReportInput = {
    comparison: result.comparison,
    verdict: result.verdict,
    decision,
    approval,
    approveLabel: inputs.approveLabel,
    changedFiles: result.changedFiles,
    redact,
    runUrl: context.runUrl,
  };
  const outputs = outputsOf(report);
  await mkdir(resultsDir, { recursive: true });
  const reportPath = join(resultsDir, REPORT_JSON);
  await writeFile(reportPath, `${JSON.stringify(toReportJson(report), null, 2)}\n`);
  const summary = renderSummary(report, renderOptions(inputs));
  await writeFile(join(resultsDir, REPORT_MD), summary);
  // cli-extras (issue 15): the JUnit file for test reporters, and annotations on the changed prompt/model lines.
  await writeFile(join(resultsDir, JUNIT_FILE), junitForComparison(report, { redact, allCaseIds: suite.cases.map((c) => c.id) }));
  for (const a of annotationsFor({ ...report, suite })) core[a.level](a.message, { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine });
  outputs['report-path'] = reportPath;
  if (inputs.comment) {
    // Without report-path: a later label run is a new job in which that file does not exist.
    const state: CommentState = { v: 1, head: pr.headSha, verdict: result.verdict.decision, outputs: outputsOf(report), sightings: sticky.sightings };
    const url = await postComment(client, ref, pr.number, suite, renderComment(report, renderOptions(inputs)), pr.headSha, state);
    if (url) outputs['comment-url'] = url;
  }
  return { decision, outputs, summary };
}

/** What an evaluation (or a merge of shard evaluations) hands to the reporting half of the gate. */
type Evaluated = Pick<ComparisonRun, 'comparison' | 'verdict' | 'changedFiles'>;

/** Stored baseline of the base commit from the Actions cache (saved by `mode: baseline`), if any. */
async function restoreBaseline(suite: Suite, baseSha: string, log: (line: string) => void): Promise<string | null> {
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'evalgate-baseline');
  const key = baselineCacheKey(suiteFingerprint(suite, JUDGE_PROMPT_VERSION), baseSha);
  const hit = await restoreDir(dir, key, [], log);
  return hit ? join(dir, RESULTS_FILE) : null;
}

/** A shard job writes its slice under unique names for the merge job and decides nothing itself. */
async function shardOutcome(inputs: ActionInputs, result: ComparisonRun, resultsDir: string): Promise<Outcome> {
  const shard = parseShard(inputs.shard);
  // The pipeline wrote every result through the run's redaction policy already.
  await writeJsonFile(join(resultsDir, shardFileName('base', shard)), result.base);
  await writeJsonFile(join(resultsDir, shardFileName('head', shard)), result.head);
  const summary = [
    `## EvalGate shard ${shard.index}/${shard.count} — \`${result.suite.name}\``,
    '',
    `Evaluated ${result.head.cases.length} of ${result.head.meta.sampleIds.length} sampled cases at base and head.`,
    'The `mode: merge` job combines the shards, decides, and posts the comment.',
  ].join('\n');
  return { decision: shardDecision(result.verdict.decision), outputs: outputsOf({ comparison: result.comparison } as ReportInput), summary };
}

/**
 * `mode: merge`: the shards' results (downloaded into results-dir) joined into one comparison.
 * Shard files come from jobs that also ran the PR's code: they are checked against what this job
 * computes itself (the head suite, its sample, the event's commits) before anything is compared.
 */
async function mergeShardResults(inputs: ActionInputs, context: EventContext, loaded: Suite, resultsDir: string, baseSha: string): Promise<Evaluated> {
  const suite = withOverrides(loaded, { sample: inputs.sample || null, trials: inputs.trials, seed: inputs.seed });
  const names = (await readdir(resultsDir).catch(() => [] as string[])).filter((n) => n.startsWith('evalgate-shard-'));
  const files = await Promise.all(names.map(async (name) => ({ name, results: await readResults(join(resultsDir, name)) })));
  let merged: MergedShards;
  try {
    merged = mergeShards(files, {
      suiteFingerprint: suiteFingerprint(suite, JUDGE_PROMPT_VERSION),
      caseFingerprints: new Map(suite.cases.map((c) => [c.id, caseFingerprint(c)])),
      sampleIds: sampleCases(suite.cases, suite.sample).ids,
      seed: suite.sample.seed,
      trials: suite.sample.trials,
      baseSha,
      // What the shards' checkouts evaluated as head is what this job checked out (the same ref
      // in one workflow run): GITHUB_SHA on pull_request, whatever the workflow checks out otherwise.
      headSha: await resolveRef(context.workspace, 'HEAD').catch(() => context.sha),
    });
  } catch (error) {
    if (error instanceof MergeError) throw new UsageError(`mode: merge: ${error.message} (looked in ${inputs.resultsDir})`);
    throw error;
  }
  const comparison = compareRuns({
    base: merged.base,
    head: merged.head,
    confidence: suite.gate.confidence,
    trafficCallsPerMonth: suite.trafficCallsPerMonth,
  });
  const verdict = incompleteMergeDecision(decide(comparison, suite.gate), merged.missing, merged.head.meta.sampleIds.length);
  // The head commit was checked to be a full commit id (and GITHUB_SHA) by mergeShards.
  const changedFiles = await changedUnderTest(context.workspace, baseSha, merged.head.meta.commit, suite, null).catch(() => []);
  return { comparison, verdict, changedFiles };
}

async function approvalFor(
  client: GitHubClient,
  ref: RepoRef,
  prNumber: number,
  inputs: ActionInputs,
  headSha: string,
  sightings: readonly Sighting[],
): Promise<ApprovalRecord | null> {
  return resolveApproval(client, ref, prNumber, {
    approveLabel: inputs.approveLabel,
    required: inputs.approvePermission,
    scope: inputs.approvalScope,
    headSha,
    sightings,
  });
}

/**
 * Reads the sticky comment and its state, and — when this run was started by someone adding the
 * approve label — records which head the label was added to (the event payload's head). That
 * record, kept in a comment only the token's identity authors, is what `approval-scope: head`
 * checks; never when a commit first appeared anywhere.
 */
async function readSticky(
  client: GitHubClient,
  ref: RepoRef,
  prNumber: number,
  suite: Suite,
  inputs: ActionInputs,
  context: EventContext,
): Promise<Sticky> {
  const identity = await tokenIdentity(client);
  const comment = findStickyComment(await listIssueComments(client, ref, prNumber), { suite: suite.name, identity });
  const state = comment ? parseCommentState(comment.marker.state) : null;
  const known = state?.sightings ?? [];
  const pr = context.pullRequest;
  const addedApproveLabel = context.action === 'labeled' && context.label !== null && sameLabel(context.label, inputs.approveLabel);
  if (!pr || !addedApproveLabel) return { comment, state, sightings: known };
  const [{ labels: events }, live] = await Promise.all([listPullRequestEvents(client, ref, prNumber), getPullRequest(client, ref, prNumber)]);
  const last = lastLabeled(events, inputs.approveLabel) ?? null;
  const refusal = sightingRefusal({
    lastLabeled: last && { id: last.id, actor: last.actor },
    sender: context.sender,
    payloadHead: pr.headSha,
    liveHead: live.headSha,
    runAttempt: context.runAttempt,
  });
  if (refusal !== null || last === null) {
    core.info(`Not recording which commit the approve label was added to: ${refusal ?? 'no labeled event'}.`);
    return { comment, state, sightings: known };
  }
  core.info(`Recorded: the approve label (event ${last.id}) was added to ${pr.headSha.slice(0, 7)}.`);
  return { comment, state, sightings: recordSighting(known, { event: last.id, head: pr.headSha }) };
}

/** State of a comment that shows no results (skipped, not applicable): only the sightings carry on. */
function noticeState(headSha: string, sticky: Sticky): CommentState {
  return { v: 1, head: headSha, sightings: sticky.sightings };
}

/** Label events: reuse the verdict stored in this head's comment instead of paying again. */
async function redecideFromComment(
  client: GitHubClient,
  ref: RepoRef,
  prNumber: number,
  suite: Suite,
  inputs: ActionInputs,
  headSha: string,
  sticky: Sticky,
  redact: Redactor,
): Promise<Outcome | null> {
  const { comment: existing, state } = sticky;
  if (!existing || !state || state.head !== headSha || !state.verdict || !state.outputs) return null;
  const approval = await approvalFor(client, ref, prNumber, inputs, headSha, sticky.sightings);
  const decision = finalDecision(state.verdict, approval?.state === 'approved', suite.gate);
  const { replaceHeader } = await import('./report/markdown.js');
  // The marker line is ours and is written again by upsertStickyComment.
  const previous = existing.body.slice(existing.body.indexOf('\n') + 1);
  const body = replaceHeader(
    previous,
    { decision, approval, approveLabel: inputs.approveLabel, suiteName: suite.name, redact },
    renderOptions(inputs),
  );
  const url = await postComment(client, ref, prNumber, suite, body, headSha, { ...state, sightings: sticky.sightings });
  core.info(`Re-decided from the results already posted for ${headSha.slice(0, 7)}: no model was called.`);
  // Comments written before report-path was left out of the state may still carry it.
  const { 'report-path': _stale, ...outputs } = state.outputs;
  return { decision, outputs: { ...outputs, ...(url ? { 'comment-url': url } : {}) }, summary: body };
}

async function postComment(
  client: GitHubClient,
  ref: RepoRef,
  prNumber: number,
  suite: Suite,
  body: string,
  headSha: string,
  state: CommentState,
): Promise<string | null> {
  try {
    const result = await upsertStickyComment(client, ref, prNumber, {
      suite: suite.name,
      body,
      headSha,
      identity: await tokenIdentity(client),
      state: encodeMarkerState(state),
    });
    return result.url;
  } catch (error) {
    if (error instanceof GitHubPermissionError) {
      core.warning(`${error.message} The report is in the job summary instead.`);
      return null;
    }
    throw error;
  }
}

async function updateExistingComment(
  client: GitHubClient,
  ref: RepoRef,
  prNumber: number,
  suite: Suite,
  body: string,
  headSha: string,
): Promise<void> {
  const identity = await tokenIdentity(client).catch(() => null);
  if (!identity) return;
  const existing = findStickyComment(await listIssueComments(client, ref, prNumber), { suite: suite.name, identity });
  const sightings = existing ? (parseCommentState(existing.marker.state)?.sightings ?? []) : [];
  if (existing) await postComment(client, ref, prNumber, suite, body, headSha, { v: 1, head: headSha, sightings });
}

function renderOptions(inputs: ActionInputs): RenderOptions {
  return {
    approvePermission: inputs.approvePermission,
  };
}

function fmt(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? '' : String(Number(n.toPrecision(6)));
}

function outputsOf(report: ReportInput): Record<string, string> {
  const m = report.comparison.metrics;
  return {
    'score-base': fmt(m.score.base),
    'score-head': fmt(m.score.head),
    'score-delta': fmt(m.score.delta),
    'cost-base': fmt(m.costPerCase.base),
    'cost-head': fmt(m.costPerCase.head),
    'cost-delta': fmt(m.costPerCase.delta),
    regressions: String(report.comparison.counts.regressed),
  };
}

/** `mode: baseline`: evaluate the pushed commit and keep its results for later PRs. */
async function baseline(inputs: ActionInputs, context: EventContext, resultsDir: string, signal: AbortSignal): Promise<Outcome> {
  if (!inputs.openaiApiKey) {
    const body = renderNotice('skipped', { suiteName: 'EvalGate', message: 'No OpenAI API key: the baseline was not evaluated.', redact: createRedactor([]) });
    return { decision: 'skipped', outputs: {}, summary: body };
  }
  const log = (line: string) => core.info(line);
  const keys = responseCacheKeys({ suite: 'baseline', pr: null, headSha: context.sha ?? 'HEAD', runId: context.runId ?? 'local' });
  const started = Date.now();
  await restoreDir(responseCacheDir(), keys.save, keys.restore, log);
  const { results, suite } = await withIsolation(inputs, (isolation) =>
    runSingle(context.workspace, inputs.config, { ...evalOptions(inputs, resultsDir, signal), isolation }, {
      commit: context.sha,
      ref: context.ref,
      side: 'head',
    }),
  );
  await saveResponseCache(responseCacheDir(), keys.save, started, log);
  // `results` went through the run's redaction policy as it was made; never redacted again as text.
  await writeJsonFile(join(resultsDir, RESULTS_FILE), results);
  // cli-extras (issue 15): the JUnit file for test reporters.
  await writeFile(join(resultsDir, JUNIT_FILE), junitForRun(results, { redact: createRedactor(suite.redact, { literals: secretsOf(inputs) }), allCaseIds: suite.cases.map((c) => c.id) }));
  if (context.sha) {
    // Saved where a PR's gate run restores it from: keyed by suite fingerprint and commit.
    const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'evalgate-baseline');
    await writeJsonFile(join(dir, RESULTS_FILE), results);
    await saveDir(dir, baselineCacheKey(results.meta.suiteFingerprint, context.sha), log);
  }
  const t = results.totals;
  const summary = [
    `## EvalGate baseline — \`${suite.name}\``,
    '',
    `Evaluated ${t.cases} cases at ${context.sha?.slice(0, 7) ?? 'HEAD'}: ${t.passed} passed, ${t.failed} failed, ${t.errors} errors.`,
    `Results: \`${join(inputs.resultsDir, RESULTS_FILE)}\`.`,
  ].join('\n');
  return {
    decision: baselineDecision(t, suite.gate),
    outputs: { 'score-head': fmt(meanScore(results)), 'report-path': join(resultsDir, RESULTS_FILE) },
    summary,
  };
}

function meanScore(results: RunResults): number | null {
  const scores = results.cases.flatMap((c) => (c.score === null ? [] : [c.score]));
  return scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
}
