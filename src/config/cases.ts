import { repoPath } from '../util/repo-path.js';
import type { ConfigProblem } from './errors.js';
import { MAX_NESTING_DEPTH } from '../util/nesting.js';
import { describeValue } from './issues.js';
import { jsonlRecordSource, parseYaml, problemAt, yamlSource, type ParsedYaml, type Path, type Source } from './positions.js';

/** Extensions a case file may have; a glob silently passes over other files it matches. */
export const CASE_FILE_EXTENSIONS = ['.yaml', '.yml', '.json', '.jsonl'] as const;

export function isCaseFileName(rel: string): boolean {
  return CASE_FILE_EXTENSIONS.some((ext) => rel.toLowerCase().endsWith(ext));
}

/** One not-yet-validated case record and where it sits. */
export interface CaseRecord {
  value: unknown;
  src: Source;
  path: Path;
}

/** A case file split into records, or its syntax problems. */
export interface CaseFileParse {
  records: CaseRecord[];
  problems: ConfigProblem[];
}

/**
 * Splits a case file into records: a YAML (or JSON) list, one record per item; or JSONL, one
 * record per non-blank line. Syntax errors come back as problems at their position.
 */
export function parseCaseFile(file: string, text: string): CaseFileParse {
  return file.toLowerCase().endsWith('.jsonl') ? parseJsonl(file, text) : parseYamlList(file, text);
}

function parseYamlList(file: string, text: string): CaseFileParse {
  const parsed = parseYaml(text);
  const src = yamlSource(file, parsed);
  if (parsed.doc.errors.length > 0) return { records: [], problems: yamlErrorProblems(file, parsed) };
  let value: unknown;
  try {
    value = parsed.doc.toJS();
  } catch (err) {
    return { records: [], problems: [problemAt(src, [], `cannot read YAML: ${err instanceof Error ? err.message : String(err)}`)] };
  }
  // An empty file is an empty list, so a placeholder file does not break the suite.
  if (value === null || value === undefined) return { records: [], problems: [] };
  if (!Array.isArray(value)) {
    return { records: [], problems: [problemAt(src, [], `expected a list of cases ("- id: ..."), got ${describeValue(value)}`)] };
  }
  const list: readonly unknown[] = value;
  return { records: list.map((v, i) => ({ value: v, src, path: [i] })), problems: [] };
}

function parseJsonl(file: string, text: string): CaseFileParse {
  const records: CaseRecord[] = [];
  const problems: ConfigProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    try {
      records.push({ value: JSON.parse(line) as unknown, src: jsonlRecordSource(file, i + 1, line), path: [] });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const at = /at position (\d+)/.exec(message);
      problems.push({ file, line: i + 1, column: at ? Number(at[1]) + 1 : 1, key: '', message: `expected one JSON object per line: ${message}` });
    }
  });
  return { records, problems };
}

/** YAML syntax errors as problems at their position, messages without the code frame. */
export function yamlErrorProblems(file: string, parsed: ParsedYaml): ConfigProblem[] {
  return parsed.doc.errors.map((e) => {
    const { line, col } = parsed.lineCounter.linePos(e.pos[0]);
    const detail = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    // The YAML parser gives up on very deep nesting with the engine's own stack error.
    const message = /Maximum call stack size exceeded/.test(detail)
      ? `invalid YAML: nested too deeply to read; EvalGate reads at most ${MAX_NESTING_DEPTH} levels of lists and mappings`
      : `invalid YAML: ${detail}`;
    return { file, line, column: col, key: '', message };
  });
}

// --- Finding referenced files before validation, so reading can be done up front and validation
// --- stays a pure function of what was read. Tolerant of any shape: wrong shapes are the
// --- validator's to report.

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The `cases: - file:` patterns as written. */
export function caseFilePatterns(rawSuite: unknown): string[] {
  if (!isObject(rawSuite)) return [];
  return asArray(rawSuite.cases).flatMap((c) => (isObject(c) && typeof c.file === 'string' ? [c.file] : []));
}

/** A repository file a suite or its cases name, and whether its text is needed or only its existence. */
export interface FileRef {
  path: string;
  text: boolean;
}

/** Files named by the target and by checks (inline, in case records, and in defaults). */
export function referencedFileRefs(rawSuite: unknown, caseRecords: readonly unknown[]): FileRef[] {
  const refs: FileRef[] = [];
  const add = (p: unknown, text: boolean) => {
    const rel = typeof p === 'string' ? repoPath(p) : null;
    if (rel !== null) refs.push({ path: rel, text });
  };
  const suite = isObject(rawSuite) ? rawSuite : {};
  const target = isObject(suite.target) ? suite.target : {};
  const chat = isObject(target.chat) ? target.chat : {};
  for (const m of asArray(chat.messages)) if (isObject(m)) add(m.file, true);
  add(chat['model-file'], true);
  if (isObject(target.module)) add(target.module.path, false);
  const checks = [
    ...asArray(isObject(suite.defaults) ? suite.defaults.checks : undefined),
    ...[...asArray(suite.cases), ...caseRecords].flatMap((c) => (isObject(c) ? asArray(c.checks) : [])),
  ];
  for (const check of checks) {
    if (!isObject(check)) continue;
    const schema = check['json-schema'];
    if (isObject(schema)) add(schema.file, true);
    const js = check.javascript;
    add(isObject(js) ? js.path : js, false);
  }
  return refs;
}
