// Records the demo's responses: serves the scripted demo model (scripts/demo-model.ts) from the
// fake OpenAI server and runs the demo comparison with --cache evals/demo/recorded (not replay).
// Run with `npx tsx scripts/record-demo.ts` after changing the demo suite or its prompts.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startFakeOpenAi } from '../test/support/fake-openai.js';
import { DEMO_CONFIG, demoDir, prepareDemoRepo } from '../src/cli-commands.js';
import { runComparison } from '../src/pipeline.js';
import { demoModel } from './demo-model.js';

const server = await startFakeOpenAi({ model: (req) => demoModel(req as Parameters<typeof demoModel>[0]), latencyMs: 5 });
const cacheDir = join(demoDir(), 'recorded');
await rm(cacheDir, { recursive: true, force: true });
const repo = await prepareDemoRepo();
try {
  const result = await runComparison({
    root: repo,
    configPath: DEMO_CONFIG,
    baseRef: 'HEAD~1',
    headRef: null,
    baselineFile: null,
    options: {
      apiKey: 'recording',
      baseURL: server.url,
      sample: null,
      trials: null,
      seed: null,
      maxConcurrency: 4,
      maxCost: null,
      cacheDir,
      replay: false,
      timeoutMs: 10_000,
      outDir: null,
      shard: null,
    },
  });
  console.log(`recorded ${server.stats().chatRequests} responses; verdict ${result.verdict.decision}`);
  for (const r of result.verdict.reasons) console.log(`  ${r}`);
} finally {
  await rm(repo, { recursive: true, force: true });
  await server.close();
}
