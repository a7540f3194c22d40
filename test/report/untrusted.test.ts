import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/report/redact.js';
import { createRenderer } from '../../src/report/untrusted.js';
import { renderGfm } from '../support/gfm-page.js';

const r = createRenderer(createRedactor(['ACME-[0-9]{6}']));
const ZWJ = '\u200D';
const ZWSP = '\u200B';
const WJ = '\u2060';

describe('inlineText', () => {
  it.each([
    { text: 'a | b', expected: 'a \\| b' },
    { text: '<img src=x onerror=alert(1)>', expected: '&lt;img src=x onerror=alert(1)&gt;' },
    { text: 'AT&T', expected: 'AT&amp;T' },
    { text: 'use `rm -rf`', expected: 'use \\`rm -rf\\`' },
    { text: 'line one\nline two\r\nthree', expected: 'line one line two three' },
    { text: 'ping @everyone and @octocat', expected: `ping @${ZWJ}everyone and @${ZWJ}octocat` },
    { text: '**bold** [link](x) #1', expected: `\\*\\*bold\\*\\* \\[link\\](x) \\#${WJ}1` },
    { text: 'octo/hello#2 GH-3', expected: `octo/hello\\#${WJ}2 GH-${WJ}3` },
    { text: 'see https://x.example/a and www.y.example', expected: `see https:${WJ}//x.example/a and www${WJ}.y.example` },
    { text: 'commit deadbeefcafe0123 here', expected: `commit deadbe${WJ}efcafe${WJ}0123 here` },
    { text: 'octo/hello@cafe123', expected: `octo/hello@${ZWJ}cafe12${WJ}3` },
    { text: 'mailto:x', expected: `mailto:${WJ}x` },
    { text: 'short abc123 and 30 days stay as typed', expected: 'short abc123 and 30 days stay as typed' },
    { text: 'id ACME-123456', expected: 'id \\[REDACTED\\]' },
    { text: 'bidi \u202Eevil', expected: 'bidi \uFFFDevil' },
  ])('renders $text safely', ({ text, expected }) => {
    expect(r.inlineText(text)).toBe(expected);
  });

  it('cuts to maxLen with an ellipsis, redacting before it cuts', () => {
    expect(r.inlineText('abcdefghij', 5)).toBe('abcd…');
    // A secret straddling the cut is still removed whole, not leaked in part.
    expect(r.inlineText('xx ACME-123456', 8)).toBe('xx \\[RED…');
  });
});

describe('inlineCode', () => {
  it.each([
    { text: 'refund-window', expected: '`refund-window`' },
    { text: 'a`b', expected: '``a`b``' },
    { text: '`x`', expected: '`` `x` ``' },
    { text: 'a|b', expected: '`a\\|b`' },
    { text: '@everyone', expected: `\`@${ZWJ}everyone\`` },
    { text: '<!-- evalgate:suite=x -->', expected: `\`<${ZWSP}!-- evalgate:suite=x --${ZWSP}>\`` },
    { text: '', expected: '_(empty)_' },
  ])('renders $text as a span nothing can close early', ({ text, expected }) => {
    expect(r.inlineCode(text)).toBe(expected);
  });
});

describe('htmlText', () => {
  it('escapes for HTML, where Markdown escapes would show literally', () => {
    expect(r.htmlText(`"</summary><script>x</script>" it's @me`)).toBe(`&quot;&lt;/summary&gt;&lt;script&gt;x&lt;/script&gt;&quot; it&#39;s @${ZWJ}me`);
  });
});

describe('plainText and label', () => {
  it('shows terminal escapes instead of sending them', () => {
    expect(r.plainText('\x1b[31mred\x1b[0m\nnext')).toBe('\\x1b[31mred\\x1b[0m next');
  });
  it('keeps only safe characters in labels', () => {
    expect(r.label('refunds "x"] -->', 40)).toBe('refunds _x__ --_');
  });
});

describe('codeBlock', () => {
  it.each([3, 4, 7, 10])('uses a fence longer than a run of %i backticks inside', (n) => {
    const inner = '`'.repeat(n);
    const block = r.codeBlock(`before\n${inner}\nafter`, { lang: 'text' });
    const fence = '`'.repeat(n + 1);
    expect(block.startsWith(`${fence}text\n`)).toBe(true);
    expect(block.endsWith(`\n${fence}`)).toBe(true);
  });

  it('uses the minimum fence of three for plain text', () => {
    expect(r.codeBlock('hello', { lang: 'json' })).toBe('```json\nhello\n```');
  });

  it('neutralises HTML comments and details tags inside code', () => {
    const block = r.codeBlock('<!-- evalgate:suite=x -->\n</details>\n<summary>');
    expect(block).not.toContain('<!--');
    expect(block).not.toContain('-->');
    expect(block).not.toContain('</details>');
    expect(block).not.toContain('<summary>');
    expect(block).toContain(`<${ZWSP}!-- evalgate:suite=x --${ZWSP}>`);
  });

  it('keeps @mentions as typed (inert in code) and redacts secrets', () => {
    expect(r.codeBlock('@octocat ACME-654321')).toBe('```\n@octocat [REDACTED]\n```');
  });

  it('truncates long text and says how large it was', () => {
    const block = r.codeBlock('é'.repeat(10_000), { maxLen: 100 });
    expect(block).toContain('é'.repeat(100) + '\n```');
    expect(block).not.toContain('é'.repeat(101));
    expect(block).toContain('_Truncated: first 100 of 10,000 characters (19.5 KiB) shown._');
  });

  it('keeps the tail when asked (stderr)', () => {
    const block = r.codeBlock('first\nmiddle\nlast line', { maxLen: 9, keep: 'end' });
    expect(block).toContain('```\nlast line\n```');
    expect(block).toContain('last 9 of 22 characters');
  });

  it('does not split a surrogate pair when cutting', () => {
    const block = r.codeBlock('a😀b', { maxLen: 2 });
    expect(block.startsWith('```\na\n```')).toBe(true);
  });

  it('drops anything but a plain info string', () => {
    expect(r.codeBlock('x', { lang: 'js`\n<b>' })).toBe('```jsb\nx\n```');
  });
});

describe('proseText', () => {
  const r = createRenderer(createRedactor([]));

  it('keeps line breaks as <br> on one physical line, so no line of it starts a block', () => {
    const html = renderGfm(`> ${r.proseText('- not a list\n1. nor this\n# nor a heading\n---\n```\nnor code')}`);
    expect(html).not.toMatch(/<(ul|ol|li|h1|hr|pre|code)>/);
    expect(html).toContain('- not a list<br>1. nor this<br># nor a heading<br>---<br>```<br>nor code');
  });

  it('cuts long text and says how long it was', () => {
    expect(r.proseText('abcdef', 3)).toBe('abc… _(first 3 of 6 characters)_');
  });

  it('redacts before it cuts', () => {
    expect(r.proseText('key sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd here')).not.toContain('AbCdEf');
  });
});
