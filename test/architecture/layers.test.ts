// The layers of src/ that the README's Architecture section draws: a module imports only from its
// own layer or the layers below it. A new folder must be given a layer here (and in the README).
import { describe, expect, it } from 'vitest';
import { srcImportGraph } from './import-graph.js';

/** Bottom (0) to top (4): the folders of each layer; every file directly in src/ is the shell. */
const LAYERS: readonly (readonly string[])[] = [
  ['util', 'results', 'config'],
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

/** Every import from a lower layer to a higher one in `edges` (module → modules it imports), as `from → to`. */
function upwardImports(edges: Map<string, string[]>): string[] {
  return [...edges].flatMap(([from, targets]) => targets.filter((to) => layerOf(to) > layerOf(from)).map((to) => `${from} → ${to}`));
}

describe('the layers of src/', () => {
  it('puts folders where the README draws them', () => {
    expect(layerOf('util/repo-path.ts')).toBe(0);
    expect(layerOf('compare/decision.ts')).toBe(3);
    expect(layerOf('action/gate.ts')).toBe(SHELL);
    expect(layerOf('pipeline.ts')).toBe(SHELL);
  });

  it('finds an import from a lower layer into a higher one', () => {
    const planted = new Map([
      ['util/a.ts', ['run/b.ts', 'util/c.ts']],
      ['run/b.ts', ['util/a.ts']],
      ['action/gate.ts', ['pipeline.ts']],
    ]);
    expect(upwardImports(planted)).toEqual(['util/a.ts → run/b.ts']);
  });

  it('has no import from a lower layer into a higher one', () => {
    expect(upwardImports(srcImportGraph())).toEqual([]);
  });
});
