import { describe, expect, it } from "vitest";
import { englishBaseStems, englishStem, stemEnglish, stemSwedish } from "../../../src/language/stemmer";

describe("stemSwedish (classic Snowball)", () => {
  it.each([
    // Worked through by hand from the published algorithm.
    ["kommunstyrelsens", "kommunstyr"], // R1 "munstyrelsens": -ens, then -els
    ["uppföljningen", "uppföljning"],
    ["strategier", "strategi"],
    ["internationella", "internationell"],
    ["nämnderna", "nämnd"],
    ["förvaltningarna", "förvaltning"],
    // Pairs from the Snowball project's Swedish test vocabulary.
    ["abborrarna", "abborr"],
    ["affärernas", "affär"],
    ["allmänheten", "allmän"],
    ["allmännare", "allmän"], // -are, then the consonant pair nn
    ["anledningarna", "anledning"],
    ["avundsjukt", "avundsjuk"], // consonant pair kt
    ["barnsligt", "barns"], // gt, then -lig
    ["barnmorskans", "barnmorskan"], // s after n is an s-ending
  ])("%s → %s", (word, stem) => {
    expect(stemSwedish(word)).toBe(stem);
  });

  it("keeps -s after a letter that cannot carry it", () => {
    expect(stemSwedish("umeås")).toBe("umeås");
    expect(stemSwedish("hus")).toBe("hus"); // R1 is empty in a short word
  });

  it("rewrites -löst and -fullt", () => {
    expect(stemSwedish("hjälplöst")).toBe("hjälplös");
    expect(stemSwedish("respektfullt")).toBe("respektfull");
  });

  it("makes the inflections of one word converge", () => {
    const forms = ["nämnd", "nämnden", "nämnder", "nämnderna", "nämndernas", "nämndens"];
    expect(new Set(forms.map(stemSwedish))).toEqual(new Set(["nämnd"]));
    const plans = ["förvaltning", "förvaltningen", "förvaltningar", "förvaltningarna", "förvaltningens"];
    expect(new Set(plans.map(stemSwedish))).toEqual(new Set(["förvaltning"]));
  });

  it("leaves words of fewer than three letters alone", () => {
    expect(stemSwedish("er")).toBe("er");
    expect(stemSwedish("")).toBe("");
  });
});

describe("stemEnglish (light)", () => {
  it("joins the forms of a verb", () => {
    expect(new Set(["follow", "follows", "followed", "following"].map(stemEnglish))).toEqual(new Set(["follow"]));
    expect(new Set(["revise", "revised", "revises", "revising"].map(stemEnglish)).size).toBe(1);
    expect(new Set(["plan", "plans", "planned", "planning"].map(stemEnglish))).toEqual(new Set(["plan"]));
  });

  it("joins singular and plural nouns", () => {
    expect(stemEnglish("policies")).toBe(stemEnglish("policy"));
    expect(stemEnglish("committees")).toBe(stemEnglish("committee"));
    expect(stemEnglish("churches")).toBe(stemEnglish("church"));
  });

  it("does not take -s off words that only end in it", () => {
    expect(stemEnglish("process")).toBe("process");
    expect(stemEnglish("status")).toBe("status");
    expect(stemEnglish("analysis")).toBe("analysis");
  });

  it("does not stem short words or strip endings that leave no stem", () => {
    expect(stemEnglish("is")).toBe("is");
    expect(stemEnglish("need")).toBe("need");
    expect(stemEnglish("thing")).toBe("thing");
  });

  it("says what a word shows of a final -e that its stem drops", () => {
    expect(["care", "site", "plane", "fee", "use"].map((w) => englishStem(w).finalE)).toEqual(["e", "e", "e", "e", "e"]);
    expect(["car", "cars", "sit", "plan", "planned", "sitting"].map((w) => englishStem(w).finalE)).toEqual(["none", "none", "none", "none", "none", "none"]);
    // "-es" is "care" + s or "bus" + es; -ing and -ed hide the -e.
    expect(["caring", "cared", "opening", "cares", "buses", "fees"].map((w) => englishStem(w).finalE)).toEqual(["unknown", "unknown", "unknown", "unknown", "unknown", "unknown"]);
    expect(englishStem("cars").stem).toBe(englishStem("care").stem);
  });
});

describe("englishBaseStems", () => {
  it("reads adverbs, comparatives, -ied, British and British -lled back to their base", () => {
    const base = (word: string, of: string) => expect(englishBaseStems(word), word).toContain(stemEnglish(of));
    base("internationally", "international");
    base("quickly", "quick");
    base("easily", "easy");
    base("specifically", "specific");
    base("copied", "copy");
    base("greenest", "green");
    base("biggest", "big");
    base("labelled", "label");
    base("travelling", "travel");
  });

  it("never repeats the word's own stem, and leaves a word without such an ending alone", () => {
    expect(englishBaseStems("policy")).toEqual([]);
    expect(englishBaseStems("follows")).toEqual([]);
    expect(englishBaseStems("follow")).toEqual([]);
  });
});
