import { describe, expect, it } from "vitest";
import { BoundedCache } from "../../../src/slack/cache";
import { ThreadMemory } from "../../../src/slack/memory";

describe("BoundedCache", () => {
  it("forgets the oldest entries beyond its capacity", () => {
    const cache = new BoundedCache<number>({ capacity: 2, ttlMs: 1000 });
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("c", 3);
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([undefined, 2, 3]);
  });

  it("forgets entries after their time, and add() says whether a key was new", () => {
    let now = 0;
    const cache = new BoundedCache<true>({ capacity: 10, ttlMs: 1000, now: () => now });
    expect(cache.add("Ev1", true)).toBe(true);
    expect(cache.add("Ev1", true)).toBe(false);
    now = 1000;
    expect(cache.add("Ev1", true)).toBe(true);
  });
});

describe("ThreadMemory", () => {
  it("remembers a thread's question for days, a direct message's main conversation for half an hour", () => {
    let now = 0;
    const memory = new ThreadMemory(() => now);
    memory.remember({ channel: "C1", threadTs: "1.0" }, "vem följer upp strategin i Umeå?");
    memory.remember({ channel: "D1" }, "vad säger Gävle om EU?");
    now = 31 * 60 * 1000;
    expect(memory.previousQuestion({ channel: "C1", threadTs: "1.0" })).toBe("vem följer upp strategin i Umeå?");
    expect(memory.previousQuestion({ channel: "D1" })).toBeUndefined();
    expect(memory.previousQuestion({ channel: "C1", threadTs: "2.0" })).toBeUndefined();
  });
});
