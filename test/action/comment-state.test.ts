import { describe, expect, it } from 'vitest';
import { type CommentState, encodeCommentState, nextHistory, parseCommentState } from '../../src/action/comment-state.js';
import { encodeMarkerState, MARKER_STATE_LIMIT } from '../../src/github/marker.js';
import { MAX_HISTORY } from '../../src/report/comment/facts.js';

const sha = (n: number): string => n.toString(16).padStart(40, '0');
const facts = {
  causes: ['1 must-pass case fails', 'score −9.4 pts (95% CI −19.8 to +0.9)'],
  fix: [{ id: 'refund-window', mustPass: true }],
  moreFix: 2,
  command: 'evalgate compare --base-ref a1b2c3d',
};

function state(head: string, overrides: Partial<CommentState> = {}): CommentState {
  return { v: 1, head, verdict: 'fail', outputs: { 'score-delta': '-0.094' }, header: facts, ...overrides };
}

describe('comment state', () => {
  it('reads a state written before headers and history were kept', () => {
    const old = encodeMarkerState({ v: 1, head: sha(1), verdict: 'fail', outputs: {}, sightings: [] });
    expect(parseCommentState(old)).toEqual({ v: 1, head: sha(1), verdict: 'fail', outputs: {}, sightings: [] });
  });

  it('round-trips the header facts and history', () => {
    const s = state(sha(2), { history: [{ head: sha(1), verdict: 'pass', causes: ['score +0.3 pts'] }] });
    expect(parseCommentState(encodeCommentState(s))).toEqual(s);
  });
});

describe('nextHistory', () => {
  it('puts the head the comment showed on top when a new head is evaluated', () => {
    const previous = state(sha(2), { history: [{ head: sha(1), verdict: 'pass', causes: ['score +0.3 pts'] }] });
    expect(nextHistory(previous, sha(3))).toEqual([
      { head: sha(2), verdict: 'fail', causes: facts.causes },
      { head: sha(1), verdict: 'pass', causes: ['score +0.3 pts'] },
    ]);
  });

  it('keeps the history as it was when the same head runs again', () => {
    const previous = state(sha(2), { history: [{ head: sha(1), verdict: 'pass', causes: [] }] });
    expect(nextHistory(previous, sha(2))).toEqual([{ head: sha(1), verdict: 'pass', causes: [] }]);
  });

  it('adds nothing for a comment that showed no results (a notice)', () => {
    expect(nextHistory({ v: 1, head: sha(2) }, sha(3))).toEqual([]);
    expect(nextHistory(null, sha(3))).toEqual([]);
  });

  it(`keeps the newest ${MAX_HISTORY} heads`, () => {
    let previous: CommentState | null = null;
    for (let i = 1; i <= MAX_HISTORY + 5; i++) {
      const history = nextHistory(previous, sha(i));
      previous = state(sha(i), { history });
    }
    const history = nextHistory(previous, sha(99));
    expect(history).toHaveLength(MAX_HISTORY);
    expect(history.map((h) => h.head)).toEqual(Array.from({ length: MAX_HISTORY }, (_, k) => sha(MAX_HISTORY + 5 - k)));
  });
});

describe('encodeCommentState', () => {
  it('stays within the marker limit by dropping the oldest history, never the sightings', () => {
    const long = 'x'.repeat(200);
    const sightings = Array.from({ length: 20 }, (_, i) => ({ event: 1_000_000 + i, head: sha(i) }));
    const history = Array.from({ length: MAX_HISTORY }, (_, i) => ({ head: sha(i), verdict: 'fail' as const, causes: [long, long, long, long, long, long] }));
    const big = state(sha(50), { sightings, history, header: { ...facts, causes: [long, long, long, long, long, long], command: 'y'.repeat(600) } });
    expect(encodeMarkerState(big).length).toBeGreaterThan(MARKER_STATE_LIMIT);
    const encoded = encodeCommentState(big);
    expect(encoded.length).toBeLessThanOrEqual(MARKER_STATE_LIMIT);
    const parsed = parseCommentState(encoded)!;
    expect(parsed.sightings).toEqual(sightings);
    expect(parsed.verdict).toBe('fail');
    expect(parsed.history!.length).toBeLessThan(MAX_HISTORY);
    expect(parsed.history![0].head).toBe(sha(0));
  });
});
