import { constants } from 'node:os';

/** The run was cancelled (SIGINT/SIGTERM, or the other side failed); finished trials are kept. */
export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor(
    message: string,
    /** The signal that cancelled the run, when one did. */
    readonly signal: NodeJS.Signals | null = null,
  ) {
    super(message);
  }
}

/** The conventional exit code of a process ended by `signal` (SIGINT → 130, SIGTERM → 143). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 15);
}

/** Throws the abort reason as a CancelledError when `signal` was aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  const reason: unknown = signal.reason;
  if (reason instanceof CancelledError) throw reason;
  throw new CancelledError(`cancelled: ${reason instanceof Error ? reason.message : String(reason)}`);
}

/**
 * An AbortSignal that fires on the first SIGINT or SIGTERM (the runner's cancel sends SIGINT, then
 * SIGTERM 7.5 s later): model requests are aborted, agents stopped, worktrees removed. A second
 * signal exits at once. `dispose` removes the handlers.
 */
export function abortOnTermination(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const handler = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) process.exit(signalExitCode(signal));
    controller.abort(
      new CancelledError(`cancelled by ${signal}: in-flight requests were aborted and agents stopped; finished trials are kept in the .jsonl files`, signal),
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
