import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/language/analyzer";
import { expandQuery, glossaryEntries } from "../../../src/language/glossary";
import { stopwords } from "../../../src/language/stopwords";

const english = (question: string) => expandQuery(question).matches.map((m) => m.english);
const swedish = (question: string) => expandQuery(question).swedishTerms;

describe("the glossary", () => {
  it("has a couple of thousand entries, each with a Swedish side that gives search terms", () => {
    expect(glossaryEntries().length).toBeGreaterThanOrEqual(2000);
    for (const entry of glossaryEntries()) {
      expect(entry.swedish.length, entry.english).toBeGreaterThan(0);
      expect(entry.swedish.some((phrase) => analyze(phrase).length > 0), entry.english).toBe(true);
    }
  });

  it("reaches every line by its own key, so no line is shadowed by an earlier one", () => {
    for (const entry of glossaryEntries()) {
      const { matches } = expandQuery(entry.english);
      expect(matches.map((m) => [m.english, m.swedish]), entry.english).toEqual([[entry.english, [...entry.swedish]]]);
    }
  });

  it("does not fire on English function words, except the question words mapped on purpose", () => {
    const fired = [...stopwords("en")].filter((word) => expandQuery(word).matches.length > 0);
    expect(fired.filter((word) => !/^(when|why)(['’]s)?$/.test(word))).toEqual([]);
  });

  it("leaves words that questions use in another sense to longer phrases", () => {
    for (const word of ["address", "addressed", "state", "states", "good", "sort", "not", "minor", "light", "track", "host"]) {
      expect(english(word), word).toEqual([]);
    }
    expect(swedish("the plan's postal address")).toContain("postadress");
    expect(swedish("what does the state pay for?")).toContain("staten");
    expect(swedish("minor changes to goods and services")).not.toContain("underårig");
  });

  it("keeps apart words whose light stems are one but for a final -e", () => {
    for (const word of ["sit", "bit", "win", "rat"]) expect(english(word), word).toEqual([]);
    for (const word of ["car", "cars"]) expect(swedish(word), word).toEqual(expect.arrayContaining(["bil"]));
    for (const word of ["car", "cars"]) expect(swedish(word), word).not.toContain("omsorg");
    expect(swedish("caring for a parent")).toContain("omsorg");
    expect(swedish("who cared for her?")).toContain("omsorg");
    expect(swedish("the site")).toContain("tomt");
    expect(swedish("what are the fees?")).toContain("avgift");
    expect(swedish("is it done?")).toContain("klar");
    expect(swedish("I don't know")).not.toContain("klar");
    expect(swedish("who cares for the sites?")).toEqual(expect.arrayContaining(["omsorg", "tomt"]));
    // A form that does not show its -e tries every reading, and a phrase it starts does not hide the word.
    expect(swedish("the reporting of results")).toContain("rapportering");
    expect(swedish("the reporting line")).toContain("rapporteringsväg");
  });

  it("renders common words that would otherwise meet unrelated Swedish terms", () => {
    const rendered = swedish("can her son read the care notes, or the rest of the file?");
    expect(rendered).toEqual(expect.arrayContaining(["läsa", "anteckningar", "resten"]));
    // "note" is keyed on its stem "not"; the stop word "not" still renders nothing.
    expect(english("it is not allowed")).not.toContain("not");
    // The verb "meet" shares its stem with "meeting", but staff meet requirements, not meetings.
    expect(swedish("do carers have to meet the language requirement?")).toContain("uppfylla");
    expect(swedish("when is the next meeting?")).not.toContain("uppfylla");
    expect(swedish("who runs the eldercare?")).toContain("äldreomsorg");
  });

  it("renders a word's other senses too: a share of staff, an award of damages, formal qualifications", () => {
    expect(swedish("what share of the staff?")).toEqual(expect.arrayContaining(["dela", "andel"]));
    expect(swedish("what did the court award?")).toEqual(expect.arrayContaining(["tilldelning", "döma ut"]));
    expect(swedish("which qualifications are needed?")).toContain("kompetens");
  });
});

describe("expandQuery", () => {
  it("reads a mistyped word as the one glossary word one edit away", () => {
    expect(swedish("which municiplaity has a vision?")).toContain("kommun");
    expect(swedish("who follows up the stratgey?")).toContain("strategi");
    // Phrases still form: "internatiional programme" is "international programme".
    expect(swedish("what does the internatiional programme say?")).toContain("internationellt program");
    // A short word one letter off is as likely another word.
    expect(swedish("who owns the pant?")).not.toContain("plan");
  });

  it("reads a phrasal verb whose object stands between its words, within a clause", () => {
    const { matches } = expandQuery("who follows the international work up?");
    const split = matches[0]!;
    expect(split).toMatchObject({ english: "follows … up", swedish: expandQuery("follow up").matches[0]!.swedish });
    expect("who follows the international work up?".slice(split.particle!.start, split.particle!.end)).toBe("up");
    expect(english("who follows the international work up?")).toEqual(["follows … up", "international work"]);
    // The object may be three words at most, with no punctuation, and "in" is a preposition there.
    expect(english("who follows the new international work up?")).not.toContain("follows … up");
    expect(english("who follows the work, and up to when?")).not.toContain("follows … up");
    expect(english("who fills forms in Botkyrka?")).not.toContain("fills … in");
    // A verb that begins a longer key written together keeps it.
    expect(english("who follows up the work")).toEqual(["follows up", "work"]);
  });

  it("takes the light verb 'make' out of an English question, with no rendering, unless it begins a key", () => {
    expect(expandQuery("who can make the formal decision?").matches[0]).toMatchObject({ english: "make", swedish: [] });
    expect(swedish("who can make the formal decision?")).not.toContain("make");
    expect(english("how do we make sure it is done?")).toContain("make sure");
  });

  it("reads 'do we have to pay' and 'does it cost anything' as asking whether something is free", () => {
    expect(swedish("do relatives have to pay for the groups?")).toEqual(expect.arrayContaining(["avgift", "kostnadsfri"]));
    expect(swedish("does the course cost anything?")).toEqual(expect.arrayContaining(["avgift", "kostnadsfri"]));
  });

  it("matches the longest phrase first", () => {
    const { matches } = expandQuery("What does the municipal executive board decide?");
    expect(matches[0]).toMatchObject({ english: "municipal executive board", swedish: ["kommunstyrelsen"] });
    expect(english("the municipal council")).toEqual(["municipal council"]);
    expect(swedish("the additional terms of reference")).toEqual(["tilläggsdirektiv"]);
    expect(english("report a personal data breach")).toEqual(["report", "personal data breach"]);
    expect(english("the risk and vulnerability analysis")).toEqual(["risk and vulnerability analysis"]);
    expect(english("home-help services and home help")).toEqual(["home-help services", "home help"]);
  });

  it("handles English inflections and hyphens", () => {
    for (const question of ["who follows up?", "who followed up?", "following up the work", "a follow-up"]) {
      expect(expandQuery(question).swedishTerms, question).toContain("uppföljning");
    }
    expect(expandQuery("twin towns").swedishTerms).toContain("vänort");
    expect(expandQuery("Which policies apply?").swedishTerms).toContain("riktlinje");
    for (const question of ["a meal", "meals", "requests", "requested", "appealed", "appeals", "licences"]) {
      expect(english(question), question).toHaveLength(1);
    }
    expect(swedish("Are meals delivered?")).toContain("matdistribution");
    expect(swedish("the decision was appealed")).toContain("överklaga");
  });

  it("finds a word's base when its own form is no key: adverbs, comparatives, -ied, British -lled", () => {
    expect(swedish("do they work internationally?")).toContain("internationell");
    expect(swedish("documents copied to the file")).toContain("kopia");
    expect(swedish("pipes labelled as such")).toEqual(expect.arrayContaining(["märka"]));
    expect(swedish("the greenest city")).toEqual(expect.arrayContaining(swedish("a green city")));
  });

  it("reads a word that only begins longer keys as its base: 'lowest' of 'lowest price' is still 'low'", () => {
    expect(swedish("the lowest amount")).toEqual(expect.arrayContaining(swedish("a low amount")));
    expect(english("the lowest price")).toEqual(["lowest price"]);
  });

  it("gives a comparative or superlative read as its base the Swedish forms compared with another stem", () => {
    expect(swedish("the lowest fee")).toEqual(expect.arrayContaining(["låg", "lägst", "lägsta"]));
    expect(swedish("a bigger home")).toEqual(expect.arrayContaining(["stor", "större"]));
    expect(swedish("the youngest child")).toEqual(expect.arrayContaining(["yngst", "yngsta"]));
    // The positive gets none; a form already among the renderings is not given twice.
    expect(swedish("a low fee")).not.toContain("lägst");
    expect(expandQuery("the smaller homes").matches[0]!.swedish.filter((s) => s === "mindre")).toHaveLength(1);
  });

  it("reads a phrase with an article or possessive inside that its key is written without", () => {
    expect(english("can they refuse access to a document?")).toContain("access to a document");
    expect(swedish("access to the documents")).toEqual(swedish("access to documents"));
    expect(english("who is the head of the unit?")).toContain("head of the unit");
    // Once, and not at the end: "access to the" is no phrase.
    expect(english("access to the")).not.toContain("access to the");
    // Only after a preposition: a verb and its object are no noun compound.
    expect(swedish("who should sign the permit?")).not.toContain("skyltlov");
  });

  it("reads an irregular form as its base unless a key goes on with the form itself", () => {
    // "heard" is written in the key "right to be heard", which no longer keeps it from "hear".
    expect(swedish("I heard the fee is high")).toEqual(expect.arrayContaining(swedish("hear")));
    expect(english("do I have the right to be heard?")).toContain("right to be heard");
  });

  it("does not read a participle in -ed as the noun a noun-phrase key begins with", () => {
    expect(swedish("a sign permit")).toEqual(["skyltlov"]);
    expect(swedish("keep the signed permit")).not.toContain("skyltlov");
    expect(swedish("keep the signed permit")).toEqual(expect.arrayContaining(swedish("a permit")));
    expect(english("who followed up?")).toEqual(["followed up"]);
  });

  it("knows the days and months, but not the modal 'may'", () => {
    expect(swedish("does it apply from 1 January, also on Sundays?")).toEqual(expect.arrayContaining(["januari", "söndag"]));
    expect(swedish("it may apply")).not.toContain("maj");
  });

  it("reads irregular verb forms as their base, before a key their stem happens to share", () => {
    expect(swedish("who wrote the plan?")).toEqual(swedish("who writes the plan?"));
    expect(swedish("they kept the records")).toEqual(swedish("they keep the records"));
    // "rang" stems like "range" (utbud, spann): it is "ring".
    expect(swedish("someone rang")).not.toEqual(expect.arrayContaining(swedish("a range")));
  });

  it("knows British and American spellings", () => {
    for (const [british, american] of [["anonymisation", "anonymization"], ["neighbourhood", "neighborhood"], ["licence", "license"], ["theatre", "theater"]] as const) {
      expect(swedish(british)[0], british).toBe(swedish(american)[0]);
    }
  });

  it("gives offsets into the question", () => {
    const question = "who follows up international work in Växjö?";
    for (const match of expandQuery(question).matches) {
      expect(question.slice(match.start, match.end)).toBe(match.english);
    }
    expect(english(question)).toEqual(["follows up", "international work"]);
  });

  it("lists each Swedish phrase once, in question order", () => {
    const { swedishTerms } = expandQuery("external funding and EU funding");
    expect(swedishTerms.slice(0, 2)).toEqual(["extern finansiering", "externfinansiering"]);
    expect(new Set(swedishTerms).size).toBe(swedishTerms.length);
  });

  it("matches phrases across a possessive but not across punctuation", () => {
    expect(english("children's rights")).toEqual(["children's rights"]);
    expect(english("parents' meetings")).toEqual(["parents' meetings"]);
    expect(english("elderly, care")).toEqual(["elderly", "care"]);
  });

  it("does not read the pronoun 'it' as IT", () => {
    expect(english("Does it cover IT?")).toContain("IT");
    expect(english("Does it cover IT?")).not.toContain("it");
  });

  it("finds nothing in a question without glossary words", () => {
    expect(expandQuery("hej hopp")).toEqual({ swedishTerms: [], matches: [] });
  });
});

describe("the vocabulary of each area", () => {
  it.each([
    ["Can my dog move with me into the care home?", ["hund", "äldreboende"]],
    ["Does home care include cleaning, laundry and shopping?", ["hemtjänst", "städning", "tvätt", "inköp"]],
    ["Is there respite care and support for family carers?", ["avlösning", "anhörigstöd"]],
    ["Who does the needs assessment for a safety alarm?", ["biståndsbedömning", "trygghetslarm"]],
    ["How is the maximum fee and the reserved amount calculated from income?", ["maxtaxa", "förbehållsbelopp", "inkomst"]],
    ["Can I get a discount on the invoice?", ["reducering", "faktura"]],
    ["Can I request an official document anonymously?", ["begäran", "allmän handling", "anonymt"]],
    ["May the municipality refuse to hand out a copy because of secrecy?", ["avslå", "lämna ut", "kopia", "sekretess"]],
    ["Who is the data protection officer and which supervisory authority applies?", ["dataskyddsombud", "tillsynsmyndighet"]],
    ["Are sensitive personal data covered by consent under the GDPR?", ["känsliga personuppgifter", "samtycke", "dataskyddsförordningen"]],
    ["Administrative fines for a data breach", ["sanktionsavgift", "personuppgiftsincident"]],
    ["Should source code be published under an open source licence?", ["källkod", "publicera", "öppen källkod", "licens"]],
    ["Who does maintenance and support when the vendor is gone?", ["förvaltning", "stöd", "leverantör"]],
    ["When must the special investigator report according to the terms of reference?", ["särskild utredare", "direktiv"]],
    ["Which ministry made the government decision on the bill?", ["departement", "regeringsbeslut", "proposition"]],
    ["How do I get a preschool place and what is the queue time?", ["förskoleplats", "kö"]],
    ["What does the school do about bullying and truancy?", ["kränkande behandling", "ogiltig frånvaro"]],
    ["How will food waste and greenhouse gas emissions be reduced?", ["matsvinn", "växthusgasutsläpp"]],
    ["Do I need a building permit or a start clearance for a holiday home?", ["bygglov", "startbesked", "fritidshus"]],
    ["How much sick leave and overtime do employees have?", ["sjukskrivning", "övertid", "medarbetare"]],
    ["Are there grants to associations for the culture school?", ["föreningsbidrag", "kulturskola"]],
    ["Who leads the crisis management board during a power outage?", ["krisledningsnämnd", "strömavbrott"]],
    ["Is direct procurement allowed below the threshold value?", ["direktupphandling", "tröskelvärde"]],
  ])("%s", (question, expected) => {
    const terms = swedish(question);
    for (const term of expected) expect(terms, term).toContain(term);
  });
});

describe("everyday words", () => {
  it("are translated too; only the general words (how a question is put) are marked general", () => {
    const [raspberries] = expandQuery("raspberries").matches;
    const [quickly] = expandQuery("quickly").matches;
    expect(raspberries!.swedish.length).toBeGreaterThan(0);
    expect(raspberries!.general).toBe(false);
    expect(quickly!.general).toBe(true);
    expect(expandQuery("municipal executive board").matches[0]!.general).toBe(false);
  });
});
