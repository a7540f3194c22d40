import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, rmdir, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalJson } from '../config/fingerprint.js';
import { LlmError } from './llm.js';

/** Bumped when the stored entry shape changes, so old entries read as misses, not as garbage. */
const CACHE_FORMAT = 1;

/**
 * Largest response cache the action keeps between runs, after dropping what the run did not use.
 * Every run saves a new Actions cache entry (entries are immutable) and GitHub keeps 10 GB per
 * repository, so one entry must stay a small share of that; 200 MB holds ~100,000 responses.
 */
export const MAX_KEPT_CACHE_BYTES = 200 * 1024 * 1024;

/** Slack for file systems whose modification times are coarse (FAT: 2 s). */
const MTIME_SLACK_MS = 2_000;

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
    let entry: Entry;
    try {
      entry = JSON.parse(text) as Entry;
    } catch {
      // A torn or hand-edited file is a miss; the next successful call overwrites it.
      return undefined;
    }
    if (entry.format !== CACHE_FORMAT) return undefined;
    // Marks the entry used by this run (its modification time), so pruneCache keeps it.
    const now = new Date();
    await utimes(this.file(key), now, now).catch(() => undefined);
    return entry.value as T;
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

/** What pruneCache did. */
export interface PruneReport {
  kept: number;
  keptBytes: number;
  /** Entries not used since the mark. */
  unused: number;
  /** Used entries dropped, least recently used first, to fit under the size cap. */
  overCap: number;
}

/**
 * Drops from a cache directory every entry not read or written since `usedSince` (ms since the
 * epoch), then the least recently used entries until the rest fit in `maxBytes`, and leftover
 * temp files. A cache restored from earlier runs, added to and saved again would otherwise grow
 * with every push, keeping responses to prompts that no longer exist.
 */
export async function pruneCache(dir: string, options: { usedSince: number; maxBytes: number }): Promise<PruneReport> {
  const report: PruneReport = { kept: 0, keptBytes: 0, unused: 0, overCap: 0 };
  let shards: string[];
  try {
    shards = await readdir(dir);
  } catch {
    return report; // no cache yet
  }
  const used: { file: string; bytes: number; mtimeMs: number }[] = [];
  for (const shard of shards) {
    const shardDir = join(dir, shard);
    let names: string[];
    try {
      names = await readdir(shardDir);
    } catch {
      continue; // not a directory of entries
    }
    for (const name of names) {
      const file = join(shardDir, name);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) continue;
      if (!name.endsWith('.json') || info.mtimeMs < options.usedSince - MTIME_SLACK_MS) {
        if (name.endsWith('.json')) report.unused += 1;
        await rm(file, { force: true });
      } else used.push({ file, bytes: info.size, mtimeMs: info.mtimeMs });
    }
    await rmdir(shardDir).catch(() => undefined); // only succeeds when it is now empty
  }
  // Most recently used first; from the first entry that does not fit, the rest goes.
  used.sort((a, b) => b.mtimeMs - a.mtimeMs || (a.file < b.file ? -1 : 1));
  let full = false;
  for (const entry of used) {
    full ||= report.keptBytes + entry.bytes > options.maxBytes;
    if (!full) {
      report.kept += 1;
      report.keptBytes += entry.bytes;
    } else {
      report.overCap += 1;
      await rm(entry.file, { force: true });
    }
  }
  return report;
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
