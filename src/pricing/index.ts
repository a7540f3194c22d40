import type { PriceSpec } from '../config/schema.js';
import type { Usage } from '../results/schema.js';

/** A resolved price, USD per 1M tokens. */
export interface Price {
  /** The table or suite key that matched (e.g. `gpt-4o-mini` for `gpt-4o-mini-2024-07-18`). */
  model: string;
  input: number;
  /** null when the model has no discounted cached-input rate (cached tokens then cost `input`). */
  cachedInput: number | null;
  output: number;
  source: 'suite' | 'table';
}

interface TableRow {
  input: number;
  cachedInput: number | null;
  output: number;
}

/**
 * OpenAI standard-tier list prices, USD per 1M tokens (input / cached input / output).
 * Source: platform.openai.com/docs/pricing as known in mid-2025, cross-checked in 2026 against
 * third-party copies of that page (deploybase.ai, benchlm.ai, llmcalc.app). Prices change: a suite
 * `pricing:` entry overrides any row here. Models missing here cost `null` (unknown), never 0.
 * "pro" and deep-research variants are listed so that the family rows never price them.
 */
export const PRICE_TABLE: Readonly<Record<string, TableRow>> = {
  'gpt-5': { input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5-chat-latest': { input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5-codex': { input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5-mini': { input: 0.25, cachedInput: 0.025, output: 2 },
  'gpt-5-nano': { input: 0.05, cachedInput: 0.005, output: 0.4 },
  'gpt-5-pro': { input: 15, cachedInput: null, output: 120 },
  'gpt-5.1': { input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5.1-chat-latest': { input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5.1-codex': { input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5.2': { input: 1.75, cachedInput: 0.175, output: 14 },
  'gpt-5.4': { input: 2.5, cachedInput: 0.25, output: 15 },
  'gpt-5.4-mini': { input: 0.75, cachedInput: 0.075, output: 4.5 },
  'gpt-5.4-nano': { input: 0.2, cachedInput: 0.02, output: 1.25 },
  'gpt-4.1': { input: 2, cachedInput: 0.5, output: 8 },
  'gpt-4.1-mini': { input: 0.4, cachedInput: 0.1, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, cachedInput: 0.025, output: 0.4 },
  'gpt-4o': { input: 2.5, cachedInput: 1.25, output: 10 },
  'gpt-4o-mini': { input: 0.15, cachedInput: 0.075, output: 0.6 },
  'gpt-4-turbo': { input: 10, cachedInput: null, output: 30 },
  'gpt-3.5-turbo': { input: 0.5, cachedInput: null, output: 1.5 },
  o1: { input: 15, cachedInput: 7.5, output: 60 },
  'o1-mini': { input: 1.1, cachedInput: 0.55, output: 4.4 },
  'o1-pro': { input: 150, cachedInput: null, output: 600 },
  o3: { input: 2, cachedInput: 0.5, output: 8 },
  'o3-mini': { input: 1.1, cachedInput: 0.55, output: 4.4 },
  'o3-pro': { input: 20, cachedInput: null, output: 80 },
  'o4-mini': { input: 1.1, cachedInput: 0.275, output: 4.4 },
};

/** `-2024-07-18` (OpenAI snapshots) or `-0613` (older ones): the same model at a fixed date. */
const SNAPSHOT_SUFFIX = /^-(\d{4}-\d{2}-\d{2}|\d{4})$/;

/**
 * The longest key that is `model` itself or `model` minus a dated snapshot suffix. Anything else
 * after the key (`gpt-5.2`, `o3-deep-research`) is a different product and must not inherit a
 * family's price, so it stays unknown.
 */
function lookup<T>(table: Readonly<Record<string, T>>, model: string): { key: string; row: T } | null {
  const exact = table[model];
  if (exact !== undefined) return { key: model, row: exact };
  let best: string | null = null;
  for (const key of Object.keys(table)) {
    if (model.startsWith(key) && SNAPSHOT_SUFFIX.test(model.slice(key.length)) && (best === null || key.length > best.length)) {
      best = key;
    }
  }
  return best === null ? null : { key: best, row: table[best] as T };
}

/** The price of `model`: a suite `pricing` entry wins over the built-in table; null when unknown. */
export function priceFor(model: string, overrides: Record<string, PriceSpec>): Price | null {
  const own = lookup(overrides, model);
  if (own) {
    return { model: own.key, input: own.row.input, cachedInput: own.row['cached-input'] ?? null, output: own.row.output, source: 'suite' };
  }
  const known = lookup(PRICE_TABLE, model);
  return known ? { model: known.key, ...known.row, source: 'table' } : null;
}

/**
 * USD for one call. Cached input tokens are part of `inputTokens` and billed at the cached rate
 * (the input rate when the model has none). null when the model's price is unknown.
 */
export function costOf(model: string, usage: Usage, overrides: Record<string, PriceSpec>): number | null {
  const price = priceFor(model, overrides);
  if (!price) return null;
  const cached = Math.min(usage.cachedTokens, usage.inputTokens);
  const uncached = usage.inputTokens - cached;
  return (uncached * price.input + cached * (price.cachedInput ?? price.input) + usage.outputTokens * price.output) / 1_000_000;
}
