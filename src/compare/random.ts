/**
 * A seeded pseudo-random generator (mulberry32): 32-bit state, fast, and good enough for
 * resampling. Every statistic EvalGate reports is reproducible from the seed in the comment.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n), for 0 < n < 2^31. */
  int(n: number): number;
}

/** 2^32: maps a uint32 onto [0, 1). */
export const UINT32_RANGE = 4294967296;

/** mulberry32 advances its state by this constant (Weyl sequence) before mixing. */
export const MULBERRY32_INCREMENT = 0x6d2b79f5;

/**
 * mulberry32's output function: the already-advanced state → a uint32. Exported so hot loops
 * (the bootstrap) can keep the state in a local variable instead of calling through a closure.
 */
export function mulberry32Output(state: number): number {
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return (t ^ (t >>> 14)) >>> 0;
}

/** Creates a generator; the same seed always yields the same sequence. */
export function createRng(seed: number): Rng {
  let state = seed | 0;
  const nextUint32 = (): number => {
    state = (state + MULBERRY32_INCREMENT) | 0;
    return mulberry32Output(state);
  };
  return {
    next: () => nextUint32() / UINT32_RANGE,
    int: (n: number) => ((nextUint32() / UINT32_RANGE) * n) | 0,
  };
}
