import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { ConfigProblem } from './errors.js';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** Whether a problem points at a key itself (unknown key) or at its value (wrong value). */
export type Anchor = 'key' | 'value';

/** A parsed file that can turn a path inside it into a line and column. */
export interface Source {
  /** Repository-relative path with forward slashes. */
  file: string;
  /** Position of the node at `path`, or of the nearest enclosing node that exists. */
  locate(path: Path, anchor?: Anchor): { line: number; column: number };
  /** The dotted key shown for `path` (JSONL records drop their own index: the line says it). */
  keyOf(path: Path): string;
}

const PLAIN_KEY = /^[A-Za-z0-9_$-]+$/;

/** `['cases', 3, 'checks', 0, 'contains']` → `cases[3].checks[0].contains`. */
export function formatKey(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (PLAIN_KEY.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Builds a problem at `path` in `src`. */
export function problemAt(src: Source, path: Path, message: string, anchor: Anchor = 'value'): ConfigProblem {
  return { file: src.file, ...src.locate(path, anchor), key: src.keyOf(path), message };
}

/** The YAML parse of one file, with the line counter that maps offsets to positions. */
export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  // uniqueKeys (default) makes a repeated key an error rather than a silent overwrite.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, keepSourceTokens: false });
  return { doc, lineCounter };
}

/** Offset of the node at `path` in a YAML document, walking maps and sequences as far as they go. */
function offsetOf(parsed: ParsedYaml, path: Path, anchor: Anchor): number {
  const { doc } = parsed;
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [i, seg] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc);
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const keyOffset = rangeStart(pair.key) ?? offset;
      node = pair.value;
      offset = last && anchor === 'key' ? keyOffset : (rangeStart(node) ?? keyOffset);
    } else if (isSeq(node) && typeof seg === 'number') {
      const item: unknown = node.items[seg];
      if (item === undefined) break;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else break;
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return Array.isArray(range) ? range[0] : undefined;
}

/** A source over a whole YAML file; keys are shown from the document root. */
export function yamlSource(file: string, parsed: ParsedYaml): Source {
  return {
    file,
    locate(path, anchor = 'value') {
      const { line, col } = parsed.lineCounter.linePos(offsetOf(parsed, path, anchor));
      return { line, column: col };
    },
    keyOf: formatKey,
  };
}

/**
 * A source over one JSONL record on line `line` (1-based): positions are that line's, and keys
 * are shown relative to the record since the line number already identifies it.
 */
export function jsonlRecordSource(file: string, line: number, text: string): Source {
  return new JsonlRecordSource(file, line, text);
}

/**
 * One object per record, methods on the prototype: a dataset has 100,000 of these, and closures
 * per record were a third of its loading garbage.
 */
class JsonlRecordSource implements Source {
  // JSON is YAML flow syntax, so the YAML parser gives column positions inside the record. Parsed
  // only when a problem needs a position: parsing every line of a valid file cost 2 s per 10,000
  // cases, and each parse stayed alive in its case's source.
  private parsed: ParsedYaml | undefined;

  constructor(
    readonly file: string,
    private readonly line: number,
    private readonly text: string,
  ) {}

  locate(path: Path, anchor: Anchor = 'value'): { line: number; column: number } {
    // The record itself (where each case's line comes from) starts at its first character.
    if (path.length === 0) return { line: this.line, column: leadingSpaces(this.text) + 1 };
    this.parsed ??= parseYaml(this.text);
    const { col } = this.parsed.lineCounter.linePos(offsetOf(this.parsed, path, anchor));
    return { line: this.line, column: col };
  }

  keyOf(path: Path): string {
    return formatKey(path);
  }
}

/** Count of leading whitespace characters, without copying the string as trimStart would. */
function leadingSpaces(text: string): number {
  let i = 0;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/** A source for a file that could not be parsed: every problem points at its start. */
export function wholeFileSource(file: string): Source {
  return { file, locate: () => ({ line: 1, column: 1 }), keyOf: formatKey };
}
