/**
 * Questions per minute per person (a Slack user) or per client (a web client's address): a
 * sliding window over the last minute. One person pasting in a loop, or two bots answering each
 * other, cannot flood the engine. Refused requests do not count, so someone who stops is let
 * through again as soon as the minute has passed; the first refusal of a run is marked, so a
 * front end can say so once instead of on every message.
 */
export const WINDOW_MS = 60_000;
/** Above this many people or clients seen within a minute, those idle for a minute are forgotten. */
const SWEEP_ABOVE = 10_000;

export interface RateDecision {
  allowed: boolean;
  /** True on the first refusal after an allowed request: the moment to tell the person. */
  firstRefusal: boolean;
  /** When the next request will be allowed. */
  retryAfterSeconds: number;
}

export class RateLimiter {
  private readonly recent = new Map<string, number[]>();
  private readonly refused = new Set<string>();

  /** `perMinute` 0 turns the limit off. */
  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateDecision {
    if (this.perMinute <= 0) return { allowed: true, firstRefusal: false, retryAfterSeconds: 0 };
    const now = this.now();
    const times = (this.recent.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
    if (times.length < this.perMinute) {
      times.push(now);
      this.recent.set(key, times);
      this.refused.delete(key);
      if (this.recent.size > SWEEP_ABOVE) this.sweep(now);
      return { allowed: true, firstRefusal: false, retryAfterSeconds: 0 };
    }
    this.recent.set(key, times);
    const firstRefusal = !this.refused.has(key);
    this.refused.add(key);
    return { allowed: false, firstRefusal, retryAfterSeconds: Math.max(1, Math.ceil((times[0]! + WINDOW_MS - now) / 1000)) };
  }

  private sweep(now: number): void {
    for (const [key, times] of this.recent) {
      if (now - times.at(-1)! >= WINDOW_MS) {
        this.recent.delete(key);
        this.refused.delete(key);
      }
    }
  }
}
