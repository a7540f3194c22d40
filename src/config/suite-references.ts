import { readRepoFile } from './files.js';
import { followLocalImports, type SourceReader } from './local-imports.js';
import { targetFilesOf } from './load.js';
import type { Suite } from './suite.js';
import { repoPath } from '../util/repo-path.js';

/**
 * The suite's code entry points: the `module` target's file, a `command` target's script (the
 * first argument that names a source file, e.g. `python app/main.py`), and javascript check files.
 */
export function codeEntries(suite: Pick<Suite, 'target' | 'cases'>): string[] {
  const checks = suite.cases
    .flatMap((c) => c.checks)
    .flatMap((k) => {
      const js = k.javascript;
      return js === undefined ? [] : [typeof js === 'string' ? js : js.path];
    });
  const target = suite.target.chat ? [] : targetFilesOf(suite.target);
  return [...new Set([...target, ...checks])];
}

/**
 * Everything a change to which makes the suite relevant, besides `watch`: the files the suite
 * references (suite file, case files, prompts, model file, schemas, entry points) and the local
 * modules its JavaScript/TypeScript code imports, followed transitively. Sorted, unique.
 */
export async function suiteReferences(suite: Pick<Suite, 'target' | 'cases' | 'referencedFiles'>, reader: SourceReader): Promise<string[]> {
  const scripts = suite.target.command ? await commandFiles(suite.target.command.run, reader) : [];
  const imported = await followLocalImports([...codeEntries(suite), ...scripts], reader);
  return [...new Set([...suite.referencedFiles, ...imported])].sort();
}

/** Arguments a command line is split into that are checked against the tree; a longer line's tail is not. */
const MAX_COMMAND_WORDS = 32;

/**
 * The arguments of a `command` target that are files in the tree (`node bot.js`, `python app/main.py`,
 * `./run.sh`): the command's entry point, whatever its extension or folder. Options and words
 * that name no file are skipped; quoting is not interpreted.
 */
export async function commandFiles(run: string, reader: SourceReader): Promise<string[]> {
  const words = run.split(/\s+/).filter(Boolean).slice(0, MAX_COMMAND_WORDS);
  const candidates = [...new Set(words.filter((w) => !w.startsWith('-')).flatMap((w) => repoPath(w) ?? []))];
  const found = await Promise.all(candidates.map(async (c) => ((await reader.read(c)) === null ? [] : [c])));
  return found.flat();
}

/** Reads a checkout's files as text, through the repository's symlink rule; anything else is "no file". */
export function treeReader(root: string): SourceReader {
  return {
    async read(rel) {
      const fact = await readRepoFile(root, rel, true);
      return fact.kind === 'file' ? fact.text : null;
    },
  };
}
