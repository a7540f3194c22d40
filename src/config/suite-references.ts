import { readRepoFile } from './files.js';
import { followLocalImports, type SourceReader } from './local-imports.js';
import { targetFilesOf } from './load.js';
import type { Suite } from './suite.js';

/**
 * The suite's code entry points: the `module` target's file, a `command` target's script (the
 * first argument that names a source file, e.g. `python app/main.py`), and javascript check files.
 */
export function codeEntries(suite: Pick<Suite, 'target' | 'cases'>): string[] {
  const checks = suite.cases.flatMap((c) => c.checks).flatMap((k) => {
    const js = k.javascript;
    return js === undefined ? [] : [typeof js === 'string' ? js : js.path];
  });
  const target = targetFilesOf(suite.target).filter((f) => !suite.target.chat);
  return [...new Set([...target, ...checks])];
}

/**
 * Everything a change to which makes the suite relevant, besides `watch`: the files the suite
 * references (suite file, case files, prompts, model file, schemas, entry points) and the local
 * modules its JavaScript/TypeScript code imports, followed transitively. Sorted, unique.
 */
export async function suiteReferences(suite: Pick<Suite, 'target' | 'cases' | 'referencedFiles'>, reader: SourceReader): Promise<string[]> {
  const imported = await followLocalImports(codeEntries(suite), reader);
  return [...new Set([...suite.referencedFiles, ...imported])].sort();
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
