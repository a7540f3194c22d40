import { compareRuns, pairedDeltas } from '../compare/compare.js';
import { designOf, takeLook, type Look } from '../compare/sequential.js';
import type { Comparison, SequentialRecord, StopReason } from '../compare/types.js';
import type { Case, Gate } from '../config/suite.js';
import type { CaseResult, RunResults } from '../results/schema.js';
import { totalsOf } from '../results/totals.js';
import type { Budget } from './budget.js';
import { throwIfCancelled } from './cancel.js';
import { budgetCut, type OpenSide } from './side.js';

export interface PairedArgs {
  /** The sample in the order it is evaluated (src/run/order.ts). */
  cases: readonly Case[];
  gate: Gate;
  /** Looks at the data; 1 evaluates the whole sample at once (a fixed sample). */
  batches: number;
  trials: number;
  /** The base side: evaluated, or read from a stored baseline that holds every sampled case. */
  base: OpenSide | { stored: RunResults };
  head: OpenSide;
  budget: Budget;
  trafficCallsPerMonth: number | null;
  baselineNote: string | null;
  log?: (line: string) => void;
  /** Stops the other side when one fails (its requests aborted, its agents killed). */
  cancel?: (error: unknown) => void;
  /** Aborted on cancellation: no further batch starts, and the run ends with CancelledError. */
  signal?: AbortSignal;
}

export interface PairedRun {
  base: RunResults;
  head: RunResults;
  comparison: Comparison;
}

/**
 * Evaluates base and head on the same cases, batch by batch (SPEC §4, sequential sampling):
 * after each batch the paired deltas are held against the group-sequential boundaries, and the
 * run stops at the first crossing or when the sample is spent. A budget cut makes the cases
 * completed on both sides the final look (or, if it added none, leaves the last look standing).
 * Then must-pass failures are confirmed by re-running them at head.
 */
export async function evaluatePaired(args: PairedArgs): Promise<PairedRun> {
  const { cases, gate } = args;
  const design = designOf({
    maxCases: Math.max(1, cases.length),
    batches: args.batches,
    confidence: gate.confidence,
    maxScoreDrop: gate.maxScoreDrop,
    detectDrop: gate.detectDrop,
  });
  const baseCases: CaseResult[] = [];
  const headCases: CaseResult[] = [];
  const looks: Look[] = [];
  let stop: StopReason = 'sample-spent';
  let cut = false;
  let done = 0;
  for (const [k, upTo] of design.looks.entries()) {
    const batch = cases.slice(done, upTo);
    done = upTo;
    const [base, head] = await bothSides(args, runBase(args.base, batch), args.head.run(batch));
    baseCases.push(...base.cases);
    headCases.push(...head.cases);
    cut = base.notStarted > 0 || head.notStarted > 0;
    const completed = cut ? completedIds(baseCases, headCases).size : upTo;
    const final = cut || k === design.looks.length - 1;
    if (cut && completed <= (looks.at(-1)?.cases ?? 0)) {
      stop = 'budget';
      break;
    }
    const look = takeLook(design, [...looks.map((l) => l.cases), completed], pairedDeltas(baseCases, headCases), final);
    looks.push(look);
    if (design.looks.length > 1) {
      args.log?.(
        `look ${looks.length} of ${design.looks.length}: ${completed} of ${cases.length} cases, ` +
          `${look.crossed === 'fail' ? 'regression shown' : look.crossed === 'pass' ? 'no regression of the size that matters' : 'not yet clear'}`,
      );
    }
    if (look.crossed) {
      stop = look.crossed;
      break;
    }
    if (cut) {
      stop = 'budget';
      break;
    }
  }

  const kept = cut ? completedIds(baseCases, headCases) : null;
  const keep = (list: CaseResult[]) => (kept ? list.filter((c) => kept.has(c.id)) : list);
  const finalHead = await confirmMustPass(args, keep(baseCases), keep(headCases));
  const planned = cases.length;
  const cutMeta = cut ? budgetCut(args.budget, keep(headCases).length, planned) : null;
  const base = 'stored' in args.base ? storedSlice(args.base.stored, keep(baseCases), cutMeta) : await args.base.results(keep(baseCases), cutMeta);
  const head = await args.head.results(finalHead, cutMeta);
  const sequential: SequentialRecord | null = design.looks.length > 1 ? { maxCases: design.maxCases, plannedLooks: design.looks, looks, stop } : null;
  const comparison = compareRuns({
    base,
    head,
    confidence: gate.confidence,
    trafficCallsPerMonth: args.trafficCallsPerMonth,
    baselineNote: args.baselineNote,
    sequential,
  });
  return { base, head, comparison };
}

/**
 * Waits for both sides of a batch. The first to fail cancels the other at once, and the first
 * failure is raised only once both have stopped (their worktrees must outlive them); a
 * cancellation is raised as CancelledError.
 */
async function bothSides<T>(args: PairedArgs, base: Promise<T>, head: Promise<T>): Promise<[T, T]> {
  const stopOther = (side: Promise<T>) =>
    side.catch((error: unknown) => {
      args.cancel?.(error);
      throw error;
    });
  const [b, h] = await Promise.allSettled([stopOther(base), stopOther(head)]);
  if (b.status === 'rejected') throw b.reason;
  if (h.status === 'rejected') throw h.reason;
  throwIfCancelled(args.signal);
  return [b.value, h.value];
}

async function runBase(base: PairedArgs['base'], batch: readonly Case[]): Promise<{ cases: CaseResult[]; notStarted: number }> {
  if (!('stored' in base)) return base.run(batch);
  const byId = new Map(base.stored.cases.map((c) => [c.id, c]));
  return { cases: batch.flatMap((c) => byId.get(c.id) ?? []), notStarted: 0 };
}

function completedIds(base: CaseResult[], head: CaseResult[]): Set<string> {
  const inBase = new Set(base.map((c) => c.id));
  return new Set(head.filter((c) => inBase.has(c.id)).map((c) => c.id));
}

function storedSlice(stored: RunResults, cases: CaseResult[], cut: RunResults['meta']['cut']): RunResults {
  return { ...stored, meta: { ...stored.meta, side: 'base', cut }, cases, totals: totalsOf(cases, stored.totals.unknownPriceModels) };
}

/**
 * Re-runs at head the must-pass cases that fail there (and passed at base, unless the gate is
 * strict), so one unlucky sample of a flaky case does not block (SPEC §4). Their extra trials go
 * to `confirmTrials`, apart from the case's own.
 */
async function confirmMustPass(args: PairedArgs, base: CaseResult[], head: CaseResult[]): Promise<CaseResult[]> {
  const { gate } = args;
  if (gate.mustPassTags.length === 0 || gate.confirmTrials === 0) return head;
  const baseById = new Map(base.map((c) => [c.id, c]));
  const byId = new Map(args.cases.map((c) => [c.id, c]));
  const suspects = head.filter((h) => {
    if (!h.tags.some((t) => gate.mustPassTags.includes(t))) return false;
    const b = baseById.get(h.id);
    const headFails = h.status === 'fail' || h.trials.some((t) => t.error?.origin === 'target');
    const baseFails = b !== undefined && b.status === 'fail';
    return headFails && (gate.mustPass === 'strict' || !baseFails);
  });
  if (suspects.length === 0) return head;
  args.log?.(`confirming ${suspects.length} failing must-pass ${suspects.length === 1 ? 'case' : 'cases'} with ${gate.confirmTrials} more head trials each`);
  throwIfCancelled(args.signal);
  const confirmed = await args.head.run(
    suspects.map((s) => byId.get(s.id)!),
    { firstTrial: args.trials, trials: gate.confirmTrials },
  );
  throwIfCancelled(args.signal);
  const extra = new Map(confirmed.cases.map((c) => [c.id, c.trials]));
  return head.map((h) => (extra.has(h.id) ? { ...h, confirmTrials: extra.get(h.id) } : h));
}
