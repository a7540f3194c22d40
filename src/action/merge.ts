import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { compareRuns } from '../compare/compare.js';
import { decide } from '../compare/decision.js';
import { caseFingerprint, suiteFingerprint } from '../config/fingerprint.js';
import { resolveRef } from '../git/git.js';
import type { ChangedFile } from '../git/git.js';
import { JUDGE_PROMPT_VERSION } from '../judge/judge.js';
import { changedUnderTest, UsageError, withOverrides } from '../pipeline.js';
import { readResults } from '../results/io.js';
import { incompleteMergeDecision, MergeError, mergeShards, type MergedShards } from '../run/merge.js';
import { sampleCases } from '../run/sample.js';
import type { SuiteContext } from './context.js';
import type { Evaluated } from './outcome.js';
import { messageOf, warnFailure } from './warn.js';

/**
 * `mode: merge`: the shards' results (downloaded into results-dir) joined into one comparison.
 * Shard files come from jobs that also ran the PR's code: they are checked against what this job
 * computes itself (the head suite, its sample, the event's commits) before anything is compared.
 */
export async function mergeShardResults(ctx: SuiteContext, offset = 0): Promise<Evaluated> {
  const { inputs, pr } = ctx;
  const suite = withOverrides(ctx.suite, { sample: inputs.sample || null, trials: inputs.trials, seed: inputs.seed });
  const names = (await shardFileNames(ctx)).filter((n) => n.startsWith('evalgate-shard-'));
  const files = await Promise.all(names.map(async (name) => ({ name, results: await readResults(join(ctx.resultsDir, name)) })));
  let merged: MergedShards;
  try {
    merged = mergeShards(files, {
      suiteFingerprint: suiteFingerprint(suite, JUDGE_PROMPT_VERSION),
      caseFingerprints: new Map(suite.cases.map((c) => [c.id, caseFingerprint(c)])),
      sampleIds: sampleCases(suite.cases, suite.sample).ids,
      seed: suite.sample.seed,
      trials: suite.sample.trials,
      baseSha: pr.baseSha,
      headSha: await checkedOutCommit(ctx),
      // With several suites, where this suite's sample starts in the union the shards sliced.
      offset,
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
  return { comparison, verdict, changedFiles: await changedFilesOf(ctx, merged.head.meta.commit) };
}

/** Files in results-dir; none when it does not exist (no shard was downloaded), which mergeShards reports. */
async function shardFileNames(ctx: SuiteContext): Promise<string[]> {
  try {
    return await readdir(ctx.resultsDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new UsageError(
      `mode: merge: cannot list results-dir ${ctx.inputs.resultsDir} (${messageOf(error)}); point results-dir at the folder the shard artifacts were downloaded into`,
      { cause: error },
    );
  }
}

/**
 * What the shards' checkouts evaluated as head is what this job checked out (the same ref in one
 * workflow run): GITHUB_SHA on pull_request, whatever the workflow checks out otherwise.
 */
async function checkedOutCommit(ctx: SuiteContext): Promise<string | null> {
  const { workspace, sha } = ctx.event;
  try {
    return await resolveRef(workspace, 'HEAD');
  } catch (error) {
    warnFailure(ctx.redact, {
      failed: `read the checked-out commit in ${workspace}`,
      error,
      lost: `the shards' head commit is checked against GITHUB_SHA (${sha ?? 'not set'}) instead.`,
    });
    return sha;
  }
}

/** The diffs the comment shows; none, with a warning, when this job's checkout cannot diff base and head. */
async function changedFilesOf(ctx: SuiteContext, headSha: string | null): Promise<ChangedFile[]> {
  try {
    return await changedUnderTest(ctx.event.workspace, ctx.pr.baseSha, headSha, ctx.suite, null);
  } catch (error) {
    warnFailure(ctx.redact, {
      failed: 'diff the files under test between base and head in this checkout (fetch both commits, e.g. actions/checkout with fetch-depth: 0)',
      error,
      lost: 'the comment lists no changed files.',
    });
    return [];
  }
}
