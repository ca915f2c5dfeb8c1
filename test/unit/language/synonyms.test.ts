import { describe, expect, it } from "vitest";
import { dataLines } from "../../../src/language/data";
import { createLanguageKit } from "../../../src/language/kit";
import { broaderOf, synonymsOf } from "../../../src/language/synonyms";
import { analyseQuery, TERM_WEIGHTS } from "../../../src/retrieve/query";

const kit = createLanguageKit();
const word = (w: string) => kit.analyzer.terms(w)[0]!;

describe("Swedish synonyms", () => {
  it("has sets of two or more members, none in more than three sets", () => {
    const count = new Map<string, number>();
    for (const line of dataLines("synonyms-sv.tsv")) {
      const members = line.split("|").map((m) => m.trim().toLowerCase()).filter(Boolean);
      expect(members.length, line).toBeGreaterThanOrEqual(2);
      for (const m of new Set(members)) count.set(m, (count.get(m) ?? 0) + 1);
    }
    expect(Math.max(...count.values())).toBeLessThanOrEqual(3);
  });

  it("finds a word's set members, stemmed, and phrases as word sequences", () => {
    const ofBuy = synonymsOf(word("köpa")).map((s) => s.join(" "));
    expect(ofBuy).toContain(word("upphandla"));
    expect(synonymsOf(word("bestämma")).some((s) => s.length === 2)).toBe(true);
    expect(synonymsOf("finnsinte")).toEqual([]);
  });

  it("does not search a negated member as its opposite ('inte tillåtet' for 'förbjuden')", () => {
    const ofForbidden = synonymsOf(word("förbjuden"), "förbjuden").map((s) => s.join(" "));
    expect(ofForbidden).toContain(word("förbud"));
    expect(ofForbidden).not.toContain(word("tillåtet"));
    expect(synonymsOf(word("frivillig"), "frivillig").map((s) => s.join(" "))).not.toContain(word("obligatorisk"));
  });

  it("gives a verb not the broader terms of its agent noun ('skriva' is not 'skrivare', a printer)", () => {
    const broader = (written: string) => broaderOf(word(written), written).map((s) => s.join(" "));
    expect(broader("skrivaren")).toContain(word("utrustning"));
    expect(broader("skriva")).not.toContain(word("utrustning"));
  });

  it("reads 'vad kostar' as a question of cost, not of food", () => {
    const ofCosts = synonymsOf(word("kostar"), "kostar").map((s) => s.join(" "));
    expect(ofCosts).toContain(word("avgift"));
    expect(ofCosts).not.toContain(word("mat"));
  });

  it("tells words apart that share a term only because Snowball stripped -lig, -ig, -het or -els", () => {
    const members = (written: string) => synonymsOf(word(written), written).map((s) => s.join(" "));
    // "hemmet" and "hemlig" (secret) are both "hem"; "fattar" (decides) and "fattig" (poor) both "fatt".
    expect(members("hemmet")).not.toContain(word("sekretess"));
    expect(members("hemlig")).toContain(word("sekretess"));
    expect(members("fattar")).not.toContain(word("fattigdom"));
    // Nor is such a member searched for: "sekretess" does not search for every "hem".
    expect(members("sekretess")).not.toContain(word("hemlig"));
    expect(members("möjligt")).toEqual(members("möjlig"));
    // "myndighet" (authority) and "myndig" (of age) are both "mynd".
    expect(members("myndighet")).toContain(word("ämbetsverk"));
    expect(members("myndighet")).not.toContain(word("vuxen"));
    expect(members("myndig")).toContain(word("vuxen"));
  });

  it("tells words apart that only å, ä, ö tell apart, given how the question wrote them", () => {
    const members = (written: string) => synonymsOf(word(written), written).map((s) => s.join(" "));
    // "värde" (value) and "vård" (care) are terms of their own; only "vård" has "omvårdnad" for a synonym.
    expect(word("värde")).not.toBe(word("vård"));
    expect(members("värde")).not.toContain(word("omvårdnad"));
    expect(members("vård")).toContain(word("omvårdnad"));
    // A word typed without å, ä, ö that is no word as written finds the sets of the words it may be; one that is a word does not.
    expect(members("forandring")).toEqual(members("förändring"));
    expect(members("förändring").length).toBeGreaterThan(0);
    expect(members("andra")).toEqual([]);
    expect(members("ändra").length).toBeGreaterThan(0);
    // Too short for the dictionary, "hand" is still a word as written: not "hända" (happen).
    expect(members("hända")).toContain(word("inträffa"));
    expect(members("hand")).not.toContain(word("inträffa"));
    // Nor is "stora", a form of "stor" (big), "störa" (disturb) typed plainly.
    expect(members("störa")).toContain(word("störning"));
    expect(members("stora")).not.toContain(word("störning"));
    const terms = (question: string) => analyseQuery(question, kit).terms.map((t) => t.term);
    expect(terms("vilket värde har avtalet?")).not.toContain(word("omvårdnad"));
    expect(terms("vem ansvarar för vården?")).toContain(word("omvårdnad"));
  });

  it("leaves out a phrase that stop words reduce to one word", () => {
    const ofEnsure = synonymsOf(word("säkerställa")).map((s) => s.join(" "));
    expect(ofEnsure).toContain(word("garantera"));
    expect(ofEnsure).not.toContain("se");
  });

  it("keeps a phrase whose one lost word is a stop word the documents lose too ('lämna in' is 'lämna')", () => {
    expect(synonymsOf(word("inkomma")).map((s) => s.join(" "))).toContain(word("lämna"));
  });

  it("finds a phrase's set from its one kept word only where the question has the whole phrase", () => {
    // "efter hand" (by and by) is "hand" once its stop word is gone; "lägga till" (add) is "lägga".
    const members = (question: string, written: string) => {
      const position = kit.queryTerms(question).find((t) => question.slice(t.start, t.end).toLowerCase() === written)!.position;
      return synonymsOf(word(written), written, { text: question, position }).map((s) => s.join(" "));
    };
    expect(members("det ordnar sig efter hand", "hand")).toContain(word("småningom"));
    expect(members("vem tar hand om hunden?", "hand")).not.toContain(word("småningom"));
    expect(members("får vi lägga till en rad?", "lägga")).toContain(word("komplettera"));
    expect(members("får vi lägga in det i kalendern?", "lägga")).not.toContain(word("komplettera"));
    // Inflected, the phrase still counts: "lägger till" is "lägga till".
    expect(members("vem lägger till namnet?", "lägger")).toContain(word("komplettera"));
    const terms = (question: string) => analyseQuery(question, kit).terms.map((t) => t.term);
    expect(terms("vem tar hand om hunden?")).not.toContain(word("småningom"));
  });

  it("reads a short verb's present tense in a phrase as the infinitive ('har hand om', 'tar hand om')", () => {
    const terms = (question: string) => analyseQuery(question, kit).terms.map((t) => t.term);
    expect(word("tar")).not.toBe(word("ta"));
    expect(terms("vem har hand om riktlinjen?")).toContain(word("sköta"));
    expect(terms("vem tar hand om hunden?")).toContain(word("vårda"));
    expect(terms("vem räckte hand om hunden?")).not.toContain(word("vårda"));
  });

  it("adds synonyms to a Swedish question's words at a lower weight, not to an English question's own words", () => {
    const sv = analyseQuery("vem får köpa datorer?", kit);
    expect(sv.terms).toContainEqual({ term: word("upphandla"), weight: TERM_WEIGHTS.synonym });
    expect(sv.terms).toContainEqual({ term: word("köpa"), weight: 1 });
    const en = analyseQuery("who may buy computers?", kit);
    expect(en.groups.filter((g) => g.source === "question").every((g) => g.synonyms.length === 0)).toBe(true);
  });
});

describe("coverage by a synonym", () => {
  it("counts less than the word asked, more than nothing, however rare the synonym", async () => {
    const { LexicalBuilder } = await import("../../../src/index/lexical-builder");
    const { coverage } = await import("../../../src/retrieve/coverage");
    const texts = ["Nämnden får köpa tjänster.", "Nämnden får upphandla tjänster.", "Nämnden får hyra lokaler.", "Köpa och köpa igen.", "Vi köper mycket."];
    const index = LexicalBuilder.fromTerms(texts.map((t) => kit.analyzer.terms(t)));
    const query = analyseQuery("får nämnden köpa tjänster?", kit);
    const [asked, synonym, neither] = texts.map((t) => coverage(new Set(kit.analyzer.terms(t)), query, index));
    expect(asked).toBeCloseTo(1);
    expect(synonym).toBeLessThan(asked!);
    expect(synonym).toBeGreaterThan(neither!);
  });
});

describe("synonym phrases", () => {
  it("merges a question's words that make up a member phrase into one group with the set's other members", () => {
    const phrase = kit.synonymPhrasesFrom(word("fatta")).find((p) => p.words.join(" ") === kit.analyzer.terms("fatta beslut").join(" "))!.words;
    expect(phrase).toBeDefined();
    const query = analyseQuery("vem fattar beslut om bistånd?", kit);
    const merged = query.groups.find((g) => g.options[0]!.map((t) => t.term).join(" ") === phrase.join(" "))!;
    expect(merged).toBeDefined();
    expect(merged.synonyms.length).toBeGreaterThan(0);
    expect(query.groups.filter((g) => g.options[0]!.length === 1 && phrase.includes(g.options[0]![0]!.term))).toEqual([]);
  });

  it("reads a phrase's words as far apart as in the member, or one article further", () => {
    const merged = (question: string, member: string) => {
      const words = kit.analyzer.terms(member).join(" ");
      return analyseQuery(question, kit).groups.some((g) => g.options[0]!.map((t) => t.term).join(" ") === words);
    };
    expect(merged("när träder den i kraft?", "träda i kraft")).toBe(true);
    expect(merged("vem fattar ett beslut om bistånd?", "fatta beslut")).toBe(true);
    // "laga kraft" (final, not open to appeal) is two words side by side; "lagen i kraft" is not it.
    expect(merged("när vann domen laga kraft?", "laga kraft")).toBe(true);
    expect(merged("när träder lagen i kraft?", "laga kraft")).toBe(false);
  });

  it("leaves the words of an English question alone", () => {
    const query = analyseQuery("who makes decisions on assistance?", kit);
    expect(query.groups.every((g) => g.synonyms.length === 0 || g.source !== "question")).toBe(true);
  });
});

describe("broader terms", () => {
  it("has lines of narrow single words and broad terms, none on both sides", () => {
    for (const line of dataLines("broader-sv.tsv")) {
      const [narrow, broad] = line.split("\t").map((side) => side.split("|").map((m) => m.trim().toLowerCase()).filter(Boolean));
      expect(narrow!.length, line).toBeGreaterThanOrEqual(1);
      expect(broad!.length, line).toBeGreaterThanOrEqual(1);
      expect(narrow!.filter((m) => broad!.includes(m)), line).toEqual([]);
      // A question's words are looked up one at a time: a narrow phrase would never be found.
      expect(narrow!.filter((m) => /\s/.test(m)), line).toEqual([]);
    }
  });

  it("finds the broader terms of a narrow word, and never the narrow words of a broad one", () => {
    const ofCousin = broaderOf(word("kusin"), "kusin").map((s) => s.join(" "));
    expect(ofCousin).toContain(word("anhörig"));
    expect(synonymsOf(word("kusin"), "kusin")).toEqual([]);
    expect(broaderOf(word("anhörig"), "anhörig")).toEqual([]);
    expect(synonymsOf(word("anhörig"), "anhörig").map((s) => s.join(" "))).not.toContain(word("kusin"));
  });

  it("searches a Swedish question's word and an English word's rendering with their broader terms, at a lower weight than a synonym", () => {
    const broad = { term: word("anhörig"), weight: TERM_WEIGHTS.broader };
    expect(analyseQuery("får vi anställa brukarens kusin?", kit).terms).toContainEqual(broad);
    expect(analyseQuery("can we hire the client's cousin?", kit).terms).toContainEqual(broad);
    expect(analyseQuery("vad gäller för anhöriga?", kit).terms.map((t) => t.term)).not.toContain(word("kusin"));
    expect(TERM_WEIGHTS.broader).toBeLessThan(TERM_WEIGHTS.synonym);
  });

  it("covers a question less through a broader term than through its own word", async () => {
    const { LexicalBuilder } = await import("../../../src/index/lexical-builder");
    const { coverage } = await import("../../../src/retrieve/coverage");
    const texts = ["Personalen får inte vara kusin till brukaren.", "Personalen får inte vara anhörig till brukaren.", "Personalen får inte vara chef för brukaren."];
    const index = LexicalBuilder.fromTerms(texts.map((t) => kit.analyzer.terms(t)));
    const query = analyseQuery("får personalen vara kusin till brukaren?", kit);
    const [own, broader, neither] = texts.map((t) => coverage(new Set(kit.analyzer.terms(t)), query, index));
    expect(broader).toBeLessThan(own!);
    expect(broader).toBeGreaterThan(neither!);
  });
});
