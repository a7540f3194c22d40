/** Marker format version; bump when the attributes change meaning. */
export const MARKER_VERSION = 'v1';
/** Upper bound of the `state` attribute: keeps the marker a small fraction of the 65,536-char comment limit. */
export const MARKER_STATE_LIMIT = 8192;

export interface Marker {
  /** The suite this comment reports on (one sticky comment per PR and suite). */
  suite: string;
  /** The head commit the comment shows. */
  headSha: string;
  /** base64url of compact JSON written by the caller, or null. */
  state: string | null;
}

const SHA = /^[0-9a-f]{7,64}$/i;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const SUITE_SAFE = /[A-Za-z0-9._/~:@+-]/;
const MARKER_LINE = /^<!-- evalgate:v1 suite="([^"]*)" head="([^"]*)"(?: state="([^"]*)")? -->$/;

// Keeps the attribute free of `"` and `>`, so a suite name cannot end the marker early.
function encodeSuite(suite: string): string {
  return Array.from(suite, (ch) => (SUITE_SAFE.test(ch) ? ch : encodeURIComponent(ch))).join('');
}

/**
 * The hidden first line of a sticky comment:
 * `<!-- evalgate:v1 suite="support" head="<sha>" state="<base64url>" -->`.
 * Throws on a malformed sha or state, or a state over MARKER_STATE_LIMIT (caller bugs, not user input).
 */
export function buildMarker(marker: { suite: string; headSha: string; state?: string | null }): string {
  if (!SHA.test(marker.headSha)) throw new Error(`buildMarker: head must be a hex commit sha, got "${marker.headSha}"`);
  const state = marker.state ?? null;
  if (state !== null && !BASE64URL.test(state)) throw new Error('buildMarker: state must be base64url');
  if (state !== null && state.length > MARKER_STATE_LIMIT) {
    throw new Error(`buildMarker: state is ${state.length} chars, over the ${MARKER_STATE_LIMIT} limit`);
  }
  const stateAttr = state === null ? '' : ` state="${state}"`;
  return `<!-- evalgate:${MARKER_VERSION} suite="${encodeSuite(marker.suite)}" head="${marker.headSha}"${stateAttr} -->`;
}

/**
 * Reads the marker from the FIRST line of a comment body only: the renderer neutralises `<!--` in
 * untrusted text, and anchoring to line one means quoted or pasted markers further down never count.
 */
export function parseMarker(body: string): Marker | null {
  const firstLine = body.split('\n', 1)[0].replace(/\r$/, '');
  const m = MARKER_LINE.exec(firstLine);
  if (m === null) return null;
  const [, rawSuite, headSha, state] = m;
  if (!SHA.test(headSha) || (state !== undefined && (!BASE64URL.test(state) || state.length > MARKER_STATE_LIMIT))) return null;
  let suite: string;
  try {
    suite = decodeURIComponent(rawSuite);
  } catch {
    return null;
  }
  return { suite, headSha, state: state ?? null };
}

/** Encodes a JSON value as the marker's compact state (base64url). */
export function encodeMarkerState(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** Decodes a marker state; null when it is not base64url JSON (a hand-edited or foreign comment). */
export function decodeMarkerState(state: string): unknown {
  try {
    return JSON.parse(Buffer.from(state, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}
