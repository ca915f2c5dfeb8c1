import { describe, expect, it } from "vitest";
import { analyze, analyzeTerms } from "../../../src/language/analyzer";

describe("analyze", () => {
  it("analyses a sentence: stems, keeps å, ä, ö, drops stop words, keeps positions, adds parts", () => {
    const terms = analyze("Uppföljningen görs av kommunstyrelsen.");
    expect(terms).toEqual([
      { term: "uppföljning", position: 0, start: 0, end: 13, kind: "word" },
      { term: "uppfölj", position: 0, start: 0, end: 13, kind: "part" },
      { term: "gör", position: 1, start: 14, end: 18, kind: "word" },
      { term: "kommunstyr", position: 3, start: 22, end: 37, kind: "word" },
      { term: "kommun", position: 3, start: 22, end: 37, kind: "part" },
      { term: "styr", position: 3, start: 22, end: 37, kind: "part" },
    ]);
  });

  it("gives an action noun its verb's root as a part, so the noun and the verb's forms meet", () => {
    const root = (word: string) => analyzeTerms(word)[0];
    expect(analyzeTerms("städningen")).toContain(root("städad"));
    expect(analyzeTerms("bedömningar")).toContain(root("bedöma"));
    expect(analyzeTerms("planeringen")).toContain(root("planera"));
    expect(analyzeTerms("biståndsbedömning")).toContain(root("bedöma"));
    // Short roots would meet unrelated words: "ledning" is not "led", "förening" has no root.
    expect(analyzeTerms("ledningen")).toEqual([root("ledning")]);
    expect(analyzeTerms("föreningen")).toEqual([root("förening")]);
  });

  it("gives a particle verb written as one word its verb as a part, so the question's split form meets it", () => {
    const term = (word: string) => analyzeTerms(word)[0];
    expect(analyzeTerms("borttappad")).toContain(term("tappat"));
    expect(analyzeTerms("utlämnade")).toContain(term("lämna"));
    expect(analyzeTerms("inbetalningen")).toContain(term("betalning"));
    expect(analyzeTerms("omprövningar")).toContain(term("prövning"));
    // Verbs that take a sense of their own with a particle give nothing: "anställd" is not put.
    expect(analyzeTerms("anställda")).toEqual([term("anställd")]);
    expect(analyzeTerms("uppskattad")).toEqual([term("uppskattad")]);
    expect(analyzeTerms("fastställs")).toEqual([term("fastställs")]);
    expect(analyzeTerms("utbildningen")).not.toContain(term("bildning"));
  });

  it("lets spellings of a place name meet: written, genitive and ASCII", () => {
    const [written, genitive, ascii, asciiGenitive] = ["Växjö", "Växjös", "Vaxjo", "Umeås"].map((w) => analyzeTerms(w));
    expect(written).toEqual(["vaxjo"]);
    expect(genitive).toEqual(["vaxjo"]);
    expect(ascii).toEqual(["vaxjo"]);
    expect(asciiGenitive).toEqual(analyzeTerms("umea"));
  });

  it("brings definite forms to the same term as the base form", () => {
    expect(analyzeTerms("strategin")).toEqual(analyzeTerms("strategi"));
    expect(analyzeTerms("beslutet")).toEqual(analyzeTerms("beslut"));
    expect(analyzeTerms("nämnderna")).toEqual(analyzeTerms("nämnd"));
  });

  it("does not read a word with forms of its own as an ending on a shorter word", () => {
    expect(analyzeTerms("natt")).toEqual(analyzeTerms("natten"));
    expect(analyzeTerms("natt")).not.toEqual(analyzeTerms("nät"));
    expect(analyzeTerms("takt")).not.toEqual(analyzeTerms("tak"));
    expect(analyzeTerms("trots")).not.toEqual(analyzeTerms("tro"));
    expect(analyzeTerms("ordna")).not.toEqual(analyzeTerms("ord"));
    // Forms the dictionary gives no forms of their own still meet their word.
    expect(analyzeTerms("allmänt")).toEqual(analyzeTerms("allmän"));
    expect(analyzeTerms("ansökan")).toEqual(analyzeTerms("ansöka"));
  });

  it("brings definite and plural forms of compounds the lexicon lacks to the base form's term", () => {
    const pairs: [string, string][] = [["biståndsbeslutet", "biståndsbeslut"], ["hemvårdsbidraget", "hemvårdsbidrag"], ["matlådan", "matlåda"], ["trygghetslarmet", "trygghetslarm"], ["hemtjänstinsatser", "hemtjänstinsats"], ["boendestödsinsatserna", "boendestödsinsats"]];
    for (const [definite, base] of pairs) {
      expect(analyzeTerms(definite)[0], definite).toBe(analyzeTerms(base)[0]);
    }
  });

  it("gives every inflected form of a dictionary word the word's term, genitives and plurals too", () => {
    const forms: [string, string[]][] = [["brukare", ["brukares", "brukarna", "brukarnas"]], ["insats", ["insatser", "insatsens", "insatsernas"]], ["svaghet", ["svaghets", "svagheterna"]], ["godkänd", ["godkända"]]];
    for (const [word, inflected] of forms) {
      for (const form of inflected) expect(analyzeTerms(form)[0], form).toBe(analyzeTerms(word)[0]);
    }
  });

  it("brings forms Snowball leaves apart to their dictionary word when the lexicon lacks it", () => {
    const pairs: [string, string][] = [["förbudet", "förbud"], ["eventuellt", "eventuell"], ["huvudregeln", "huvudregel"], ["svetsjobbet", "svetsjobb"], ["avslutsdatumet", "avslutsdatum"], ["delgivningsärendena", "delgivningsärende"], ["skrivit", "skriva"], ["sjukskrivit", "sjukskriven"], ["kostnadsfritt", "kostnadsfri"], ["avgiftsfritt", "avgiftsfria"], ["genomgått", "genomgå"]];
    for (const [form, base] of pairs) {
      expect(analyzeTerms(form)[0], form).toBe(analyzeTerms(base)[0]);
    }
    // A word the dictionary has as it is keeps its own term.
    expect(analyzeTerms("paket")[0]).not.toBe(analyzeTerms("pak")[0]);
    expect(analyzeTerms("kredit")[0]).not.toBe(analyzeTerms("kreda")[0]);
  });

  it("gives hyphenated words their components and their closed form", () => {
    const terms = analyze("EU-projekt");
    expect(terms.map((t) => [t.term, t.kind, t.position])).toEqual([
      ["eu", "word", 0],
      ["projek", "word", 1],
      ["euprojek", "part", 0],
    ]);
    expect(analyzeTerms("EU projekt").slice(0, 2)).toEqual(["eu", "projek"]);
  });

  it("keeps identifiers whole and adds their pieces", () => {
    const terms = analyze("Dnr KS/2012:935 gäller 2018–2020");
    expect(terms.filter((t) => t.kind === "id").map((t) => t.term)).toEqual(["ks/2012:935", "2018-2020"]);
    expect(terms.filter((t) => t.kind === "part").map((t) => t.term)).toEqual(["ks", "2012", "935", "2018", "2020"]);
  });

  it("keeps numbers as written, with digit groups joined", () => {
    expect(analyze("200 000 invånare")[0]).toMatchObject({ term: "200000", kind: "number", start: 0, end: 7 });
  });

  it("reads an age written with its number as years, as age limits are written", () => {
    const year = analyzeTerms("år")[0]!;
    for (const age of ["en 78-åring", "80-åringar", "18-åriga elever"]) {
      const terms = analyzeTerms(age);
      expect(terms, age).toContain(year);
      expect(terms.some((t) => t.startsWith("aring") || t.startsWith("arig")), age).toBe(false);
    }
    expect(analyzeTerms("75 år eller äldre")).toEqual(expect.arrayContaining(["75", year]));
  });

  it("counts stop words in positions so phrases can be matched", () => {
    const terms = analyze("Agenda 2030 och de globala målen");
    expect(terms.map((t) => [t.term, t.position])).toEqual([
      ["agend", 0],
      ["2030", 1],
      ["global", 4],
      ["mål", 5],
    ]);
    expect(analyze("och de", { keepStopwords: true }).map((t) => t.term)).toEqual(["och", "de"]);
  });

  it("uses the vocabulary for compound parts", () => {
    const vocabulary = new Set(["mikroplast", "filter"]);
    expect(analyzeTerms("mikroplastfilter")).toEqual(["mikroplastfilt"]);
    expect(analyzeTerms("mikroplastfilter", { vocabulary })).toEqual(["mikroplastfilt", "mikropl", "filter"]);
  });

  it("drops a question's informal words, but not the abbreviation they spell in capitals or a compound", () => {
    const question = (text: string) => analyzeTerms(text, { question: true });
    expect(question("ska utredningen va klar med sitt uppdrag?")).toEqual(analyzeTerms("ska utredningen klar uppdrag?"));
    expect(question("vad e taxan för vård o omsorg?")).toEqual(analyzeTerms("vad taxan för vård omsorg?"));
    expect(question("vad säger VA-planen om VA?")).toContain("va");
    expect(question("vad säger va-planen?")).toContain("va");
    expect(analyzeTerms("va")).toEqual(["va"]);
  });

  it("returns nothing for empty text", () => {
    expect(analyze("")).toEqual([]);
  });
});

describe("words Snowball would bring to an unrelated word's term", () => {
  it("are kept whole, with their forms, while related words still share a term", () => {
    const term = (word: string) => analyzeTerms(word)[0];
    for (const [word, other] of [["pappa", "papper"], ["behållare", "behålla"], ["kostar", "kost"], ["ledighet", "ledare"], ["yttre", "yttrande"]]) expect(term(word!), word).not.toBe(term(other!));
    expect(term("pappan")).toBe(term("pappa"));
    expect(term("behållaren")).toBe(term("behållare"));
    expect(term("kostade")).toBe(term("kosta"));
    expect(term("överklagande")).toBe(term("överklaga"));
    expect(term("hjälper")).toBe(term("hjälp"));
  });

  it("include the words of our own data files, listed by the form that differs", () => {
    const term = (word: string) => analyzeTerms(word)[0];
    for (const [word, other] of [["faster", "fast"], ["träder", "träd"], ["hamnade", "hamn"], ["litar", "liten"], ["fjärde", "fjärd"], ["skedet", "sked"], ["föraren", "föra"], ["vidare", "vida"]]) expect(term(word!), word).not.toBe(term(other!));
    expect(term("träder")).toBe(term("träda"));
    expect(term("trädet")).toBe(term("träd"));
  });

  it("are read by the dictionary's rules where these take more of the word than a lexicon lemma and an ending", () => {
    const term = (word: string) => analyzeTerms(word)[0];
    expect(term("saknas")).toBe(term("saknar"));
    expect(term("saknas")).not.toBe(term("sak"));
    expect(term("finnas")).not.toBe(term("fin"));
    expect(term("städer")).toBe(term("stad"));
  });
});

describe("words typed without å, ä, ö", () => {
  it("keep apart words only å, ä, ö tell apart, which folding made one term", () => {
    for (const [a, b] of [["vård", "värd"], ["äldre", "aldrig"], ["mäta", "mat"], ["råd", "rad"], ["låg", "lag"]]) expect(analyzeTerms(a!), a).not.toEqual(analyzeTerms(b!));
  });

  it("still tells a word with å, ä, ö from its ASCII look-alike where the lexicon knows it", async () => {
    const { splitCompound } = await import("../../../src/language/compounds");
    expect(splitCompound("diskrimineringslagen")).toEqual(["diskriminering", "lag"]);
  });
});
