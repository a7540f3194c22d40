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
 * Builds the redactor for one run: the built-in patterns (OpenAI, GitHub, AWS, bearer and
 * authorization headers), the suite's `redact` regexes, and exact `literals` known at runtime
 * (the API key). Throws when a `redact` entry is not a valid regular expression.
 */
export function createRedactor(extraPatterns: string[], options: { literals?: string[] } = {}): Redactor {
  const literals = [...new Set(options.literals ?? [])]
    .filter((s) => s.length >= MIN_LITERAL_SECRET_LENGTH)
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
