import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { RunResults } from './schema.js';

export const RESULTS_FILE = 'evalgate-results.json';

/** Writes atomically, so a reader never sees half a file. */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(value, null, 2)}\n`);
  await rename(tmp, path);
}

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
    throw new Error(
      `${path}: not an EvalGate results file of schema version 1 (${issue.path.join('.') || '(root)'}: ${issue.message})`,
    );
  }
  return parsed.data;
}
