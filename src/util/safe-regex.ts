/**
 * The one way EvalGate compiles a regular expression written by a user (regex / not-regex checks,
 * `redact` patterns, `pattern` in JSON Schemas). They run on model output, which is hostile: in
 * V8's backtracking engine `^(\w+\s?)*$` against 41 characters blocks the event loop for good, and
 * no timer can fire to stop it. RE2 (here its pure-JS port re2js) matches in time linear in the
 * text for every pattern, at the price of RE2's syntax: no lookahead and no backreferences, which
 * are exactly the features that need backtracking. Such a pattern is a suite error, never a
 * silent fallback to the backtracking engine.
 */
import { RE2JS } from 're2js';
import safeRegex from 'safe-regex2';

/** A user regex that EvalGate cannot run; the message says why and what to write instead. */
export class RegexError extends Error {
  override name = 'RegexError';
}

/** One match, as much of RegExpExecArray as EvalGate uses. */
export interface RegexMatch {
  match: string;
  index: number;
}

/**
 * A compiled user regex. It also works with `String.prototype.replace` (through Symbol.replace),
 * always replacing every match, as a `g` RegExp would.
 */
export interface SafeRegex {
  /** The pattern as the user wrote it, and the JavaScript flags. */
  readonly source: string;
  readonly flags: string;
  test(text: string): boolean;
  exec(text: string): RegexMatch | null;
  [Symbol.replace](text: string, replacer: string | ((match: string, ...rest: unknown[]) => string)): string;
}

/** JavaScript flags and what they mean here; g and y only make a JS RegExp stateful. */
const FLAG_BITS: Readonly<Record<string, number>> = {
  i: RE2JS.CASE_INSENSITIVE,
  m: RE2JS.MULTILINE,
  s: RE2JS.DOTALL,
  g: 0,
  y: 0,
  // RE2 always matches by code point; `d` (match indices) changes nothing we read.
  u: 0,
  d: 0,
};

const UNSUPPORTED_SYNTAX =
  'EvalGate runs regular expressions with a linear-time engine (RE2 syntax), so lookahead (?= (?!, ' +
  'backreferences \\1 and repeat counts above 1000 are not available: they are what lets a pattern ' +
  'take exponential time on hostile output. For "must not contain" use a not-regex check; split ' +
  'other conditions into several checks';

function flagBits(pattern: string, flags: string): number {
  let bits = RE2JS.LOOKBEHINDS;
  for (const flag of flags) {
    const bit = FLAG_BITS[flag];
    if (bit === undefined) throw new RegexError(`/${pattern}/${flags}: flag "${flag}" is not supported (use i, m, s or u)`);
    bits |= bit;
  }
  return bits;
}

/**
 * Compiles `pattern` (JavaScript syntax, without slashes) with JavaScript `flags`. Throws
 * RegexError when the pattern is not valid JavaScript, or uses syntax only a backtracking engine
 * can run.
 */
export function compileSafeRegex(pattern: string, flags = ''): SafeRegex {
  try {
    // JavaScript's own message for a JavaScript syntax error; compiling does not run the pattern.
    new RegExp(pattern, flags);
  } catch (error) {
    throw new RegexError(firstLine(error), { cause: error });
  }
  const bits = flagBits(pattern, flags);
  let re: RE2JS;
  try {
    re = RE2JS.compile(RE2JS.translateRegExp(pattern), bits);
  } catch (error) {
    throw new RegexError(`${UNSUPPORTED_SYNTAX} (${firstLine(error).replace(/^error parsing regexp: /, '')})`, { cause: error });
  }
  return wrap(re, pattern, flags);
}

/** Why `pattern` cannot be used as a user regex, or null. For `validate`. */
export function safeRegexProblem(pattern: string, flags = ''): string | null {
  try {
    compileSafeRegex(pattern, flags);
    return null;
  } catch (error) {
    return error instanceof RegexError ? error.message : firstLine(error);
  }
}

/**
 * True when `pattern` nests quantifiers (star height above 1), the shape that takes exponential
 * time in backtracking engines. EvalGate runs it in linear time; `validate` warns because the same
 * pattern elsewhere (a JavaScript or Python tool reading the same answers) would hang.
 */
export function backtracksCatastrophically(pattern: string): boolean {
  try {
    return !safeRegex(pattern);
  } catch {
    return false;
  }
}

/** Ajv's `code.regExp` engine: JSON Schema `pattern` keywords compile here too. */
export function ajvRegExp(pattern: string, u: string): { test: (text: string) => boolean } {
  return compileSafeRegex(pattern, u);
}
ajvRegExp.code = 'ajvRegExp';

function wrap(re: RE2JS, source: string, flags: string): SafeRegex {
  const each = function* (text: string): Generator<{ match: string; index: number; groups: (string | undefined)[] }> {
    for (const m of re.matchAll(text)) {
      yield { match: m[0] ?? '', index: m.index ?? 0, groups: [...m].slice(1).map((g) => g ?? undefined) };
    }
  };
  return {
    source,
    flags,
    test: (text) => re.test(text),
    exec(text) {
      const m = re.exec(text);
      return m ? { match: String(m[0] ?? ''), index: (m as unknown as { index: number }).index } : null;
    },
    [Symbol.replace](text, replacer) {
      // Most texts hold no match; the DFA answers that without building a matcher.
      if (!re.test(text)) return text;
      let out = '';
      let last = 0;
      for (const m of each(text)) {
        out += text.slice(last, m.index);
        out += typeof replacer === 'string' ? replacer : replacer(m.match, ...m.groups, m.index, text);
        last = m.index + m.match.length;
      }
      return out + text.slice(last);
    },
  };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
