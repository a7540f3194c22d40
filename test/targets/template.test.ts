import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/targets/template.js';
import { TargetError } from '../../src/targets/target.js';

const input = {
  question: 'Can I return shoes?',
  user: { name: 'Ada', plan: { tier: 'pro' } },
  items: ['a', 'b'],
  count: 3,
  ok: false,
  nothing: null,
};

describe('renderTemplate', () => {
  const cases: { name: string; text: string; expected: string }[] = [
    { name: 'a top-level variable', text: 'Q: {{question}}', expected: 'Q: Can I return shoes?' },
    { name: 'whitespace inside the braces', text: '{{  question }}|{{question   }}', expected: 'Can I return shoes?|Can I return shoes?' },
    { name: 'nested paths', text: '{{user.name}} on {{ user.plan.tier }}', expected: 'Ada on pro' },
    { name: 'objects as JSON', text: '{{user.plan}}', expected: '{"tier":"pro"}' },
    { name: 'arrays as JSON', text: '{{items}}', expected: '["a","b"]' },
    { name: 'numbers, booleans and null', text: '{{count}} {{ok}} {{nothing}}', expected: '3 false null' },
    { name: 'text without placeholders', text: 'Be brief. {not a var} {{ }}', expected: 'Be brief. {not a var} {{ }}' },
    { name: 'the same variable twice', text: '{{count}}+{{count}}', expected: '3+3' },
  ];
  it.each(cases)('renders $name', ({ text, expected }) => {
    expect(renderTemplate(text, input, 'prompts/support.md')).toBe(expected);
  });

  it('does not expand placeholders inside inserted values', () => {
    expect(renderTemplate('{{a}}', { a: '{{b}}', b: 'no' }, 'x')).toBe('{{b}}');
  });

  const errors: { name: string; text: string; vars: Record<string, unknown>; message: string }[] = [
    {
      name: 'a missing variable',
      text: 'Q: {{question}}',
      vars: { a: 1, b: 2 },
      message: 'prompts/support.md: {{question}} is not in the case input (has: a, b)',
    },
    {
      name: 'a missing nested key',
      text: '{{user.email}}',
      vars: { user: { name: 'Ada', id: 1 } },
      message: 'prompts/support.md: {{user.email}} is not in the case input (user has: name, id)',
    },
    {
      name: 'a path through a string',
      text: '{{question.text}}',
      vars: { question: 'hi' },
      message: 'prompts/support.md: {{question.text}}: question is a string, not an object',
    },
    { name: 'an empty input', text: '{{q}}', vars: {}, message: 'prompts/support.md: {{q}} is not in the case input (has: nothing)' },
  ];
  it.each(errors)('rejects $name with a template error', ({ text, vars, message }) => {
    let caught: unknown;
    try {
      renderTemplate(text, vars, 'prompts/support.md');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TargetError);
    expect((caught as TargetError).kind).toBe('template');
    expect((caught as TargetError).message).toBe(message);
  });
});
