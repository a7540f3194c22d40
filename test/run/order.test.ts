import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/config/suite.js';
import { runOrder } from '../../src/run/order.js';

const aCase = (id: string, tags: string[] = []): Case => ({ id, input: {}, tags, checks: [], source: { file: 'x', line: 1 } });

describe('runOrder', () => {
  const cases = [aCase('a'), aCase('b', ['critical']), aCase('c'), aCase('d', ['smoke']), aCase('e'), aCase('f')];

  it('puts always-included and must-pass cases first, in suite order, then the rest by seeded rank', () => {
    const order = runOrder(cases, 7, ['smoke', 'critical']).map((c) => c.id);
    expect(order.slice(0, 2)).toEqual(['b', 'd']);
    expect(new Set(order)).toEqual(new Set(cases.map((c) => c.id)));
  });

  it('does not depend on how the suite file is arranged, and changes with the seed', () => {
    const rest = (seed: number, list: Case[]) => runOrder(list, seed, []).map((c) => c.id);
    expect(rest(7, cases)).toEqual(rest(7, [...cases].reverse()));
    const seeds = new Set([1, 2, 3, 4, 5].map((s) => rest(s, cases).join()));
    expect(seeds.size).toBeGreaterThan(1);
  });
});
