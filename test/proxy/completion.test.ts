import { describe, expect, it } from 'vitest';
import { summarizeCompletion } from '../../src/proxy/completion.js';

const withToolCall = (call: Record<string, unknown>): unknown => ({ model: 'm', choices: [{ message: { content: null, tool_calls: [call] } }] });

describe('summarizeCompletion of a compatible server’s tool calls', () => {
  it('keeps OpenAI’s string fields as they are', () => {
    const summary = summarizeCompletion(withToolCall({ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"id":4}' } }));
    expect(summary.toolCalls).toEqual([{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"id":4}' } }]);
  });

  it('records arguments sent as an object as JSON, not "[object Object]", and a numeric id as its digits', () => {
    const summary = summarizeCompletion(withToolCall({ id: 7, function: { name: 'lookup', arguments: { id: 4 } } }));
    expect(summary.toolCalls).toEqual([{ id: '7', type: 'function', function: { name: 'lookup', arguments: '{"id":4}' } }]);
  });

  it('fills missing fields with their defaults', () => {
    expect(summarizeCompletion(withToolCall({ function: {} })).toolCalls).toEqual([{ id: '', type: 'function', function: { name: '', arguments: '' } }]);
  });
});
