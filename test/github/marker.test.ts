import { describe, expect, it } from 'vitest';
import { buildMarker, decodeMarkerState, encodeMarkerState, MARKER_STATE_LIMIT, parseMarker, type Marker } from '../../src/github/marker.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('buildMarker / parseMarker', () => {
  it.each<{ name: string; marker: { suite: string; headSha: string; state?: string } }>([
    { name: 'plain suite', marker: { suite: 'support', headSha: SHA } },
    { name: 'with state', marker: { suite: 'support', headSha: SHA, state: encodeMarkerState({ v: 1, cases: ['a'] }) } },
    { name: 'a path as suite', marker: { suite: 'evals/evalgate.yaml', headSha: SHA } },
    { name: 'quotes and an HTML end in the suite', marker: { suite: 'a" head="x --> <b>', headSha: SHA } },
    { name: 'unicode suite', marker: { suite: 'supört 支持', headSha: SHA } },
  ])('round-trips: $name', ({ marker }) => {
    const line = buildMarker(marker);
    expect(line).toMatch(/^<!-- evalgate:v1 suite="[^"]*" head="[0-9a-f]+"( state="[A-Za-z0-9_-]*")? -->$/);
    expect(line.indexOf('-->')).toBe(line.length - 3);
    expect(parseMarker(`${line}\n## EvalGate\nbody`)).toEqual<Marker>({ suite: marker.suite, headSha: SHA, state: marker.state ?? null });
  });

  it('shows the marker line', () => {
    expect(buildMarker({ suite: 'support', headSha: SHA, state: 'eyJ2IjoxfQ' })).toBe(`<!-- evalgate:v1 suite="support" head="${SHA}" state="eyJ2IjoxfQ" -->`);
  });

  const line = buildMarker({ suite: 'support', headSha: SHA });
  it.each<{ name: string; body: string }>([
    { name: 'marker on the second line', body: `hello\n${line}` },
    { name: 'indented marker', body: ` ${line}` },
    { name: 'text after the marker on the line', body: `${line} trailing` },
    { name: 'another version', body: line.replace('evalgate:v1', 'evalgate:v2') },
    { name: 'head that is not a sha', body: line.replace(SHA, 'main') },
    { name: 'state that is not base64url', body: line.replace(' -->', ' state="a+b/c=" -->') },
    { name: 'empty body', body: '' },
  ])('rejects $name', ({ body }) => {
    expect(parseMarker(body)).toBeNull();
  });

  it('accepts CRLF bodies', () => {
    expect(parseMarker(`${line}\r\nbody`)?.suite).toBe('support');
  });

  it('refuses state over the limit and malformed input', () => {
    expect(() => buildMarker({ suite: 's', headSha: SHA, state: 'a'.repeat(MARKER_STATE_LIMIT + 1) })).toThrow(/limit/);
    expect(() => buildMarker({ suite: 's', headSha: 'HEAD' })).toThrow(/sha/);
    expect(() => buildMarker({ suite: 's', headSha: SHA, state: 'not base64!' })).toThrow(/base64url/);
  });

  it('decodes state it encoded, and null for garbage', () => {
    expect(decodeMarkerState(encodeMarkerState({ flips: [1, 2], ok: true }))).toEqual({ flips: [1, 2], ok: true });
    expect(decodeMarkerState('____')).toBeNull();
  });
});
