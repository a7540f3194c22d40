import { describe, expect, it } from 'vitest';
import { createScheduler, type Scheduler } from '../../src/llm/scheduler.js';

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

  /**
   * Drives the scheduler's feedback with a fake clock. Events: `x` a 429 with Retry-After 1 s,
   * `n` a 429 without Retry-After, `.` a success, `+MS` the clock moves on by MS milliseconds.
   */
  function feed(scheduler: Scheduler, clock: { t: number }, events: string): void {
    for (const e of events.split(' ')) {
      if (e === 'x') scheduler.onRateLimited(1000);
      else if (e === 'n') scheduler.onRateLimited(null);
      else if (e.startsWith('.')) for (let i = 0; i < e.length; i++) scheduler.onSuccess();
      else clock.t += Number(e);
    }
  }

  const tenth = Array.from({ length: 10 }, () => '......... x').join(' ');

  it.each<{ name: string; cap: number; events: string; limit: number }>([
    { name: 'a 429 with no history halves', cap: 8, events: 'x', limit: 4 },
    { name: 'a 429 halves an odd cap rounding down', cap: 5, events: 'x', limit: 2 },
    { name: 'the limit never drops below one', cap: 1, events: 'x', limit: 1 },
    { name: 'a burst within one Retry-After window halves once', cap: 8, events: 'x x x x', limit: 4 },
    { name: 'a 429 after the window halves again', cap: 8, events: 'x +999 x +1 x', limit: 2 },
    { name: 'a storm that outlasts each window keeps halving, to the floor', cap: 8, events: 'x +1000 x +1000 x +1000 x +1000 x', limit: 1 },
    { name: 'without Retry-After the window is one second', cap: 8, events: 'n +500 n +500 n', limit: 2 },
    { name: 'one 429 in six outcomes is a cluster', cap: 8, events: '..... x', limit: 4 },
    { name: 'one 429 in eight outcomes is noise', cap: 8, events: '....... x', limit: 8 },
    { name: 'every 10th call rate-limited keeps the full limit', cap: 16, events: tenth, limit: 16 },
  ])('$name: cap $cap → limit $limit', ({ cap, events, limit }) => {
    const clock = { t: 0 };
    const scheduler = createScheduler({ maxConcurrency: cap, now: () => clock.t });
    feed(scheduler, clock, events);
    expect(scheduler.stats()).toMatchObject({ limit, rateLimited: events.split(' ').filter((e) => e === 'x' || e === 'n').length });
  });

  it('respects minConcurrency', () => {
    const clock = { t: 0 };
    const scheduler = createScheduler({ maxConcurrency: 8, minConcurrency: 3, now: () => clock.t });
    feed(scheduler, clock, 'x +1000 x +1000 x +1000 x');
    expect(scheduler.stats().limit).toBe(3);
  });

  it('recovers by one per min(recoverAfter, limit) successes, up to the cap', () => {
    const clock = { t: 0 };
    const scheduler = createScheduler({ maxConcurrency: 4, recoverAfter: 3, now: () => clock.t });
    feed(scheduler, clock, 'x +1000 x');
    expect(scheduler.stats().limit).toBe(1);
    const limits: number[] = [];
    for (let i = 0; i < 12; i++) {
      scheduler.onSuccess();
      limits.push(scheduler.stats().limit);
    }
    expect(limits).toEqual([2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4]);
  });

  it('a 429 that does not halve leaves recovery where it was', () => {
    const clock = { t: 0 };
    const scheduler = createScheduler({ maxConcurrency: 8, recoverAfter: 5, now: () => clock.t });
    feed(scheduler, clock, 'x ................');
    // 4 → 5 → 6 → 7 after 4 + 5 + 5 successes; two more count towards 8.
    expect(scheduler.stats().limit).toBe(7);
    feed(scheduler, clock, '+1000 x');
    expect(scheduler.stats().limit).toBe(7);
    feed(scheduler, clock, '...');
    expect(scheduler.stats().limit).toBe(8);
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
