import { describe, expect, it } from "vitest";
import { parseDic, parseSuffixRules } from "../../../src/language/hunspell";
import { createInflector, inflectionBase } from "../../../src/language/inflection";

/** A small dictionary in hunspell's format: nouns of two declensions, a verb, and a compounding form. */
const AFF = [
  "SET UTF-8",
  "SFX A Y 3",
  "SFX A 0 s [^s]",
  "SFX A 0 en [^e]",
  "SFX A 0 ens [^e]",
  "SFX B Y 2",
  "SFX B 0 ar [^e]",
  "SFX B 0 ars [^e]",
  "SFX V Y 2",
  "SFX V a at a",
  "SFX V a ade a",
  "SFX z Y 1",
  "SFX z a 0/WXZ a",
].join("\n");
const DIC = ["5", "bil/AB", "plan/AB", "planet/A", "klaga/Vz", "hög/A", "Stockholm/A"].join("\n");

describe("inflection", () => {
  const inflector = createInflector({ flags: parseDic(DIC), suffixes: parseSuffixRules(AFF) });

  it("undoes the dictionary's suffix rules to the word they were applied to", () => {
    expect(inflector.baseOf("bilens")).toBe("bil");
    expect(inflector.baseOf("bilars")).toBe("bil");
    expect(inflector.baseOf("klagat")).toBe("klaga");
    expect(inflector.baseOf("klagade")).toBe("klaga");
  });

  it("leaves a word the dictionary lists as it is, and forms no rule of the word's flags makes", () => {
    expect(inflector.baseOf("planet")).toBeNull();
    expect(inflector.baseOf("bil")).toBeNull();
    // "klagar" would need flag B, which "klaga" does not have; "högar" ends in a rule's ending but
    // its base "hög" has only flag A.
    expect(inflector.baseOf("klagar")).toBeNull();
    expect(inflector.baseOf("högar")).toBeNull();
    expect(inflector.baseOf("okändord")).toBeNull();
  });

  it("does not read forms that only begin a compound, nor names", () => {
    expect(inflector.baseOf("klag")).toBeNull();
    expect(inflector.baseOf("stockholms")).toBeNull();
  });

  it("reads a form typed without å, ä, ö and gives the lemma as the dictionary spells it", () => {
    expect(inflector.baseOf("hogens")).toBe("hög");
    expect(inflector.baseOf("högens")).toBe("hög");
  });

  it("tells a word with forms of its own, a genitive aside, and which word a form is made of", () => {
    expect(inflector.hasForms("bil")).toBe(true);
    // "planet" takes only the genitive's "-s" and "-en", and "-en" needs a word not ending in "e".
    expect(inflector.hasForms("planet")).toBe(true);
    expect(inflector.hasForms("klag")).toBe(false);
    expect(inflector.hasForms("okändord")).toBe(false);
    expect(inflector.isFormOf("bilens", "bil")).toBe(true);
    expect(inflector.isFormOf("klagat", "klaga")).toBe(true);
    expect(inflector.isFormOf("planet", "plan")).toBe(false);
    expect(inflector.isFormOf("klagar", "klaga")).toBe(false);
  });

  it("brings forms of the installed Swedish dictionary to their word", () => {
    expect(inflectionBase("brukares")).toBe("brukare");
    expect(inflectionBase("kommunernas")).toBe("kommun");
    expect(inflectionBase("insatser")).toBe("insats");
    expect(inflectionBase("godkända")).toBe("godkänd");
    expect(inflectionBase("anhorigas")).toBe("anhörig");
    expect(inflectionBase("planet")).toBeNull();
  });
});
