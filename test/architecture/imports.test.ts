// The import graph of src/: no module may import itself back through others, no folder may import
// a folder that imports it back, and a folder imports only from its own layer or those below
// (issue #14). Reads every static `import … from` / `export … from` and dynamic `import('…')` of
// relative modules; type-only imports count too, since a cycle of types is still a knot for the reader.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function graph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((m) => relative(SRC, resolve(dirname(file), m[1].replace(/\.js$/, '.ts'))));
    edges.set(relative(SRC, file), [...new Set(targets)]);
  }
  return edges;
}

/** Every cycle found by depth-first search, each as the list of modules around it. */
function cycles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

/**
 * The layers of src/, bottom first (README, Development). A folder imports only from its own layer
 * or a lower one; inside a layer, folders must not import each other both ways. '.' is the shell:
 * the files directly in src/ (action.ts, cli.ts, pipeline.ts, …).
 */
const LAYERS: readonly (readonly string[])[] = [
  ['util', 'results', 'config'],
  ['llm', 'pricing'],
  ['isolation', 'proxy', 'judge', 'targets', 'checks'],
  ['compare', 'git', 'github', 'report', 'run'],
  ['.'],
];

/** The folder directly under src/ that holds `file`, or '.' for a file directly in src/. */
function folderOf(file: string): string {
  const slash = file.indexOf('/');
  return slash === -1 ? '.' : file.slice(0, slash);
}

/** How a folder is named in messages: the shell is the files directly in src/. */
function shown(folder: string): string {
  return folder === '.' ? 'src/*.ts' : `src/${folder}`;
}

/** The import graph between folders: an edge for every module importing one in another folder. */
function folderGraph(edges: Map<string, string[]>): Map<string, string[]> {
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of edges) {
    const from = folderOf(file);
    const out = folders.get(from) ?? new Set<string>();
    for (const target of targets) if (folderOf(target) !== from) out.add(folderOf(target));
    folders.set(from, out);
  }
  return new Map([...folders].map(([folder, out]) => [folder, [...out].sort()]));
}

/** Each import against the layer order, and each folder the order does not place, as a message. */
function layerViolations(folders: Map<string, string[]>, layers: readonly (readonly string[])[]): string[] {
  const layerOf = new Map(layers.flatMap((layer, i) => layer.map((folder) => [folder, i] as const)));
  const problems: string[] = [];
  for (const [from, targets] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    const level = layerOf.get(from);
    if (level === undefined) {
      problems.push(`${shown(from)} is in no layer: add it to LAYERS (and to the README's layout)`);
      continue;
    }
    for (const to of targets) {
      const target = layerOf.get(to);
      if (target !== undefined && target > level) problems.push(`${shown(from)} (layer ${level}) imports ${shown(to)} (layer ${target}), a higher layer`);
    }
  }
  return problems;
}

describe('the import graph of src/', () => {
  it('reads the imports it is meant to (a sanity check of the parser)', () => {
    const edges = graph();
    expect(edges.get('cli.ts')).toContain('cli-io.ts');
    expect(edges.get('cli.ts')).toContain('cli-commands.ts');
    expect(edges.get('compare/decision.ts')).toContain('compare/sequential.ts');
  });

  it('finds a cycle when there is one', () => {
    expect(cycles(new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']]]))).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });

  it('has no import cycle', () => {
    expect(cycles(graph()).map((c) => c.join(' → '))).toEqual([]);
  });

  it('finds a cycle between folders whose modules do not form one', () => {
    // a/x → b/y and b/z → a/w: no module cycle, but folders a and b import each other.
    const planted = new Map([
      ['a/x.ts', ['b/y.ts']],
      ['b/y.ts', []],
      ['b/z.ts', ['a/w.ts']],
      ['a/w.ts', []],
      ['c.ts', ['a/x.ts']],
    ]);
    expect(cycles(planted)).toEqual([]);
    expect(folderGraph(planted)).toEqual(new Map([['a', ['b']], ['b', ['a']], ['.', ['a']]]));
    expect(cycles(folderGraph(planted))).toEqual([['a', 'b', 'a']]);
  });

  it('has no cycle between folders', () => {
    expect(cycles(folderGraph(graph())).map((c) => c.map(shown).join(' → '))).toEqual([]);
  });

  it('finds an import of a higher layer, and a folder in no layer', () => {
    const folders = new Map([
      ['low', ['high']],
      ['high', ['low']],
      ['stray', ['low']],
    ]);
    expect(layerViolations(folders, [['low'], ['high']])).toEqual([
      'src/low (layer 0) imports src/high (layer 1), a higher layer',
      'src/stray is in no layer: add it to LAYERS (and to the README\'s layout)',
    ]);
    expect(layerViolations(new Map([['high', ['low']]]), [['low'], ['high']])).toEqual([]);
  });

  it('imports only from its own layer or lower ones', () => {
    expect(layerViolations(folderGraph(graph()), LAYERS)).toEqual([]);
  });
});
