// No module of src/ may import itself back through others, and no folder may import a folder that
// imports it back (issue #14). Which layer may import which is layers.test.ts's.
import { describe, expect, it } from 'vitest';
import { srcImportGraph as graph } from './import-graph.js';

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
 * The folder directly under src/ that holds `file`. A file directly in src/ (the shell: action.ts,
 * pipeline.ts, …) stands for itself: those are separate modules, not one folder.
 */
function folderOf(file: string): string {
  const slash = file.indexOf('/');
  return slash === -1 ? file : file.slice(0, slash);
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

describe('the import graph of src/', () => {
  it('reads the imports it is meant to (a sanity check of the parser)', () => {
    const edges = graph();
    expect(edges.get('cli.ts')).toContain('cli-io.ts');
    expect(edges.get('cli.ts')).toContain('cli-commands.ts');
    expect(edges.get('compare/decision.ts')).toContain('compare/sequential.ts');
  });

  it('finds a cycle when there is one', () => {
    expect(
      cycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['c.ts']],
          ['c.ts', ['a.ts']],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
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
    expect(folderGraph(planted)).toEqual(
      new Map([
        ['a', ['b']],
        ['b', ['a']],
        ['c.ts', ['a']],
      ]),
    );
    expect(cycles(folderGraph(planted))).toEqual([['a', 'b', 'a']]);
  });

  it('has no cycle between folders', () => {
    expect(cycles(folderGraph(graph())).map((c) => c.map((f) => `src/${f}`).join(' → '))).toEqual([]);
  });
});
