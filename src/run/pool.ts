/**
 * Runs `work` over `items` with at most `limit` in flight, in order of `items`. `shouldStart` is
 * asked before each item starts, so a budget can stop new work without cancelling work in flight.
 */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
  shouldStart: () => boolean = () => true,
): Promise<{ started: number }> {
  let next = 0;
  let stopped = false;
  const worker = async (): Promise<void> => {
    while (!stopped && next < items.length) {
      if (!shouldStart()) {
        stopped = true;
        return;
      }
      const index = next++;
      await work(items[index], index);
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
  await Promise.all(workers);
  return { started: next };
}
