import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSuite } from '../../src/config/load.js';
import type { Suite } from '../../src/config/suite.js';
import { endpointSecrets, endpointUses, missingKeyMessage, missingKeys, resolveHeaders, unknownEndpoints } from '../../src/llm/endpoints.js';
import { writeFiles } from '../support/git-repo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ENDPOINTS = `endpoints:
  azure: { kind: azure-openai, base-url: "https://r.openai.azure.com", api-version: "2024-10-21", api-key-env: AZURE_OPENAI_API_KEY }
  claude: { kind: anthropic, api-key-env: ANTHROPIC_API_KEY }
  gateway: { kind: openai, base-url: "https://gw.example/v1", headers: { x-gw-auth: "Bearer \${GW_TOKEN}" } }
`;

async function suiteWith(body: string): Promise<Suite> {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-endpoints-'));
  dirs.push(dir);
  writeFiles(dir, { 'evalgate.yaml': `version: 1\n${ENDPOINTS}${body}` });
  return loadSuite(dir, 'evalgate.yaml');
}

const chatOn = (endpoint: string | null) =>
  `target:\n  chat:\n    model: m\n${endpoint ? `    endpoint: ${endpoint}\n` : ''}    messages: [{ role: user, content: hi }]\n`;

describe('endpointUses and missingKeys', () => {
  it("map each role to its endpoint; a judge check inherits the suite judge's endpoint unless it names its own", async () => {
    const suite = await suiteWith(`${chatOn('azure')}judge: { model: claude-x, endpoint: claude }
cases:
  - { id: a, input: {}, checks: [ { judge: "ok?" } ] }
  - { id: b, input: {}, checks: [ { judge: { rubric: "ok?", model: gpt-4o, endpoint: gateway } } ] }
`);
    expect(Object.fromEntries(endpointUses(suite, [suite.target]))).toEqual({ azure: ['target.chat'], claude: ['judge'], gateway: ['judge'] });
    expect(missingKeys(suite, [suite.target], { AZURE_OPENAI_API_KEY: 'k1', ANTHROPIC_API_KEY: '' }, '')).toEqual([
      { endpoint: 'claude', variable: 'ANTHROPIC_API_KEY', purpose: 'api-key-env', roles: ['judge'] },
      { endpoint: 'gateway', variable: 'GW_TOKEN', purpose: 'header x-gw-auth', roles: ['judge'] },
    ]);
  });

  it('need the default key only when a role uses the default endpoint (agents always do)', async () => {
    const suite = await suiteWith(`${chatOn(null)}cases: [ { id: a, input: {} } ]\n`);
    expect(missingKeys(suite, [suite.target], {}, '')).toEqual([{ endpoint: null, variable: null, purpose: 'openai-api-key', roles: ['target.chat'] }]);
    expect(missingKeys(suite, [suite.target], {}, 'sk-x')).toEqual([]);
    expect(missingKeys(suite, [{ command: { run: 'python agent.py' } }], {}, '')[0].roles).toEqual(['the agent target (recording proxy)']);
  });

  it('find a base target naming an endpoint the head suite no longer defines', async () => {
    const suite = await suiteWith(`${chatOn('azure')}cases: [ { id: a, input: {} } ]\n`);
    expect(unknownEndpoints(suite, [suite.target, { chat: { model: 'm', endpoint: 'old', messages: [{ role: 'user', content: 'hi' }] } }])).toEqual(['old']);
  });
});

describe('missingKeyMessage', () => {
  const missing = [{ endpoint: 'claude', variable: 'ANTHROPIC_API_KEY', purpose: 'api-key-env', roles: ['judge'] }];
  it.each([
    ['cli' as const, 'ANTHROPIC_API_KEY is not set: endpoint "claude" (used by judge) takes its api-key-env from it; export ANTHROPIC_API_KEY'],
    [
      'action' as const,
      'ANTHROPIC_API_KEY is not set: endpoint "claude" (used by judge) takes its api-key-env from it; add ANTHROPIC_API_KEY: ${{ secrets.ANTHROPIC_API_KEY }} to the step\'s env:',
    ],
  ])('says what to do in the %s', (where, message) => {
    expect(missingKeyMessage(missing, where)).toBe(message);
  });
});

describe('endpoint secrets and headers', () => {
  it('collect every key and header variable the endpoints read, for masking and redaction', async () => {
    const suite = await suiteWith(`${chatOn('azure')}cases: [ { id: a, input: {} } ]\n`);
    expect(
      endpointSecrets(suite, { AZURE_OPENAI_API_KEY: 'az-secret-1', ANTHROPIC_API_KEY: 'ant-secret-2', GW_TOKEN: 'gw-secret-3', OTHER: 'not-read' }).sort(),
    ).toEqual(['ant-secret-2', 'az-secret-1', 'gw-secret-3']);
  });

  it('fill ${NAME} in header values from the environment', () => {
    expect(resolveHeaders({ 'x-gw-auth': 'Bearer ${GW_TOKEN}', 'x-team': 'a' }, { GW_TOKEN: 't0k' })).toEqual({ 'x-gw-auth': 'Bearer t0k', 'x-team': 'a' });
  });
});
