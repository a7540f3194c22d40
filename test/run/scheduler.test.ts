import { describe, expect, it } from 'vitest';
import { createScheduler, type Scheduler } from '../../src/run/scheduler.js';

/** A task the test finishes by hand, recording the scheduler's state when it started. */
interface Task {
  started: boolean;
  finish(): void;
  fail(): void;
}

function submit(scheduler: Scheduler, log: { inFlight: number; limit: number }[]): { task: Task; done: Promise<unknown> } {
  let finish = (): void => {};
  let fail = (): void => {};
  const task: Task = { started: false, finish: () => finish(), fail: () => fail() };
  const done = scheduler
    .run(
      () =>
        new Promise<void>((resolve, reject) => {
          task.started = true;
          const s = scheduler.stats();
          log.push({ inFlight: s.inFlight, limit: s.limit });
          finish = resolve;
          fail = () => reject(new Error('task failed'));
        }),
    )
    .catch(() => 'failed');
  return { task, done };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('createScheduler', () => {
  it('runs at most maxConcurrency calls at once and starts queued calls as slots free', async () => {
    const scheduler = createScheduler({ maxConcurrency: 2 });
    const log: { inFlight: number; limit: number }[] = [];
    const tasks = Array.from({ length: 5 }, () => submit(scheduler, log));
    await settle();
    expect(tasks.map((t) => t.task.started)).toEqual([true, true, false, false, false]);
    expect(scheduler.stats()).toMatchObject({ inFlight: 2, queued: 3 });
    tasks[0]?.task.finish();
    tasks[1]?.task.fail();
    await settle();
    expect(tasks.map((t) => t.task.started)).toEqual([true, true, true, true, false]);
    for (const t of tasks.slice(2)) t.task.finish();
    await settle();
    tasks[4]?.task.finish();
    await Promise.all(tasks.map((t) => t.done));
    expect(scheduler.stats()).toMatchObject({ inFlight: 0, queued: 0, peakInFlight: 2, completed: 5 });
    expect(log.every((entry) => entry.inFlight <= entry.limit)).toBe(true);
  });

  it.each([
    { cap: 8, hits: 1, limit: 4 },
    { cap: 8, hits: 2, limit: 2 },
    { cap: 8, hits: 3, limit: 1 },
    { cap: 8, hits: 10, limit: 1 },
    { cap: 5, hits: 1, limit: 2 },
    { cap: 1, hits: 1, limit: 1 },
  ])('halves the limit on each 429: cap $cap, $hits hits → $limit', ({ cap, hits, limit }) => {
    const scheduler = createScheduler({ maxConcurrency: cap });
    for (let i = 0; i < hits; i++) scheduler.onRateLimited(null);
    expect(scheduler.stats()).toMatchObject({ limit, rateLimited: hits });
  });

  it('respects minConcurrency', () => {
    const scheduler = createScheduler({ maxConcurrency: 8, minConcurrency: 3 });
    for (let i = 0; i < 5; i++) scheduler.onRateLimited(1000);
    expect(scheduler.stats().limit).toBe(3);
  });

  it('recovers by one after every recoverAfter successes, up to the cap', () => {
    const scheduler = createScheduler({ maxConcurrency: 4, recoverAfter: 3 });
    scheduler.onRateLimited(null);
    scheduler.onRateLimited(null);
    expect(scheduler.stats().limit).toBe(1);
    const limits: number[] = [];
    for (let i = 0; i < 12; i++) {
      scheduler.onSuccess();
      limits.push(scheduler.stats().limit);
    }
    expect(limits).toEqual([1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4]);
  });

  it('starts no call while in flight ≥ a lowered limit, and resumes when the limit recovers', async () => {
    const scheduler = createScheduler({ maxConcurrency: 4, recoverAfter: 1 });
    const log: { inFlight: number; limit: number }[] = [];
    const tasks = Array.from({ length: 8 }, () => submit(scheduler, log));
    await settle();
    scheduler.onRateLimited(null); // limit 2 with 4 running
    tasks[0]?.task.finish();
    tasks[1]?.task.finish();
    await settle();
    expect(tasks.filter((t) => t.task.started)).toHaveLength(4); // 2 still running ≥ limit 2
    tasks[2]?.task.finish();
    await settle();
    expect(tasks.filter((t) => t.task.started)).toHaveLength(5);
    scheduler.onSuccess(); // limit 3: one more starts at once
    await settle();
    expect(tasks.filter((t) => t.task.started)).toHaveLength(6);
    for (const t of tasks) t.task.finish();
    await settle();
    for (const t of tasks) t.task.finish();
    await Promise.all(tasks.map((t) => t.done));
    expect(log.every((entry) => entry.inFlight <= entry.limit)).toBe(true);
  });
});
