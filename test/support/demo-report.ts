// The demo's comparison (evals/demo), answered from its recorded responses: what `evalgate demo`
// reports, as a ReportInput the way the action would build it for the demo's pull request.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO_CONFIG, demoDir, prepareDemoRepo } from '../../src/cli-commands.js';
import { finalDecision } from '../../src/compare/decision.js';
import { runComparison } from '../../src/pipeline.js';
import type { ReportInput } from '../../src/report/types.js';

export async function demoReport(): Promise<ReportInput> {
  const repo = await prepareDemoRepo();
  try {
    const result = await runComparison({
      root: repo,
      configPath: DEMO_CONFIG,
      baseRef: 'HEAD~1',
      headRef: null,
      baselineFile: null,
      options: {
        apiKey: 'replay-only',
        baseURL: null,
        sample: null,
        trials: null,
        seed: null,
        maxConcurrency: 4,
        maxCost: null,
        cacheDir: join(demoDir(), 'recorded'),
        replay: true,
        timeoutMs: 10_000,
        outDir: null,
        shard: null,
      },
    });
    return {
      comparison: result.comparison,
      verdict: result.verdict,
      decision: finalDecision(result.verdict.decision, false, result.suite.gate),
      approval: null,
      approveLabel: 'evalgate: approve-regression',
      changedFiles: result.changedFiles,
      redact: result.redact,
      runUrl: null,
    };
  } finally {
    await rm(repo, { recursive: true, force: true });
  }
}
