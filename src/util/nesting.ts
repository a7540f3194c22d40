/**
 * Deepest nesting of arrays and objects EvalGate accepts in data from suite files, agents and model
 * output. Real data stays far below it; a value nested thousands deep (`[[[[...]]]]`) would make
 * the recursive code downstream (fingerprints, redaction, JSON.stringify) exhaust the stack and
 * crash the run with "Maximum call stack size exceeded".
 */
export const MAX_NESTING_DEPTH = 100;

/**
 * How deeply `value` nests arrays and objects (a scalar is 0, `[1]` is 1), counting no further
 * than `limit + 1`. Iterative, so it cannot overflow the stack itself. Pure.
 */
export function nestingDepth(value: unknown, limit = MAX_NESTING_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, here]);
  }
  return deepest;
}

/** The message for `what` nested beyond MAX_NESTING_DEPTH, or null when it is not. Pure. */
export function nestingProblem(value: unknown, what: string): string | null {
  return nestingDepth(value) > MAX_NESTING_DEPTH
    ? `${what} is nested more than ${MAX_NESTING_DEPTH} levels deep (arrays or objects inside each other); EvalGate reads at most ${MAX_NESTING_DEPTH} levels: flatten it, or pass the deep part as a JSON string`
    : null;
}
