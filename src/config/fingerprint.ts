import { createHash } from 'node:crypto';
import { DEFAULT_JUDGE_RUBRIC, type Case, type Suite } from './suite.js';

/** Hex characters kept from the sha256: 64 bits is plenty to tell suite versions apart. */
const FINGERPRINT_LENGTH = 16;

/**
 * JSON with object keys sorted at every level, so equal values always serialise alike (used for
 * fingerprints and cache keys). Follows JSON.stringify otherwise: undefined properties are
 * dropped, undefined in arrays and non-finite numbers become null.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeys(v)));
  if (value !== null && typeof value === 'object') {
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return sortKeys((value as { toJSON(): unknown }).toJSON());
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

function hash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, FINGERPRINT_LENGTH);
}

function caseIdentity(c: Case): unknown {
  return { id: c.id, input: c.input, expected: c.expected ?? null, checks: c.checks };
}

/** Identity of one case as graded: id, input, expected and checks (with defaults applied). */
export function caseFingerprint(c: Case): string {
  return hash(caseIdentity(c));
}

/** The judge's named endpoint as its name and kind; undefined (left out) for the default endpoint. */
function judgeEndpointIdentity(suite: Suite): unknown {
  const name = suite.judge?.endpoint;
  if (!name) return undefined;
  return { name, kind: suite.endpoints[name]?.kind ?? null };
}

/**
 * Identity of what a stored baseline must share with this run to stand in for the base side:
 * cases (id, input, expected, checks after defaults, in suite order), the judge's model, rubric
 * and threshold, and the judge prompt version. Not the gate (thresholds may change freely), not
 * the target (it is what is under test), and not the contents of files checks name.
 */
export function suiteFingerprint(suite: Suite, judgePromptVersion: string): string {
  return hash({
    cases: suite.cases.map(caseIdentity),
    // The endpoint only when named, so fingerprints of suites without endpoints stay as they were.
    judge: suite.judge
      ? {
          model: suite.judge.model,
          rubric: suite.judge.rubric ?? DEFAULT_JUDGE_RUBRIC,
          threshold: suite.judge.threshold,
          endpoint: judgeEndpointIdentity(suite),
        }
      : null,
    judgePromptVersion,
  });
}
