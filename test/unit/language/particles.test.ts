import { describe, expect, it } from "vitest";
import { particleVerb } from "../../../src/language/particles";

describe("particleVerb", () => {
  it("reads the verb or action noun after a particle", () => {
    expect(particleVerb("borttappad")).toBe("tappad");
    expect(particleVerb("inlämnat")).toBe("lämnat");
    expect(particleVerb("utbetalning")).toBe("betalning");
    expect(particleVerb("tillbakabetalning")).toBe("betalning");
    expect(particleVerb("avstängd")).toBe("stängd");
  });

  it("leaves words that are no particle verb", () => {
    // No verb after the particle, or one too short to tell from another word.
    expect(particleVerb("utgift")).toBeUndefined();
    expect(particleVerb("avgifter")).toBeUndefined();
    expect(particleVerb("utreda")).toBeUndefined();
    expect(particleVerb("information")).toBeUndefined();
    expect(particleVerb("tappad")).toBeUndefined();
  });

  it("leaves verbs that take a sense of their own with a particle", () => {
    for (const word of ["anställd", "utförde", "omfattar", "uppfattning", "avslutad", "upphandlad", "uppskattat", "informerade", "utbildning", "inrättas"]) {
      expect(particleVerb(word), word).toBeUndefined();
    }
  });
});
