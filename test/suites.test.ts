import { describe, expect, it } from 'vitest';
import { suiteDirs } from '../src/suites.js';

describe('suiteDirs', () => {
  it("names each suite's output directory after its path, distinct for distinct paths", () => {
    expect(suiteDirs(['evals/bot/evalgate.yaml', 'evals/summariser/evalgate.yml', 'evals/bot-evalgate.yaml', 'a b/é.yaml'])).toEqual([
      'evals-bot-evalgate',
      'evals-summariser-evalgate',
      'evals-bot-evalgate-2',
      'a-b',
    ]);
  });
});
