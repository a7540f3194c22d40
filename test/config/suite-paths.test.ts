import { describe, expect, it } from 'vitest';
import { resolveSuitePaths, splitConfig } from '../../src/config/suite-paths.js';

const FILES = [
  'evals/agent/evalgate.yaml',
  'evals/bot/evalgate.yml',
  'evals/bot/cases.yaml',
  'evals/summariser/evalgate.yaml',
  'evals/summariser/prompt.md',
  'evals/evalgate.json',
  'src/index.ts',
];
const list = async () => FILES;

describe('resolveSuitePaths', () => {
  it('expands a glob to the matching suite files in a stable, sorted order', async () => {
    expect(await resolveSuitePaths(['evals/**/evalgate.{yaml,yml}'], '/repo', list)).toEqual([
      'evals/agent/evalgate.yaml',
      'evals/bot/evalgate.yml',
      'evals/summariser/evalgate.yaml',
    ]);
  });

  it('keeps the order of a list and drops a suite named twice (by a path and a glob)', async () => {
    expect(await resolveSuitePaths(['evals/summariser/evalgate.yaml', 'evals/*/evalgate.yaml', './evals/agent/evalgate.yaml'], '/repo', list)).toEqual([
      'evals/summariser/evalgate.yaml',
      'evals/agent/evalgate.yaml',
    ]);
  });

  it('matches only .yaml and .yml files', async () => {
    expect(await resolveSuitePaths(['evals/**'], '/repo', list)).toEqual([
      'evals/agent/evalgate.yaml',
      'evals/bot/cases.yaml',
      'evals/bot/evalgate.yml',
      'evals/summariser/evalgate.yaml',
    ]);
  });

  it('names every pattern that matched nothing', async () => {
    await expect(resolveSuitePaths(['evals/*/evalgate.yaml', 'suites/**/*.yaml', 'x/*.yml'], '/repo', list)).rejects.toThrow(
      /no suite file \(\.yaml or \.yml\) matches "suites\/\*\*\/\*\.yaml", "x\/\*\.yml"/,
    );
  });

  it('takes a plain path as written without listing the tree (loading reports a missing file)', async () => {
    const refuse = async (): Promise<string[]> => {
      throw new Error('listed');
    };
    expect(await resolveSuitePaths(['evals/missing.yaml'], '/repo', refuse)).toEqual(['evals/missing.yaml']);
  });

  it('refuses a path outside the repository', async () => {
    await expect(resolveSuitePaths(['../other/evalgate.yaml'], '/repo', list)).rejects.toThrow(/not a path inside the repository/);
  });
});

describe('splitConfig', () => {
  it('reads one path, a newline list (a YAML block) or a comma list', () => {
    expect(splitConfig('evals/evalgate.yaml')).toEqual(['evals/evalgate.yaml']);
    expect(splitConfig('evals/a.yaml\nevals/b/*.yaml\n')).toEqual(['evals/a.yaml', 'evals/b/*.yaml']);
    expect(splitConfig(' evals/a.yaml , evals/b.yaml ')).toEqual(['evals/a.yaml', 'evals/b.yaml']);
  });
});
