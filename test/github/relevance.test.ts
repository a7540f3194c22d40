import { describe, expect, it } from 'vitest';
import { isRelevant, type Relevance } from '../../src/github/relevance.js';

interface Case {
  name: string;
  changed: string[];
  watch: string[];
  referenced: string[];
  truncated: boolean;
  expected: Relevance;
}

const WATCH = ['prompts/**', 'agent/**', 'config/models.yaml'];

describe('isRelevant', () => {
  it.each<Case>([
    {
      name: 'a watched prompt changed',
      changed: ['README.md', 'prompts/support.md'],
      watch: WATCH,
      referenced: [],
      truncated: false,
      expected: { relevant: true, matched: ['prompts/support.md'] },
    },
    {
      name: 'nothing watched changed',
      changed: ['README.md', 'src/app.ts'],
      watch: WATCH,
      referenced: [],
      truncated: false,
      expected: { relevant: false, matched: [] },
    },
    {
      name: 'dotfiles match globs',
      changed: ['agent/.env.example'],
      watch: WATCH,
      referenced: [],
      truncated: false,
      expected: { relevant: true, matched: ['agent/.env.example'] },
    },
    {
      name: 'a file the suite references',
      changed: ['evals/cases/refunds.yaml'],
      watch: WATCH,
      referenced: ['evals/cases/refunds.yaml'],
      truncated: false,
      expected: { relevant: true, matched: ['evals/cases/refunds.yaml'] },
    },
    {
      name: './ prefixes are ignored',
      changed: ['evals/evalgate.yaml'],
      watch: [],
      referenced: ['./evals/evalgate.yaml'],
      truncated: false,
      expected: { relevant: true, matched: ['evals/evalgate.yaml'] },
    },
    {
      name: 'an exact path in watch',
      changed: ['config/models.yaml'],
      watch: WATCH,
      referenced: [],
      truncated: false,
      expected: { relevant: true, matched: ['config/models.yaml'] },
    },
    {
      name: 'a sibling of an exact path',
      changed: ['config/models.yml'],
      watch: WATCH,
      referenced: [],
      truncated: false,
      expected: { relevant: false, matched: [] },
    },
    {
      name: 'truncated list with no match is still relevant',
      changed: ['docs/a.md'],
      watch: WATCH,
      referenced: [],
      truncated: true,
      expected: { relevant: true, matched: [] },
    },
    {
      name: 'no watch globs and no references',
      changed: ['prompts/a.md'],
      watch: [],
      referenced: [],
      truncated: false,
      expected: { relevant: false, matched: [] },
    },
  ])('$name', ({ changed, watch, referenced, truncated, expected }) => {
    expect(isRelevant(changed, watch, referenced, truncated)).toEqual(expected);
  });
});
