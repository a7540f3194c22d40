import { join } from 'node:path';
import { shardDecision } from '../compare/decision.js';
import type { ComparisonRun } from '../pipeline.js';
import { writeJsonFile } from '../results/io.js';
import { shardFileName } from '../run/merge.js';
import { parseShard } from '../run/sample.js';
import type { RunContext } from './context.js';
import { outputsOf, type Outcome } from './outcome.js';

/** A shard job writes its slice under unique names for the merge job and decides nothing itself. */
export async function shardOutcome(ctx: RunContext, result: ComparisonRun): Promise<Outcome> {
  const shard = parseShard(ctx.inputs.shard);
  // The pipeline wrote every result through the run's redaction policy already.
  await writeJsonFile(join(ctx.resultsDir, shardFileName('base', shard)), result.base);
  await writeJsonFile(join(ctx.resultsDir, shardFileName('head', shard)), result.head);
  const summary = [
    `## EvalGate shard ${shard.index}/${shard.count} — \`${result.suite.name}\``,
    '',
    `Evaluated ${result.head.cases.length} of ${result.head.meta.sampleIds.length} sampled cases at base and head.`,
    'The `mode: merge` job combines the shards, decides, and posts the comment.',
  ].join('\n');
  return { decision: shardDecision(result.verdict.decision), outputs: outputsOf(result.comparison), summary };
}
