import { z } from 'zod';
import type { PriceSpec } from '../config/schema.js';
import { costOf, isSnapshotOf } from '../pricing/index.js';
import type { Step, Usage } from '../results/schema.js';
import { addCost, addUsage } from '../results/usage.js';
import { canonicalJson } from '../config/fingerprint.js';
import { nestingProblem } from '../util/nesting.js';
import type { Consumed, TargetOutput } from './target.js';

/**
 * The agent protocol (SPEC §3) as agents write it: snake_case, one JSON object on stdout (command
 * targets) or returned from the exported function (module targets). Unknown step keys are
 * ignored so agents can carry their own annotations; a wrong type on a known key is an error.
 */
const ProtocolUsage = z.object({
  input_tokens: z.number().nonnegative(),
  output_tokens: z.number().nonnegative(),
  cached_tokens: z.number().nonnegative().optional(),
  /** Prompt tokens written to the provider's cache (Anthropic), part of input_tokens. */
  cache_write_tokens: z.number().nonnegative().optional(),
  /** Part of output_tokens spent reasoning. */
  reasoning_tokens: z.number().nonnegative().optional(),
});

const ProtocolStep = z.object({
  type: z.enum(['llm', 'tool', 'retrieval', 'other']),
  name: z.string(),
  input: z.unknown().optional(),
  output: z.unknown().optional(),
  model: z.string().optional(),
  usage: ProtocolUsage.optional(),
  cost_usd: z.number().nonnegative().optional(),
  latency_ms: z.number().nonnegative().optional(),
  error: z.string().optional(),
});

const ProtocolResult = z.object({
  output: z.union([z.string(), z.record(z.string(), z.unknown())], { error: 'expected a string or a JSON object' }),
  steps: z.array(ProtocolStep).optional(),
});

/** A validated agent result, steps mapped to EvalGate's camelCase `Step` (source `agent`). */
export interface AgentResult {
  output: string | Record<string, unknown>;
  steps: Step[];
}

/** How an agent result failed validation, phrased for the report. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`)
    .join('; ');
}

/** Validates an agent's result object and maps it to `AgentResult`. Throws ProtocolError. */
export function parseAgentResult(value: unknown): AgentResult {
  const tooDeep = nestingProblem(value, 'the agent result');
  if (tooDeep) throw new ProtocolError(tooDeep);
  const parsed = ProtocolResult.safeParse(value);
  if (!parsed.success) {
    throw new ProtocolError(`the agent result does not match {"output": string|object, "steps"?: [...]} — ${describeIssues(parsed.error)}`);
  }
  return {
    output: parsed.data.output,
    steps: (parsed.data.steps ?? []).map((s): Step => {
      const step: Step = { type: s.type, name: s.name, source: 'agent' };
      if (s.input !== undefined) step.input = s.input;
      if (s.output !== undefined) step.output = s.output;
      if (s.model !== undefined) step.model = s.model;
      if (s.usage) {
        step.usage = {
          inputTokens: s.usage.input_tokens,
          outputTokens: s.usage.output_tokens,
          cachedTokens: s.usage.cached_tokens ?? 0,
          ...(s.usage.cache_write_tokens !== undefined && { cacheWriteTokens: s.usage.cache_write_tokens }),
          ...(s.usage.reasoning_tokens !== undefined && { reasoningTokens: s.usage.reasoning_tokens }),
        };
      }
      if (s.cost_usd !== undefined) step.costUsd = s.cost_usd;
      if (s.latency_ms !== undefined) step.latencyMs = s.latency_ms;
      if (s.error !== undefined) step.error = s.error;
      return step;
    }),
  };
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Reads a command agent's stdout. The whole stdout may be one (possibly pretty-printed) JSON
 * object; otherwise the result is the LAST non-empty line that parses as a JSON object, so an
 * agent whose libraries log to stdout before the result still works. Throws ProtocolError.
 */
export function parseAgentStdout(stdout: string): AgentResult {
  const whole = parseObject(stdout.trim());
  if (whole) return parseAgentResult(whole);
  const lines = stdout.split(/\r?\n/).filter((line) => line.trim() !== '');
  for (let i = lines.length - 1; i >= 0; i--) {
    const candidate = parseObject(lines[i].trim());
    if (candidate) return parseAgentResult(candidate);
  }
  const shown = stdout.trim() === '' ? 'stdout was empty' : `last line: ${JSON.stringify(lines.at(-1)!.slice(0, 120))}`;
  throw new ProtocolError(`stdout has no JSON object line {"output": ...} (${shown}); print the result as one JSON line, logs to stderr`);
}

/** True when the agent's model name and the proxy's describe the same model (dated snapshots included). */
function sameModel(agent: string | undefined, proxy: string | undefined): boolean {
  if (agent === undefined || proxy === undefined) return true;
  return isSnapshotOf(proxy, agent) || isSnapshotOf(agent, proxy);
}

/** A tool call's identity across the agent's report and the proxy's recording: tool name and arguments. */
const toolKey = (step: Step): string => `${step.name}\u0000${canonicalJson(step.input ?? null)}`;

/**
 * One trace from what the agent reported and what the recording proxy measured.
 *
 * - The agent's steps keep their order.
 * - Each agent `llm` step is matched to the next proxy model call (in time order, after the
 *   previously matched one; embeddings calls are never matched) with an agreeing model (same name,
 *   or one is a dated snapshot of the other; a step without a model agrees with any). A matched
 *   step becomes the proxy's measured step (usage, cost, latency, input, output) under the agent's
 *   name: the call is counted once.
 * - Each agent `tool` step is matched the same way to a recorded tool step (a tool result the
 *   agent sent back through the proxy) with the same tool name and arguments; the agent's report is
 *   kept (it has the latency and the output it saw) and the recorded one dropped.
 * - Proxy steps the agent did not report are inserted before the next matched proxy step that
 *   came after them, or at the end: the trace stays in call order wherever the agent gave anchors.
 * - Agent `llm` steps without a match (calls that bypassed the proxy, e.g. another provider) stay
 *   as reported and count with their own usage and cost.
 */
export function mergeSteps(agentSteps: readonly Step[], proxySteps: readonly Step[]): Step[] {
  const merged: Step[] = [];
  // Reported tool calls not found in order: their recorded twins are dropped at the end.
  const unanchored: Step[] = [];
  let next = 0;
  const find = (accepts: (candidate: Step) => boolean): number => {
    for (let k = next; k < proxySteps.length; k++) if (accepts(proxySteps[k])) return k;
    return -1;
  };
  for (const step of agentSteps) {
    if (step.type === 'tool') {
      const match = find((c) => c.type === 'tool' && toolKey(c) === toolKey(step));
      if (match === -1) unanchored.push(step);
      else {
        merged.push(...proxySteps.slice(next, match));
        next = match + 1;
      }
      merged.push(step);
      continue;
    }
    if (step.type !== 'llm') {
      merged.push(step);
      continue;
    }
    const match = find((c) => c.type === 'llm' && c.api !== 'embeddings' && sameModel(step.model, c.model ?? c.name));
    if (match === -1) {
      merged.push(step);
      continue;
    }
    merged.push(...proxySteps.slice(next, match));
    const measured = proxySteps[match];
    merged.push({ ...measured, name: step.name || measured.name, ...(step.error && !measured.error ? { error: step.error } : {}) });
    next = match + 1;
  }
  merged.push(...proxySteps.slice(next));
  for (const reported of unanchored) {
    const twin = merged.findIndex((s) => s.type === 'tool' && s.source === 'proxy' && toolKey(s) === toolKey(reported));
    if (twin !== -1) merged.splice(twin, 1);
  }
  return merged;
}

export interface StepTotals {
  usage: Usage;
  /** null when some step's price (or usage) is unknown. */
  costUsd: number | null;
  /** The part of `costUsd` paid now: steps not answered from the response cache. */
  liveCostUsd: number | null;
  /** The part of `costUsd` answered from the response cache (`cached` steps): not paid again. */
  replayedCostUsd: number | null;
  unknownPriceModels: string[];
}

/**
 * Usage and cost of a merged trace. A step's `costUsd` wins (null: price unknown); a step with
 * usage and a model but no cost is priced from the table (or the suite's `pricing`); usage without
 * a model makes the cost unknown, and so does a model answer whose usage was not reported.
 */
export function totalsOfSteps(steps: readonly Step[], pricing: Record<string, PriceSpec>): StepTotals {
  let usage: Usage = { inputTokens: 0, cachedTokens: 0, outputTokens: 0 };
  let live: number | null = 0;
  let replayed: number | null = 0;
  const unknown = new Set<string>();
  for (const step of steps) {
    if (step.usage) usage = addUsage(usage, step.usage);
    let cost: number | null;
    if (typeof step.costUsd === 'number') cost = step.costUsd;
    else if (step.costUsd === null) cost = null;
    else if (!step.usage) cost = 0;
    else cost = step.model ? costOf(step.model, step.usage, pricing) : null;
    if (cost === null) unknown.add(step.usage ? (step.model ?? step.name) : `${step.model ?? step.name} (usage not reported)`);
    if (step.cached) replayed = addCost(replayed, cost);
    else live = addCost(live, cost);
  }
  return { usage, costUsd: addCost(live, replayed), liveCostUsd: live, replayedCostUsd: replayed, unknownPriceModels: [...unknown].sort() };
}

/** What the recording proxy measured for one run (see src/proxy/recording-proxy.ts). */
export interface MeasuredRun {
  steps: Step[];
  cacheHits: number;
  requests: number;
  /** Model calls passed through without being recorded. */
  unrecorded: number;
  latencyAdjustMs: number;
}

/**
 * What a run that failed had already used, from what the proxy recorded: calls the provider
 * answered were billed whether or not the agent then crashed.
 */
export function consumedBy(measured: MeasuredRun, pricing: Record<string, PriceSpec>): Consumed {
  const totals = totalsOfSteps(measured.steps, pricing);
  return {
    usage: totals.usage,
    costUsd: totals.costUsd,
    replayedCostUsd: totals.replayedCostUsd,
    cacheHits: measured.cacheHits,
    requests: measured.requests,
    unrecordedCalls: measured.unrecorded,
    unknownPriceModels: totals.unknownPriceModels,
  };
}

/**
 * A command or module run's TargetOutput. Latency is the agent's wall time, with calls answered
 * from the response cache counted at their recorded latency (so a replayed run reports what it
 * took when recorded); usage and cost are the merged trace's totals.
 */
export function agentOutput(result: AgentResult, measured: MeasuredRun, wallMs: number, pricing: Record<string, PriceSpec>): TargetOutput {
  const steps = mergeSteps(result.steps, measured.steps);
  const totals = totalsOfSteps(steps, pricing);
  return {
    output: result.output,
    steps,
    usage: totals.usage,
    costUsd: totals.costUsd,
    replayedCostUsd: totals.replayedCostUsd,
    latencyMs: Math.max(0, Math.round(wallMs + measured.latencyAdjustMs)),
    cacheHits: measured.cacheHits,
    requests: measured.requests,
    unrecordedCalls: measured.unrecorded,
    unknownPriceModels: totals.unknownPriceModels,
  };
}
