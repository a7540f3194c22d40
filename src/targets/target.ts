import type { RunError, Step, Usage } from '../results/schema.js';

export interface TargetInput {
  caseId: string;
  input: Record<string, unknown>;
  trial: number;
  signal?: AbortSignal;
}

/** What one run of the system under test produced. */
export interface TargetOutput {
  /** A string, or a JSON value for agents that return objects. */
  output: unknown;
  steps: Step[];
  usage: Usage;
  /** null when some model's price is unknown. */
  costUsd: number | null;
  latencyMs: number;
  cacheHits: number;
  requests: number;
  /** Models used whose price is unknown. */
  unknownPriceModels: string[];
}

/** A system under test (chat, command or module), bound to one evaluated tree. */
export interface Target {
  run(input: TargetInput): Promise<TargetOutput>;
  /** Releases processes, servers or worktrees the target holds. */
  close?(): Promise<void>;
}

/** Kinds of target failure the system under test causes itself (and so a change can cause). */
const TARGET_CAUSED: ReadonlySet<RunError['kind']> = new Set(['template', 'command', 'timeout']);

/** A run failure with the kind the report counts it under (and the stderr tail for commands). */
export class TargetError extends Error {
  /** Whether the system under test failed (a change can cause it) or the provider under it did. */
  readonly origin: NonNullable<RunError['origin']>;

  constructor(
    readonly kind: RunError['kind'],
    message: string,
    readonly stderr?: string,
    options?: { cause?: unknown; origin?: NonNullable<RunError['origin']> },
  ) {
    super(message, options);
    this.name = 'TargetError';
    this.origin = options?.origin ?? (TARGET_CAUSED.has(kind) ? 'target' : 'provider');
  }
}
