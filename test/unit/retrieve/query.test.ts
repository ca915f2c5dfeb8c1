import { describe, expect, it } from "vitest";
import { createLanguageKit } from "../../../src/language/kit";
import { analyseQuery, TERM_WEIGHTS } from "../../../src/retrieve/query";

const kit = createLanguageKit();

describe("analyseQuery with a model's search terms", () => {
  it("adds each term as a group of its own, weighted like the glossary's, without municipality names", () => {
    const plain = analyseQuery("who is responsible for twin towns in Umeå?", kit);
    const helped = analyseQuery("who is responsible for twin towns in Umeå?", kit, ["vänortsavtal", "Umeå"]);
    const [term] = kit.queryTerms("vänortsavtal").filter((t) => t.kind === "word");
    expect(plain.terms.some((t) => t.term === term!.term)).toBe(false);
    expect(helped.terms).toContainEqual({ term: term!.term, weight: TERM_WEIGHTS.glossary });
    const added = helped.groups.filter((g) => g.source === "model");
    expect(added).toHaveLength(1);
    expect(added[0]!.alternatives.map((a) => a.term)).toContain(term!.term);
    expect(added.every((g) => g.untranslated)).toBe(true);
    expect(helped.embeddingText).toContain("vänortsavtal");
    expect(helped.embeddingText).not.toContain("Umeå");
    expect(helped.municipalities).toEqual(["Umeå"]);
  });
});

describe("analyseQuery with everyday English words", () => {
  it("renders them in Swedish at a lower weight than public-administration terms", () => {
    const query = analyseQuery("who may quickly refuse a municipal council decision?", kit);
    const glossary = query.groups.filter((g) => g.source === "glossary");
    const weights = glossary.map((g) => Math.max(...g.alternatives.map((a) => a.weight)));
    expect(weights).toContain(TERM_WEIGHTS.glossary);
    expect(weights).toContain(TERM_WEIGHTS.general);
    expect(TERM_WEIGHTS.general).toBeLessThan(TERM_WEIGHTS.glossary);
    expect(query.groups.some((g) => g.source === "question" && g.alternatives.some((a) => a.term.startsWith("quick")))).toBe(false);
  });
});

describe("analyseQuery with English light verbs", () => {
  it("does not search 'take' or 'put' as words, which met Swedish terms ('tak', ceiling)", () => {
    const terms = (q: string) => analyseQuery(q, kit).terms.map((t) => t.term);
    const tak = kit.analyzer.terms("tak")[0]!;
    expect(terms("can home care staff take her dog out for walks?")).not.toContain(tak);
    expect(terms("where do we put the records?")).not.toContain("put");
    expect(terms("they want like 800k back")).not.toContain(kit.analyzer.terms("lik")[0]!);
    expect(terms("can home care staff take her dog out for walks?")).toContain(kit.analyzer.terms("hund")[0]!);
  });
});

describe("analyseQuery with an English genitive", () => {
  it("leaves no 's' of a translated word behind as a word of its own", () => {
    const own = (q: string) => analyseQuery(q, kit).groups.filter((g) => g.source === "question").map((g) => g.written);
    expect(own("can staff walk a client's dog?")).toEqual([]);
    expect(own("what is Umeå’s twin town policy?")).toEqual([]);
  });
});

describe("analyseQuery with numbers", () => {
  it("searches a small number as its Swedish word too, and the word as its digits, at a short number's weight", () => {
    const digits = analyseQuery("vilka 4 saker prioriteras?", kit);
    const word = analyseQuery("vilka fyra saker prioriteras?", kit);
    const fyra = kit.analyzer.terms("fyra")[0]!;
    expect(digits.terms).toContainEqual({ term: fyra, weight: TERM_WEIGHTS.shortNumber });
    expect(word.terms).toContainEqual({ term: "4", weight: TERM_WEIGHTS.shortNumber });
    expect(analyseQuery("vad gäller 2016?", kit).terms.map((t) => t.term)).toEqual(["2016"]);
  });
});

describe("analyseQuery with words that frame the question", () => {
  it("does not make an English 'doc' or 'documents' a subject, although a rendering ('handling') is no framing word", () => {
    const termsOf = (q: string) => analyseQuery(q, kit).groups.flatMap((g) => g.alternatives.map((a) => a.term));
    const handling = kit.analyzer.terms("handling")[0]!;
    expect(termsOf("which EU strategy does the Växjö doc refer to?")).not.toContain(handling);
    expect(termsOf("which documents mention twin towns?")).not.toContain(handling);
    expect(termsOf("how are documents archived?")).toContain(kit.analyzer.terms("arkivering")[0]!);
  });

  it("leaves an English question word to the intents, as 'när' and 'hur länge' are in Swedish", () => {
    const subjects = (q: string) => analyseQuery(q, kit).groups.map((g) => g.alternatives.map((a) => a.term));
    const strategy = kit.analyzer.terms("strategi")[0]!;
    for (const asked of ["When was the strategy adopted?", "Why was the strategy adopted?", "How long is the strategy valid?", "How much does the strategy cost?", "How many goals does the strategy have?"]) {
      const groups = subjects(asked);
      expect(groups.some((g) => g.includes(strategy)), asked).toBe(true);
      expect(groups.flat(), asked).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(datum|syft|belopp|antal)/)]));
    }
    expect(analyseQuery("When was the strategy adopted?", kit).intents.map((i) => i.name)).toContain("time");
  });

  it("reads 'vad gäller för …' as asking what a document says about the subject", () => {
    const groups = analyseQuery("vad gäller för husdjur i hemtjänsten?", kit).groups;
    expect(groups.map((g) => g.alternatives[0]!.term)).toEqual([kit.analyzer.terms("husdjur")[0]!, kit.analyzer.terms("hemtjänsten")[0]!]);
  });

  it("reads 'vad händer om …' and 'what happens if …' as asking what follows, not about hands", () => {
    const subjects = (q: string) => analyseQuery(q, kit).groups.map((g) => g.alternatives[0]!.term);
    const hand = kit.analyzer.terms("hand")[0]!;
    expect(subjects("vad händer om man inte betalar avgiften?")).toEqual(kit.analyzer.terms("betalar avgiften"));
    expect(subjects("what happens if I miss the deadline?").length).toBe(2);
    // Hands are still a subject.
    expect(subjects("ska man tvätta händer?")).toContain(hand);
  });

  it("finds framing words in a question typed in decomposed Unicode too", () => {
    const subject = (q: string) => analyseQuery(q, kit).groups.map((g) => g.alternatives[0]!.term);
    const question = "vad gäller för husdjur och vad säger riktlinjen?";
    expect(subject(question.normalize("NFD"))).toEqual(subject(question.normalize("NFC")));
  });
});

describe("analyseQuery with Swedish synonyms", () => {
  it("leaves out a synonym phrase that holds the question's own word, and with it the phrase's other words", () => {
    const kontakt = kit.analyzer.terms("kontakt")[0]!;
    const phrase = kit.synonyms(kontakt).find((words) => words.length > 1 && words.includes(kontakt));
    expect(phrase).toBeDefined();
    const extra = phrase!.filter((t) => t !== kontakt);
    const terms = analyseQuery("vem har kontakt med vänorterna?", kit).terms.map((t) => t.term);
    expect(terms).toContain(kontakt);
    for (const t of extra) expect(terms).not.toContain(t);
  });
});

describe("analyseQuery with renderings that fold and stem like another word", () => {
  it("gives a rendering the broader terms of its own word, not of the other one", () => {
    const terms = (q: string) => analyseQuery(q, kit).terms.map((t) => t.term);
    const [animal] = kit.analyzer.terms("djur");
    // "queue" is "kö", which folds to "ko", the cow, whose broader term is "djur".
    expect(terms("is there a queue for care homes?")).not.toContain(animal);
    expect(terms("may a resident keep a cow?")).toContain(animal);
    // "entitled" is also "rätt till", whose "rätt" folds like "råtta", a pest.
    const [pest] = kit.analyzer.terms("skadedjur");
    expect(terms("what is a relative entitled to?")).not.toContain(pest);
    expect(terms("vad gör vi åt råttor i köket?")).toContain(pest);
  });
});

describe("analyseQuery with the modals 'vilja' and 'kunna'", () => {
  it("does not search 'vill' and 'ville' as words, which stem like 'villa' and brought its broader terms", () => {
    const terms = (q: string) => analyseQuery(q, kit).terms.map((t) => t.term);
    const [property] = kit.analyzer.terms("egendom");
    expect(terms("brukaren ville inte ha hjälp med städning, vad gör vi?")).not.toContain(property);
    expect(terms("brukaren vill ha hjälp med städning")).not.toContain(kit.analyzer.terms("villa")[0]);
    expect(terms("får man ha en villa som fritidshus?")).toContain(kit.analyzer.terms("villa")[0]);
    // Nor "kunna", which stems like "kunnande" (skill).
    expect(terms("ska personalen kunna svara på frågor?")).not.toContain(kit.analyzer.terms("kunnande")[0]);
  });
});

describe("analyseQuery's municipalities", () => {
  it("are the places named as themselves, not inside an agency's or a court's name", () => {
    expect(analyseQuery("vad säger Solna om miljö?", kit).municipalities).toEqual(["Solna"]);
    expect(analyseQuery("vad sa Solna tingsrätt om diskriminering?", kit).municipalities).toEqual([]);
    expect(analyseQuery("vad säger Länsstyrelsen i Uppsala län om tillsyn?", kit).municipalities).toEqual([]);
    expect(analyseQuery("what did the Administrative Court of Appeal in Sundsvall decide?", kit).municipalities).toEqual([]);
    expect(analyseQuery("Lunds universitet och Lunds kommun", kit).municipalities).toEqual(["Lund"]);
  });
});
