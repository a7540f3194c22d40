import type { PriceSpec, TargetSpec } from '../config/schema.js';
import type { LlmClient } from '../run/llm.js';
import { createChatTarget } from './chat.js';
import type { Target } from './target.js';

export interface CreateTargetArgs {
  root: string;
  spec: TargetSpec;
  llm: LlmClient;
  pricing: Record<string, PriceSpec>;
  side: 'base' | 'head' | 'single';
}

/** Builds the system under test the suite's `target` names, bound to one evaluated tree. */
export async function createTarget(args: CreateTargetArgs): Promise<Target> {
  if (args.spec.chat) {
    return createChatTarget({ root: args.root, spec: args.spec.chat, llm: args.llm, pricing: args.pricing });
  }
  throw new Error('target: only `chat` is supported in this build');
}
