import type { CheckSpec } from '../config/schema.js';
import { compileSafeRegex, type SafeRegex } from '../util/safe-regex.js';
import { type CheckOutcome, fail, oneLine, pass, quote, truncate } from './text.js';

/** The value of `contains` / `not-contains` as written. */
export type ContainsValue = NonNullable<CheckSpec['contains']>;

interface TextOptions {
  ignoreCase: boolean;
}

function fold(text: string, { ignoreCase }: TextOptions): string {
  return ignoreCase ? text.toLowerCase() : text;
}

function quoteList(items: string[]): string {
  return items.map((item) => quote(item, 30)).join(', ');
}

/** Exact match after trimming trailing whitespace on both sides. */
export function checkEquals(output: string, expected: string, options: TextOptions): CheckOutcome {
  const actual = output.trimEnd();
  const wanted = expected.trimEnd();
  if (fold(actual, options) === fold(wanted, options)) return pass('output equals the expected text');
  if (fold(oneLine(actual), options) === fold(oneLine(wanted), options)) {
    // Collapsed for one line they would look identical; show the escaped text instead.
    const escaped = (text: string): string => truncate(JSON.stringify(text), 50);
    return fail(`differs only in whitespace: expected ${escaped(wanted)}, got ${escaped(actual)}`);
  }
  return fail(`expected ${quote(wanted, 40)}, got ${quote(actual, 40)}`);
}

/** Which needles the value lists, and whether one of them suffices (`any`) or all are meant. */
function needles(value: ContainsValue): { items: string[]; mode: 'one' | 'all' | 'any' } {
  if (typeof value === 'string') return { items: [value], mode: 'one' };
  if (Array.isArray(value)) return { items: value, mode: 'all' };
  if ('any' in value) return { items: value.any, mode: 'any' };
  return { items: value.all, mode: 'all' };
}

function partition(output: string, items: string[], options: TextOptions): { found: string[]; missing: string[] } {
  const haystack = fold(output, options);
  const found = items.filter((item) => haystack.includes(fold(item, options)));
  return { found, missing: items.filter((item) => !found.includes(item)) };
}

/**
 * `contains`: a string or a list / `{all}` must all appear (score = fraction found); `{any}`
 * passes when at least one appears.
 */
export function checkContains(output: string, value: ContainsValue, options: TextOptions): CheckOutcome {
  const { items, mode } = needles(value);
  const { found, missing } = partition(output, items, options);
  if (mode === 'any') {
    return found.length > 0 ? pass(`contains ${quote(found[0])}`) : fail(`missing all of ${quoteList(items)}`);
  }
  if (missing.length === 0) return pass(items.length === 1 ? `contains ${quote(items[0])}` : `contains all ${items.length}`);
  const score = found.length / items.length;
  if (items.length === 1) return fail(`missing ${quote(items[0])}`, score);
  return fail(`missing ${quoteList(missing)} (${found.length} of ${items.length} found)`, score);
}

/**
 * `not-contains`: a string, a list or `{any}` fails when any of them appears; `{all}` fails only
 * when every one appears. The score is 1 or 0: forbidden text is not partially acceptable.
 */
export function checkNotContains(output: string, value: ContainsValue, options: TextOptions): CheckOutcome {
  const { items, mode } = needles(value);
  const { found, missing } = partition(output, items, options);
  if (mode === 'all' && !Array.isArray(value)) {
    return missing.length === 0 ? fail(`contains all forbidden ${quoteList(items)}`) : pass(`does not contain ${quote(missing[0])}`);
  }
  return found.length > 0
    ? fail(`contains forbidden ${quoteList(found)}`)
    : pass(items.length === 1 ? `does not contain ${quote(items[0])}` : `contains none of ${items.length}`);
}

export type RegexValue = NonNullable<CheckSpec['regex']>;

/**
 * Compiles a `regex` / `not-regex` value with the linear-time engine (src/util/safe-regex.ts);
 * `ignore-case` adds the `i` flag.
 */
export function compileRegex(value: RegexValue, options: TextOptions): SafeRegex {
  const pattern = typeof value === 'string' ? value : value.pattern;
  const flags = typeof value === 'string' ? '' : (value.flags ?? '');
  const withCase = options.ignoreCase && !flags.includes('i') ? `${flags}i` : flags;
  try {
    return compileSafeRegex(pattern, withCase);
  } catch (error) {
    throw new Error(`invalid regular expression /${pattern}/${flags}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

export function regexLabel(value: RegexValue): string {
  return typeof value === 'string' ? `/${value}/` : `/${value.pattern}/${value.flags ?? ''}`;
}

export function checkRegex(output: string, value: RegexValue, options: TextOptions): CheckOutcome {
  const match = compileRegex(value, options).exec(output);
  return match ? pass(`matches ${regexLabel(value)}`) : fail(`does not match ${regexLabel(value)}`);
}

export function checkNotRegex(output: string, value: RegexValue, options: TextOptions): CheckOutcome {
  const match = compileRegex(value, options).exec(output);
  return match ? fail(`matches forbidden ${regexLabel(value)}: ${quote(match.match, 40)}`) : pass(`does not match ${regexLabel(value)}`);
}

/** Leading whitespace of the output is ignored: models often open with a blank line. */
export function checkStartsWith(output: string, prefix: string, options: TextOptions): CheckOutcome {
  const actual = output.trimStart();
  if (fold(actual, options).startsWith(fold(prefix, options))) return pass(`starts with ${quote(prefix)}`);
  const head = [...oneLine(actual)].slice(0, Math.max([...prefix].length, 20)).join('');
  return fail(`starts with ${quote(head)}, not ${quote(prefix)}`);
}

/** Length in characters (Unicode code points, so an emoji counts once). */
export function checkMaxLength(output: string, max: number): CheckOutcome {
  const length = [...output].length;
  return length <= max ? pass(`length ${length} ≤ ${max}`) : fail(`length ${length} > ${max}`);
}
