import { describe, expect, it } from 'vitest';
import { estimateCost } from '../../src/run/estimate.js';

const pricing = { 'my-model': { input: 1, output: 2 }, 'my-judge': { input: 10, output: 20 } };

describe('estimateCost', () => {
  it('prices prompt and output tokens for every run', () => {
    // 4,000 chars ≈ 1,000 input tokens at $1/M + 500 output at $2/M = $0.002 per run.
    expect(estimateCost({ model: 'my-model', promptChars: 4000, maxOutputTokens: 500, judgeModel: null, judgeChecks: 0, runs: 10, pricing })).toBeCloseTo(0.02);
  });

  it('adds the judge calls', () => {
    const without = estimateCost({ model: 'my-model', promptChars: 400, maxOutputTokens: 100, judgeModel: 'my-judge', judgeChecks: 0, runs: 1, pricing })!;
    const withJudge = estimateCost({ model: 'my-model', promptChars: 400, maxOutputTokens: 100, judgeModel: 'my-judge', judgeChecks: 2, runs: 1, pricing })!;
    // Judge: (400 + 100 + 100) input at $10/M + 150 output at $20/M = $0.009 per call, two calls.
    expect(withJudge - without).toBeCloseTo(0.018);
  });

  it('cannot estimate agents or unknown models', () => {
    expect(estimateCost({ model: null, promptChars: 0, maxOutputTokens: null, judgeModel: null, judgeChecks: 0, runs: 1, pricing })).toBeNull();
    expect(estimateCost({ model: 'mystery-9', promptChars: 10, maxOutputTokens: 10, judgeModel: null, judgeChecks: 0, runs: 1, pricing })).toBeNull();
  });
});
