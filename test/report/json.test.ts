import { createRedactor } from '../../src/report/redact.js';
import { describe, expect, it } from 'vitest';
import { toReportJson } from '../../src/report/json.js';
import { approvedReport, regressionReport } from '../support/builders.js';

describe('toReportJson', () => {
  it('carries the decision, verdict, approval, metrics and per-case classes', () => {
    const json = toReportJson(approvedReport());
    expect(json).toMatchObject({
      schema: 'evalgate-report',
      schemaVersion: 1,
      decision: 'approved',
      verdict: { decision: 'fail', gates: { score: 'regression', mustPass: ['refund-window'] } },
      approval: { state: 'approved', actor: 'alice' },
      metrics: { score: { base: 0.82, head: 0.71, interval: { low: -0.18, high: -0.04 } } },
      counts: { regressed: 1, 'new-failing': 1, error: 1, 'still-failing': 1, fixed: 1, unchanged: 1 },
      suite: { name: 'support', path: 'evals/evalgate.yaml' },
      sample: { n: 50, total: 120, seed: 1, trials: 1 },
      // Money paid now and cost replayed from the cache, apart.
      spend: { total: 0.155, live: 0.155, replayed: 0, unrecordedCalls: 0 },
    });
    expect(json.cases.map((c) => [c.id, c.class, c.baseStatus, c.headStatus])).toEqual([
      ['refund-window', 'regressed', 'pass', 'fail'],
      ['gift-cards', 'new-failing', null, 'fail'],
      ['shipping-time', 'error', 'fail', 'error'],
      ['warranty', 'still-failing', 'fail', 'fail'],
      ['exchange', 'fixed', 'fail', 'pass'],
      ['greeting', 'unchanged', 'pass', 'pass'],
    ]);
    expect(json.cases[0]).toMatchObject({ tags: ['refunds', 'critical'], reason: 'did not find "30 days"' });
  });

  it('is plain JSON that round-trips', () => {
    const json = toReportJson(regressionReport());
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('redacts strings everywhere, with the suite patterns and runtime secrets', () => {
    const input = regressionReport({ redact: createRedactor(['ACME-[0-9]{6}'], { literals: ['runtime-secret-xyz'] }) });
    input.verdict = { ...input.verdict, reasons: ['customer ACME-123456 and key runtime-secret-xyz'] };
    input.comparison = { ...input.comparison, baselineNote: 'token ghp_0123456789abcdefghijABCDEFGHIJ012345' };
    const text = JSON.stringify(toReportJson(input));
    expect(text).not.toContain('ACME-123456');
    expect(text).not.toContain('runtime-secret-xyz');
    expect(text).not.toContain('0123456789abcdefghijABCDEFGHIJ012345');
    expect(text).toContain('customer [REDACTED] and key [REDACTED]');
  });
});
