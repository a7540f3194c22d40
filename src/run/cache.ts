import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalJson } from '../config/fingerprint.js';
import { LlmError } from './llm.js';

/** Bumped when the stored entry shape changes, so old entries read as misses, not as garbage. */
const CACHE_FORMAT = 1;

/** How much of the last message a replay-miss error quotes: enough to recognise the case. */
const REPLAY_QUOTE_CHARS = 60;

interface Entry {
  format: number;
  value: unknown;
}

/** What `lookup` found: the stored value, or a miss its caller answers and then releases. */
export type Lookup<T> = { hit: true; value: T } | { hit: false; release: () => void };

/**
 * Model responses on disk, keyed by the full request, so unchanged cases are not paid for twice.
 * Only successes are stored (callers `set` after a successful call); errors are never cached.
 */
export class ResponseCache {
  /** In replay mode every request must be answered from the cache. */
  readonly replay: boolean;
  /** Keys some caller is answering now (a `lookup` miss not yet released), settled on release. */
  private readonly answering = new Map<string, Promise<void>>();

  constructor(
    readonly dir: string,
    options: { replay: boolean },
  ) {
    this.replay = options.replay;
  }

  /** sha256 (hex) of the canonical JSON of `parts`. */
  key(parts: unknown): string {
    return createHash('sha256').update(canonicalJson(parts)).digest('hex');
  }

  private file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The stored value, or undefined on a miss (a missing, unreadable or outdated entry). */
  async get<T>(key: string): Promise<T | undefined> {
    let text: string;
    try {
      text = await readFile(this.file(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as Entry;
      return entry.format === CACHE_FORMAT ? (entry.value as T) : undefined;
    } catch {
      // A torn or hand-edited file is a miss; the next successful call overwrites it.
      return undefined;
    }
  }

  /**
   * The stored value for `key`, or a miss the caller must `release()` once it has stored its answer
   * or given up. Until then, lookups of the same key wait and then read what it stored: identical
   * calls made at the same time, as the base and head of an unchanged case are, are paid for once.
   * A caller whose wait ends without a stored answer (the first caller failed) gets the miss itself.
   */
  async lookup<T>(key: string): Promise<Lookup<T>> {
    for (;;) {
      const pending = this.answering.get(key);
      if (!pending) break;
      await pending;
    }
    // Claimed before reading the disk, so a second identical call waits instead of missing too.
    let settle: () => void = () => undefined;
    const mine = new Promise<void>((resolve) => (settle = resolve));
    this.answering.set(key, mine);
    const release = (): void => {
      if (this.answering.get(key) === mine) this.answering.delete(key);
      settle();
    };
    const value = await this.get<T>(key); // never throws: an unreadable entry is a miss
    if (value === undefined) return { hit: false, release };
    release();
    return { hit: true, value };
  }

  /** Stores `value` atomically (temp file + rename), so concurrent readers never see half a file. */
  async set(key: string, value: unknown): Promise<void> {
    const file = this.file(key);
    await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
    const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    const entry: Entry = { format: CACHE_FORMAT, value };
    try {
      await writeFile(tmp, JSON.stringify(entry));
      await rename(tmp, file);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }
}

/** The error for a request that `--replay` found no recording of, saying how to record it. */
export function replayMissError(request: { model: string; messages: readonly { content: unknown }[] }): LlmError {
  const last = request.messages.at(-1)?.content;
  const text = typeof last === 'string' ? last : JSON.stringify(last ?? '');
  const quote = text.length > REPLAY_QUOTE_CHARS ? `${text.slice(0, REPLAY_QUOTE_CHARS)}…` : text;
  return new LlmError(
    'replay-miss',
    `--replay: no cached response for model ${request.model} (last message: ${JSON.stringify(quote)}). ` +
      'Run once without --replay (with --cache DIR) to record it.',
  );
}
