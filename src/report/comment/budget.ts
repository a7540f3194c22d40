/** Adds blocks while they fit; the `\n\n` between blocks counts. */
export class Room {
  used: number;
  constructor(
    private readonly measure: (text: string) => number,
    readonly budget: number,
    reserved: number,
  ) {
    this.used = reserved;
  }
  left(): number {
    return this.budget - this.used;
  }
  fits(text: string, extra = 0): boolean {
    return this.used + 2 + this.measure(text) + extra <= this.budget;
  }
  take(text: string): void {
    this.used += 2 + this.measure(text);
  }
}

/** How a rendering spends its space: the comment counts characters, the job summary bytes. */
export interface Profile {
  budget: number;
  measure: (text: string) => number;
  /** Where the reader finds what did not fit. */
  elsewhere: string;
}
