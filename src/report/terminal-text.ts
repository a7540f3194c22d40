/**
 * Control characters a terminal acts on: C0 (ESC starts CSI/OSC sequences — clear screen, set the
 * window title, hyperlinks; BEL ends OSC; CR overwrites the line), DEL, C1 (U+009B is a one-byte
 * CSI), and the bidi controls that reorder what is shown (Trojan Source). Newline and tab are
 * layout, not commands.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's whole job
const TERMINAL_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text that came from data (suite names, tags, paths, ids, error messages quoting a file) made
 * safe to print: every control character is shown as a visible escape (`\x1b`, `\u202e`) instead
 * of being sent to the terminal. The one function every CLI printer uses for such text.
 */
export function terminalText(text: string): string {
  return text.replace(TERMINAL_CONTROL, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
