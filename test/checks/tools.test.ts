import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/index.js';
import type { CheckSpec } from '../../src/config/schema.js';
import type { CheckResult, Step } from '../../src/results/schema.js';
import { envAt, trialWith } from './helpers.js';

const lookup: Step = { type: 'tool', name: 'lookup_order', input: { orderId: 'ORD-1' } };
const refund: Step = { type: 'tool', name: 'refund_payment', input: { orderId: 'ORD-1', amount: 120 } };
const llm: Step = { type: 'llm', name: 'gpt-4o-mini' };
const retrieval: Step = { type: 'retrieval', name: 'refund_payment' };

interface Row {
  name: string;
  tools: NonNullable<CheckSpec['tools']>;
  steps: Step[];
  pass: boolean;
  reason: string;
  violations?: CheckResult['violations'];
}

const rows: Row[] = [
  { name: 'must-call satisfied', tools: { 'must-call': ['lookup_order'] }, steps: [llm, lookup], pass: true, reason: '1 tool call, all permitted' },
  { name: 'must-call missing', tools: { 'must-call': ['lookup_order', 'notify'] }, steps: [llm, lookup], pass: false, reason: 'did not call notify' },
  {
    name: 'must-not-call reports the call with its arguments',
    tools: { 'must-not-call': ['refund_payment'] },
    steps: [lookup, refund],
    pass: false,
    reason: 'called refund_payment({"orderId":"ORD-1","amount":120}), which must not be called',
    violations: [{ name: 'refund_payment', input: { orderId: 'ORD-1', amount: 120 } }],
  },
  {
    name: 'a call outside allowed is a permission violation',
    tools: { allowed: ['lookup_order'] },
    steps: [llm, lookup, refund],
    pass: false,
    reason: 'called refund_payment({"orderId":"ORD-1","amount":120}), which is not allowed',
    violations: [{ name: 'refund_payment', input: { orderId: 'ORD-1', amount: 120 } }],
  },
  {
    name: 'only tool steps count as calls',
    tools: { allowed: ['lookup_order'], 'must-not-call': ['refund_payment'] },
    steps: [llm, retrieval, lookup],
    pass: true,
    reason: '1 tool call, all permitted',
  },
  {
    name: 'an empty allowed list forbids every tool',
    tools: { allowed: [] },
    steps: [{ type: 'tool', name: 'shell' }],
    pass: false,
    reason: 'called shell, which is not allowed',
    violations: [{ name: 'shell' }],
  },
  {
    name: 'several problems in one line',
    tools: { 'must-call': ['notify'], allowed: ['lookup_order'] },
    steps: [refund, refund],
    pass: false,
    reason:
      'did not call notify; called refund_payment({"orderId":"ORD-1","amount":120}), which is not allowed; called refund_payment({"orderId":"ORD-1","amount":120}), which is not allowed',
    violations: [
      { name: 'refund_payment', input: { orderId: 'ORD-1', amount: 120 } },
      { name: 'refund_payment', input: { orderId: 'ORD-1', amount: 120 } },
    ],
  },
];

describe('tools check', () => {
  it.each(rows)('$name', async ({ tools, steps, pass, reason, violations }) => {
    const [result] = await runChecks([{ tools }], trialWith({ steps }), envAt('/x'));
    expect(result).toMatchObject({ kind: 'tools', pass, score: pass ? 1 : 0, reason });
    expect(result.violations).toEqual(violations);
  });

  it('shortens huge arguments in the reason but keeps them whole in violations', async () => {
    const big: Step = { type: 'tool', name: 'write_file', input: { content: 'x'.repeat(5000) } };
    const [result] = await runChecks([{ tools: { allowed: [] } }], trialWith({ steps: [big] }), envAt('/x'));
    expect(result.reason.length).toBeLessThan(200);
    expect(result.reason).toMatch(/^called write_file\(\{"content":"x+…\), which is not allowed$/);
    expect(result.violations).toEqual([{ name: 'write_file', input: { content: 'x'.repeat(5000) } }]);
  });
});
