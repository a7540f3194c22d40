import { describe, expect, it } from 'vitest';
import { MAX_SIGHTINGS, recordSighting, sightingRefusal, type SightingInput } from '../../src/github/label-sightings.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const input = (o: Partial<SightingInput>): SightingInput => ({
  lastLabeled: { id: 5, actor: 'maya' },
  sender: 'maya',
  payloadHead: A,
  liveHead: A,
  runAttempt: 1,
  ...o,
});

describe('sightingRefusal: a labeled run records its head only when the payload is surely that event', () => {
  it.each<{ name: string; o: Partial<SightingInput>; refused: RegExp | null }>([
    { name: 'the labeler started this run, first attempt, head unchanged', o: {}, refused: null },
    { name: 'logins compare case-insensitively', o: { sender: 'Maya' }, refused: null },
    { name: 'a re-run replays an old payload', o: { runAttempt: 2 }, refused: /attempt 2/ },
    { name: 'someone else added the label last', o: { sender: 'tom' }, refused: /by maya, this run was started by tom/ },
    { name: 'the head moved before the run started', o: { liveHead: B }, refused: /head moved from aaaaaaa to bbbbbbb/ },
    { name: 'no labeled event at all', o: { lastLabeled: null }, refused: /no labeled event/ },
    { name: 'a deleted account labeled', o: { lastLabeled: { id: 5, actor: null } }, refused: /deleted account/ },
  ])('$name', ({ o, refused }) => {
    const reason = sightingRefusal(input(o));
    if (refused === null) expect(reason).toBeNull();
    else expect(reason).toMatch(refused);
  });
});

describe('recordSighting', () => {
  it('keeps one sighting per event; a second run that saw another head voids it', () => {
    const one = recordSighting([], { event: 1, head: A });
    expect(recordSighting(one, { event: 1, head: A.toUpperCase() })).toEqual([{ event: 1, head: A }]);
    expect(recordSighting(one, { event: 1, head: B })).toEqual([{ event: 1, head: null }]);
    // Once void, it stays void.
    expect(recordSighting([{ event: 1, head: null }], { event: 1, head: A })).toEqual([{ event: 1, head: null }]);
  });

  it(`keeps the latest ${MAX_SIGHTINGS}`, () => {
    let all = [] as ReturnType<typeof recordSighting>;
    for (let i = 0; i < MAX_SIGHTINGS + 5; i += 1) all = recordSighting(all, { event: i, head: A });
    expect(all).toHaveLength(MAX_SIGHTINGS);
    expect(all[0].event).toBe(5);
  });
});
