import { describe, expect, it } from 'vitest';
import type { PriceSpec } from '../../src/config/schema.js';
import { costOf, costOfCall, priceFor, PRICE_SOURCES, PRICE_TABLE } from '../../src/pricing/index.js';
import type { Usage } from '../../src/results/schema.js';

const none: Record<string, PriceSpec> = {};
const usage = (inputTokens: number, cachedTokens: number, outputTokens: number): Usage => ({ inputTokens, cachedTokens, outputTokens });

describe('priceFor', () => {
  const cases: { model: string; key: string | null }[] = [
    { model: 'gpt-4o-mini', key: 'gpt-4o-mini' },
    { model: 'gpt-4o-mini-2024-07-18', key: 'gpt-4o-mini' },
    { model: 'gpt-4o-2024-08-06', key: 'gpt-4o' },
    { model: 'gpt-5-mini-2025-08-07', key: 'gpt-5-mini' },
    { model: 'gpt-4.1-nano-2025-04-14', key: 'gpt-4.1-nano' },
    { model: 'o3-mini-2025-01-31', key: 'o3-mini' },
    { model: 'o3-2025-04-16', key: 'o3' },
    { model: 'gpt-5.1', key: 'gpt-5.1' },
    // Different products that share a prefix must not inherit the family's price.
    { model: 'o3-deep-research', key: null },
    { model: 'gpt-5.3', key: null },
    { model: 'gpt-4o-mini-tts', key: null },
    { model: 'llama3.1:8b', key: null },
    { model: 'claude-3-5-haiku-20241022', key: 'claude-3-5-haiku' },
    { model: 'claude-3-5-sonnet-latest', key: 'claude-3-5-sonnet' },
    { model: 'claude-sonnet-4-20250514', key: 'claude-sonnet-4' },
    { model: 'claude-sonnet-4-5-20250929', key: 'claude-sonnet-4-5' },
    { model: 'claude-opus-4-1-20250805', key: 'claude-opus-4-1' },
    { model: 'gemini-1.5-flash-002', key: 'gemini-1.5-flash' },
    { model: 'gemini-2.0-flash-001', key: 'gemini-2.0-flash' },
    { model: 'gemini-2.0-flash-lite', key: 'gemini-2.0-flash-lite' },
    { model: 'models/gemini-2.5-pro', key: 'gemini-2.5-pro' },
    // A preview, or a minor version the table does not list, is another price until listed.
    { model: 'gemini-2.5-flash-preview-05-20', key: null },
    { model: 'claude-opus-4-5', key: null },
    { model: 'claude-sonnet-4-7', key: null },
  ];
  it.each(cases)('$model → $key', ({ model, key }) => {
    expect(priceFor(model, none)?.model ?? null).toBe(key);
  });

  it('lets a suite override win over the table, also for dated snapshots', () => {
    const overrides: Record<string, PriceSpec> = { 'gpt-4o-mini': { input: 1, output: 2 } };
    expect(priceFor('gpt-4o-mini-2024-07-18', overrides)).toEqual({
      model: 'gpt-4o-mini',
      input: 1,
      cachedInput: null,
      cacheWrite: null,
      output: 2,
      source: 'suite',
      longContext: null,
    });
    expect(priceFor('gpt-4o', overrides)?.source).toBe('table');
  });

  it('prices every table row with cached input at or below input, from a dated source', () => {
    for (const [model, row] of Object.entries(PRICE_TABLE)) {
      expect(row.cachedInput ?? row.input, model).toBeLessThanOrEqual(row.input);
      expect(PRICE_SOURCES[row.provider].asOf, model).toMatch(/^\d{4}-\d{2}$/);
      expect(PRICE_SOURCES[row.provider].url, model).toMatch(/^https:\/\//);
    }
  });
});

describe('costOf', () => {
  const cases: { name: string; model: string; usage: Usage; overrides?: Record<string, PriceSpec>; usd: number | null }[] = [
    { name: 'gpt-4o-mini, no cache', model: 'gpt-4o-mini', usage: usage(1_000_000, 0, 1_000_000), usd: 0.15 + 0.6 },
    { name: 'gpt-4o-mini, cached half', model: 'gpt-4o-mini', usage: usage(1_000_000, 500_000, 0), usd: 0.5 * 0.15 + 0.5 * 0.075 },
    { name: 'gpt-4.1 small call', model: 'gpt-4.1', usage: usage(1200, 1024, 300), usd: (176 * 2 + 1024 * 0.5 + 300 * 8) / 1e6 },
    { name: 'dated snapshot', model: 'gpt-4o-2024-08-06', usage: usage(2000, 0, 100), usd: (2000 * 2.5 + 100 * 10) / 1e6 },
    { name: 'gpt-5-nano', model: 'gpt-5-nano', usage: usage(10_000, 0, 10_000), usd: (10_000 * 0.05 + 10_000 * 0.4) / 1e6 },
    {
      name: 'override with cached price',
      model: 'my-finetune',
      usage: usage(1_000_000, 400_000, 1_000_000),
      overrides: { 'my-finetune': { input: 3, 'cached-input': 1.5, output: 12 } },
      usd: 0.6 * 3 + 0.4 * 1.5 + 12,
    },
    {
      name: 'override without cached price bills cached tokens at the input rate',
      model: 'my-finetune',
      usage: usage(1_000_000, 400_000, 0),
      overrides: { 'my-finetune': { input: 3, output: 12 } },
      usd: 3,
    },
    { name: 'unknown model', model: 'llama3.1:8b', usage: usage(100, 0, 100), usd: null },
    // Reasoning tokens are part of the output tokens: reported, not billed twice.
    { name: 'o4-mini with reasoning', model: 'o4-mini', usage: { ...usage(1000, 0, 800), reasoningTokens: 600 }, usd: (1000 * 1.1 + 800 * 4.4) / 1e6 },
    {
      name: 'Claude cache read and cache write at their own rates',
      model: 'claude-3-5-haiku-20241022',
      usage: { ...usage(10_000, 6_000, 500), cacheWriteTokens: 3_000 },
      usd: (1_000 * 0.8 + 6_000 * 0.08 + 3_000 * 1.0 + 500 * 4) / 1e6,
    },
    { name: 'Claude Opus 4', model: 'claude-opus-4-20250514', usage: usage(2_000, 0, 1_000), usd: (2_000 * 15 + 1_000 * 75) / 1e6 },
    { name: 'Sonnet 4 at 200k tokens: the base rate', model: 'claude-sonnet-4', usage: usage(200_000, 0, 1_000), usd: (200_000 * 3 + 1_000 * 15) / 1e6 },
    {
      name: 'Sonnet 4 above 200k tokens: the long-context rate',
      model: 'claude-sonnet-4',
      usage: usage(200_001, 0, 1_000),
      usd: (200_001 * 6 + 1_000 * 22.5) / 1e6,
    },
    {
      name: 'Gemini 2.5 Flash with cached input',
      model: 'gemini-2.5-flash',
      usage: usage(4_000, 1_000, 2_000),
      usd: (3_000 * 0.3 + 1_000 * 0.075 + 2_000 * 2.5) / 1e6,
    },
    { name: 'Gemini 2.5 Pro above 200k tokens', model: 'gemini-2.5-pro', usage: usage(300_000, 0, 1_000), usd: (300_000 * 2.5 + 1_000 * 15) / 1e6 },
    { name: 'Gemini 1.5 Pro above 128k tokens', model: 'gemini-1.5-pro-002', usage: usage(130_000, 0, 0), usd: (130_000 * 2.5) / 1e6 },
    { name: 'embeddings bill input only', model: 'text-embedding-3-small', usage: usage(10_000, 0, 0), usd: (10_000 * 0.02) / 1e6 },
    {
      name: 'a suite price with a cache-write rate',
      model: 'my-claude',
      usage: { ...usage(1_000_000, 0, 0), cacheWriteTokens: 1_000_000 },
      overrides: { 'my-claude': { input: 2, 'cache-write': 2.5, output: 10 } },
      usd: 2.5,
    },
    {
      name: 'cache-write tokens without a cache-write rate cost the input rate',
      model: 'gpt-4o-mini',
      usage: { ...usage(1_000_000, 0, 0), cacheWriteTokens: 1_000_000 },
      usd: 0.15,
    },
    { name: 'unknown model with no tokens is still unknown', model: 'mystery', usage: usage(0, 0, 0), usd: null },
  ];
  it.each(cases)('$name', ({ model, usage: u, overrides, usd }) => {
    const cost = costOf(model, u, overrides ?? none);
    if (usd === null) expect(cost).toBeNull();
    else expect(cost).toBeCloseTo(usd, 12);
  });
});

describe('costOfCall', () => {
  const u = usage(1_000_000, 0, 0);
  it.each<{ name: string; models: (string | null)[]; usd: number | null }>([
    {
      name: 'an Azure deployment named like a cheaper model is priced as the model it serves',
      models: ['gpt-4o', 'gpt-4o-mini', 'gpt-4o-2024-08-06'],
      usd: 2.5,
    },
    { name: 'a deployment with an unknown name falls back to the model the provider echoed', models: [null, 'prod-chat', 'gpt-4o-mini-2024-07-18'], usd: 0.15 },
    { name: 'no known name: unknown, never 0', models: [null, 'prod-chat', 'prod-chat'], usd: null },
  ])('$name', ({ models, usd }) => {
    const cost = costOfCall(models, u, none);
    if (usd === null) expect(cost).toBeNull();
    else expect(cost).toBeCloseTo(usd, 12);
  });
});
