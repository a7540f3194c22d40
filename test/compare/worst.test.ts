import { describe, expect, it } from 'vitest';
import { worstDecision, worstFirst } from '../../src/compare/worst.js';

describe('worstDecision', () => {
  it('an error outranks a failure, a failure everything that may merge', () => {
    expect(worstDecision(['pass', 'fail', 'error', 'not-applicable'])).toBe('error');
    expect(worstDecision(['pass', 'approved', 'fail'])).toBe('fail');
    expect(worstDecision(['pass', 'inconclusive', 'approved'])).toBe('inconclusive');
    expect(worstDecision(['not-applicable', 'pass'])).toBe('pass');
  });

  it('no suite at all is not applicable', () => {
    expect(worstDecision([])).toBe('not-applicable');
  });
});

describe('worstFirst', () => {
  it('orders by decision, keeping the given order among equals', () => {
    const suites = [
      { name: 'a', d: 'pass' },
      { name: 'b', d: 'not-applicable' },
      { name: 'c', d: 'fail' },
      { name: 'd', d: 'pass' },
      { name: 'e', d: 'error' },
    ] as const;
    expect(worstFirst(suites, (s) => s.d).map((s) => s.name)).toEqual(['e', 'c', 'a', 'd', 'b']);
  });
});
