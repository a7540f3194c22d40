/** Server-Sent Events as the model APIs send them: events separated by a blank line. */

/** Splits buffered SSE text into complete events (separated by a blank line) and the unfinished rest. */
export function splitSseEvents(buffer: string): { events: string[]; rest: string } {
  const parts = buffer.split(/\r?\n\r?\n/);
  const rest = parts.pop() ?? '';
  return { events: parts.filter((e) => e.trim() !== ''), rest };
}

/** Every complete event of a recorded transcript, a last event without its blank line included. */
export function transcriptEvents(transcript: string): string[] {
  const { events, rest } = splitSseEvents(`${transcript}\n\n`);
  return rest.trim() === '' ? events : [...events, rest];
}

/** The `data:` payload of one SSE event (multi-line data joined), or null when it has none. */
export function sseData(event: string): string | null {
  const lines = event.split(/\r?\n/).filter((l) => l.startsWith('data:'));
  if (lines.length === 0) return null;
  return lines.map((l) => l.slice(5).replace(/^ /, '')).join('\n');
}

type Json = Record<string, unknown>;

/** An object, or null for anything else (arrays included). */
export const asObject = (v: unknown): Json | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null);

export function parseJsonObject(text: string): Json | null {
  try {
    return asObject(JSON.parse(text));
  } catch {
    return null;
  }
}

/** The JSON objects of a transcript's `data:` lines, in order (`[DONE]` and non-JSON data skipped). */
export function sseJsonEvents(transcript: string): Json[] {
  return transcriptEvents(transcript).flatMap((event) => {
    const data = sseData(event);
    const parsed = data === null || data.trim() === '[DONE]' ? null : parseJsonObject(data);
    return parsed ? [parsed] : [];
  });
}

/** A finite number, or 0. */
export const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/**
 * A field the APIs send as a string, as text. Compatible servers send numbers for ids and
 * sometimes an object for `arguments`: those are kept as JSON, never as "[object Object]".
 */
export function textField(value: unknown, missing: string): string {
  if (value === undefined || value === null) return missing;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
