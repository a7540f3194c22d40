import { describe, expect, it } from 'vitest';
import type { PriceSpec } from '../../src/config/schema.js';
import { costOf, priceFor, PRICE_TABLE } from '../../src/pricing/index.js';
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
  ];
  it.each(cases)('$model → $key', ({ model, key }) => {
    expect(priceFor(model, none)?.model ?? null).toBe(key);
  });

  it('lets a suite override win over the table, also for dated snapshots', () => {
    const overrides: Record<string, PriceSpec> = { 'gpt-4o-mini': { input: 1, output: 2 } };
    expect(priceFor('gpt-4o-mini-2024-07-18', overrides)).toEqual({ model: 'gpt-4o-mini', input: 1, cachedInput: null, output: 2, source: 'suite' });
    expect(priceFor('gpt-4o', overrides)?.source).toBe('table');
  });

  it('prices every table row with cached input at or below input', () => {
    for (const [model, row] of Object.entries(PRICE_TABLE)) {
      expect(row.cachedInput ?? row.input, model).toBeLessThanOrEqual(row.input);
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
    { name: 'unknown model with no tokens is still unknown', model: 'mystery', usage: usage(0, 0, 0), usd: null },
  ];
  it.each(cases)('$name', ({ model, usage: u, overrides, usd }) => {
    const cost = costOf(model, u, overrides ?? none);
    if (usd === null) expect(cost).toBeNull();
    else expect(cost).toBeCloseTo(usd, 12);
  });
});
