import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/rate-limit";

describe("RateLimiter", () => {
  it("allows so many a minute per key, says when to come back, and marks only the first refusal", () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    for (let i = 0; i < 3; i++, now += 1_000) expect(limiter.take("U1").allowed).toBe(true);
    expect(limiter.take("U1")).toEqual({ allowed: false, firstRefusal: true, retryAfterSeconds: 57 });
    now += 10_000;
    expect(limiter.take("U1")).toEqual({ allowed: false, firstRefusal: false, retryAfterSeconds: 47 });
    expect(limiter.take("U2").allowed).toBe(true);
    // Refusals do not count: once the first request is a minute old, one more is allowed.
    now = 60_000;
    expect(limiter.take("U1").allowed).toBe(true);
    expect(limiter.take("U1")).toMatchObject({ allowed: false, firstRefusal: true });
  });

  it("is off at 0", () => {
    const limiter = new RateLimiter(0, () => 0);
    for (let i = 0; i < 1_000; i++) expect(limiter.take("U1").allowed).toBe(true);
  });

  it("forgets idle keys when very many have been seen", () => {
    let now = 0;
    const limiter = new RateLimiter(1, () => now);
    for (let i = 0; i < 10_001; i++) limiter.take(`client-${i}`);
    now = 61_000;
    limiter.take("one more");
    expect((limiter as unknown as { recent: Map<string, number[]> }).recent.size).toBe(1);
  });
});
