import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { finalDecision } from '../compare/decision.js';
import { loadSuite } from '../config/load.js';
import { missingKeyMessage, missingKeys, type MissingKey } from '../llm/endpoints.js';
import { changedPaths, listChangedFiles } from '../github/changed-files.js';
import { isRelevant } from '../github/relevance.js';
import { runComparison, type ComparisonRun } from '../pipeline.js';
import { annotationsFor } from '../report/annotations.js';
import { REPORT_JSON, REPORT_MD, toReportJson } from '../report/json.js';
import { JUNIT_FILE, junitForComparison } from '../report/junit.js';
import { renderComment, renderNotice, renderSummary } from '../report/markdown.js';
import type { ReportInput } from '../report/types.js';
import { responseCacheKeys } from '../run/persist.js';
import { approvalFor } from './approval.js';
import { restoreBaseline } from './baseline.js';
import { historyFor, noticeState, postComment, readSticky, resultsState, updateExistingComment, type Sticky } from './comment.js';
import { createSuiteContext, type PrContext, type SuiteContext } from './context.js';
import { evalOptions, withIsolation, withResponseCache } from './evaluation.js';
import { mergeShardResults } from './merge.js';
import { outputsOf, type Evaluated, type Outcome } from './outcome.js';
import { redecideFromComment } from './redecide.js';
import { renderOptions } from './render-options.js';
import { shardOutcome } from './shard.js';
import { warnFailure } from './warn.js';

/** `mode: gate` and `mode: merge`: load the suite and gate the pull request on it. */
export async function gate(ctx: PrContext): Promise<Outcome> {
  const suite = await loadSuite(ctx.event.workspace, ctx.inputs.config);
  return gateSuite(createSuiteContext(ctx, suite));
}

/**
 * One suite on the pull request: not applicable when the PR touches nothing it watches; skipped
 * without a key; re-decided from its comment on label events; else evaluated (or, in `mode:
 * merge`, the shards' results merged), decided, written to results-dir and commented.
 */
export async function gateSuite(ctx: SuiteContext): Promise<Outcome> {
  const { inputs, pr, suite } = ctx;
  const changed = await listChangedFiles(ctx.github, ctx.repo, pr.number);
  const relevance = isRelevant(changedPaths(changed.files), suite.watch, suite.referencedFiles, changed.truncated);
  if (!relevance.relevant) return notApplicable(ctx, changed.files.length);
  const sticky = await readSticky(ctx);

  // The merge job only aggregates shard results: it needs no key.
  const missing = ctx.mode === 'gate' ? missingKeys(suite, [suite.target], process.env, inputs.openaiApiKey) : [];
  if (missing.length > 0) return skippedWithoutKey(ctx, sticky, missing);

  if (ctx.event.action === 'labeled' || ctx.event.action === 'unlabeled') {
    const redecided = await redecideFromComment(ctx, sticky);
    if (redecided) return redecided;
    core.info('No earlier results for this head commit: evaluating again.');
  }

  let result: Evaluated;
  if (ctx.mode === 'merge') {
    result = await mergeShardResults(ctx);
  } else {
    const run = await compare(ctx);
    if (inputs.shard) return shardOutcome(ctx, run);
    result = run;
  }
  return report(ctx, sticky, result);
}

async function notApplicable(ctx: SuiteContext, changedCount: number): Promise<Outcome> {
  const message = `No file this suite watches or references changed in this pull request (${changedCount} files changed); no model was called.`;
  const body = renderNotice('not-applicable', { suiteName: ctx.suite.name, message, redact: ctx.redact });
  // Only update a comment that exists: a PR that never touched the suite gets no new comment.
  if (ctx.inputs.comment) await updateExistingComment(ctx, body);
  return { decision: 'not-applicable', outputs: {}, summary: body };
}

/** A role's endpoint has no key (a fork PR gets no secrets at all): say which, and how to provide it. */
async function skippedWithoutKey(ctx: SuiteContext, sticky: Sticky, missing: readonly MissingKey[]): Promise<Outcome> {
  const names = missing.map((m) => (m.variable === null ? 'an OpenAI API key' : m.variable)).join(', ');
  const message = ctx.pr.isFork
    ? `This pull request comes from a fork: GitHub gives fork workflows no secrets, so there is no ${names} and no model was called.`
    : missing.every((m) => m.variable === null)
      ? 'No OpenAI API key was given (input openai-api-key), so no model was called.'
      : `Missing ${names}, so no model was called.\n${missingKeyMessage(missing, 'action')}`;
  const body = renderNotice('skipped', {
    suiteName: ctx.suite.name,
    message,
    details: [
      'A maintainer can run the evaluation by pushing the branch to this repository, or by running `npx evalgate compare --base-ref <base>` locally.',
      'Never use `pull_request_target` with a checkout of the PR head and secrets: that hands your key to untrusted code.',
      `Set \`on-missing-key: skip\` to let such pull requests pass with decision \`skipped\`.`,
    ],
    redact: ctx.redact,
  });
  if (ctx.inputs.comment) {
    try {
      await postComment(ctx, body, noticeState(ctx, sticky.sightings, historyFor(ctx, sticky)));
    } catch (error) {
      warnFailure(ctx.redact, {
        failed: 'post the skipped notice on the pull request',
        error,
        lost: 'the notice is in the job summary only, and an earlier EvalGate comment, if any, still shows its old result.',
      });
    }
  }
  return { decision: 'skipped', outputs: {}, summary: body };
}

/** Base against head on this runner, with the response cache and, when the Actions cache has one, the stored baseline. */
async function compare(ctx: SuiteContext): Promise<ComparisonRun> {
  const { inputs, pr, event, suite } = ctx;
  const keys = responseCacheKeys({ suite: suite.name, pr: pr.number, headSha: pr.headSha, runId: event.runId ?? 'local', shard: inputs.shard });
  return withResponseCache(keys, async () => {
    const baselineFile = await restoreBaseline(suite, pr.baseSha);
    return withIsolation(ctx, (isolation) =>
      runComparison({
        root: event.workspace,
        configPath: inputs.config,
        baseRef: pr.baseSha,
        headRef: null,
        baselineFile,
        options: { ...evalOptions(ctx, suite, ctx.redact), isolation },
      }),
    );
  });
}

/** Decides (with the approve label), writes the report files and the comment. */
async function report(ctx: SuiteContext, sticky: Sticky, result: Evaluated): Promise<Outcome> {
  const { inputs, suite } = ctx;
  const approval = await approvalFor(ctx, sticky.sightings);
  const decision = finalDecision(result.verdict.decision, approval?.state === 'approved', suite.gate);
  const report: ReportInput = {
    comparison: result.comparison,
    verdict: result.verdict,
    decision,
    approval,
    approveLabel: inputs.approveLabel,
    changedFiles: result.changedFiles,
    redact: ctx.redact,
    runUrl: ctx.event.runUrl,
    history: historyFor(ctx, sticky),
  };
  const outputs = outputsOf(report.comparison);
  await mkdir(ctx.resultsDir, { recursive: true });
  const reportPath = join(ctx.resultsDir, REPORT_JSON);
  await writeFile(reportPath, `${JSON.stringify(toReportJson(report), null, 2)}\n`);
  const summary = renderSummary(report, renderOptions(inputs));
  await writeFile(join(ctx.resultsDir, REPORT_MD), summary);
  // For test reporters, and annotations on the changed prompt/model lines (workflow commands, no permission).
  await writeFile(join(ctx.resultsDir, JUNIT_FILE), junitForComparison(report, { redact: ctx.redact, allCaseIds: suite.cases.map((c) => c.id) }));
  for (const a of annotationsFor({ ...report, suite })) core[a.level](a.message, { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine });
  outputs['report-path'] = reportPath;
  if (inputs.comment) {
    // Without report-path: a later label run is a new job in which that file does not exist.
    const state = resultsState(ctx, sticky, report, outputsOf(report.comparison));
    const url = await postComment(ctx, renderComment(report, renderOptions(inputs)), state);
    if (url) outputs['comment-url'] = url;
  }
  return { decision, outputs, summary };
}
