import { describe, expect, it } from 'vitest';
import { AgentEnvError, baseAgentEnv, runAgentEnv } from '../../src/targets/env.js';

const runnerEnv = {
  PATH: '/usr/bin',
  HOME: '/home/runner',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  TZ: 'UTC',
  NODE_OPTIONS: '--require /runner/hook.js',
  GITHUB_TOKEN: 'ghs_secret',
  'INPUT_GITHUB-TOKEN': 'ghs_secret',
  'INPUT_OPENAI-API-KEY': 'sk-secret',
  ACTIONS_RUNTIME_TOKEN: 'runtime',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
  RUNNER_TOKEN: 'runner',
  GITHUB_REPOSITORY: 'acme/shop',
  AWS_SECRET_ACCESS_KEY: 'aws',
  HTTPS_PROXY: 'http://user:pass@proxy:3128',
  SEARCH_API_KEY: 'search-secret',
};

describe('baseAgentEnv', () => {
  it('inherits only the allow-list: no workflow tokens, cloud keys, proxies or NODE_OPTIONS', () => {
    expect(baseAgentEnv(runnerEnv, undefined)).toEqual({ PATH: '/usr/bin', HOME: '/home/runner', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TZ: 'UTC' });
  });

  it('adds the suite env, forwarding ${NAME} values from EvalGate’s environment', () => {
    const env = baseAgentEnv(runnerEnv, { AGENT_MODE: 'strict', SEARCH_KEY: '${SEARCH_API_KEY}', PARTIAL: 'x${HOME}' });
    expect(env).toMatchObject({ AGENT_MODE: 'strict', SEARCH_KEY: 'search-secret', PARTIAL: 'x${HOME}' });
  });

  interface BadEnvCase {
    name: string;
    env: Record<string, string>;
    message: RegExp;
  }
  const bad: BadEnvCase[] = [
    { name: 'forwarding GITHUB_TOKEN', env: { TOKEN: '${GITHUB_TOKEN}' }, message: /target\.command\.env\.TOKEN: \$\{GITHUB_TOKEN\} is a workflow credential/ },
    { name: 'forwarding an action input', env: { KEY: '${INPUT_OPENAI}' }, message: /env\.KEY: .*workflow credential/ },
    { name: 'forwarding an unset variable', env: { KEY: '${NOT_SET_ANYWHERE}' }, message: /env\.KEY: \$\{NOT_SET_ANYWHERE\} is not set/ },
    { name: 'overriding OPENAI_BASE_URL', env: { OPENAI_BASE_URL: 'http://elsewhere' }, message: /env\.OPENAI_BASE_URL: EvalGate sets OPENAI_BASE_URL itself/ },
    {
      name: 'passing the real Anthropic key',
      env: { ANTHROPIC_API_KEY: '${ANTHROPIC_API_KEY}' },
      message: /env\.ANTHROPIC_API_KEY: EvalGate sets ANTHROPIC_API_KEY itself/,
    },
  ];
  it.each(bad)('rejects $name', ({ env, message }) => {
    expect(() => baseAgentEnv(runnerEnv, env)).toThrow(AgentEnvError);
    expect(() => baseAgentEnv(runnerEnv, env)).toThrow(message);
  });

  it('reports every bad entry at once', () => {
    expect(() => baseAgentEnv(runnerEnv, { A: '${GITHUB_TOKEN}', B: '${NOPE}' })).toThrow(/env\.A.*\n.*env\.B/);
  });
});

describe('runAgentEnv', () => {
  it('sets the proxy URLs (OpenAI and Anthropic), the stand-in key and the case for each run', () => {
    const run = {
      openaiBaseUrl: 'http://127.0.0.1:1/r/x/v1',
      anthropicBaseUrl: 'http://127.0.0.1:1/r/x/anthropic',
      openaiApiKey: 'sk',
      caseId: 'refund',
      trial: 2,
    };
    expect(runAgentEnv({ PATH: '/bin' }, run)).toEqual({
      PATH: '/bin',
      OPENAI_BASE_URL: 'http://127.0.0.1:1/r/x/v1',
      OPENAI_API_KEY: 'sk',
      ANTHROPIC_BASE_URL: 'http://127.0.0.1:1/r/x/anthropic',
      ANTHROPIC_API_KEY: 'sk',
      EVALGATE_CASE_ID: 'refund',
      EVALGATE_TRIAL: '2',
    });
  });
});
