// Records the agent demo's responses: serves the scripted refund agent model
// (scripts/agent-demo-model.ts) from the fake OpenAI server (Chat Completions and the Responses
// API) and runs
//   evalgate run --config evals/agent-demo/evalgate.yaml --cache evals/agent-demo/recorded
//   evalgate run --config evals/agent-demo/evalgate-responses.yaml --cache evals/agent-demo/recorded-responses
// through the CLI code path, then checks that the same runs with --replay make no request.
// Run with `npx tsx scripts/record-agent-demo.ts [chat|responses]` (both when not named) after
// changing an agent or its suite.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliIo } from '../src/cli.js';
import { startFakeOpenAi } from '../test/support/fake-openai.js';
import { agentDemoModel } from './agent-demo-model.js';

const DEMOS = [
  { name: 'chat', config: 'evals/agent-demo/evalgate.yaml', cache: 'evals/agent-demo/recorded' },
  { name: 'responses', config: 'evals/agent-demo/evalgate-responses.yaml', cache: 'evals/agent-demo/recorded-responses' },
];
const chosen = DEMOS.filter((d) => process.argv[2] === undefined || d.name === process.argv[2]);

const server = await startFakeOpenAi({ model: agentDemoModel, latencyMs: 5 });
const out = await mkdtemp(join(tmpdir(), 'evalgate-agent-demo-'));
const io = (env: NodeJS.ProcessEnv): CliIo => ({ stdout: process.stdout, stderr: process.stderr, env, cwd: process.cwd() });
const sent = (): number => server.stats().chatRequests + server.stats().responsesRequests;
try {
  for (const demo of chosen) {
    await rm(demo.cache, { recursive: true, force: true });
    const recorded = await runCli(
      ['run', '--config', demo.config, '--cache', demo.cache, '--out', join(out, `${demo.name}-record`), '--max-concurrency', '2'],
      io({ ...process.env, OPENAI_API_KEY: 'recording', OPENAI_BASE_URL: server.url }),
    );
    const requests = sent();
    console.log(`${demo.name}: recorded ${requests} responses so far (exit ${recorded})`);

    // The replay gets no key and no endpoint: it must be answered from the recordings alone.
    const { OPENAI_API_KEY: _key, OPENAI_BASE_URL: _url, ...offline } = process.env;
    const replayed = await runCli(['run', '--config', demo.config, '--cache', demo.cache, '--replay', '--out', join(out, `${demo.name}-replay`)], io(offline));
    if (sent() !== requests) throw new Error(`${demo.name}: the --replay run made model requests: the recordings are incomplete`);
    console.log(`${demo.name}: replay exit ${replayed}, no requests`);
    if (recorded !== 0 || replayed !== 0) process.exitCode = 1;
  }
} finally {
  await rm(out, { recursive: true, force: true });
  await server.close();
}
