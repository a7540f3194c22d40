import { AGENT_HOST_ARG } from './isolation/agent-host-arg.js';

/**
 * One bundle serves both the action and the CLI: the runner starts `node dist/index.js` with no
 * arguments inside GitHub Actions; anything else is the CLI. Heavy modules load lazily so
 * `--version` and `--help` start fast.
 */
export async function main(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (argv[0] === AGENT_HOST_ARG) {
    const { runAgentHost } = await import('./isolation/agent-host.js');
    await runAgentHost();
    return;
  }
  if (argv.length === 0 && env.GITHUB_ACTIONS === 'true') {
    const { run } = await import('./action.js');
    await run();
    return;
  }
  const [{ runCli }, { abortOnTermination }] = await Promise.all([import('./cli.js'), import('./run/cancel.js')]);
  // The key in OPENAI_API_KEY must not sit in /proc/<pid>/environ while agent code runs as this user.
  const { scrubInitialEnvironment } = await import('./isolation/scrub-environ.js');
  scrubInitialEnvironment();
  // Ctrl-C stops paying and stops agents, keeps finished trials, and removes worktrees.
  const termination = abortOnTermination();
  try {
    process.exitCode = await runCli(argv, {
      stdout: process.stdout,
      stderr: process.stderr,
      env,
      cwd: process.cwd(),
      signal: termination.signal,
      entry: process.argv[1],
    });
  } finally {
    termination.dispose();
  }
}
