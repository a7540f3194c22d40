import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { RunResults } from './schema.js';

export const RESULTS_FILE = 'evalgate-results.json';

/** Writes atomically, so a reader never sees half a file. */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    // Each piece is encoded on its own and the bytes are written together: joining the pieces
    // into one string first made a flat copy of every write-sized run (two bytes a character
    // once one "…" is in it), large enough for V8's large-object space, which only a full
    // collection frees (~20 MB held at the end of a 10,000-case run).
    let pending: Buffer[] = [];
    let bytes = 0;
    for (const chunk of jsonChunks(value)) {
      const encoded = Buffer.from(chunk, 'utf8');
      pending.push(encoded);
      bytes += encoded.length;
      if (bytes >= WRITE_BYTES) {
        await writeAll(handle, pending, bytes);
        pending = [];
        bytes = 0;
      }
    }
    await writeAll(handle, pending, bytes);
  } finally {
    await handle.close();
  }
  await rename(tmp, path);
}

/** Big enough that a 10,000-case file takes about a hundred writes, small enough to stay out of the way. */
const WRITE_BYTES = 1 << 18;

/** What `writeAll` needs of a FileHandle. */
export interface GatherWriter {
  writev(buffers: Buffer[]): Promise<{ bytesWritten: number }>;
  write(buffer: Buffer, offset: number): Promise<{ bytesWritten: number }>;
}

/** One gathered write, finished piece by piece if the system wrote less. */
export async function writeAll(handle: GatherWriter, buffers: Buffer[], total: number): Promise<void> {
  if (total === 0) return;
  const { bytesWritten } = await handle.writev(buffers);
  if (bytesWritten >= total) return;
  const rest = Buffer.concat(buffers).subarray(bytesWritten);
  for (let done = 0; done < rest.length;) done += (await handle.write(rest, done)).bytesWritten;
}

/**
 * `JSON.stringify(value, null, 2)` plus a newline, in pieces: one per element of a top-level
 * array, so a results file of 10,000 traced cases is never one 30 MB string (and its Buffer).
 */
export function* jsonChunks(value: unknown): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || 'toJSON' in value) {
    yield `${JSON.stringify(value, null, 2)}\n`;
    return;
  }
  // What JSON.stringify leaves out of an object.
  const entries: [string, unknown][] = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [i, [key, v]] of entries.entries()) {
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(v) && v.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (const [j, item] of v.entries()) yield `${arrayItem(item)}${j < v.length - 1 ? ',' : ''}\n`;
      yield `  ]${comma}\n`;
    } else {
      // `  "key": value`, indented as in the whole document.
      yield `${JSON.stringify({ [key]: v }, null, 2).slice(2, -2)}${comma}\n`;
    }
  }
  yield '}\n';
}

/**
 * An element of a top-level array, indented as in the whole document: stringified inside the
 * same nesting and cut out, so each line is not copied again to indent it (at 10,000 traced
 * cases that copy was 30 MB of the file's writing).
 */
function arrayItem(item: unknown): string {
  return JSON.stringify({ k: [item] }, null, 2).slice(ITEM_PREFIX.length, -ITEM_SUFFIX.length);
}
/** What `arrayItem` cuts off: the nesting around the element. */
const ITEM_PREFIX = '{\n  "k": [\n';
const ITEM_SUFFIX = '\n  ]\n}';

/** Reads and validates a results file; the message says which file and what is wrong with it. */
export async function readResults(path: string): Promise<RunResults> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not a readable EvalGate results file (${(error as Error).message})`, { cause: error });
  }
  const parsed = RunResults.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: not an EvalGate results file of schema version 1 (${issue.path.join('.') || '(root)'}: ${issue.message})`);
  }
  return parsed.data;
}
