import { describe, expect, it } from "vitest";
import { splitCompound } from "../../../src/language/compounds";
import { swedishWords } from "../../../src/language/dictionary";

describe("splitCompound", () => {
  it.each([
    ["ansvarsfördelning", ["ansvar", "fördelning"]],
    ["kommunstyrelsens", ["kommun", "styrelse"]],
    ["omvärldsbevakning", ["omvärld", "bevakning"]],
    ["verksamhetsutveckling", ["verksamhet", "utveckling"]],
    ["kompetensutveckling", ["kompetens", "utveckling"]],
  ])("%s → %j", (word, parts) => {
    expect(splitCompound(word)).toEqual(parts);
  });

  it("adds the parts of parts after the top-level split", () => {
    expect(splitCompound("vänortssamarbete")).toEqual(["vänort", "samarbete", "vän", "ort"]);
    expect(splitCompound("näringslivsutveckling")).toEqual(["näringsliv", "utveckling", "näring", "liv"]);
  });

  it("splits inflected compounds it has never seen, with any linking form", () => {
    expect(splitCompound("vänortssamarbetet")).toEqual(["vänort", "samarbete", "vän", "ort"]);
    expect(splitCompound("gatukontoret")).toEqual(["gata", "kontor"]); // gat(a)-u-
    expect(splitCompound("skolgårdar")).toEqual(["skola", "gård"]); // skol(a)-
    expect(splitCompound("idrottsföreningarna")).toEqual(["idrott", "förening"]);
    expect(splitCompound("bostadsförsörjningsprogrammet")).toEqual(["bostadsförsörjning", "program", "bostad", "försörjning"]);
  });

  it("does not try to split a run of letters far longer than any compound", () => {
    expect(splitCompound("kommunstyrelseordförandevalberedningsarbetsgruppsmöte".repeat(40))).toEqual([]);
  });

  it("leaves short, common and whole-listed words alone", () => {
    for (const word of ["beslut", "beslutet", "kommun", "kommunens", "kultur", "förvaltningarna", "uppföljningen", "ledamöter", "internationella"]) {
      expect(splitCompound(word), word).toEqual([]);
    }
  });

  it("does not read prefixes, derivational suffixes or participles as parts", () => {
    // "för" from "föra" would split every för- word; "-skap", "-erad", "-ande" are not words here.
    for (const word of ["fördelas", "förorenad", "medborgarskap", "fokuserade", "respekterad", "angeläget"]) {
      expect(splitCompound(word), word).toEqual([]);
    }
  });

  it("reads -s- as the link after -ing, -het, -tion rather than as the start of the next part", () => {
    expect(splitCompound("diskrimineringslagen")).toEqual(["diskriminering", "lag"]);
    expect(splitCompound("säkerhetsplanen")).toEqual(["säkerhet", "plan"]);
  });

  it("never splits municipality names", () => {
    for (const word of ["örnsköldsvik", "sundsvall", "falkenberg", "strömstad", "helsingborgs"]) {
      expect(splitCompound(word), word).toEqual([]);
    }
  });

  it("uses the vocabulary for parts the lexicon lacks, but only long ones", () => {
    const vocabulary = new Set(["mikroplast", "filter", "kom", "mun"]);
    expect(splitCompound("mikroplastfilter")).toEqual([]);
    expect(splitCompound("mikroplastfilter", vocabulary)).toEqual(["mikroplast", "filter"]);
    expect(splitCompound("kommunal", vocabulary)).toEqual([]);
  });

  it("splits a word the vocabulary has whole only into parts of four letters or more", () => {
    const vocabulary = new Set(["temperatur", "temper", "mikroplast", "mikroplastfilter", "filter"]);
    expect(splitCompound("temperaturen", vocabulary)).toEqual([]);
    expect(splitCompound("mikroplastfilter", vocabulary)).toEqual(["mikroplast", "filter"]);
  });

  it("takes a last part the dictionary knows only by its stem when it is a form of a word spelled alike", () => {
    const dictionary = swedishWords();
    // "nader", "aterade", "heternas", "tarer" share a stem with dictionary words but are none.
    for (const word of ["kostnader", "konstaterade", "myndigheternas", "kommentarer", "lättnader"]) expect(splitCompound(word, dictionary)).toEqual([]);
    // "varor" is a form of "vara", "reglerna" of "regel".
    expect(splitCompound("dagligvaror", dictionary)).toEqual(["daglig", "varor"]);
    expect(splitCompound("avgiftsreglerna", dictionary)).toEqual(["avgift", "reglerna"]);
  });

  it("splits a vocabulary word's parts further by the lexicon alone", () => {
    const vocabulary = new Set(["mikroplast", "filter", "mikro", "plast"]);
    expect(splitCompound("mikroplastfilter", vocabulary)).toEqual(["mikroplast", "filter"]);
    expect(splitCompound("mikroplast", vocabulary)).toEqual(["mikro", "plast"]);
  });

  it("answers from its memo without sharing the array", () => {
    const first = splitCompound("ansvarsfördelning");
    first.push("mutated");
    expect(splitCompound("ansvarsfördelning")).toEqual(["ansvar", "fördelning"]);
  });
});
