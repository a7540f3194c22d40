import { isUtf8 } from 'node:buffer';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { resolveInRepo } from '../util/repo-path.js';

/** Suite, prompt and schema files are text a reviewer reads; anything bigger is a dataset dump or a binary by mistake. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/**
 * Case files are datasets: 100,000 JSONL cases of ~300 bytes each fit. Larger files load in
 * seconds and hundreds of MB, which a CI step should not spend before the first request.
 */
export const MAX_CASE_FILE_BYTES = 64 * 1024 * 1024;
/** Case-file globs walk the repository; stop before a huge monorepo walk dominates a CI minute. */
export const MAX_WALK_FILES = 200_000;
/** Directories never searched by case-file globs: dependencies and VCS metadata. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** What reading one repository file found. `text` is null when only existence was asked for. */
export type FileFact =
  | { kind: 'file'; text: string | null }
  | { kind: 'missing' }
  | { kind: 'not-a-file' }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'not-utf8'; line: number; column: number }
  | { kind: 'outside-root' }
  | { kind: 'unreadable'; message: string };

/**
 * Index of the first byte that is not part of a valid UTF-8 sequence, or -1. Written out because
 * TextDecoder's fatal mode says only that decoding failed, not where.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (in characters) of a byte offset in valid UTF-8 text before it. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder().decode(bytes.subarray(0, offset));
  const lastNl = before.lastIndexOf('\n');
  const line = before.split('\n').length;
  return { line, column: [...before.slice(lastNl + 1)].length + 1 };
}

/** Decodes UTF-8 text (dropping a BOM), or says where it stops being UTF-8. */
export function decodeUtf8(bytes: Uint8Array): FileFact {
  // isUtf8 is native; the byte-by-byte search for where it breaks runs only when it does.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad >= 0) return { kind: 'not-utf8', ...positionOfByte(bytes, bad) };
  const text = new TextDecoder().decode(bytes);
  return { kind: 'file', text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Reads (or, with `wantText: false`, only checks) the repository file `rel` under `root`. */
export async function readRepoFile(root: string, rel: string, wantText: boolean, maxBytes: number = MAX_FILE_BYTES): Promise<FileFact> {
  // A symlink may point anywhere; the evaluated tree must be self-contained.
  const found = await resolveInRepo(root, rel);
  if (found.kind === 'escapes' || found.kind === 'links-out') return { kind: 'outside-root' };
  try {
    // A dangling symlink exists but cannot be followed; either way there is nothing to read.
    if (found.kind === 'missing') throw found.cause;
    const info = await stat(found.real);
    if (!info.isFile()) return { kind: 'not-a-file' };
    if (!wantText) return { kind: 'file', text: null };
    if (info.size > maxBytes) return { kind: 'too-large', bytes: info.size, limit: maxBytes };
    return decodeUtf8(await readFile(found.real));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'unreadable', message: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Every file under `root` (repository-relative, forward slashes, sorted), skipping node_modules
 * and .git and not following symlinked directories (which could loop). Node 20 has no fs.glob.
 */
export async function listRepoFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(path.join(root, dir), { withFileTypes: true });
    for (const e of entries) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) await walk(rel);
      } else if (e.isFile() || (e.isSymbolicLink() && (await isFileLink(path.join(root, rel))))) {
        if (out.length >= MAX_WALK_FILES) throw new Error(`more than ${MAX_WALK_FILES} files under ${root}; name case files without globs`);
        out.push(rel);
      }
    }
  };
  await walk('');
  return out.sort();
}

async function isFileLink(abs: string): Promise<boolean> {
  try {
    await lstat(abs);
    return (await stat(abs)).isFile();
  } catch {
    return false; // dangling link: not a file a glob should offer
  }
}
