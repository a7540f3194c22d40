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
  /**
   * The part of `costUsd` answered from the response cache (replayed, not paid now); 0 when
   * absent. The rest of `costUsd` was spent on this run.
   */
  replayedCostUsd?: number | null;
  /** Model calls the recording proxy passed through without recording them (no usage, no cost). */
  unrecordedCalls?: number;
  /** Models used whose price is unknown. */
  unknownPriceModels: string[];
}

/** What a failed run had used before it failed (the calls the provider answered were billed). */
export type Consumed = Pick<TargetOutput, 'usage' | 'costUsd' | 'replayedCostUsd' | 'cacheHits' | 'requests' | 'unrecordedCalls' | 'unknownPriceModels'>;

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
    options?: { cause?: unknown; origin?: NonNullable<RunError['origin']>; consumed?: Consumed },
  ) {
    super(message, options);
    this.name = 'TargetError';
    this.origin = options?.origin ?? (TARGET_CAUSED.has(kind) ? 'target' : 'provider');
    this.consumed = options?.consumed ?? null;
  }

  /** What the run had used before it failed; null when nothing was measured. Set by the target that measured it. */
  consumed: Consumed | null;
}
