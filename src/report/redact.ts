import type { CaseResult, CheckResult, RunMeta, Step, TrialResult } from '../results/schema.js';
import { compileSafeRegex, type SafeRegex } from '../util/safe-regex.js';

/** What a secret is replaced with, everywhere EvalGate writes text. */
export const REDACTED = '[REDACTED]';

/**
 * Literal secrets shorter than this are not redacted: a placeholder key such as `x` or `test`
 * would otherwise blank out every occurrence of an ordinary word.
 */
export const MIN_LITERAL_SECRET_LENGTH = 8;

declare const redactorBrand: unique symbol;

/**
 * Replaces secrets in a string with `[REDACTED]`. Only `createRedactor` makes one, so a
 * `Renderer` cannot be built around an identity function by accident.
 */
export type Redactor = ((text: string) => string) & { readonly [redactorBrand]: true };

interface Rule {
  /** Suite patterns are SafeRegex (linear time: they run on model output); ours are vetted RegExps. */
  pattern: RegExp | SafeRegex;
  /** Keep capture group 1 verbatim (the header name before a token). */
  keepPrefix: boolean;
}

/**
 * Built-in secret shapes (SPEC §5 Secrets). Prefix-keeping rules capture the non-secret part in
 * group 1 so `Authorization: Bearer x` reads `Authorization: [REDACTED]`.
 */
const BUILT_IN_RULES: readonly Rule[] = [
  // OpenAI: sk-..., sk-proj-..., sk-svcacct-..., sk-admin-...
  { pattern: /\bsk-[A-Za-z0-9_-]{16,}/g, keepPrefix: false },
  // GitHub classic and fine-grained tokens.
  { pattern: /\bgh[pousr]_[A-Za-z0-9]{20,}/g, keepPrefix: false },
  { pattern: /\bgithub_pat_[A-Za-z0-9_]{20,}/g, keepPrefix: false },
  // AWS access key ids.
  { pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, keepPrefix: false },
  // AWS secret keys and session tokens written as key=value / key: value / "key": "value".
  {
    pattern: /(\baws_(?:secret_access_key|session_token)["']?\s*[:=]\s*["']?)[A-Za-z0-9/+=]{16,}/gi,
    keepPrefix: true,
  },
  // Authorization headers, whatever the scheme (Bearer, Basic, token).
  {
    pattern: /(\b(?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:[A-Za-z]+\s+)?[^\s"',;]+/gi,
    keepPrefix: true,
  },
  // Bearer tokens anywhere else (curl lines, logs).
  { pattern: /(\bbearer\s+)[A-Za-z0-9\-._~+/]{8,}=*/gi, keepPrefix: true },
  // api-key / x-api-key headers (Azure OpenAI and many proxies).
  { pattern: /(\b(?:x-)?api[-_]?key["']?\s*[:=]\s*["']?)[A-Za-z0-9\-_.]{12,}/gi, keepPrefix: true },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The base64 characters that encode `secret` wherever it starts in a longer encoded text (a
 * `Basic` header, a data URL, a JWT): for each of the three byte alignments, the characters made
 * of the secret's bits alone. Standard and URL-safe alphabets.
 */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset += 1) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const first = Math.ceil((offset * 8) / 6);
    const last = Math.floor(((offset + bytes.length) * 8) / 6); // exclusive
    const core = encoded.slice(first, last);
    if (core.length >= MIN_LITERAL_SECRET_LENGTH) forms.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return forms;
}

/**
 * Every spelling of a runtime secret that can reach text: as written, URL-encoded (in a query
 * string or a logged URL; both cases of the percent escapes), and base64-encoded (standard and
 * URL-safe, at any alignment).
 */
export function literalForms(secret: string): string[] {
  const encoded = encodeURIComponent(secret);
  const forms = [secret, encoded, encoded.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()), ...base64Forms(secret)];
  return [...new Set(forms)];
}

function compileExtra(source: string, index: number): Rule {
  try {
    return { pattern: compileSafeRegex(source, 'g'), keepPrefix: false };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(
      `redact[${index}]: ${JSON.stringify(source)} is not a valid regular expression (${detail}); ` +
        'write a JavaScript regular expression without slashes, e.g. "ACME-[0-9]{6}"',
      { cause: error },
    );
  }
}

function applyRule(text: string, rule: Rule): string {
  return text.replace(rule.pattern, (match: string, prefix: unknown) => {
    // A user pattern that can match the empty string must not sprinkle markers everywhere.
    if (match === '') return match;
    return rule.keepPrefix && typeof prefix === 'string' ? prefix + REDACTED : REDACTED;
  });
}

/**
 * Builds the redactor for one run — the one redaction policy every writer uses: the built-in
 * patterns (OpenAI, GitHub, AWS, bearer and authorization headers), the suite's `redact` regexes,
 * and `literals` known at runtime (the API key, the GitHub token) in every encoding (see
 * literalForms). Throws when a `redact` entry is not a valid regular expression.
 */
export function createRedactor(extraPatterns: string[], options: { literals?: string[] } = {}): Redactor {
  const literals = [...new Set((options.literals ?? []).filter((s) => s.length >= MIN_LITERAL_SECRET_LENGTH).flatMap(literalForms))]
    // Longest first so a secret containing another is removed whole.
    .sort((a, b) => b.length - a.length);
  const rules: Rule[] = [
    ...literals.map((s) => ({ pattern: new RegExp(escapeRegExp(s), 'g'), keepPrefix: false })),
    ...BUILT_IN_RULES,
    ...extraPatterns.map(compileExtra),
  ];
  const redact = (text: string): string => rules.reduce(applyRule, text);
  return redact as Redactor;
}

/**
 * A JSON value with secrets redacted from every string in it — values AND object keys — applied
 * to the structure, never to its serialisation (a pattern that spans a quote cannot break the
 * JSON, and nothing outside a string is touched). Keys that collide after redaction keep the last.
 */
export function redactJson(value: unknown, redact: Redactor): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((v) => redactJson(v, redact));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactJson(v, redact)]));
  }
  return value;
}

function redactStep(step: Step, redact: Redactor): Step {
  return {
    ...step,
    name: redact(step.name),
    ...(step.model !== undefined && { model: redact(step.model) }),
    ...(step.input !== undefined && { input: redactJson(step.input, redact) }),
    ...(step.output !== undefined && { output: redactJson(step.output, redact) }),
    ...(step.error !== undefined && { error: redact(step.error) }),
  };
}

function redactCheck(check: CheckResult, redact: Redactor): CheckResult {
  return {
    ...check,
    label: redact(check.label),
    reason: redact(check.reason),
    ...(check.judge && { judge: { ...check.judge, model: redact(check.judge.model), reasoning: redact(check.judge.reasoning) } }),
    ...(check.violations && {
      violations: check.violations.map((v) => ({ ...v, name: redact(v.name), ...(v.input !== undefined && { input: redactJson(v.input, redact) }) })),
    }),
  };
}

/**
 * A trial result with secrets redacted from every text that came from outside EvalGate (output,
 * steps with their model, check labels and reasons, judge reasoning, error message and stderr).
 * Enums and numbers are left alone so a broad `redact` pattern cannot corrupt the file.
 */
export function redactTrial(trial: TrialResult, redact: Redactor): TrialResult {
  return {
    ...trial,
    output: trial.output === null ? null : redact(trial.output),
    steps: trial.steps.map((s) => redactStep(s, redact)),
    checks: trial.checks.map((c) => redactCheck(c, redact)),
    ...(trial.error && {
      error: { ...trial.error, message: redact(trial.error.message), ...(trial.error.stderr !== undefined && { stderr: redact(trial.error.stderr) }) },
    }),
  };
}

/**
 * A case result with its input (keys and values) and expected answer redacted (its trials are
 * redacted as they finish). The id, tags and fingerprint are the suite's identifiers, which
 * EvalGate pairs base with head and baselines by: they are written as the suite has them.
 */
export function redactCaseData(result: CaseResult, redact: Redactor): CaseResult {
  return {
    ...result,
    input: redactJson(result.input, redact) as CaseResult['input'],
    ...(result.expected !== undefined && { expected: redactJson(result.expected, redact) }),
  };
}

/** Run metadata with its free text redacted; commits, fingerprints and sample ids kept. */
export function redactMeta(meta: RunMeta, redact: Redactor): RunMeta {
  return {
    ...meta,
    ref: meta.ref === null ? null : redact(meta.ref),
    suitePath: redact(meta.suitePath),
    suiteName: redact(meta.suiteName),
    cut: meta.cut === null ? null : { ...meta.cut, reason: redact(meta.cut.reason) },
  };
}
