import { describe, expect, it } from 'vitest';
import { createRedactor, REDACTED, redactJson } from '../../src/report/redact.js';

interface SecretCase {
  name: string;
  text: string;
  /** The part that must not survive. */
  secret: string;
  /** What must survive (context around the secret). */
  kept?: string;
}

const secretCases: SecretCase[] = [
  { name: 'OpenAI key', text: 'key=sk-AbCdEfGhIjKlMnOpQrStUvWx1234', secret: 'AbCdEfGhIjKlMnOpQrStUvWx1234', kept: 'key=' },
  { name: 'OpenAI project key', text: 'use sk-proj-Ab12Cd34Ef56Gh78Ij90Kl_Mn-Op now', secret: 'Ab12Cd34Ef56Gh78Ij90Kl_Mn-Op', kept: 'now' },
  { name: 'GitHub classic token', text: 'ghp_0123456789abcdefghijABCDEFGHIJ012345', secret: '0123456789abcdefghijABCDEFGHIJ012345' },
  { name: 'GitHub OAuth token', text: 'gho_0123456789abcdefghijABCDEFGHIJ012345', secret: '0123456789abcdefghijABCDEFGHIJ012345' },
  { name: 'GitHub user-to-server token', text: 'ghu_0123456789abcdefghijABCDEFGHIJ012345', secret: '0123456789abcdefghijABCDEFGHIJ012345' },
  { name: 'GitHub server-to-server token', text: 'ghs_0123456789abcdefghijABCDEFGHIJ012345', secret: '0123456789abcdefghijABCDEFGHIJ012345' },
  { name: 'GitHub refresh token', text: 'ghr_0123456789abcdefghijABCDEFGHIJ012345', secret: '0123456789abcdefghijABCDEFGHIJ012345' },
  { name: 'GitHub fine-grained PAT', text: 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', secret: 'abcdefghijklmnopqrstuvwxyz' },
  { name: 'AWS access key id', text: 'id AKIAIOSFODNN7EXAMPLE.', secret: 'IOSFODNN7EXAMPLE', kept: 'id ' },
  { name: 'AWS session key id', text: 'ASIAIOSFODNN7EXAMPLE', secret: 'IOSFODNN7EXAMPLE' },
  {
    name: 'AWS secret in an ini file',
    text: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    secret: 'wJalrXUtnFEMI',
    kept: 'aws_secret_access_key = ',
  },
  {
    name: 'AWS secret in JSON',
    text: '{"aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}',
    secret: 'wJalrXUtnFEMI',
    kept: '"aws_secret_access_key": "',
  },
  { name: 'Bearer token', text: 'curl -H "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"', secret: 'eyJhbGciOiJIUzI1NiJ9', kept: 'Bearer ' },
  { name: 'Authorization header', text: 'Authorization: token abcdef0123456789', secret: 'abcdef0123456789', kept: 'Authorization: ' },
  { name: 'Authorization in JSON', text: '{"authorization":"Basic dXNlcjpwYXNzd29yZA=="}', secret: 'dXNlcjpwYXNzd29yZA', kept: '"authorization":"' },
  { name: 'api-key header', text: 'api-key: 0123456789abcdef0123', secret: '0123456789abcdef0123', kept: 'api-key: ' },
];

describe('createRedactor', () => {
  const redact = createRedactor([]);

  it.each(secretCases)('redacts $name', ({ text, secret, kept }) => {
    const out = redact(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(REDACTED);
    if (kept) expect(out).toContain(kept);
  });

  it.each([
    'The task-management tool skips sk- prefixes shorter than a key: sk-short.',
    'A bearer of bad news.',
    'AKIA alone is not a key; neither is ghp_short.',
    'Returns are accepted within 30 days.',
  ])('leaves ordinary text alone: %s', (text) => {
    expect(redact(text)).toBe(text);
  });

  it("adds the suite's redact patterns", () => {
    const withSuite = createRedactor(['ACME-[0-9]{6}']);
    expect(withSuite('customer ACME-123456 called')).toBe(`customer ${REDACTED} called`);
  });

  it('redacts literal secrets given at runtime, regex characters and all', () => {
    const withKey = createRedactor([], { literals: ['my.key+(value)?'] });
    expect(withKey('the key is my.key+(value)? ok')).toBe(`the key is ${REDACTED} ok`);
    expect(withKey('my-key-value')).toBe('my-key-value');
  });

  it('ignores literals too short to be secrets, so a placeholder key does not blank out words', () => {
    expect(createRedactor([], { literals: ['test'] })('a test output')).toBe('a test output');
  });

  it('does not sprinkle markers when a suite pattern matches the empty string', () => {
    expect(createRedactor(['x*'])('abc xx d')).toBe(`abc ${REDACTED} d`);
  });

  it('names the bad entry and what to write when a suite pattern is not a regular expression', () => {
    expect(() => createRedactor(['ok', 'ACME-[0-9'])).toThrow(/redact\[1\]: "ACME-\[0-9" is not a valid regular expression/);
  });

  it.each([
    { name: 'URL-encoded', text: (k: string) => `GET /v1?key=${encodeURIComponent(k)}&x=1` },
    { name: 'URL-encoded with lower-case escapes', text: (k: string) => `?key=${encodeURIComponent(k).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())}` },
    { name: 'base64', text: (k: string) => `blob ${Buffer.from(k).toString('base64')} end` },
    { name: 'base64url', text: (k: string) => `jwt.${Buffer.from(k).toString('base64url')}.sig` },
    { name: 'base64 inside a Basic credential (offset 1)', text: (k: string) => `creds ${Buffer.from(`u:${k}`).toString('base64')}` },
    { name: 'base64 inside a longer blob (offset 2)', text: (k: string) => Buffer.from(`ab${k}tail`).toString('base64') },
    { name: 'base64 inside a longer blob (offset 0 after 3 bytes)', text: (k: string) => Buffer.from(`abc${k}`).toString('base64') },
  ])('redacts a runtime secret $name', ({ text }) => {
    const key = 'Zq9/Xy+Wv=Ut&Sr%Qp-custom-endpoint';
    const redact = createRedactor([], { literals: [key] });
    const out = redact(text(key));
    expect(out).toContain(REDACTED);
    for (const form of [key, encodeURIComponent(key), Buffer.from(key).toString('base64').slice(2, -4)]) expect(out).not.toContain(form);
  });
});

describe('redactJson: the structure, never its serialisation', () => {
  const redact = createRedactor(['ACME-[0-9]{6}', '", "', '[0-9a-f]{16,}']);

  it('redacts string values and object keys at any depth, and leaves numbers, booleans and null alone', () => {
    const value = { 'ACME-123456': { list: ['ACME-654321', 1, true, null], deep: { k: 'x ACME-111111' } } };
    expect(redactJson(value, redact)).toEqual({ [REDACTED]: { list: [REDACTED, 1, true, null], deep: { k: `x ${REDACTED}` } } });
  });

  it('a pattern that would span a quote in the JSON text matches nothing in the values, and breaks nothing', () => {
    const value = { a: 'one', b: 'two' };
    expect(redactJson(value, redact)).toEqual(value);
  });
});
