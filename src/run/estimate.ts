import type { PriceSpec } from '../config/schema.js';
import { costOf } from '../pricing/index.js';

/** Rough tokens per character of English prose; an estimate, not a tokenizer. */
const CHARS_PER_TOKEN = 4;
/** What a judge call typically costs in tokens beyond the judged text (instructions, rubric, answer). */
const JUDGE_OVERHEAD_INPUT_TOKENS = 400;
const JUDGE_OUTPUT_TOKENS = 150;
/** Output tokens assumed when the suite sets no max-tokens. */
const DEFAULT_OUTPUT_TOKENS = 300;

export interface EstimateArgs {
  /** Chat model of the target, or null for agents (their calls cannot be predicted). */
  model: string | null;
  /** Characters of the rendered prompt, on average per case. */
  promptChars: number;
  maxOutputTokens: number | null;
  judgeModel: string | null;
  /** Judge checks per case, on average. */
  judgeChecks: number;
  /** Case runs: cases × trials × sides. */
  runs: number;
  pricing: Record<string, PriceSpec>;
}

/** An upper-end estimate of a run's spend, logged before it starts; null when it cannot be priced. */
export function estimateCost(args: EstimateArgs): number | null {
  if (args.model === null) return null;
  const input = Math.ceil(args.promptChars / CHARS_PER_TOKEN);
  const output = args.maxOutputTokens ?? DEFAULT_OUTPUT_TOKENS;
  const target = costOf(args.model, { inputTokens: input, cachedTokens: 0, outputTokens: output }, args.pricing);
  if (target === null) return null;
  let judge = 0;
  if (args.judgeChecks > 0 && args.judgeModel) {
    const perCall = costOf(
      args.judgeModel,
      { inputTokens: JUDGE_OVERHEAD_INPUT_TOKENS + output + input, cachedTokens: 0, outputTokens: JUDGE_OUTPUT_TOKENS },
      args.pricing,
    );
    if (perCall === null) return null;
    judge = perCall * args.judgeChecks;
  }
  return (target + judge) * args.runs;
}
