/**
 * The run's spend cap (`max-cost`, SPEC §7): the whole run, base and head, target and judge.
 * Checked before a case starts, so a case in flight always finishes and is paid for; the cap can
 * be overshot by at most the cases in flight.
 */
export class Budget {
  private spentUsd = 0;

  constructor(readonly maxUsd: number | null) {}

  spend(usd: number | null): void {
    if (usd !== null && Number.isFinite(usd)) this.spentUsd += usd;
  }

  get spent(): number {
    return this.spentUsd;
  }

  /** True once spending has reached the cap; no new case may start. */
  exhausted(): boolean {
    return this.maxUsd !== null && this.spentUsd >= this.maxUsd;
  }
}
