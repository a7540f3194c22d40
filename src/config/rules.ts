import picomatch from 'picomatch';
import { parse as parseYamlValue } from 'yaml';
import { modelFromText } from './model-key.js';
import { safeRegexProblem } from '../util/safe-regex.js';
import { repoPath } from '../util/repo-path.js';
import { suggestKey } from '../util/suggest.js';
import type { FileFact } from './files.js';
import type { Anchor, Path, Source } from './positions.js';
import { DEFAULT_GATE } from './suite.js';
import { hasVariable, templateVariables } from './template-vars.js';
import { compileJsonSchema } from './user-json-schema.js';
import { WORKFLOW_CREDENTIAL } from './workflow-credentials.js';
import { CHECK_KEYS, type AgentEndpoints, type CaseSpec, type CheckKind, type CheckSpec, type SuiteSpec } from './schema.js';

/** A case that passed the schema, with where it was written. */
export interface CaseEntry {
  spec: CaseSpec;
  src: Source;
  /** Path of the case object inside `src`. */
  path: Path;
}

/** A check that passed the schema, with where it was written (a case's list or `defaults.checks`). */
export interface CheckEntry {
  check: CheckSpec;
  src: Source;
  path: Path;
}

/** What the cross-field rules look at. Sections that failed the schema are absent from `spec`. */
export interface RuleContext {
  spec: Partial<SuiteSpec>;
  /** Top-level keys present in the file, valid or not (so rules don't repeat a schema problem). */
  written: ReadonlySet<string>;
  suite: Source;
  cases: readonly CaseEntry[];
  /** True when some case or case file had a problem, so counts and tag sets are incomplete. */
  casesIncomplete: boolean;
  checks: readonly CheckEntry[];
  /** Facts about every repository file the suite references, by repository-relative path. */
  files: ReadonlyMap<string, FileFact>;
  report(src: Source, path: Path, message: string, anchor?: Anchor): void;
}

export type Rule = (ctx: RuleContext) => void;

const TARGET_KINDS = ['chat', 'command', 'module'] as const;
/** Checks that compare text, for which `ignore-case` means something. */
const CASE_FOLDING_CHECKS: readonly CheckKind[] = ['equals', 'contains', 'not-contains', 'starts-with'];

export const exactlyOneTarget: Rule = (ctx) => {
  const target = ctx.spec.target;
  if (!target) return;
  const kinds = TARGET_KINDS.filter((k) => target[k] !== undefined);
  if (kinds.length === 0) {
    ctx.report(ctx.suite, ['target'], 'expected exactly one of chat, command or module, got none');
  } else if (kinds.length > 1) {
    ctx.report(
      ctx.suite,
      ['target', kinds[1]],
      `expected exactly one of chat, command or module, got ${kinds.join(' and ')}; a suite evaluates one target`,
      'key',
    );
  }
};

export const chatModelChosen: Rule = (ctx) => {
  const chat = ctx.spec.target?.chat;
  if (!chat) return;
  const at = ['target', 'chat'];
  const file = chat['model-file'];
  const key = chat['model-key'];
  if (chat.model !== undefined && (file !== undefined || key !== undefined)) {
    ctx.report(ctx.suite, [...at, file !== undefined ? 'model-file' : 'model-key'], 'set either model, or model-file with model-key, not both', 'key');
  } else if (chat.model === undefined && file === undefined && key === undefined) {
    ctx.report(ctx.suite, at, 'missing the model: set model (e.g. gpt-4o-mini), or model-file with model-key');
  } else if (file !== undefined && key === undefined) {
    ctx.report(ctx.suite, [...at, 'model-file'], `model-file needs model-key: the key in "${file}" that names the model`, 'key');
  } else if (key !== undefined && file === undefined) {
    ctx.report(ctx.suite, [...at, 'model-key'], 'model-key needs model-file: the file that maps keys to models', 'key');
  }
};

export const targetFilesExist: Rule = (ctx) => {
  const target = ctx.spec.target;
  if (!target) return;
  target.chat?.messages.forEach((m, i) => {
    if ('file' in m) requireFile(ctx, ctx.suite, ['target', 'chat', 'messages', i, 'file'], m.file, 'prompt file');
  });
  const modelFile = target.chat?.['model-file'];
  if (modelFile !== undefined) {
    const fact = requireFile(ctx, ctx.suite, ['target', 'chat', 'model-file'], modelFile, 'model file');
    const key = target.chat?.['model-key'];
    // A wrong key would otherwise surface only once cases run, as the same error in every one.
    const found = fact?.kind === 'file' && fact.text !== null && key !== undefined ? modelFromText(modelFile, fact.text, key) : null;
    if (found && 'error' in found) ctx.report(ctx.suite, ['target', 'chat', 'model-key'], found.error);
  }
  if (target.module) requireFile(ctx, ctx.suite, ['target', 'module', 'path'], target.module.path, 'module');
};

export const nonEmptySuite: Rule = (ctx) => {
  if (ctx.cases.length === 0 && !ctx.casesIncomplete && ctx.spec.cases) {
    ctx.report(ctx.suite, ['cases'], 'the suite has no cases: the case files listed here contain none; add cases inline or to those files');
  }
};

export const uniqueCaseIds: Rule = (ctx) => {
  const first = new Map<string, CaseEntry>();
  for (const c of ctx.cases) {
    const prev = first.get(c.spec.id);
    if (!prev) {
      first.set(c.spec.id, c);
      continue;
    }
    const where = prev.src.locate([...prev.path, 'id']);
    ctx.report(
      c.src,
      [...c.path, 'id'],
      `duplicate id "${c.spec.id}"; ids must be unique across the suite, and it is first used at ${prev.src.file}:${where.line}:${where.column}`,
    );
  }
};

/**
 * Every `{{variable}}` of the chat target's messages (inline and prompt files) must be in each
 * case's input: otherwise every run of that case is a template error. Reported once per variable,
 * at the first case that lacks it.
 */
export const templateVariablesResolve: Rule = (ctx) => {
  const messages = ctx.spec.target?.chat?.messages ?? [];
  messages.forEach((m, i) => {
    const rel = 'file' in m ? repoPath(m.file) : null;
    const fact = rel !== null ? ctx.files.get(rel) : undefined;
    const text = 'content' in m ? m.content : fact?.kind === 'file' ? fact.text : null;
    if (text === null || text === undefined) return;
    const where = 'file' in m ? `${m.file} (target.chat.messages[${i}])` : `target.chat.messages[${i}]`;
    for (const variable of templateVariables(text)) {
      const lacking = ctx.cases.filter((c) => !hasVariable(c.spec.input, variable));
      const first = lacking[0];
      if (!first) continue;
      const keys = Object.keys(first.spec.input ?? {});
      const others = lacking.length > 1 ? `; ${lacking.length} of ${ctx.cases.length} cases lack it` : '';
      // A typo is in the template, not in the case this is reported at: say which name it meant.
      const meant = variable.includes('.') ? undefined : suggestKey(variable, keys);
      const typo = meant ? `; did you mean {{${meant}}} in ${where}?` : '';
      ctx.report(
        first.src,
        [...first.path, 'input'],
        `{{${variable}}} in ${where} is not in this case's input (it has: ${keys.length > 0 ? keys.join(', ') : 'nothing'})${others}${typo}`,
        'key',
      );
    }
  });
};

export const oneKindPerCheck: Rule = (ctx) => {
  for (const { check, src, path } of ctx.checks) {
    const kinds = checkKinds(check);
    if (kinds.length === 0) {
      const hint = check['ignore-case'] !== undefined ? 'ignore-case only modifies a check; ' : '';
      ctx.report(src, path, `${hint}expected one check key (${CHECK_KEYS.join(', ')}), got none`);
    } else if (kinds.length > 1) {
      ctx.report(
        src,
        [...path, kinds[1]],
        `one check per list item: found ${kinds.map((k) => `"${k}"`).join(' and ')}; write each as its own "- ${kinds[1]}: ..." item`,
        'key',
      );
    }
  }
};

export const ignoreCaseOnlyOnTextChecks: Rule = (ctx) => {
  for (const { check, src, path } of ctx.checks) {
    if (check['ignore-case'] === undefined) continue;
    const kinds = checkKinds(check);
    if (kinds.length === 1 && !CASE_FOLDING_CHECKS.includes(kinds[0])) {
      ctx.report(
        src,
        [...path, 'ignore-case'],
        `ignore-case applies to ${CASE_FOLDING_CHECKS.join(', ')}, not to "${kinds[0]}"${kinds[0].includes('regex') ? ' (use the "i" flag: { pattern, flags: i })' : ''}`,
        'key',
      );
    }
  }
};

export const regexesCompile: Rule = (ctx) => {
  for (const { check, src, path } of ctx.checks) {
    for (const kind of ['regex', 'not-regex'] as const) {
      const spec = check[kind];
      if (spec === undefined) continue;
      const [pattern, flags, at] = typeof spec === 'string' ? [spec, '', [...path, kind]] : [spec.pattern, spec.flags ?? '', [...path, kind, 'pattern']];
      const error = regexError(pattern, flags);
      if (error) ctx.report(src, at, `expected a valid regular expression (RE2 syntax), got ${JSON.stringify(pattern)}: ${error}`);
    }
  }
};

export const jsonSchemasCompile: Rule = (ctx) => {
  for (const { check, src, path } of ctx.checks) {
    const spec = check['json-schema'];
    if (spec === undefined) continue;
    if (isFileRef(spec)) {
      const at = [...path, 'json-schema', 'file'];
      const fact = requireFile(ctx, src, at, spec.file, 'json-schema file');
      if (fact?.kind !== 'file' || fact.text === null) continue;
      let schema: unknown;
      try {
        // .json files are YAML too, so one parser reads both and YAML-written schemas work.
        schema = parseYamlValue(fact.text);
      } catch (err) {
        ctx.report(src, at, `json-schema file "${spec.file}" is not valid JSON or YAML: ${firstLine(err)}`);
        continue;
      }
      const error = jsonSchemaError(schema);
      if (error) ctx.report(src, at, `json-schema file "${spec.file}" is not a valid JSON Schema: ${error}`);
    } else {
      const error = jsonSchemaError(spec);
      if (error) ctx.report(src, [...path, 'json-schema'], `expected a valid JSON Schema: ${error}`);
    }
  }
};

export const javascriptFilesExist: Rule = (ctx) => {
  for (const { check, src, path } of ctx.checks) {
    const spec = check.javascript;
    if (spec === undefined) continue;
    if (typeof spec === 'string') requireFile(ctx, src, [...path, 'javascript'], spec, 'javascript check module');
    else requireFile(ctx, src, [...path, 'javascript', 'path'], spec.path, 'javascript check module');
  }
};

export const judgeChecksHaveModel: Rule = (ctx) => {
  // An invalid judge section was already reported; don't also claim it is missing.
  if (ctx.written.has('judge')) return;
  for (const { check, src, path } of ctx.checks) {
    const judge = check.judge;
    if (judge === undefined || (typeof judge === 'object' && judge.model !== undefined)) continue;
    ctx.report(
      src,
      [...path, 'judge'],
      'a judge check needs a model: add a top-level "judge: { model: ... }" section, or write the check as { rubric, model }',
      'key',
    );
  }
};

/**
 * Every `endpoint:` (target.chat, judge, judge checks) names an entry of `endpoints:`; a typo
 * would otherwise send the role to the default endpoint's provider, or fail every case alike.
 */
export const endpointReferencesExist: Rule = (ctx) => {
  // An invalid endpoints section was already reported; its names are unknown, not missing.
  if (ctx.written.has('endpoints') && ctx.spec.endpoints === undefined) return;
  const known = Object.keys(ctx.spec.endpoints ?? {});
  const check = (src: Source, at: Path, name: string | undefined): void => {
    if (name === undefined || known.includes(name)) return;
    const list = known.length > 0 ? `endpoints defines ${known.map((k) => `"${k}"`).join(', ')}` : 'the suite has no endpoints section';
    ctx.report(src, at, `unknown endpoint "${name}" (${list}); add it under endpoints: or fix the name`);
  };
  check(ctx.suite, ['target', 'chat', 'endpoint'], ctx.spec.target?.chat?.endpoint);
  check(ctx.suite, ['judge', 'endpoint'], ctx.spec.judge?.endpoint);
  for (const [kind, agent] of agentTargets(ctx)) {
    for (const family of ['openai', 'anthropic'] as const) check(ctx.suite, ['target', kind, 'endpoints', family], agent.endpoints?.[family]);
  }
  for (const { check: c, src, path } of ctx.checks) {
    if (typeof c.judge === 'object') check(src, [...path, 'judge', 'endpoint'], c.judge.endpoint);
  }
};

/** The suite's agent target (command or module), with its key, when it has one. */
function agentTargets(ctx: RuleContext): ['command' | 'module', { endpoints?: AgentEndpoints }][] {
  const t = ctx.spec.target;
  const out: ['command' | 'module', { endpoints?: AgentEndpoints }][] = [];
  if (t?.command) out.push(['command', t.command]);
  if (t?.module) out.push(['module', t.module]);
  return out;
}

/** Which endpoint kinds can take an agent's calls of each API family at the recording proxy. */
const AGENT_KINDS: Readonly<Record<keyof AgentEndpoints, readonly string[]>> = {
  openai: ['openai', 'azure-openai'],
  anthropic: ['anthropic'],
};

/**
 * An agent's `endpoints.openai` must be OpenAI-shaped and `endpoints.anthropic` an Anthropic
 * endpoint: the proxy forwards the agent's requests as they are, in that API's shape.
 */
export const agentEndpointsFitKind: Rule = (ctx) => {
  for (const [kind, agent] of agentTargets(ctx)) {
    for (const family of ['openai', 'anthropic'] as const) {
      const name = agent.endpoints?.[family];
      const endpoint = name === undefined ? undefined : ctx.spec.endpoints?.[name];
      if (!endpoint || AGENT_KINDS[family].includes(endpoint.kind)) continue;
      ctx.report(
        ctx.suite,
        ['target', kind, 'endpoints', family],
        `endpoint "${name}" is kind ${endpoint.kind}, but endpoints.${family} takes the agent's ${family === 'openai' ? 'OpenAI-style' : 'Anthropic Messages'} calls and needs kind ${AGENT_KINDS[family].join(' or ')}; name such an endpoint`,
      );
    }
  }
};

/** Keys that only mean something for one endpoint kind, and keys a kind cannot work without. */
const KIND_ONLY: readonly { key: 'api-version' | 'auth' | 'deployments'; kind: string }[] = [
  { key: 'api-version', kind: 'azure-openai' },
  { key: 'auth', kind: 'azure-openai' },
  { key: 'deployments', kind: 'azure-openai' },
];

export const endpointSettingsFitKind: Rule = (ctx) => {
  for (const [name, endpoint] of Object.entries(ctx.spec.endpoints ?? {})) {
    const at = ['endpoints', name];
    for (const { key, kind } of KIND_ONLY) {
      if (endpoint[key] !== undefined && endpoint.kind !== kind) {
        ctx.report(ctx.suite, [...at, key], `${key} applies to kind ${kind} only, and this endpoint is kind ${endpoint.kind}; remove it`, 'key');
      }
    }
    if (endpoint.kind === 'azure-openai') {
      if (endpoint['base-url'] === undefined)
        ctx.report(ctx.suite, at, 'an azure-openai endpoint needs base-url: the resource endpoint, e.g. https://my-resource.openai.azure.com');
      if (endpoint['api-version'] === undefined)
        ctx.report(ctx.suite, at, 'an azure-openai endpoint needs api-version, e.g. 2024-10-21 (Azure rejects requests without one)');
    }
    // The suite chooses where an endpoint's key goes (base-url): a workflow token must never be one.
    const keyEnv = endpoint['api-key-env'];
    if (keyEnv !== undefined && WORKFLOW_CREDENTIAL.test(keyEnv)) {
      ctx.report(ctx.suite, [...at, 'api-key-env'], `${keyEnv} is a workflow credential and is never sent to a model endpoint; use a dedicated secret`);
    }
    for (const [header, value] of Object.entries(endpoint.headers ?? {})) {
      for (const m of value.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)) {
        if (WORKFLOW_CREDENTIAL.test(m[1])) {
          ctx.report(
            ctx.suite,
            [...at, 'headers', header],
            `\${${m[1]}} is a workflow credential and is never sent to a model endpoint; use a dedicated secret`,
          );
        }
      }
    }
    if (endpoint.kind !== 'openai' && endpoint['api-key-env'] === undefined) {
      ctx.report(
        ctx.suite,
        at,
        `an endpoint of kind ${endpoint.kind} needs api-key-env: the environment variable that holds its key, e.g. ${endpoint.kind === 'anthropic' ? 'ANTHROPIC_API_KEY' : 'AZURE_OPENAI_API_KEY'}`,
      );
    }
  }
};

/**
 * A tag in `sample.always` or `gate.must-pass-tags` that no case carries is an error, not a
 * warning: it is almost always a typo, and it silently turns the guarantee it names into nothing.
 */
export const alwaysTagsExist: Rule = (ctx) => tagsExist(ctx, ['sample', 'always'], ctx.spec.sample?.always);
export const mustPassTagsExist: Rule = (ctx) => tagsExist(ctx, ['gate', 'must-pass-tags'], ctx.spec.gate?.['must-pass-tags']);

function tagsExist(ctx: RuleContext, at: Path, wanted: readonly string[] | undefined): void {
  if (!wanted || ctx.casesIncomplete) return;
  const known = new Set(ctx.cases.flatMap((c) => c.spec.tags ?? []));
  wanted.forEach((tag, i) => {
    if (known.has(tag)) return;
    const list = known.size > 0 ? `tags in this suite: ${[...known].sort().join(', ')}` : 'no case has any tags';
    ctx.report(ctx.suite, [...at, i], `no case has the tag "${tag}" (${list})`);
  });
}

export const sampleSizeInRange: Rule = (ctx) => {
  const size = ctx.spec.sample?.size;
  if (typeof size !== 'string' || size === 'all') return;
  const fraction = Number.parseFloat(size) / 100;
  if (!(fraction > 0 && fraction <= 1)) {
    ctx.report(ctx.suite, ['sample', 'size'], `expected a percentage above 0% and at most 100%, got "${size}"`);
  }
};

/** δ is a drop the team accepts and Δ one that must be caught, so Δ must be the larger. */
export const detectDropAboveTolerance: Rule = (ctx) => {
  const gate = ctx.spec.gate;
  const detect = gate?.['detect-drop'] ?? DEFAULT_GATE.detectDrop;
  const tolerance = gate?.['max-score-drop'] ?? DEFAULT_GATE.maxScoreDrop;
  if (detect > tolerance) return;
  ctx.report(
    ctx.suite,
    ['gate', gate?.['detect-drop'] === undefined ? 'max-score-drop' : 'detect-drop'],
    `detect-drop (${detect}) must be larger than max-score-drop (${tolerance}): the drop that must be caught has to exceed the drop that is accepted`,
  );
};

export const redactPatternsCompile: Rule = (ctx) => {
  ctx.spec.redact?.forEach((pattern, i) => {
    const error = regexError(pattern, 'g');
    if (error) ctx.report(ctx.suite, ['redact', i], `expected a valid regular expression (RE2 syntax), got ${JSON.stringify(pattern)}: ${error}`);
  });
};

export const watchGlobsValid: Rule = (ctx) => {
  ctx.spec.watch?.forEach((pattern, i) => {
    const error = globError(pattern);
    if (error) ctx.report(ctx.suite, ['watch', i], error);
  });
};

/** Every cross-field rule, in the order their problems read best. */
export const RULES: readonly Rule[] = [
  exactlyOneTarget,
  chatModelChosen,
  targetFilesExist,
  nonEmptySuite,
  uniqueCaseIds,
  templateVariablesResolve,
  oneKindPerCheck,
  ignoreCaseOnlyOnTextChecks,
  regexesCompile,
  jsonSchemasCompile,
  javascriptFilesExist,
  judgeChecksHaveModel,
  endpointReferencesExist,
  endpointSettingsFitKind,
  agentEndpointsFitKind,
  alwaysTagsExist,
  mustPassTagsExist,
  sampleSizeInRange,
  detectDropAboveTolerance,
  redactPatternsCompile,
  watchGlobsValid,
];

/** The check keys set on a check object (the schema allows several; `oneKindPerCheck` does not). */
export function checkKinds(check: CheckSpec): CheckKind[] {
  // A check has one or two keys: looking up its own keys is 10× faster than trying all 20 kinds
  // (200,000 checks in a 100,000-case dataset). Kinds come back in CHECK_KEYS order.
  const kinds = Object.keys(check).filter((k): k is CheckKind => CHECK_KEY_SET.has(k) && check[k as CheckKind] !== undefined);
  return kinds.length > 1 ? CHECK_KEYS.filter((k) => kinds.includes(k)) : kinds;
}

const CHECK_KEY_SET: ReadonlySet<string> = new Set(CHECK_KEYS);

function isFileRef(spec: NonNullable<CheckSpec['json-schema']>): spec is { file: string } {
  return Object.keys(spec).length === 1 && typeof spec.file === 'string';
}

/** Why `pattern` is not a usable glob over repository-relative paths, or null. */
export function globError(pattern: string): string | null {
  const bare = pattern.replace(/^!/, '');
  if (bare !== '' && repoPath(bare) === null) {
    return `expected a glob relative to the repository root (e.g. prompts/**), got ${JSON.stringify(pattern)}`;
  }
  try {
    // strictBrackets turns an unclosed [ { ( into an error instead of a pattern that never matches.
    const re = picomatch.makeRe(pattern, { strictBrackets: true });
    if (re.source === '$^') return `expected a glob, got ${JSON.stringify(pattern)}, which can never match a path`;
  } catch (err) {
    return `expected a valid glob, got ${JSON.stringify(pattern)}: ${firstLine(err)}`;
  }
  return null;
}

function regexError(pattern: string, flags: string): string | null {
  return safeRegexProblem(pattern, flags);
}

/** Why `schema` does not compile as a JSON Schema (in the dialect its `$schema` names), or null. */
export function jsonSchemaError(schema: unknown): string | null {
  const result = compileJsonSchema(schema);
  return 'error' in result ? result.error : null;
}

/**
 * Reports a path that escapes the repository or a file that is missing or unusable, and returns
 * the file's fact when it is usable.
 */
function requireFile(ctx: RuleContext, src: Source, at: Path, written: string, what: string): FileFact | null {
  const rel = repoPath(written);
  if (rel === null) {
    ctx.report(src, at, `expected a path inside the repository (relative to its root), got ${JSON.stringify(written)}`);
    return null;
  }
  const fact = ctx.files.get(rel) ?? { kind: 'missing' };
  const message = fileFactMessage(rel, fact, what);
  if (message) {
    ctx.report(src, at, message);
    return null;
  }
  return fact;
}

/** The message for a file that cannot be used, or null when it can. */
export function fileFactMessage(rel: string, fact: FileFact, what: string): string | null {
  switch (fact.kind) {
    case 'file':
      return null;
    case 'missing':
      return `${what} "${rel}" not found (paths are relative to the repository root)`;
    case 'not-a-file':
      return `${what} "${rel}" is a directory, expected a file`;
    case 'too-large':
      return `${what} "${rel}" is ${(fact.bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${fact.limit / 1024 / 1024} MB`;
    case 'not-utf8':
      return `${what} "${rel}" is not UTF-8 text (first bad byte at ${fact.line}:${fact.column}); save it as UTF-8`;
    case 'outside-root':
      return `${what} "${rel}" is a symlink to a file outside the repository`;
    case 'unreadable':
      return `cannot read ${what} "${rel}": ${fact.message}`;
  }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}
