// Records the agent demo's responses: serves the scripted refund agent model
// (scripts/agent-demo-model.ts) from the fake OpenAI server and runs
//   evalgate run --config evals/agent-demo/evalgate.yaml --cache evals/agent-demo/recorded
// through the CLI code path, then checks that the same run with --replay makes no request.
// Run with `npx tsx scripts/record-agent-demo.ts` after changing the agent or its suite.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliIo } from '../src/cli.js';
import { startFakeOpenAi } from '../test/support/fake-openai.js';
import { agentDemoModel } from './agent-demo-model.js';

const CONFIG = 'evals/agent-demo/evalgate.yaml';
const CACHE = 'evals/agent-demo/recorded';

const server = await startFakeOpenAi({ model: agentDemoModel, latencyMs: 5 });
const out = await mkdtemp(join(tmpdir(), 'evalgate-agent-demo-'));
const io = (env: NodeJS.ProcessEnv): CliIo => ({ stdout: process.stdout, stderr: process.stderr, env, cwd: process.cwd() });
try {
  await rm(CACHE, { recursive: true, force: true });
  const recorded = await runCli(
    ['run', '--config', CONFIG, '--cache', CACHE, '--out', join(out, 'record'), '--max-concurrency', '2'],
    io({ ...process.env, OPENAI_API_KEY: 'recording', OPENAI_BASE_URL: server.url }),
  );
  const requests = server.stats().chatRequests;
  console.log(`recorded ${requests} responses (exit ${recorded})`);

  // The replay gets no key and no endpoint: it must be answered from the recordings alone.
  const { OPENAI_API_KEY: _key, OPENAI_BASE_URL: _url, ...offline } = process.env;
  const replayed = await runCli(['run', '--config', CONFIG, '--cache', CACHE, '--replay', '--out', join(out, 'replay')], io(offline));
  if (server.stats().chatRequests !== requests) throw new Error('the --replay run made model requests: the recordings are incomplete');
  console.log(`replay exit ${replayed}, no requests`);
  if (recorded !== 0 || replayed !== 0) process.exitCode = 1;
} finally {
  await rm(out, { recursive: true, force: true });
  await server.close();
}
