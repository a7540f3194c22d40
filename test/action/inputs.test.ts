import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveMode } from '../../src/action.js';
import { readInputs } from '../../src/inputs.js';

/** The defaults action.yml declares, as the runner passes them. */
const DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries((parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs).map(([name, spec]) => [
    name,
    name === 'github-token' ? 'ghs_token' : (spec.default ?? ''),
  ]),
);

const read = (overrides: Record<string, string> = {}) => readInputs((name) => ({ ...DEFAULTS, ...overrides })[name] ?? '');

describe('readInputs', () => {
  it('reads the action.yml defaults into one typed object', () => {
    expect(read()).toMatchObject({
      config: 'evals/evalgate.yaml',
      mode: '',
      failOnRegression: true,
      approveLabel: 'evalgate: approve-regression',
      approvePermission: 'write',
      approvalScope: 'head',
      trials: null,
      seed: null,
      maxCost: 5,
      maxConcurrency: 8,
      comment: true,
      onMissingKey: 'fail',
      resultsDir: 'evalgate-results',
      githubThrottle: true,
    });
  });

  it.each([
    [{ 'fail-on-regression': 'maybe' }, /input fail-on-regression: expected true or false, got "maybe"/],
    [{ trials: '1.5' }, /input trials: expected a whole number, got "1.5"/],
    [{ 'max-cost': 'lots' }, /input max-cost: expected a number, got "lots"/],
    [{ 'approve-permission': 'triage' }, /input approve-permission: .*got "triage"/],
    [{ 'approval-scope': 'forever' }, /input approval-scope: .*got "forever"/],
    [{ mode: 'deploy' }, /input mode: .*got "deploy"/],
    [{ 'max-concurrency': '0' }, /input max-concurrency: .*got 0/],
    [{ 'github-throttle': 'sometimes' }, /input github-throttle: expected true or false, got "sometimes"/],
  ])('names the input, the bad value and what it expects: %j', (overrides, message) => {
    expect(() => read(overrides)).toThrow(message);
  });

  it("reads the Anthropic key agents' calls are forwarded with from the step's environment", () => {
    expect(read()).toMatchObject({ anthropicApiKey: '', anthropicBaseUrl: '' });
    const fromEnv = readInputs((name) => DEFAULTS[name] ?? '', { ANTHROPIC_API_KEY: 'sk-ant-secret', ANTHROPIC_BASE_URL: 'https://gateway.example/anthropic' });
    expect(fromEnv).toMatchObject({ anthropicApiKey: 'sk-ant-secret', anthropicBaseUrl: 'https://gateway.example/anthropic' });
  });

  it('accepts a dollar sign on max-cost and yes/no booleans', () => {
    expect(read({ 'max-cost': '$2.50', comment: 'no' })).toMatchObject({ maxCost: 2.5, comment: false });
  });
});

describe('resolveMode', () => {
  it.each([
    ['', 'pull_request', 'gate'],
    ['', 'pull_request_target', 'gate'],
    ['', 'push', 'baseline'],
    ['', 'workflow_dispatch', 'baseline'],
    ['merge', 'pull_request', 'merge'],
    ['gate', 'push', 'gate'],
  ] as const)('mode "%s" on %s → %s', (mode, event, expected) => {
    expect(resolveMode(mode, event)).toBe(expected);
  });

  it('asks for an explicit mode on other events', () => {
    expect(() => resolveMode('', 'issue_comment')).toThrow(/set mode: gate or mode: baseline/);
  });
});
