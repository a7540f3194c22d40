import type { Step, TrialResult } from '../../results/schema.js';
import { costScale, count, duration, usd } from '../../util/numbers.js';
import { formatSize, plural } from '../format.js';
import { bytes, table, type Context } from './context.js';

function compactJson(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A step's arguments or result on one line, cut to the limit with the full size noted. */
function stepValue(ctx: Context, value: unknown): string {
  if (value === undefined) return '—';
  const raw = compactJson(value);
  const max = ctx.limits.stepValue;
  return ctx.r.inlineText(raw, max) + (raw.length > max ? ` _(${formatSize(bytes(raw))})_` : '');
}

function tokensCell(step: Step): string {
  if (!step.usage) return '—';
  const cached = step.usage.cachedTokens > 0 ? ` (${count(step.usage.cachedTokens)} cached)` : '';
  return `${count(step.usage.inputTokens)} → ${count(step.usage.outputTokens)}${cached}`;
}

function stepRow(ctx: Context, step: Step, index: number, scale: { unit: string; factor: number }): string[] {
  const { r } = ctx;
  // `gpt-4o-mini (gpt-4o-mini)` says nothing twice: the model only when it differs from the name.
  const model = step.model && step.model !== step.name ? ` (${r.inlineText(step.model, 60)})` : '';
  const name = `${step.type} ${r.inlineCode(step.name, 60)}${model}${step.error ? ` ⚠️ ${r.inlineText(step.error, 200)}` : ''}`;
  const cost = step.costUsd === undefined ? '—' : step.costUsd === null ? 'unknown' : usd(step.costUsd * scale.factor);
  const latency = step.latencyMs === undefined ? '—' : duration(step.latencyMs);
  const io = step.input === undefined && step.output === undefined ? '—' : `${stepValue(ctx, step.input)} → ${stepValue(ctx, step.output)}`;
  return [String(index + 1), name, latency, tokensCell(step), cost, io];
}

/** `— 3 steps, 1,234 tokens, 850 ms`: what follows a trace's name. */
function traceFacts(trial: TrialResult): string {
  const tokens = trial.usage.inputTokens + trial.usage.outputTokens;
  return `— ${plural(trial.steps.length, 'step')}, ${count(tokens)} tokens, ${duration(trial.latencyMs)}`;
}

/** Latency, tokens and cost first and arguments last: the numbers stay in view, the long text wraps. */
function traceTable(ctx: Context, trial: TrialResult): string {
  const max = ctx.limits.stepRows;
  const scale = costScale(trial.steps.map((s) => s.costUsd ?? null));
  const rows = trial.steps.slice(0, max).map((step, i) => stepRow(ctx, step, i, scale));
  if (trial.steps.length > max) rows.push(['…', plural(trial.steps.length - max, 'more step'), '', '', '', '']);
  const costHead = scale.factor === 1 ? 'Cost' : `Cost per ${scale.unit.replace('cases', 'runs')}`;
  return table(['#', 'Step', 'Latency', 'Tokens in → out', costHead, 'Arguments → result'], ['r', 'l', 'r', 'r', 'r', 'l'], rows);
}

/**
 * A chat target makes one model call whose arguments are the rendered prompt (its diff is above)
 * and whose result is the output (shown above): a table would only repeat both.
 */
function isSingleChatCall(trial: TrialResult): boolean {
  const [only] = trial.steps;
  return trial.steps.length === 1 && only.type === 'llm' && (only.source === 'target' || compactJson(only.output) === trial.output);
}

function callFacts(ctx: Context, head: TrialResult, base: TrialResult | null): string {
  const step = head.steps[0];
  const pair = (h: string, b: string | null): string => (b === null ? h : `${h} / ${b}`);
  const both = base !== null && isSingleChatCall(base) ? base : null;
  const tokens = (t: TrialResult): string => `${count(t.usage.inputTokens)} → ${count(t.usage.outputTokens)}`;
  const scale = costScale([head.costUsd, both?.costUsd ?? null]);
  const cost = (t: TrialResult): string => (t.costUsd === null ? 'unknown' : usd(t.costUsd * scale.factor));
  const label = both ? 'head / base' : 'head';
  const costText = scale.factor === 1 ? `cost ${pair(cost(head), both && cost(both))}` : `cost per 1k runs ${pair(cost(head), both && cost(both))}`;
  return (
    `**Model call** (${label}): ${ctx.r.inlineCode(step.model ?? step.name, 60)} · tokens in → out ${pair(tokens(head), both && tokens(both))} · ` +
    `${pair(duration(head.latencyMs), both && duration(both.latencyMs))} · ${costText}`
  );
}

/**
 * The head trial's steps, then the base trial's folded away: what the agent did differently is
 * often the answer to why the case regressed, and the head trace is what the reader looks at first.
 */
export function traceSections(ctx: Context, head: TrialResult, base: TrialResult | null): string[] {
  if (head.steps.length === 0) return [];
  if (isSingleChatCall(head)) return [callFacts(ctx, head, base)];
  const out = [`**Trace (head)** ${traceFacts(head)}\n\n${traceTable(ctx, head)}`];
  if (base && base.steps.length > 0) {
    out.push(`<details>\n<summary>Trace (base) ${traceFacts(base)}</summary>\n\n${traceTable(ctx, base)}\n\n</details>`);
  }
  return out;
}
