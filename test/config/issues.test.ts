import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/config/errors.js';
import { suggestKey } from '../../src/config/issues.js';
import { formatKey } from '../../src/config/positions.js';

describe('suggestKey', () => {
  const checkKeys = ['equals', 'contains', 'not-contains', 'regex', 'starts-with', 'max-latency', 'judge'];
  it.each<[string, string | undefined]>([
    ['contians', 'contains'],
    ['contain', 'contains'],
    ['not_contains', 'not-contains'],
    ['maxLatency', 'max-latency'],
    ['Regex', 'regex'],
    ['judg', 'judge'],
    ['summary', undefined],
    ['eq', undefined],
  ])('%s → %s', (word, suggestion) => {
    expect(suggestKey(word, checkKeys)).toBe(suggestion);
  });
});

describe('formatKey and formatProblem', () => {
  it.each<[(string | number)[], string]>([
    [['gate', 'max-score-drop'], 'gate.max-score-drop'],
    [['cases', 3, 'checks', 0, 'contains'], 'cases[3].checks[0].contains'],
    [[2, 'id'], '[2].id'],
    [['pricing', 'gpt-4o.mini', 'input'], 'pricing["gpt-4o.mini"].input'],
    [[], ''],
  ])('%j → %s', (path, key) => {
    expect(formatKey(path)).toBe(key);
  });

  it('prints file:line:column key: message', () => {
    expect(
      formatProblem({ file: 'evals/evalgate.yaml', line: 14, column: 7, key: 'gate.max-score-drop', message: 'expected a number between 0 and 1, got "lots"' }),
    ).toBe('evals/evalgate.yaml:14:7 gate.max-score-drop: expected a number between 0 and 1, got "lots"');
    expect(formatProblem({ file: 'evals/cases/a.jsonl', line: 3, column: 1, key: '', message: 'not UTF-8 text' })).toBe(
      'evals/cases/a.jsonl:3:1 not UTF-8 text',
    );
  });
});
