import type { ChatOptions, ChatRequest, ChatResponse, LlmClient } from '../../src/llm/llm.js';
import type { Usage } from '../../src/results/schema.js';

export type ScriptedReply = string | Error | { content: string; usage?: Usage; cached?: boolean; model?: string };

/**
 * A typed LlmClient that records every request and answers from a script, in order (the last
 * entry repeats). An Error entry is thrown, as the real client throws LlmError.
 */
export class ScriptedLlm implements LlmClient {
  readonly calls: { request: ChatRequest; options: ChatOptions }[] = [];

  constructor(private readonly script: ScriptedReply[]) {}

  async chat(request: ChatRequest, options: ChatOptions): Promise<ChatResponse> {
    this.calls.push({ request, options });
    const reply = this.script[Math.min(this.calls.length - 1, this.script.length - 1)];
    if (reply instanceof Error) throw reply;
    const answer = typeof reply === 'string' ? { content: reply } : reply;
    return {
      content: answer.content,
      usage: answer.usage ?? { inputTokens: 1000, cachedTokens: 0, outputTokens: 100 },
      latencyMs: 420,
      cached: answer.cached ?? false,
      model: answer.model ?? request.model,
    };
  }
}

/** The judge's JSON answer. */
export function verdict(score: number, reasoning = 'Names the 30-day window.'): string {
  return JSON.stringify({ reasoning, score });
}
