import { describe, expect, it } from 'vitest';
import { describeToolUseDiff, toolUseDiff } from '../../src/report/tool-diff.js';
import type { Step } from '../../src/results/schema.js';

const tool = (name: string): Step => ({ type: 'tool', name });
const llm: Step = { type: 'llm', name: 'gpt-4o-mini' };

describe('toolUseDiff', () => {
  it.each<[string, Step[], Step[], string | null]>([
    ['a new tool, twice', [llm, tool('lookup_order')], [llm, tool('lookup_order'), tool('refund_payment'), tool('refund_payment')], 'new: refund_payment ×2'],
    ['a tool no longer called', [tool('search_kb'), tool('lookup_order')], [tool('lookup_order')], 'gone: search_kb'],
    ['a tool called more often', [tool('lookup_order')], [tool('lookup_order'), tool('lookup_order'), tool('lookup_order')], 'lookup_order 1→3'],
    ['all at once', [tool('search_kb'), tool('a')], [tool('refund_payment'), tool('a'), tool('a')], 'new: refund_payment; gone: search_kb; a 1→2'],
    ['the same tools (llm steps do not count)', [llm, tool('a')], [tool('a'), llm, llm], null],
  ])('%s', (_name, base, head, expected) => {
    expect(describeToolUseDiff(toolUseDiff(base, head), (n) => n)).toBe(expected);
  });
});
