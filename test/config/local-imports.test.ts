import { describe, expect, it } from 'vitest';
import { followLocalImports, importSpecifiers } from '../../src/config/local-imports.js';
import { codeEntries, suiteReferences } from '../../src/config/suite-references.js';
import type { Case, Suite } from '../../src/config/suite.js';

function reader(files: Record<string, string>) {
  const reads: string[] = [];
  return {
    reads,
    read: async (rel: string) => {
      reads.push(rel);
      return files[rel] ?? null;
    },
  };
}

describe('importSpecifiers', () => {
  it('finds static, re-export, side-effect, dynamic and require specifiers', () => {
    const source = [
      "import a from './a.js';",
      "import { b, c as d } from '../lib/b';",
      "import * as ns from './ns.mjs';",
      "import type { T } from './types';",
      "import './side-effect.js';",
      "export * from './reexport.js';",
      'export { x } from "./x.cjs";',
      "const lazy = await import('./lazy.js');",
      "const old = require('./old');",
      'import {',
      '  multi,',
      '  line,',
      "} from './multi';",
      "import openai from 'openai';",
    ].join('\n');
    expect(importSpecifiers(source).sort()).toEqual(
      ['../lib/b', './a.js', './lazy.js', './multi', './ns.mjs', './old', './reexport.js', './side-effect.js', './types', './x.cjs', 'openai'].sort(),
    );
  });

  it('ignores imports in comments and the word import inside strings', () => {
    const source = [
      "// import dead from './dead.js';",
      "/* require('./also-dead') */",
      "const s = 'we import goods from abroad';",
      "const url = 'http://example.com/x'; import live from './live.js';",
    ].join('\n');
    expect(importSpecifiers(source)).toEqual(['./live.js']);
  });
});

describe('followLocalImports', () => {
  const files = {
    'agents/bot.js': "import { tools } from './tools/index.js';\nimport { prompt } from '../shared/prompt';\nimport OpenAI from 'openai';\n",
    'agents/tools/index.js': "export * from './search.js';\nconst { fmt } = require('../../shared/format.cjs');\n",
    'agents/tools/search.js': "import { helper } from './helper.js'; // helper.ts on disk\n",
    'agents/tools/helper.ts': 'export const helper = 1;\n',
    'shared/prompt/index.ts': "import data from './data.json';\n",
    'shared/prompt/data.json': '{}',
    'shared/format.cjs': "module.exports = { fmt: require('./format') };\n",
    'unrelated.js': 'export {}',
  };

  it('follows relative imports transitively, resolving extensions, index files and .js-for-.ts, never packages', async () => {
    expect(await followLocalImports(['agents/bot.js'], reader(files))).toEqual([
      'agents/bot.js',
      'agents/tools/helper.ts',
      'agents/tools/index.js',
      'agents/tools/search.js',
      'shared/format.cjs',
      'shared/prompt/data.json',
      'shared/prompt/index.ts',
    ]);
  });

  it('counts the paths an import that names no file could mean: a module deleted while still imported', async () => {
    const r = reader({ 'agent.mjs': "import { gone } from './lib/gone.mjs';" });
    const found = await followLocalImports(['agent.mjs'], r);
    expect(found).toContain('agent.mjs');
    expect(found).toContain('lib/gone.mjs');
    expect(found).toContain('lib/gone.mjs/index.js');
  });

  it('survives import cycles and stops at the file limit', async () => {
    const cyclic = { 'a.js': "import './b.js';", 'b.js': "import './a.js'; import './c.js';", 'c.js': '' };
    expect(await followLocalImports(['a.js'], reader(cyclic))).toEqual(['a.js', 'b.js', 'c.js']);
    expect(await followLocalImports(['a.js'], reader(cyclic), 2)).toEqual(['a.js', 'b.js']);
  });

  it('does not follow specifiers that leave the repository, nor missing entries', async () => {
    const r = reader({ 'agent.js': "import '../../etc/passwd';" });
    expect(await followLocalImports(['agent.js', 'gone.js'], r)).toEqual(['agent.js']);
    expect(r.reads.some((p) => p.includes('passwd'))).toBe(false);
  });
});

describe('suiteReferences', () => {
  const check = (javascript: string) => ({ javascript });
  const base = { referencedFiles: ['evals/evalgate.yaml'], cases: [{ checks: [check('evals/checks/tone.mjs')] }] as unknown as Case[] };

  it('adds the modules a module target and its javascript checks import', async () => {
    const suite = { ...base, target: { module: { path: 'src/agent.ts' } } } as unknown as Pick<Suite, 'target' | 'cases' | 'referencedFiles'>;
    const r = reader({
      'src/agent.ts': "import { llm } from './llm.js';",
      'src/llm.ts': '',
      'evals/checks/tone.mjs': "import { words } from './words.mjs';",
      'evals/checks/words.mjs': '',
    });
    expect(await suiteReferences(suite, r)).toEqual(['evals/checks/tone.mjs', 'evals/checks/words.mjs', 'evals/evalgate.yaml', 'src/agent.ts', 'src/llm.ts']);
  });

  it("takes a command target's script as its entry (python is not followed further)", () => {
    const suite = { cases: [], target: { command: { run: 'python app/main.py --fast' } } } as unknown as Pick<Suite, 'target' | 'cases'>;
    expect(codeEntries(suite)).toEqual(['app/main.py']);
    const node = { cases: [], target: { command: { run: 'node agents/bot.js' } } } as unknown as Pick<Suite, 'target' | 'cases'>;
    expect(codeEntries(node)).toEqual(['agents/bot.js']);
  });

  it('takes any argument of a command that is a file in the tree, with or without a folder, and follows its imports', async () => {
    const suite = {
      referencedFiles: ['evals/evalgate.yaml'],
      cases: [],
      target: { command: { run: 'node --enable-source-maps bot.mjs --fast ./config.json' } },
    } as unknown as Pick<Suite, 'target' | 'cases' | 'referencedFiles'>;
    const r = reader({ 'bot.mjs': "import { reply } from './lib/reply.mjs';", 'lib/reply.mjs': '', 'config.json': '{}' });
    expect(await suiteReferences(suite, r)).toEqual(['bot.mjs', 'config.json', 'evals/evalgate.yaml', 'lib/reply.mjs']);
  });

  it('a chat target has no code entries: its prompt files are referenced already', () => {
    const suite = { cases: [], target: { chat: { model: 'm', messages: [{ role: 'system', file: 'prompts/a.md' }] } } } as unknown as Pick<
      Suite,
      'target' | 'cases'
    >;
    expect(codeEntries(suite)).toEqual([]);
  });
});
