import { describe, expect, it } from "vitest";
import { LexicalBuilder } from "../../../src/index/lexical-builder";
import { createLanguageKit } from "../../../src/language/kit";
import { coverage } from "../../../src/retrieve/coverage";
import { analyseQuery } from "../../../src/retrieve/query";
import { OTHER_SPELLING_WEIGHT, withIndexVocabulary } from "../../../src/retrieve/unknown-words";

const kit = createLanguageKit();
const texts = ["Kalibrering av termometern görs två gånger per år.", "Rutinerna ska utvecklas varje år.", "Köket följer egenkontroll enligt programmet.", "Egenkontroll i köket dokumenteras."];
const index = LexicalBuilder.fromTerms(texts.map((t) => kit.analyzer.terms(t)));
const term = (word: string) => kit.analyzer.terms(word)[0]!;
const alternativesOf = (question: string, word: string) => {
  const query = withIndexVocabulary(analyseQuery(question, kit), index);
  return query.groups.find((g) => g.alternatives[0]!.term === term(word))!.alternatives.map((a) => a.term);
};

describe("unknown question words read against the index vocabulary", () => {
  it("finds the verb of a noun the documents only use as a verb", () => {
    // An action noun in -ning or -ering gives its root to the index itself ("kalibrering" →
    // "kalibrer", the term of "kalibrera"); one in -ling does not, so it is read here.
    expect(index.has(term("kalibrera"))).toBe(true);
    expect(index.has(term("utvecklingen"))).toBe(false);
    expect(alternativesOf("vem ansvarar för utvecklingen?", "utvecklingen")).toContain(term("utvecklas"));
  });

  it("finds the documents' word under a definite ending the stemmer keeps", () => {
    // Neither the lexicon nor the dictionary knows "hyrestaxa", so the analyzer leaves "-n" on.
    const taxa = LexicalBuilder.fromTerms([kit.analyzer.terms("Hyran är högst hyrestaxa per månad.")]);
    expect(taxa.has(term("hyrestaxan"))).toBe(false);
    const query = withIndexVocabulary(analyseQuery("hur mycket är hyrestaxan?", kit), taxa);
    expect(query.groups.flatMap((g) => g.alternatives.map((a) => a.term))).toContain(term("hyrestaxa"));
  });

  it("reads a mistyped word as the commonest document word one edit away, as typed if stemming took more", () => {
    const cleaning = LexicalBuilder.fromTerms(["Städning ingår varannan vecka.", "Städning av bostaden.", "Städningen görs av personal."].map((t) => kit.analyzer.terms(t)));
    const all = (question: string, lexical = cleaning) => withIndexVocabulary(analyseQuery(question, kit), lexical).groups.flatMap((g) => g.alternatives.map((a) => a.term));
    // Typed "städnig", the word stems to "stadn": only the word as typed is one edit from "stadning".
    expect(term("städnig")).not.toBe(term("städning"));
    expect(all("hur ofta ingår städnig?")).toContain(term("städning"));
    expect(all("hur ofta ingår sätdning?")).toContain(term("städning"));
    // Two edits away is another word.
    expect(all("hur ofta ingår stängning?")).not.toContain(term("städning"));
    // Between two words one edit away and about as common, it guesses neither.
    const both = LexicalBuilder.fromTerms(["Planering sker årligen.", "Placering sker årligen."].map((t) => kit.analyzer.terms(t)));
    expect(all("vem sköter plaering?", both).filter((t) => t === term("planering") || t === term("placering"))).toEqual([]);
  });

  it("splits a compound into words the documents use, or keeps its head", () => {
    expect(alternativesOf("vem sköter köksegenkontrollen?", "köksegenkontrollen")).toEqual(expect.arrayContaining([term("kök"), term("egenkontroll")]));
    expect(alternativesOf("var finns stektermometern?", "stektermometern")).toContain(term("termometern"));
  });

  it("reads a word cut short as the document words it begins, unless many begin so", () => {
    const ministries = LexicalBuilder.fromTerms(
      ["Justitiedepartementet ansvarar för delgivning.", "Kommunstyrelsen beslutar.", "Kommunfullmäktige antar budgeten.", "Kommunledningen bereder."].map((t) => kit.analyzer.terms(t)),
    );
    const resolved = (question: string) => withIndexVocabulary(analyseQuery(question, kit), ministries).groups.flatMap((g) => g.alternatives.map((a) => a.term));
    expect(resolved("vad gör Justitiedep?")).toContain(term("Justitiedepartementet"));
    expect(resolved("vad beslutar kommunfullm?")).toContain(term("kommunfullmäktige"));
    expect(resolved("vad beslutar kommunfullm?")).not.toContain(term("kommunstyrelsen"));
  });

  it("lets a passage with the words the unknown one was read as cover it fully", () => {
    const taxa = LexicalBuilder.fromTerms([kit.analyzer.terms("Hemtjänst kostar högst maxtaxa.")]);
    const query = withIndexVocabulary(analyseQuery("hur mycket är maxtaxan?", kit), taxa);
    expect(coverage(new Set(kit.analyzer.terms("Avgiften är högst maxtaxa.")), query, taxa)).toBeCloseTo(1);
  });

  it("leaves a question whose words the documents use as it was", () => {
    const query = analyseQuery("hur ofta görs egenkontroll i köket?", kit);
    expect(withIndexVocabulary(query, index)).toBe(query);
  });

  it("counts the new terms in the search, below the word asked", () => {
    const query = withIndexVocabulary(analyseQuery("vem sköter köksegenkontrollen?", kit), index);
    const weight = query.terms.find((t) => t.term === term("egenkontroll"))!.weight;
    expect(weight).toBeGreaterThan(0);
    expect(weight).toBeLessThan(1);
  });
});

describe("question words read as the index's terms written with other å, ä, ö", () => {
  const care = LexicalBuilder.fromTerms(["Vården av äldre sker i hemmet.", "Värden för mätningen noteras.", "Kravet på läkarintyg gäller från första dagen.", "Arbetsgivaren får kräva intyg.", "Utbildningsnivån och boendestödet följs upp."].map((t) => kit.analyzer.terms(t)));
  const weights = (question: string) => new Map(withIndexVocabulary(analyseQuery(question, kit), care).terms.map((t) => [t.term, t.weight]));

  it("reads a question typed without them as every term its words may be, in full", () => {
    const typed = weights("vem ansvarar for varden av aldre och boendestodet?");
    for (const word of ["vården", "värden", "äldre", "boendestödet"]) expect(typed.get(term(word)), word).toBe(1);
    expect(weights("hur hog ar utbildningsnivan?").get(term("utbildningsnivån"))).toBe(1);
  });

  it("keeps a question typed with them to its words, and their other spellings below them", () => {
    const typed = weights("vem ansvarar för vården av äldre?");
    expect(typed.get(term("vården"))).toBe(1);
    expect(typed.get(term("värden"))).toBe(OTHER_SPELLING_WEIGHT);
    // "kräva" and "krav" are related words, one term while terms were folded.
    expect(weights("får arbetsgivaren kräva läkarintyg?").get(term("kravet"))).toBe(OTHER_SPELLING_WEIGHT);
  });
});
