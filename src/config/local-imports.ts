import path from 'node:path';
import { repoPath } from '../util/repo-path.js';

/**
 * How the import scanner sees a tree: the text of a repository-relative file, or null when there
 * is no such file (or it is not readable text). The action reads the PR's checkout; tests a map.
 */
export interface SourceReader {
  read(rel: string): Promise<string | null>;
}

/** Sources whose relative imports are followed. */
const SCANNED = /\.(?:[cm]?[jt]sx?)$/i;
/** Tried in this order for an extensionless or `.js`-for-`.ts` specifier, as Node and tsc resolve them. */
const EXTENSIONS = ['.js', '.ts', '.mjs', '.cjs', '.mts', '.cts', '.jsx', '.tsx'];
/** An import graph larger than this is not followed further: relevance then rests on `watch`. */
export const MAX_FOLLOWED_FILES = 2_000;
/** Files larger than this are not scanned (bundles, generated code). */
const MAX_SCANNED_CHARS = 2_000_000;

/**
 * Static and dynamic module specifiers in JavaScript or TypeScript source: `import … from 'x'`,
 * `import 'x'`, `export … from 'x'`, `import('x')`, `require('x')`. Comments are blanked first so a
 * commented-out import is not followed; strings that merely contain the word `import` are not
 * matched because each form needs its keyword before a quoted specifier. A regex scanner, not a
 * parser: it may see an import inside a template literal, which only makes relevance broader.
 */
export function importSpecifiers(source: string): string[] {
  const code = stripComments(source);
  const found: string[] = [];
  const forms = [
    // import x from 'y' / import { a, b } from 'y' / export * from 'y' / export { a } from 'y' / import type … from 'y'
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w$*{}\s,]+?\s+from\s*)?(['"])([^'"\n]+)\1/g,
    // import('y'), require('y'), require.resolve('y')
    /\b(?:import|require(?:\.resolve)?)\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g,
  ];
  for (const form of forms) {
    for (const m of code.matchAll(form)) found.push(m[2]);
  }
  return [...new Set(found)];
}

/** Blanks `//` and block comments outside string literals (keeping line structure). */
function stripComments(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    const next = source[i + 1];
    if (ch === '"' || ch === "'" || ch === '`') {
      const end = stringEnd(source, i);
      out += source.slice(i, end);
      i = end;
    } else if (ch === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (ch === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

/** Index just after the string literal starting at `start` (or the line's end for an unclosed quote). */
function stringEnd(source: string, start: number): number {
  const quote = source[start];
  let i = start + 1;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\') i += 2;
    else if (ch === quote) return i + 1;
    else if (ch === '\n' && quote !== '`') return i;
    else i += 1;
  }
  return source.length;
}

/** Candidate files a relative specifier may name, most specific first. */
function candidates(from: string, specifier: string): string[] {
  const joined = repoPath(path.posix.join(path.posix.dirname(from), specifier));
  if (joined === null) return []; // leaves the repository: not ours to follow
  const out = [joined];
  const ext = path.posix.extname(joined);
  // TypeScript sources import each other by their emitted name: './util.js' is util.ts on disk.
  if (/^\.[cm]?js$/.test(ext)) {
    const stem = joined.slice(0, -ext.length);
    out.push(`${stem}${ext.replace('js', 'ts')}`, `${stem}.tsx`);
  }
  out.push(...EXTENSIONS.map((e) => `${joined}${e}`), ...EXTENSIONS.map((e) => `${joined}/index${e}`));
  return out;
}

/**
 * Every repository file reachable from `entries` through relative imports (`./x`, `../y`), the
 * entries included when they exist: the local modules an agent module or a javascript check
 * loads, so a change to any of them makes the suite relevant. A relative import that names no
 * file adds every path it could name (a module removed while still imported is a change that
 * concerns the suite). Bare specifiers (packages) and paths out of the repository are not
 * followed. Sorted, unique.
 */
export async function followLocalImports(entries: readonly string[], reader: SourceReader, limit: number = MAX_FOLLOWED_FILES): Promise<string[]> {
  const found = new Set<string>();
  const unresolved = new Set<string>();
  const texts = new Map<string, Promise<string | null>>();
  const read = (rel: string) => {
    let text = texts.get(rel);
    if (!text) {
      text = reader.read(rel).catch(() => null);
      texts.set(rel, text);
    }
    return text;
  };
  let queue = entries.flatMap((e) => repoPath(e) ?? []);
  while (queue.length > 0 && found.size < limit) {
    const next: string[] = [];
    for (const file of queue) {
      if (found.has(file) || found.size >= limit) continue;
      const text = await read(file);
      if (text === null) continue;
      found.add(file);
      if (!SCANNED.test(file) || text.length > MAX_SCANNED_CHARS) continue;
      for (const spec of importSpecifiers(text)) {
        if (!spec.startsWith('./') && !spec.startsWith('../')) continue;
        const options = candidates(file, spec.split(/[?#]/)[0]);
        let resolved = false;
        for (const candidate of options) {
          if ((await read(candidate)) !== null) {
            next.push(candidate);
            resolved = true;
            break;
          }
        }
        // Imported but not there (deleted in this change, or generated): a change to any file it
        // could name concerns the suite.
        if (!resolved) for (const candidate of options) unresolved.add(candidate);
      }
    }
    queue = next;
  }
  return [...new Set([...found, ...unresolved])].sort();
}
