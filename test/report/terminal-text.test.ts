import { describe, expect, it } from 'vitest';
import { terminalText } from '../../src/report/terminal-text.js';

describe('terminalText', () => {
  it.each([
    { name: 'CSI clear screen', text: '\u001b[2J', expected: '\\x1b[2J' },
    { name: 'OSC window title ended by BEL', text: '\u001b]0;pwned\u0007', expected: '\\x1b]0;pwned\\x07' },
    { name: 'one-byte CSI (C1)', text: '\u009b31m', expected: '\\x9b31m' },
    { name: 'carriage return that overwrites the line', text: 'ok\rFAIL', expected: 'ok\\x0dFAIL' },
    { name: 'bidi override', text: 'a\u202eb', expected: 'a\\u202eb' },
    { name: 'DEL', text: 'a\u007f', expected: 'a\\x7f' },
    { name: 'newlines, tabs and ordinary Unicode stay', text: 'a\tb\nc — ✓ é', expected: 'a\tb\nc — ✓ é' },
  ])('$name', ({ text, expected }) => {
    expect(terminalText(text)).toBe(expected);
  });
});
