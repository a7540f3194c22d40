import type { PriceSpec } from '../config/schema.js';
import type { Usage } from '../results/schema.js';

/** Rates in USD per 1M tokens. */
export interface Rates {
  input: number;
  /** null when the model has no discounted cached-input rate (cached tokens then cost `input`). */
  cachedInput: number | null;
  /** null when the provider bills no separate cache write (written tokens then cost `input`). */
  cacheWrite: number | null;
  output: number;
}

/** A resolved price, USD per 1M tokens. */
export interface Price extends Rates {
  /** The table or suite key that matched (e.g. `gpt-4o-mini` for `gpt-4o-mini-2024-07-18`). */
  model: string;
  source: 'suite' | 'table';
  /** Rates for calls whose prompt has more than `above` tokens (long-context tiers); null when flat. */
  longContext: (Rates & { above: number }) | null;
}

export type Provider = 'openai' | 'anthropic' | 'google';

/**
 * Where each provider's rows come from, and as of when. Prices change: a suite `pricing:` entry
 * overrides any row. The Anthropic and Google rows were written without network access, from the
 * author's knowledge of those pages as of the date given; check them against the page when exact
 * figures matter.
 */
export const PRICE_SOURCES: Readonly<Record<Provider, { url: string; asOf: string; note: string }>> = {
  openai: {
    url: 'https://platform.openai.com/docs/pricing',
    asOf: '2026-11',
    note: 'standard tier, as known in mid-2025, cross-checked in 2026 against third-party copies of the page (deploybase.ai, benchlm.ai, llmcalc.app)',
  },
  anthropic: {
    url: 'https://docs.anthropic.com/en/docs/about-claude/pricing',
    asOf: '2025-10',
    note: 'cache write at the 5-minute rate (1.25× input; 1-hour writes cost 2× input), cache read 0.1× input; Sonnet 4 / 4.5 over 200k prompt tokens (1M-context beta) at the long-context rates',
  },
  google: {
    url: 'https://ai.google.dev/gemini-api/docs/pricing',
    asOf: '2025-10',
    note: 'Gemini API paid tier, text input; context-cache storage per hour is not billed per call and not included; prompts over 200k (2.5 Pro) or 128k (1.5) tokens at the long-context rates',
  },
};

interface TableRow extends Rates {
  provider: Provider;
  longContext?: Rates & { above: number };
}

const openai = (input: number, cachedInput: number | null, output: number): TableRow => ({ provider: 'openai', input, cachedInput, cacheWrite: null, output });
/** Anthropic bills a cache read at 0.1× and a 5-minute cache write at 1.25× the input rate. */
const anthropic = (input: number, output: number, longContext?: { above: number; input: number; output: number }): TableRow => ({
  provider: 'anthropic',
  input,
  cachedInput: input * 0.1,
  cacheWrite: input * 1.25,
  output,
  ...(longContext && { longContext: { ...longContext, cachedInput: longContext.input * 0.1, cacheWrite: longContext.input * 1.25 } }),
});
const google = (
  input: number,
  cachedInput: number | null,
  output: number,
  longContext?: { above: number; input: number; cachedInput: number | null; output: number },
): TableRow => ({
  provider: 'google',
  input,
  cachedInput,
  cacheWrite: null,
  output,
  ...(longContext && { longContext: { ...longContext, cacheWrite: null } }),
});

/**
 * List prices, USD per 1M tokens, with their sources in PRICE_SOURCES. Models missing here cost
 * `null` (unknown), never 0. "pro" and deep-research variants are listed so that the family rows
 * never price them.
 */
export const PRICE_TABLE: Readonly<Record<string, TableRow>> = {
  'gpt-5': openai(1.25, 0.125, 10),
  'gpt-5-chat-latest': openai(1.25, 0.125, 10),
  'gpt-5-codex': openai(1.25, 0.125, 10),
  'gpt-5-mini': openai(0.25, 0.025, 2),
  'gpt-5-nano': openai(0.05, 0.005, 0.4),
  'gpt-5-pro': openai(15, null, 120),
  'gpt-5.1': openai(1.25, 0.125, 10),
  'gpt-5.1-chat-latest': openai(1.25, 0.125, 10),
  'gpt-5.1-codex': openai(1.25, 0.125, 10),
  'gpt-5.2': openai(1.75, 0.175, 14),
  'gpt-5.4': openai(2.5, 0.25, 15),
  'gpt-5.4-mini': openai(0.75, 0.075, 4.5),
  'gpt-5.4-nano': openai(0.2, 0.02, 1.25),
  'gpt-4.1': openai(2, 0.5, 8),
  'gpt-4.1-mini': openai(0.4, 0.1, 1.6),
  'gpt-4.1-nano': openai(0.1, 0.025, 0.4),
  'gpt-4o': openai(2.5, 1.25, 10),
  'gpt-4o-mini': openai(0.15, 0.075, 0.6),
  'gpt-4-turbo': openai(10, null, 30),
  'gpt-3.5-turbo': openai(0.5, null, 1.5),
  o1: openai(15, 7.5, 60),
  'o1-mini': openai(1.1, 0.55, 4.4),
  'o1-pro': openai(150, null, 600),
  o3: openai(2, 0.5, 8),
  'o3-mini': openai(1.1, 0.55, 4.4),
  'o3-pro': openai(20, null, 80),
  'o4-mini': openai(1.1, 0.275, 4.4),
  // Embeddings: input only.
  'text-embedding-3-small': openai(0.02, null, 0),
  'text-embedding-3-large': openai(0.13, null, 0),
  'text-embedding-ada-002': openai(0.1, null, 0),

  'claude-3-haiku': anthropic(0.25, 1.25),
  'claude-3-5-haiku': anthropic(0.8, 4),
  'claude-haiku-4-5': anthropic(1, 5),
  'claude-3-5-sonnet': anthropic(3, 15),
  'claude-3-7-sonnet': anthropic(3, 15),
  'claude-sonnet-4': anthropic(3, 15, { above: 200_000, input: 6, output: 22.5 }),
  'claude-sonnet-4-0': anthropic(3, 15, { above: 200_000, input: 6, output: 22.5 }),
  'claude-sonnet-4-5': anthropic(3, 15, { above: 200_000, input: 6, output: 22.5 }),
  'claude-3-opus': anthropic(15, 75),
  'claude-opus-4': anthropic(15, 75),
  'claude-opus-4-0': anthropic(15, 75),
  'claude-opus-4-1': anthropic(15, 75),

  'gemini-1.5-flash-8b': google(0.0375, 0.01, 0.15, { above: 128_000, input: 0.075, cachedInput: 0.02, output: 0.3 }),
  'gemini-1.5-flash': google(0.075, 0.01875, 0.3, { above: 128_000, input: 0.15, cachedInput: 0.0375, output: 0.6 }),
  'gemini-1.5-pro': google(1.25, 0.3125, 5, { above: 128_000, input: 2.5, cachedInput: 0.625, output: 10 }),
  'gemini-2.0-flash-lite': google(0.075, null, 0.3),
  'gemini-2.0-flash': google(0.1, 0.025, 0.4),
  'gemini-2.5-flash-lite': google(0.1, 0.025, 0.4),
  'gemini-2.5-flash': google(0.3, 0.075, 2.5),
  'gemini-2.5-pro': google(1.25, 0.31, 10, { above: 200_000, input: 2.5, cachedInput: 0.625, output: 15 }),
};

/**
 * A name for the same model at a fixed version: `-2024-07-18` / `-0613` (OpenAI snapshots),
 * `-20241022` (Anthropic), `-002` (Gemini), or a `-latest` alias.
 */
export const SNAPSHOT_SUFFIX = /^-(\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|\d{3}|latest)$/;

/** True when `name` is `base` or `base` plus a snapshot suffix. */
export function isSnapshotOf(name: string, base: string): boolean {
  return name === base || (name.startsWith(base) && SNAPSHOT_SUFFIX.test(name.slice(base.length)));
}

/**
 * The longest key that is `model` itself or `model` minus a snapshot suffix. Anything else
 * after the key (`gpt-5.2`, `o3-deep-research`) is a different product and must not inherit a
 * family's price, so it stays unknown. Gemini's `models/` prefix is ignored.
 */
function lookup<T>(table: Readonly<Record<string, T>>, model: string): { key: string; row: T } | null {
  const name = model.replace(/^models\//, '');
  const exact = table[name];
  if (exact !== undefined) return { key: name, row: exact };
  let best: string | null = null;
  for (const key of Object.keys(table)) {
    if (isSnapshotOf(name, key) && (best === null || key.length > best.length)) best = key;
  }
  return best === null ? null : { key: best, row: table[best] };
}

/** The price of `model`: a suite `pricing` entry wins over the built-in table; null when unknown. */
export function priceFor(model: string, overrides: Record<string, PriceSpec>): Price | null {
  const own = lookup(overrides, model);
  if (own) {
    return {
      model: own.key,
      input: own.row.input,
      cachedInput: own.row['cached-input'] ?? null,
      cacheWrite: own.row['cache-write'] ?? null,
      output: own.row.output,
      source: 'suite',
      longContext: null,
    };
  }
  const known = lookup(PRICE_TABLE, model);
  if (!known) return null;
  const { provider: _provider, longContext, ...rates } = known.row;
  return { model: known.key, ...rates, source: 'table', longContext: longContext ?? null };
}

/**
 * USD for one call at `price`. Cached and cache-written tokens are part of `inputTokens` and
 * billed at their own rates (the input rate when the model has none); reasoning tokens are part of
 * `outputTokens`, as every provider bills them, so they are not added again. A prompt above a
 * long-context threshold bills the whole call at the long-context rates.
 */
export function costAt(price: Price, usage: Usage): number {
  const rates = price.longContext && usage.inputTokens > price.longContext.above ? price.longContext : price;
  const cached = Math.min(usage.cachedTokens, usage.inputTokens);
  const written = Math.min(usage.cacheWriteTokens ?? 0, usage.inputTokens - cached);
  const uncached = usage.inputTokens - cached - written;
  return (
    (uncached * rates.input + cached * (rates.cachedInput ?? rates.input) + written * (rates.cacheWrite ?? rates.input) + usage.outputTokens * rates.output) /
    1_000_000
  );
}

/** USD for one call of `model`; null when the model's price is unknown. */
export function costOf(model: string, usage: Usage, overrides: Record<string, PriceSpec>): number | null {
  const price = priceFor(model, overrides);
  return price ? costAt(price, usage) : null;
}

/**
 * USD for one call, priced by the first of `models` whose price is known; null when none is.
 * Pass the most specific name first: the model an Azure deployment serves (the endpoint's
 * `model`), then the requested name (which may be a suite-priced alias or a deployment), then the
 * name the provider echoed (a dated snapshot). A deployment named like a table model is priced as
 * the model it serves only when that model is given.
 */
export function costOfCall(models: readonly (string | null | undefined)[], usage: Usage, overrides: Record<string, PriceSpec>): number | null {
  for (const model of models) {
    if (!model) continue;
    const cost = costOf(model, usage, overrides);
    if (cost !== null) return cost;
  }
  return null;
}
