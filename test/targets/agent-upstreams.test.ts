import { describe, expect, it } from 'vitest';
import type { EndpointSpec, TargetSpec } from '../../src/config/schema.js';
import { azureUrl, isForwarded } from '../../src/proxy/recording-proxy.js';
import { agentUpstreams } from '../../src/targets/agent-upstreams.js';

const BASE = 'https://res.openai.azure.com';

describe("azureUrl: an agent's OpenAI-style request in Azure's layout", () => {
  it('puts chat and embeddings under the deployment the request names as model', () => {
    expect(azureUrl(BASE, '2024-10-21', '/chat/completions', '', 'support-mini')).toEqual({
      url: `${BASE}/openai/deployments/support-mini/chat/completions?api-version=2024-10-21`,
      deployment: 'support-mini',
    });
    expect(azureUrl(BASE, '2024-10-21', '/embeddings', '', 'embed small').url).toBe(
      `${BASE}/openai/deployments/embed%20small/embeddings?api-version=2024-10-21`,
    );
  });

  it('sends the Responses API to /openai/responses with the deployment kept as model', () => {
    expect(azureUrl(BASE, '2025-03-01-preview', '/responses', '', 'agent-mini')).toEqual({
      url: `${BASE}/openai/responses?api-version=2025-03-01-preview`,
      deployment: 'agent-mini',
    });
  });

  it("keeps an AzureOpenAI SDK's deployment path, and the endpoint's api-version replaces the agent's", () => {
    expect(azureUrl(BASE, '2024-10-21', '/deployments/d1/chat/completions', 'api-version=2023-05-15&x=1', 'ignored')).toEqual({
      url: `${BASE}/openai/deployments/d1/chat/completions?api-version=2024-10-21&x=1`,
      deployment: 'd1',
    });
  });
});

describe('an agent cannot steer the real key to another host or path', () => {
  it.each(['//evil.example/x', '@evil.example', '../../x?y#z', 'https://evil.example/'])('a model named %j stays on the endpoint host', (model) => {
    const url = new URL(azureUrl(BASE, '2024-10-21', '/chat/completions', '', model).url);
    expect(url.host).toBe('res.openai.azure.com');
    expect(url.pathname).toMatch(/^\/openai\/deployments\/[^/]+\/chat\/completions$/);
  });

  it.each([
    ['GET', '/models/..%2ffiles'],
    ['GET', '/responses/%2e%2e'],
    ['GET', '/models/..'],
    ['POST', '/deployments/../chat/completions'],
    ['POST', '/deployments/..%2F..%2Ffiles%3F/chat/completions'],
    ['POST', '/deployments/x%5c..%5cfiles/chat/completions'],
    ['POST', '/deployments/.\\files/chat/completions'],
  ])('%s %s (dot segments, encoded separators) is not forwarded', (method, rest) => {
    expect(isForwarded(method, rest)).toBe(false);
  });

  it('model paths are still forwarded', () => {
    expect(isForwarded('POST', '/deployments/gpt-4o.mini_2/chat/completions')).toBe(true);
    expect(isForwarded('GET', '/models/gpt-4o-mini')).toBe(true);
    expect(isForwarded('POST', '/v1/messages', 'anthropic')).toBe(true);
  });
});

const endpoints: Record<string, EndpointSpec> = {
  azure: {
    kind: 'azure-openai',
    'base-url': `${BASE}/openai/`,
    'api-version': 'v1',
    'api-key-env': 'AZ',
    auth: 'bearer',
    deployments: { d: 'gpt-4o-mini' },
    headers: { 'x-team': '${TEAM}' },
  },
  claude: { kind: 'anthropic', 'base-url': 'https://gw.example.com/anthropic/v1', 'api-key-env': 'CLAUDE' },
  local: { kind: 'openai', 'base-url': 'http://localhost:11434/v1' },
};
const agent = (named: { openai?: string; anthropic?: string }): TargetSpec => ({ command: { run: 'node a.mjs', endpoints: named } });

describe("agentUpstreams: the proxy's upstreams from the endpoints an agent names", () => {
  it('resolves keys, headers, Azure auth and deployments; base URLs as the proxy takes them', () => {
    const up = agentUpstreams(agent({ openai: 'azure', anthropic: 'claude' }), endpoints, { AZ: 'az-key', CLAUDE: 'ant-key', TEAM: 'support' }, false);
    expect(up.openai).toEqual({ baseUrl: BASE, apiKey: 'az-key', headers: { 'x-team': 'support' }, azure: { apiVersion: 'v1', auth: 'bearer' } });
    expect(up.anthropic).toEqual({ baseUrl: 'https://gw.example.com/anthropic', apiKey: 'ant-key', headers: undefined });
    expect(up.deployments).toEqual({ d: 'gpt-4o-mini' });
  });

  it('leaves unnamed families to the defaults, and sends no key to an openai endpoint without api-key-env', () => {
    expect(agentUpstreams({ command: { run: 'x' } }, endpoints, {}, false)).toEqual({ openai: null, anthropic: null });
    expect(agentUpstreams(agent({ openai: 'local' }), endpoints, {}, false).openai).toMatchObject({ baseUrl: 'http://localhost:11434/v1', apiKey: '' });
  });

  it('needs no key when replaying, and names the variable otherwise', () => {
    expect(agentUpstreams(agent({ openai: 'azure' }), endpoints, {}, true).openai?.apiKey).toBe('replay-only');
    expect(() => agentUpstreams(agent({ openai: 'azure' }), endpoints, {}, false)).toThrow('AZ is not set: endpoint "azure" takes its key from it');
  });

  it('refuses an endpoint of the wrong kind for its family (a base target the validator did not see)', () => {
    expect(() => agentUpstreams(agent({ anthropic: 'azure' }), endpoints, { AZ: 'k' }, false)).toThrow(
      'endpoints.anthropic "azure" of the agent target is kind azure-openai; it needs kind anthropic',
    );
    expect(() => agentUpstreams(agent({ openai: 'gone' }), endpoints, {}, false)).toThrow('endpoints.openai "gone" of the agent target is not defined');
  });
});
