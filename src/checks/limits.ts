import type { Step, Usage } from '../results/schema.js';
import { groupDigits, parseDurationMs } from '../util/units.js';
import { usd } from '../util/numbers.js';
import { type CheckOutcome, fail, pass } from './text.js';

/** `850ms`, `23.1s`, `2m 5s`. */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(1))}s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms - minutes * 60_000) / 1000);
  return seconds === 0 ? `${minutes}m` : `${minutes}m ${seconds}s`;
}

/** Money in check reasons reads as everywhere else (src/util/numbers.ts): `$0.0123`, `$1.50`. */
export const formatUsd = usd;

export function checkMaxLatency(latencyMs: number, limit: number | string): CheckOutcome {
  const limitMs = parseDurationMs(limit);
  const shown = typeof limit === 'number' ? `${limit}s` : limit.trim();
  return latencyMs <= limitMs ? pass(`latency ${formatMs(latencyMs)} ≤ ${shown}`) : fail(`latency ${formatMs(latencyMs)} > ${shown}`);
}

/** An unknown cost fails: a budget check that cannot be evaluated must not silently pass. */
export function checkMaxCost(costUsd: number | null, limit: number): CheckOutcome {
  if (costUsd === null) return fail('cost unknown (a model has no price; add it under `pricing`)');
  return costUsd <= limit ? pass(`cost ${formatUsd(costUsd)} ≤ ${formatUsd(limit)}`) : fail(`cost ${formatUsd(costUsd)} > ${formatUsd(limit)}`);
}

/** Input plus output tokens of the system under test (cached input tokens are part of input). */
export function checkMaxTokens(usage: Usage, limit: number): CheckOutcome {
  const tokens = usage.inputTokens + usage.outputTokens;
  return tokens <= limit ? pass(`${groupDigits(tokens)} tokens ≤ ${groupDigits(limit)}`) : fail(`${groupDigits(tokens)} tokens > ${groupDigits(limit)}`);
}

export function checkMaxSteps(steps: Step[], limit: number): CheckOutcome {
  const n = steps.length;
  const noun = n === 1 ? 'step' : 'steps';
  return n <= limit ? pass(`${n} ${noun} ≤ ${limit}`) : fail(`${n} ${noun} > ${limit}`);
}
