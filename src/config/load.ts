import path from 'node:path';
import picomatch from 'picomatch';
import { z } from 'zod';
import { repoPath } from '../util/repo-path.js';
import { parsePercent } from '../util/units.js';
import { nestingProblem } from '../util/nesting.js';
import { caseFilePatterns, isCaseFileName, parseCaseFile, referencedFileRefs, yamlErrorProblems, type CaseFileParse } from './cases.js';
import { ConfigError, sortProblems, type ConfigProblem } from './errors.js';
import { listRepoFiles, MAX_CASE_FILE_BYTES, readRepoFile, type FileFact } from './files.js';
import { describeValue, explainIssues } from './issues.js';
import { parseYaml, problemAt, wholeFileSource, yamlSource, type Anchor, type ParsedYaml, type Path, type Source } from './positions.js';
import { fileFactMessage, globError, RULES, type CaseEntry, type CheckEntry, type RuleContext } from './rules.js';
import { CaseFileRef, CaseSpec, CheckSpec, SuiteSpec, type TargetSpec } from './schema.js';
import { DEFAULT_BATCHES, DEFAULT_GATE, DEFAULT_JUDGE_THRESHOLD, type Case, type Gate, type Judge, type Sample, type Suite } from './suite.js';

/** What parseOrReport returns for a value that does not match its schema. */
const INVALID = Symbol('invalid');

/** The suite schema with `cases` left open: case entries are validated one by one, for better messages. */
const SuiteTop = SuiteSpec.extend({ cases: z.array(z.unknown()).min(1) });
const CaseEntrySpec = z.union([CaseFileRef, CaseSpec]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a case-file pattern matched (sorted repository paths), or why matching failed. */
export type CaseGlob = { matches: string[] } | { error: string };

/** Everything `validateSuite` needs, read from disk by `readSuite`. */
export interface SuiteSource {
  /** Absolute repository root. */
  root: string;
  /** Suite file path: repository-relative with forward slashes, or as given when outside the root. */
  path: string;
  suite: FileFact;
  /** By `cases: - file:` pattern as written. */
  caseGlobs: ReadonlyMap<string, CaseGlob>;
  /** Case files and every other referenced file, by repository-relative path. */
  files: ReadonlyMap<string, FileFact>;
  /**
   * Parses `readSuite` made to find referenced files, reused by `validateSuite` so no file is
   * parsed twice (half of loading a YAML suite). Absent when a source is built by hand.
   */
  parsed?: ParsedSources;
}

/** The suite file's YAML and each case file's records, as parsed from the texts in `SuiteSource`. */
export interface ParsedSources {
  suite: ParsedYaml;
  caseFiles: ReadonlyMap<string, CaseFileParse>;
}

export interface SuiteValidation {
  /** Null when there is any problem. */
  suite: Suite | null;
  problems: ConfigProblem[];
}

/**
 * Reads a suite and everything it references from the tree at `root`. `suitePath` is relative to
 * `root` (or absolute inside it). Never throws for a user mistake: missing or unreadable files are
 * recorded as facts for `validateSuite` to report.
 */
export async function readSuite(root: string, suitePath: string): Promise<SuiteSource> {
  const absRoot = path.resolve(root);
  const given = path.isAbsolute(suitePath) ? path.relative(absRoot, suitePath) : suitePath;
  const rel = repoPath(given);
  const files = new Map<string, FileFact>();
  const caseGlobs = new Map<string, CaseGlob>();
  if (rel === null) return { root: absRoot, path: suitePath, suite: { kind: 'missing' }, caseGlobs, files };
  const suite = await readRepoFile(absRoot, rel, true);
  if (suite.kind !== 'file' || suite.text === null) return { root: absRoot, path: rel, suite, caseGlobs, files };

  const parsedSuite = parseYaml(suite.text);
  const rawSuite = toJsOrUndefined(parsedSuite);
  let listing: Promise<string[]> | undefined;
  for (const pattern of caseFilePatterns(rawSuite)) {
    if (caseGlobs.has(pattern) || repoPath(pattern) === null || globError(pattern)) continue;
    if (!picomatch.scan(pattern).isGlob) {
      caseGlobs.set(pattern, { matches: [repoPath(pattern)!] });
      continue;
    }
    try {
      listing ??= listRepoFiles(absRoot);
      const isMatch = picomatch(repoPath(pattern)!);
      caseGlobs.set(pattern, { matches: (await listing).filter((f) => isMatch(f) && isCaseFileName(f)) });
    } catch (err) {
      caseGlobs.set(pattern, { error: err instanceof Error ? err.message : String(err) });
    }
  }
  const caseFiles = [...new Set([...caseGlobs.values()].flatMap((g) => ('matches' in g ? g.matches : [])))];
  await Promise.all(caseFiles.map(async (f) => files.set(f, await readRepoFile(absRoot, f, true, MAX_CASE_FILE_BYTES))));

  const parsedCaseFiles = new Map<string, CaseFileParse>();
  const caseRecords = caseFiles.flatMap((f) => {
    const fact = files.get(f);
    if (fact?.kind !== 'file' || fact.text === null) return [];
    const parsed = parseCaseFile(f, fact.text);
    parsedCaseFiles.set(f, parsed);
    return parsed.records.map((r) => r.value);
  });
  const refs = referencedFileRefs(rawSuite, caseRecords).filter((r) => !files.has(r.path));
  // A file may be named twice, once needing text: read it once, with text.
  const wantText = new Map<string, boolean>();
  for (const r of refs) wantText.set(r.path, (wantText.get(r.path) ?? false) || r.text);
  await Promise.all([...wantText].map(async ([f, text]) => files.set(f, await readRepoFile(absRoot, f, text))));
  return { root: absRoot, path: rel, suite, caseGlobs, files, parsed: { suite: parsedSuite, caseFiles: parsedCaseFiles } };
}

function toJsOrUndefined(parsed: ParsedYaml): unknown {
  if (parsed.doc.errors.length > 0) return undefined;
  try {
    return parsed.doc.toJS();
  } catch {
    return undefined; // the validator reports it with a position
  }
}

/** Validates what `readSuite` read. Pure; returns every problem found (in reading order), or the loaded suite. */
export function validateSuite(source: SuiteSource): SuiteValidation {
  const problems: ConfigProblem[] = [];
  const fail = (): SuiteValidation => ({ suite: null, problems: sortProblems(problems) });
  const rel = repoPath(source.path);
  if (rel === null) {
    problems.push({ ...problemAt(wholeFileSource(source.path), [], ''), message: `the suite file must be inside the repository (${source.root})` });
    return fail();
  }
  const fileMessage = fileFactMessage(rel, source.suite, 'suite file');
  if (fileMessage || source.suite.kind !== 'file' || source.suite.text === null) {
    const at = source.suite.kind === 'not-utf8' ? { line: source.suite.line, column: source.suite.column } : { line: 1, column: 1 };
    problems.push({ file: rel, ...at, key: '', message: fileMessage ?? 'suite file could not be read' });
    return fail();
  }

  const parsed = source.parsed?.suite ?? parseYaml(source.suite.text);
  if (parsed.doc.errors.length > 0) return { suite: null, problems: yamlErrorProblems(rel, parsed) };
  const src = yamlSource(rel, parsed);
  const report = (s: Source, p: Path, message: string, anchor?: Anchor) => problems.push(problemAt(s, p, message, anchor));
  /** `value` as `schema` parses it, or INVALID once every issue is reported with its position. */
  const parseOrReport = <T>(s: Source, at: Path, schema: z.ZodType<T>, value: unknown): T | typeof INVALID => {
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) return result.data;
    for (const c of explainIssues(schema, result.error.issues, value)) report(s, [...at, ...c.path], c.message, c.anchor);
    return INVALID;
  };
  const schemaProblems = (s: Source, at: Path, schema: z.ZodType, value: unknown): boolean => parseOrReport(s, at, schema, value) === INVALID;

  let raw: unknown;
  try {
    raw = parsed.doc.toJS();
  } catch (err) {
    report(src, [], `cannot read YAML: ${err instanceof Error ? err.message : String(err)}`);
    return fail();
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    report(src, [], `expected a mapping with version, target and cases, got ${raw === null || raw === undefined ? 'an empty file' : describeValue(raw)}`);
    return fail();
  }
  const rawSuite = raw as Record<string, unknown>;
  // Cases are measured one by one below, so a deep case is reported at its own line.
  for (const [key, value] of Object.entries(rawSuite)) {
    const tooDeep = key === 'cases' ? null : nestingProblem(value, `"${key}"`);
    if (tooDeep) report(src, [key], tooDeep);
  }
  if (problems.length > 0) return fail();
  schemaProblems(src, [], SuiteTop, rawSuite);
  const spec = validSections(rawSuite);

  // Cases, inline and from files, each validated on its own so one bad case does not hide others.
  const cases: CaseEntry[] = [];
  const caseFiles: string[] = [];
  // Checks of invalid cases that are themselves valid still go through the rules (a bad regex in
  // a case with another mistake is reported in the same run).
  const strayChecks: CheckEntry[] = [];
  const addCase = (s: Source, at: Path, value: unknown) => {
    const tooDeep = nestingProblem(value, 'this case');
    if (tooDeep) {
      report(s, at, tooDeep);
      return;
    }
    // Parsed once: at 10,000 cases a second parse of each was a tenth of loading.
    // The schema has no transforms or defaults, so a valid value is its own parse: keeping it
    // instead of zod's copy halves what a 100,000-case dataset holds while loading.
    if (parseOrReport(s, at, CaseSpec, value) !== INVALID) {
      cases.push({ spec: value as CaseSpec, src: s, path: at });
      return;
    }
    const rawChecks = typeof value === 'object' && value !== null ? (value as { checks?: unknown }).checks : undefined;
    if (!Array.isArray(rawChecks)) return;
    rawChecks.forEach((check: unknown, j) => {
      const r = CheckSpec.safeParse(check);
      if (r.success) strayChecks.push({ check: r.data, src: s, path: [...at, 'checks', j] });
    });
  };
  const before = problems.length;
  (Array.isArray(rawSuite.cases) ? rawSuite.cases : []).forEach((item: unknown, i: number) => {
    const at: Path = ['cases', i];
    if (isObject(item) && !('file' in item) && !('id' in item) && !('input' in item)) {
      // Neither a case nor a file entry yet: explain against both, so `fil:` suggests `file`.
      schemaProblems(src, at, CaseEntrySpec, item);
    } else if (isObject(item) && 'file' in item) {
      if (schemaProblems(src, at, CaseFileRef, item)) return;
      const pattern = (item as { file: string }).file;
      for (const file of expandCaseFile(source, src, [...at, 'file'], pattern, report)) {
        // Two patterns matching one file would otherwise load its cases twice.
        if (caseFiles.includes(file)) continue;
        caseFiles.push(file);
        const text = (source.files.get(file) as { text: string }).text;
        const { records, problems: syntax } = source.parsed?.caseFiles.get(file) ?? parseCaseFile(file, text);
        problems.push(...syntax);
        for (const r of records) addCase(r.src, r.path, r.value);
      }
    } else addCase(src, at, item);
  });
  const casesIncomplete = problems.length > before;

  const defaultChecks: CheckEntry[] = (spec.defaults?.checks ?? []).map((check, j) => ({ check, src, path: ['defaults', 'checks', j] }));
  const checks: CheckEntry[] = [
    ...cases.flatMap((c) => (c.spec.checks ?? []).map((check, j) => ({ check, src: c.src, path: [...c.path, 'checks', j] }))),
    ...strayChecks,
    ...defaultChecks,
  ];
  const ctx: RuleContext = { spec, written: new Set(Object.keys(rawSuite)), suite: src, cases, casesIncomplete, checks, files: source.files, report };
  for (const rule of RULES) rule(ctx);
  if (problems.length > 0) return fail();

  const full = SuiteSpec.parse(rawSuite);
  return { suite: normalise(source, rel, full, cases, caseFiles, checks), problems: [] };
}

/** Reads and validates; throws `ConfigError` listing every problem. */
export async function loadSuite(root: string, suitePath: string): Promise<Suite> {
  const { suite, problems } = validateSuite(await readSuite(root, suitePath));
  if (!suite) throw new ConfigError(problems);
  return suite;
}

/**
 * Repository files the target reads: prompt files, the model file, the agent module (a command's
 * files are unknowable, so none). Repository-relative, sorted, unique; paths that escape the
 * repository are left out (validation reports them on the head side).
 */
export function targetFilesOf(target: TargetSpec): string[] {
  const written = [
    ...(target.chat?.messages ?? []).flatMap((m) => ('file' in m ? [m.file] : [])),
    ...(target.chat?.['model-file'] !== undefined ? [target.chat['model-file']] : []),
    ...(target.module ? [target.module.path] : []),
    ...(target.command ? commandScripts(target.command.run) : []),
  ];
  return sortedUnique(written.flatMap((w) => repoPath(w) ?? []));
}

/** Source files a command line names (`python agent/main.py` → agent/main.py): the agent's entry point. */
const SCRIPT_TOKEN = /^(?:\.\/)?[\w.-]+(?:\/[\w.-]+)+\.(?:py|js|mjs|cjs|ts|mts|rb|go|sh|php|pl|java|kt|rs)$/;
function commandScripts(run: string): string[] {
  return run.split(/\s+/).filter((token) => SCRIPT_TOKEN.test(token));
}

/** Each top-level section that passes its own schema, so rules can run on the valid parts. */
function validSections(raw: Record<string, unknown>): Partial<z.infer<typeof SuiteSpec>> {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(SuiteSpec.shape)) {
    if (!(key in raw)) continue;
    const r = (schema as z.ZodType).safeParse(raw[key]);
    if (r.success) out[key] = r.data;
  }
  // Cases are typed per entry by the loader; here only "there is a list" matters.
  if (Array.isArray(raw.cases) && raw.cases.length > 0) out.cases = raw.cases;
  return out;
}

/** Case files a `file:` entry names, reporting a bad pattern, no match, or an unusable file. */
function expandCaseFile(source: SuiteSource, src: Source, at: Path, pattern: string, report: (s: Source, p: Path, m: string) => void): string[] {
  if (repoPath(pattern) === null) {
    report(src, at, `expected a path inside the repository (relative to its root), got ${JSON.stringify(pattern)}`);
    return [];
  }
  const bad = globError(pattern);
  if (bad) {
    report(src, at, bad);
    return [];
  }
  const glob = source.caseGlobs.get(pattern);
  if (!glob || 'error' in glob) {
    report(src, at, `cannot list files for ${JSON.stringify(pattern)}: ${glob ? glob.error : 'not read'}`);
    return [];
  }
  const isGlob = picomatch.scan(pattern).isGlob;
  if (isGlob && glob.matches.length === 0) {
    report(src, at, `no case files match ${JSON.stringify(pattern)} (case files end in .yaml, .yml, .json or .jsonl)`);
    return [];
  }
  const usable: string[] = [];
  for (const file of glob.matches) {
    const fact = source.files.get(file) ?? { kind: 'missing' };
    if (!isGlob && !isCaseFileName(file)) {
      report(src, at, `case file "${file}" must end in .yaml, .yml, .json or .jsonl`);
    } else if (fact.kind === 'not-utf8') {
      // Point into the case file itself, where the bad byte is.
      report(wholeFileSourceAt(file, fact.line, fact.column), [], 'not UTF-8 text; save the file as UTF-8');
    } else {
      const message = fileFactMessage(file, fact, 'case file');
      if (message) report(src, at, message);
      else usable.push(file);
    }
  }
  return usable;
}

function wholeFileSourceAt(file: string, line: number, column: number): Source {
  return { ...wholeFileSource(file), locate: () => ({ line, column }) };
}

/** Applies defaults and units to a suite with no problems. */
function normalise(
  source: SuiteSource,
  rel: string,
  spec: z.infer<typeof SuiteSpec>,
  entries: readonly CaseEntry[],
  caseFiles: readonly string[],
  checks: readonly CheckEntry[],
): Suite {
  const defaults = spec.defaults?.checks ?? [];
  const cases: Case[] = entries.map(({ spec: c, src, path: at }) => ({
    id: c.id,
    ...(c.description !== undefined ? { description: c.description } : {}),
    input: c.input,
    ...(c.expected !== undefined ? { expected: c.expected } : {}),
    tags: c.tags ?? [],
    checks: defaults.length === 0 ? (c.checks ?? []) : [...(c.checks ?? []), ...defaults],
    source: { file: src.file, line: src.locate(at).line },
  }));
  const checkFiles = checks.flatMap(({ check }) => {
    const js = check.javascript;
    const schema = check['json-schema'];
    return [
      ...(js === undefined ? [] : [typeof js === 'string' ? js : js.path]),
      ...(schema !== undefined && typeof schema.file === 'string' && Object.keys(schema).length === 1 ? [schema.file] : []),
    ];
  });
  const targetFiles = targetFilesOf(spec.target);
  return {
    path: rel,
    root: source.root,
    name: spec.name ?? defaultName(rel),
    spec,
    target: spec.target,
    cases,
    watch: spec.watch ?? [],
    referencedFiles: sortedUnique([rel, ...caseFiles, ...checkFiles.flatMap((f) => repoPath(f) ?? []), ...targetFiles]),
    targetFiles,
    judge: normaliseJudge(spec.judge),
    sample: normaliseSample(spec.sample),
    gate: normaliseGate(spec.gate),
    pricing: spec.pricing ?? {},
    endpoints: spec.endpoints ?? {},
    trafficCallsPerMonth: spec.traffic?.['calls-per-month'] ?? null,
    redact: spec.redact ?? [],
  };
}

/**
 * The suite's name when it sets none: the file name without extension (`evals/support.yaml` →
 * `support`), except that the conventional `evalgate.yaml` is named after its directory
 * (`evals/evalgate.yaml` → `evals`), since "evalgate" would name every suite alike. At the
 * repository root it stays `evalgate`. Depends only on the repository-relative path, so the name
 * is the same in every checkout.
 */
export function defaultName(rel: string): string {
  const base = path.posix.basename(rel).replace(/\.[^.]*$/, '');
  const dir = path.posix.basename(path.posix.dirname(rel));
  return base === 'evalgate' && dir !== '.' && dir !== '' ? dir : base;
}

function normaliseJudge(judge: z.infer<typeof SuiteSpec>['judge']): Judge | null {
  if (!judge) return null;
  return {
    model: judge.model,
    endpoint: judge.endpoint ?? null,
    rubric: judge.rubric ?? null,
    threshold: judge.threshold ?? DEFAULT_JUDGE_THRESHOLD,
    temperature: judge.temperature ?? 0,
  };
}

function normaliseSample(sample: z.infer<typeof SuiteSpec>['sample']): Sample {
  const size = sample?.size;
  return {
    size: size === undefined || size === 'all' ? null : typeof size === 'number' ? { count: size } : { fraction: parsePercent(size) },
    seed: sample?.seed ?? 1,
    stratify: sample?.stratify === 'tags',
    always: sample?.always ?? [],
    trials: sample?.trials ?? 1,
    batches: sample?.batches ?? DEFAULT_BATCHES,
  };
}

function normaliseGate(gate: z.infer<typeof SuiteSpec>['gate']): Gate {
  const percent = (p: number | string | null | undefined) => (p === null || p === undefined ? null : parsePercent(p));
  return {
    maxScoreDrop: gate?.['max-score-drop'] ?? DEFAULT_GATE.maxScoreDrop,
    detectDrop: gate?.['detect-drop'] ?? DEFAULT_GATE.detectDrop,
    mustPass: gate?.['must-pass'] ?? DEFAULT_GATE.mustPass,
    confirmTrials: gate?.['confirm-trials'] ?? DEFAULT_GATE.confirmTrials,
    confidence: gate?.confidence ?? DEFAULT_GATE.confidence,
    mustPassTags: gate?.['must-pass-tags'] ?? DEFAULT_GATE.mustPassTags,
    maxCostIncrease: gate?.['max-cost-increase'] === undefined ? DEFAULT_GATE.maxCostIncrease : percent(gate['max-cost-increase']),
    maxLatencyIncrease: gate?.['max-latency-increase'] === undefined ? DEFAULT_GATE.maxLatencyIncrease : percent(gate['max-latency-increase']),
    onInconclusive: gate?.['on-inconclusive'] ?? DEFAULT_GATE.onInconclusive,
    maxErrorRate: gate?.['max-error-rate'] ?? DEFAULT_GATE.maxErrorRate,
  };
}

function sortedUnique(items: readonly string[]): string[] {
  return [...new Set(items)].sort();
}
