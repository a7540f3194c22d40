// The layers of src/ that the README's Architecture section draws: a module imports only from its
// own layer or the layers below it. A new folder must be given a layer here (and in the README).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Bottom (0) to top (4): the folders of each layer; every file directly in src/ is the shell. */
const LAYERS: readonly (readonly string[])[] = [
  // `version` is src/version.ts, on its way into src/util.
  ['util', 'results', 'config', 'version'],
  ['llm', 'pricing'],
  ['judge', 'proxy', 'isolation', 'targets', 'checks'],
  ['run', 'compare', 'report', 'git', 'github'],
  ['action'],
];
const SHELL = LAYERS.length - 1;

/** The layer of a path relative to src/: by its folder, or the shell for files at the top. */
function layerOf(path: string): number {
  const [first, ...rest] = path.split('/');
  const name = rest.length > 0 ? first : first.replace(/\.ts$/, '');
  const found = LAYERS.findIndex((folders) => folders.includes(name));
  if (found >= 0) return found;
  if (rest.length > 0) throw new Error(`src/${first}/ has no layer: add it to LAYERS and to the README's Architecture section`);
  return SHELL;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every import from a lower layer to a higher one, as `from → to`. */
function upwardImports(): string[] {
  const found: string[] = [];
  for (const file of sources(SRC)) {
    const from = relative(SRC, file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = relative(SRC, resolve(dirname(file), m[1].replace(/\.js$/, '.ts')));
      if (layerOf(to) > layerOf(from)) found.push(`${from} → ${to}`);
    }
  }
  return found;
}

describe('the layers of src/', () => {
  it('puts folders where the README draws them', () => {
    expect(layerOf('util/repo-path.ts')).toBe(0);
    expect(layerOf('compare/decision.ts')).toBe(3);
    expect(layerOf('action/gate.ts')).toBe(SHELL);
    expect(layerOf('pipeline.ts')).toBe(SHELL);
  });

  it('has no import from a lower layer into a higher one', () => {
    expect(upwardImports()).toEqual([]);
  });
});
