import type { Redactor } from './redact.js';
import { formatCount, formatSize } from './format.js';
import { terminalText } from './terminal-text.js';

/** Where a code block keeps text when it must cut: the start (outputs) or the end (stderr tails). */
export type Keep = 'start' | 'end';

export interface CodeBlockOptions {
  /** Info string, e.g. `json`, `diff`; anything but `[A-Za-z0-9_+-]` is dropped. */
  lang?: string;
  /** Characters of (redacted) text shown before the block is cut; default unlimited. */
  maxLen?: number;
  keep?: Keep;
}

/**
 * The only way the report turns untrusted text (model output, case input, trace values, judge
 * reasoning, error messages, file names, ids from the PR's suite file) into Markdown: every helper
 * redacts first, then cuts, then escapes for its context.
 */
export interface Renderer {
  /** Redacted text, otherwise unchanged — for JSON artifacts, never for Markdown. */
  redact(text: string): string;
  /** One line of Markdown text, safe in prose and table cells (no HTML, mentions, references, links, pipes, code). */
  inlineText(text: string, maxLen?: number): string;
  /** Like `inlineText`, but single-backtick `code` spans stay code spans (for messages EvalGate writes around ids). */
  inlineMarkdown(text: string, maxLen?: number): string;
  /**
   * Multi-line text as prose on ONE physical line, its line breaks as `<br>`: it wraps at the page
   * edge (a code block would cut it), and is safe in a blockquote or a table cell, where no line
   * of it can start a list, heading or fence. Cut to `maxLen` with the full size noted.
   */
  proseText(text: string, maxLen?: number): string;
  /** An inline code span, safe in prose and table cells. */
  inlineCode(text: string, maxLen?: number): string;
  /** One line of text inside an HTML element such as `<summary>` (no Markdown there). */
  htmlText(text: string, maxLen?: number): string;
  /** One line of plain text for terminals: control characters shown as escapes (terminalText). */
  plainText(text: string, maxLen?: number): string;
  /** Letters, digits, space and `_.-/` only — for Mermaid labels and other fussy syntaxes. */
  label(text: string, maxLen?: number): string;
  /** A fenced code block whose fence no content can close, with a note when the text was cut. */
  codeBlock(text: string, options?: CodeBlockOptions): string;
}

// Bidi overrides and control characters can disguise text (Trojan Source) or drive terminals.
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's whole job
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const NEWLINES = /\r\n|[\r\n\t\u2028\u2029]/g;
const ZWSP = '\u200B';
const ZWJ = '\u200D';
/** WORD JOINER: zero-width, no line break, not a word character — invisible, and breaks a match. */
const WJ = '\u2060';

const MARKDOWN_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '~': '\\~',
  '|': '\\|',
  '#': '\\#',
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '@': '@' + ZWJ,
};

const HTML_ESCAPES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '@': '@' + ZWJ,
};

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number, keep: Keep): string {
  if (text.length <= max) return text;
  if (keep === 'start') {
    const end = max > 0 && isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
    return text.slice(0, end);
  }
  const start = text.length - max;
  return text.slice(start < text.length && isLowSurrogate(text.charCodeAt(start)) ? start + 1 : start);
}

function oneLine(text: string): string {
  return text.replace(NEWLINES, ' ').replace(CONTROL, '\uFFFD');
}

function shorten(text: string, maxLen: number | undefined): string {
  if (maxLen === undefined || text.length <= maxLen) return text;
  return cut(text, Math.max(0, maxLen - 1), 'start') + '…';
}

/**
 * Breaks every sequence GitHub (or our own marker search) would treat as structure even inside
 * code: HTML comments (the sticky comment's hidden marker) and `<details>`/`<summary>` tags.
 */
function neutraliseStructure(text: string): string {
  return text
    .replace(/<!--/g, `<${ZWSP}!--`)
    .replace(/-->/g, `--${ZWSP}>`)
    .replace(/<(\/?)(details|summary)/gi, `<${ZWSP}$1$2`);
}

/**
 * Breaks what GitHub links by itself in rendered text: issue and PR references (`#1`,
 * `octo/hello#2`, `GH-3`), commit SHAs (7+ hex digits, also `octo/hello@sha`), URLs
 * (`scheme://`, `www.`, `mailto:`). GitHub links these after Markdown is rendered, in the text it
 * displays, so a backslash or an HTML entity (decoded by then) does not stop it; a word joiner in
 * the middle does, and reads the same. Code spans and blocks are never linked, so code is left as
 * it is. Mentions and e-mail addresses are broken by the `@` escapes.
 */
export function neutraliseReferences(text: string): string {
  return text
    .replace(/([A-Za-z][A-Za-z0-9+.-]*:)(?=\/\/)/g, `$1${WJ}`)
    .replace(/\b(mailto|xmpp):/gi, `$1:${WJ}`)
    .replace(/\b(www)\./gi, `$1${WJ}.`)
    .replace(/#(?=\d)/g, `#${WJ}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${WJ}`)
    .replace(/\b[0-9a-f]{7,}\b/gi, (run) => (run.match(/.{1,6}/g) ?? [run]).join(WJ));
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

function escapeWith(map: Record<string, string>, text: string): string {
  return text.replace(/[\\`*_[\]~|#<>&@"']/g, (ch) => map[ch] ?? ch);
}

function escapeCode(text: string): string {
  const content = neutraliseStructure(text)
    .replace(/\|/g, '\\|')
    .replace(/@/g, '@' + ZWJ);
  if (content.length === 0) return '_(empty)_';
  const fence = '`'.repeat(longestBacktickRun(content) + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** Single-backtick code spans survive as code; everything else is escaped text. */
function escapeLiteMarkdown(text: string): string {
  return text
    .split(/`([^`]+)`/)
    .map((part, i) => (i % 2 === 1 ? escapeCode(part) : escapeWith(MARKDOWN_ESCAPES, neutraliseReferences(part))))
    .join('');
}

/** Builds the renderer every report module uses; it cannot exist without a redactor. */
export function createRenderer(redactor: Redactor): Renderer {
  const line = (text: string, maxLen: number | undefined): string => shorten(oneLine(redactor(text)), maxLen);

  const codeBlock = (text: string, options: CodeBlockOptions = {}): string => {
    const keep = options.keep ?? 'start';
    const normalised = redactor(text).replace(/\r\n?/g, '\n').replace(CONTROL, '\uFFFD');
    const max = options.maxLen ?? Number.POSITIVE_INFINITY;
    const shown = normalised.length > max ? cut(normalised, max, keep) : normalised;
    const content = neutraliseStructure(shown);
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
    const lang = (options.lang ?? '').replace(/[^A-Za-z0-9_+-]/g, '');
    const body = content.endsWith('\n') || content.length === 0 ? content : content + '\n';
    const block = `${fence}${lang}\n${body}${fence}`;
    if (shown.length === normalised.length) return block;
    const which = keep === 'start' ? 'first' : 'last';
    return (
      `${block}\n_Truncated: ${which} ${formatCount(shown.length)} of ${formatCount(normalised.length)} characters ` +
      `(${formatSize(Buffer.byteLength(normalised, 'utf8'))}) shown._`
    );
  };

  const proseText = (text: string, maxLen?: number): string => {
    const normalised = redactor(text)
      .replace(/\r\n?/g, '\n')
      .replace(/[\t\u2028\u2029]/g, ' ');
    const max = maxLen ?? Number.POSITIVE_INFINITY;
    const shown = normalised.length > max ? cut(normalised, max, 'start') : normalised;
    const html = shown
      .trim()
      .replace(/\n{3,}/g, '\n\n')
      .split('\n')
      .map((line) => escapeWith(MARKDOWN_ESCAPES, neutraliseReferences(line.replace(CONTROL, '\uFFFD'))))
      .join('<br>')
      // Only the first characters start a line: keep them from opening a list there.
      .replace(/^([-+])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2');
    if (html === '') return '_(empty)_';
    return shown.length === normalised.length ? html : `${html}… _(first ${formatCount(shown.length)} of ${formatCount(normalised.length)} characters)_`;
  };

  return {
    redact: (text) => redactor(text),
    proseText,
    inlineText: (text, maxLen) => escapeWith(MARKDOWN_ESCAPES, neutraliseReferences(line(text, maxLen))),
    inlineMarkdown: (text, maxLen) => escapeLiteMarkdown(line(text, maxLen)),
    inlineCode: (text, maxLen) => escapeCode(line(text, maxLen)),
    htmlText: (text, maxLen) => escapeWith(HTML_ESCAPES, neutraliseReferences(line(text, maxLen))),
    plainText: (text, maxLen) => terminalText(shorten(redactor(text).replace(NEWLINES, ' '), maxLen)),
    label: (text, maxLen) => shorten(oneLine(redactor(text)).replace(/[^\p{L}\p{N} _./-]/gu, '_'), maxLen),
    codeBlock,
  };
}
