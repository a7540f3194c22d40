import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { baselineDecision } from '../compare/decision.js';
import { suiteFingerprint } from '../config/fingerprint.js';
import type { Suite } from '../config/suite.js';
import { JUDGE_PROMPT_VERSION } from '../judge/judge.js';
import { runSingle } from '../pipeline.js';
import { JUNIT_FILE, junitForRun } from '../report/junit.js';
import { renderNotice } from '../report/markdown.js';
import { createRedactor } from '../report/redact.js';
import { RESULTS_FILE, writeJsonFile } from '../results/io.js';
import type { RunResults } from '../results/schema.js';
import { baselineCacheKey, responseCacheKeys, restoreDir, saveDir } from '../run/persist.js';
import { maskEndpointKeys, secretsOf, type RunContext } from './context.js';
import { loadSuite } from '../config/load.js';
import { missingKeys } from '../llm/endpoints.js';
import { evalOptions, log, runnerTempDir, withIsolation, withResponseCache } from './evaluation.js';
import { formatOutput, type Outcome } from './outcome.js';

/** Where a stored baseline is restored to and saved from, keyed in the Actions cache by suite fingerprint and commit. */
function baselineDir(): string {
  return runnerTempDir('evalgate-baseline');
}

/** `mode: baseline`: evaluate the pushed commit and keep its results for later PRs. */
export async function baseline(ctx: RunContext): Promise<Outcome> {
  const { inputs, event, resultsDir } = ctx;
  // Read first to know which keys its roles need (and mask them); runSingle reads it again.
  const head = await loadSuite(event.workspace, inputs.config);
  maskEndpointKeys(head);
  const missing = missingKeys(head, [head.target], process.env, inputs.openaiApiKey);
  if (missing.length > 0) {
    const names = missing.map((m) => (m.variable === null ? 'OpenAI API key' : m.variable)).join(', ');
    const redact = createRedactor(head.redact, { literals: secretsOf(inputs, head) });
    const body = renderNotice('skipped', { suiteName: head.name, message: `No ${names}: the baseline was not evaluated.`, redact });
    return { decision: 'skipped', outputs: {}, summary: body };
  }
  const keys = responseCacheKeys({ suite: 'baseline', pr: null, headSha: event.sha ?? 'HEAD', runId: event.runId ?? 'local' });
  const { results, suite } = await withResponseCache(keys, () =>
    withIsolation(ctx, (isolation) =>
      runSingle(event.workspace, inputs.config, { ...evalOptions(ctx, head), isolation }, { commit: event.sha, ref: event.ref, side: 'head' }),
    ),
  );
  // `results` went through the run's redaction policy as it was made; never redacted again as text.
  await writeJsonFile(join(resultsDir, RESULTS_FILE), results);
  const redact = createRedactor(suite.redact, { literals: secretsOf(inputs, suite) });
  await writeFile(join(resultsDir, JUNIT_FILE), junitForRun(results, { redact, allCaseIds: suite.cases.map((c) => c.id) }));
  await saveBaseline(results, event.sha);
  const t = results.totals;
  const summary = [
    `## EvalGate baseline — \`${suite.name}\``,
    '',
    `Evaluated ${t.cases} cases at ${event.sha?.slice(0, 7) ?? 'HEAD'}: ${t.passed} passed, ${t.failed} failed, ${t.errors} errors.`,
    `Results: \`${join(inputs.resultsDir, RESULTS_FILE)}\`.`,
  ].join('\n');
  return {
    decision: baselineDecision(t, suite.gate),
    outputs: { 'score-head': formatOutput(meanScore(results)), 'report-path': join(resultsDir, RESULTS_FILE) },
    summary,
  };
}

/**
 * Saved where a PR's gate run restores it from (restoreBaseline), when the commit is known. The
 * folder is fixed (the Actions cache matches paths too): several suites save one after another.
 */
export async function saveBaseline(results: RunResults, sha: string | null): Promise<void> {
  if (!sha) return;
  await rm(baselineDir(), { recursive: true, force: true });
  await writeJsonFile(join(baselineDir(), RESULTS_FILE), results);
  await saveDir(baselineDir(), baselineCacheKey(results.meta.suiteFingerprint, sha), log);
}

/** The stored baseline of the base commit (saved by `mode: baseline`), if the Actions cache has one. */
export async function restoreBaseline(suite: Suite, baseSha: string): Promise<string | null> {
  const key = baselineCacheKey(suiteFingerprint(suite, JUDGE_PROMPT_VERSION), baseSha);
  const hit = await restoreDir(baselineDir(), key, [], log);
  return hit ? join(baselineDir(), RESULTS_FILE) : null;
}

function meanScore(results: RunResults): number | null {
  const scores = results.cases.flatMap((c) => (c.score === null ? [] : [c.score]));
  return scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
}
