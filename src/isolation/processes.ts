/**
 * How EvalGate starts code from the pull request (command agents, module agents, javascript
 * checks): as its own user (`same-user`), or as a separate unprivileged user through a root helper
 * (`agent-user`, src/isolation/agent-user.ts). Everything that runs PR code takes an `Isolation`.
 */
import { runProcess, type Ending, type ProcessResult, type RunProcess } from './run-process.js';

export type { ProcessResult, RunProcess };
export type ProcessEnding = Ending;

export interface Isolation {
  mode: 'same-user' | 'agent-user';
  /** Starts one process of PR code in its own process group. */
  run: RunProcess;
  /** The Node binary module agents and javascript checks run with (one the agent user can execute). */
  nodePath: string;
  /** Lets the agent processes read `dir` (an evaluated tree); nothing to do for `same-user`. */
  openTree(dir: string): Promise<void>;
  /** Stops the helper and undoes what `openTree` changed. */
  close(): Promise<void>;
}

/** PR code runs as EvalGate's own user: protected by the built environment only (README, Security). */
export const SAME_USER: Isolation = {
  mode: 'same-user',
  run: (opts) => runProcess(opts),
  nodePath: process.execPath,
  openTree: () => Promise.resolve(),
  close: () => Promise.resolve(),
};
