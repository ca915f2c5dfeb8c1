import { afterEach, describe, expect, it } from "vitest";
import { passageQuote } from "../../../src/answer/extractive";
import { createLanguageKit } from "../../../src/language/kit";
import { analyseQuery } from "../../../src/retrieve/query";
import { indexedDocuments, type TempRuntime } from "../../helpers/runtime";

let runtime: TempRuntime | undefined;
afterEach(() => runtime?.cleanup());

/** Documents on other subjects, beside the one a test is about, so that word weights mean something. */
const others = {
  "bibliotek.txt": "Biblioteksplan för Exempelby\n\nBiblioteken ska vara öppna för alla invånare och erbjuda läsfrämjande aktiviteter för barn.\n",
  "avfall.txt": "Avfallsplan för Exempelby\n\nHushållen ska sortera matavfall och förpackningar. Återvinningscentralen är öppen alla dagar.\n",
};

describe("compose: the kind of answer a question gets", () => {
  it("abstains on 'how many' when the best sentence holds no number, and answers when it does", async () => {
    runtime = await indexedDocuments({
      "bibliotek.txt": "Biblioteksplan för Exempelby\n\nBiblioteken ska vara öppna för alla invånare och erbjuda läsfrämjande aktiviteter för barn.\n\nKommunen har sju bibliotek, varav två är integrerade med skolbibliotek.\n",
    });
    const counted = await runtime.engine.ask("hur många bibliotek har kommunen?");
    expect(counted.abstained).toBe(false);
    expect(counted.citations[0]!.quote).toContain("sju bibliotek");
    const uncounted = await runtime.engine.ask("hur många barn deltar i bibliotekens läsfrämjande aktiviteter?");
    expect(uncounted.abstained).toBe(true);
  });

  it("wants a number of what the question counts, not of something else", async () => {
    runtime = await indexedDocuments({ "bibliotek.txt": "Biblioteksplan för Exempelby\n\nBibliotek\n\nKommunen har sju bibliotek, varav två är integrerade med skolbibliotek.\n" });
    expect((await runtime.engine.ask("how many libraries does the municipality have?")).abstained).toBe(false);
    expect((await runtime.engine.ask("hur manga bibliotek finns i kommunen?")).abstained).toBe(false);
    expect((await runtime.engine.ask("hur många anställda har kommunens bibliotek?")).abstained).toBe(true);
    expect((await runtime.engine.ask("how many librarians work at the municipality's libraries?")).abstained).toBe(true);
  });

  it("reads what an English question counts as the glossary phrase its words start with", async () => {
    runtime = await indexedDocuments({ ...others, "boende.txt": "Plan för äldreomsorgen i Exempelby\n\nBoenden\n\nKommunen driver fyra äldreboenden och ett korttidsboende med plats för tolv personer.\n" });
    // "care" alone is omsorg or vård, which the sentence does not count; "care homes" are äldreboenden.
    const answer = await runtime.engine.ask("how many care homes does the municipality run?");
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.quote).toContain("fyra äldreboenden");
  });
});

describe("compose: a question that names the unit it counts in", () => {
  const visits = (length: string) =>
    `Riktlinje för hemtjänst i Exempelby\n\nTillsyn\n\nTillsynsbesök är korta besök för att se att allt är som det ska. Tillsyn kan beviljas i tre nivåer${length}.\n`;

  it("is not answered by a sentence that gives a number of something else", async () => {
    runtime = await indexedDocuments({ "hemtjanst.txt": visits("") });
    expect((await runtime.engine.ask("hur många minuter är ett tillsynsbesök?")).abstained).toBe(true);
    expect((await runtime.engine.ask("how many minutes is a check-in visit (tillsynsbesök)?")).abstained).toBe(true);
  });

  it("is answered by a sentence that gives an amount of that unit", async () => {
    runtime = await indexedDocuments({ "hemtjanst.txt": visits(", och ett besök varar 10–15 minuter") });
    const answer = await runtime.engine.ask("hur många minuter är ett tillsynsbesök?");
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.quote).toContain("10–15 minuter");
  });

  /** Whether the question is abstained on over a corpus of just this one document. */
  const abstainsOver = async (file: string, text: string, question: string) => {
    runtime?.cleanup();
    runtime = await indexedDocuments({ [file]: text });
    return (await runtime.engine.ask(question)).abstained;
  };

  it("asking for a percentage wants one", async () => {
    const fee = (share: string) => `Riktlinje för avgifter i Exempelby\n\nAvgiftsnivåer\n\nAvgiften för hemtjänst beräknas i sex nivåer${share}.\n`;
    const question = "vilken procentsats av prisbasbeloppet gäller för avgiften för hemtjänst?";
    expect(await abstainsOver("avgift.txt", fee(""), question)).toBe(true);
    expect(await abstainsOver("avgift.txt", fee(", den högsta är 40 procent av prisbasbeloppet"), question)).toBe(false);
  });

  it("asking what something costs wants a sum of money, or to hear it is free", async () => {
    const copies = (price: string) => `Riktlinje för utlämnande i Exempelby\n\nKopior\n\nKopior av allmänna handlingar lämnas ut ${price}.\n`;
    expect(await abstainsOver("kopior.txt", copies("på papper eller per e-post, högst 50 sidor åt gången"), "vad kostar kopior av allmänna handlingar?")).toBe(true);
    expect(await abstainsOver("kopior.txt", copies("för 2 kr per sida"), "vad kostar kopior av allmänna handlingar?")).toBe(false);
    expect(await abstainsOver("kopior.txt", copies("kostnadsfritt"), "what do copies of public documents cost?")).toBe(false);
    expect(await abstainsOver("kopior.txt", copies("på papper eller per e-post"), "what is the per-page charge for copies of public documents?")).toBe(true);
  });

  it("a fee that only names what is asked about ('a fee decision') asks for no sum", async () => {
    const appeal = "Riktlinje för avgifter i Exempelby\n\nÖverklagande\n\nEtt beslut om avgift kan överklagas. Överklagandet ska ha kommit in inom tre veckor från beslutet.\n";
    runtime = await indexedDocuments({ "avgifter.txt": appeal });
    expect((await runtime.engine.ask("what's the deadline to appeal a fee decision?")).abstained).toBe(false);
  });
});

describe("compose: a phone number asked for", () => {
  const support = (reach: string) =>
    `Riktlinje för stöd i Exempelby\n\nAnhörigsamordnaren kan nås ${reach} för vägledande samtal om stödet. Stödet riktar sig till den som vårdar en närstående.\n`;

  it("is not answered by a sentence that gives none", async () => {
    runtime = await indexedDocuments({ ...others, "stod.txt": support("per telefon") });
    expect((await runtime.engine.ask("vad har anhörigsamordnaren för telefonnummer?")).abstained).toBe(true);
  });

  it("is answered by a sentence that gives one", async () => {
    runtime = await indexedDocuments({ ...others, "stod.txt": support("per telefon på 08-530 610 00") });
    const answer = await runtime.engine.ask("vad har anhörigsamordnaren för telefonnummer?");
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.quote).toContain("08-530 610 00");
  });
});

describe("compose: amounts given in the sentence after the one that names them", () => {
  it("quotes the best sentence on through the next when only the next has the number", async () => {
    runtime = await indexedDocuments({
      "avgifter.txt": "Riktlinje för avgifter i Exempelby\n\nAvgifter\n\nFör hemtjänst gäller en högsta avgift, en så kallad maxtaxa för hemtjänsten. Den uppgår till 2 500 kronor per månad.\n\nTrygghetslarm ingår i hemtjänsten.\n",
    });
    const answer = await runtime.engine.ask("hur mycket är maxtaxa för hemtjänst?");
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.quote).toBe("För hemtjänst gäller en högsta avgift, en så kallad maxtaxa för hemtjänsten. Den uppgår till 2 500 kronor per månad.");
    expect(answer.citations.filter((c) => c.quote.includes("2 500 kronor"))).toHaveLength(1);
  });
});

describe("extractive quotes of header fields", () => {
  it("quote the field that answers, read with the other fields of its block", async () => {
    runtime = await indexedDocuments({
      "lagar.md": "# Nya lagar i Exempelland\n\n## Lagen om hundskatt\n\n**Ny lag**: Lagen om hundskatt\n**SFS**: 2024:1\n**Ikraftträdande**: 1 juli 2025\n\nAlla hundägare betalar en årlig avgift till kommunen.\n\n## Lagen om kattskatt\n\n**Ny lag**: Lagen om kattskatt\n**SFS**: 2024:2\n**Ikraftträdande**:1 januari 2026\n\nAlla kattägare betalar en årlig avgift till kommunen.\n",
    });
    const answer = await runtime.engine.ask("när träder lagen om kattskatt i kraft?");
    const quotes = answer.citations.map((c) => c.quote);
    const asked = quotes.indexOf("Ikraftträdande:1 januari 2026");
    const other = quotes.findIndex((q) => q.includes("1 juli 2025"));
    expect(asked).toBeGreaterThanOrEqual(0);
    expect(other === -1 || asked < other).toBe(true);
  });
});

describe("extractive quotes and lists of sources", () => {
  it("quote what the document says before the titles it lists as its sources", async () => {
    runtime = await indexedDocuments({
      "anhorig.txt": "Riktlinje för anhörigstöd i Exempelby\n\nKommunen erbjuder stöd till anhöriga i form av samtal och avlösning.\n\nReferenser\n\n1. Andersson, K. Stöd till anhöriga i kommunerna.\n2. Berg, L. Stöd till anhöriga som vårdar närstående.\n",
    });
    const answer = await runtime.engine.ask("vilket stöd får anhöriga som vårdar närstående?");
    expect(answer.citations[0]!.quote).toBe("Kommunen erbjuder stöd till anhöriga i form av samtal och avlösning.");
  });
});

describe("compose: questions about a document and questions about what it says", () => {
  it("answers 'how long does it apply' from the text when the words are about something in the document", async () => {
    runtime = await indexedDocuments({
      "bidrag.txt": "Riktlinje för ekonomiskt bistånd i Exempelby\n\nTillfälligt hyresbidrag\n\nDet tillfälliga hyresbidraget till barnfamiljer förlängs till utgången av juni 2027.\n\nBidragets ägare av ärendet är alltid handläggaren på försörjningsenheten.\n",
    });
    const about = await runtime.engine.ask("det tillfälliga hyresbidraget för barnfamiljer, hur länge gäller det?");
    expect(about.abstained).toBe(false);
    expect(about.citations[0]!.quote).toContain("förlängs till utgången av juni 2027");
    const owner = await runtime.engine.ask("who is the owner of a case about the rent allowance?");
    expect(owner.answer).not.toMatch(/document owner/);
    const document = await runtime.engine.ask("hur länge gäller riktlinjen för ekonomiskt bistånd?");
    expect(document.abstained).toBe(true);
    expect(document.answer).toMatch(/giltighet och revidering: anges inte i dokumentet/);
  });

  /** A guideline whose last section says who maintains it. */
  const maintainedBy = (owner: string) =>
    `Riktlinje för öppen källkod i Exempelby\n\nSyfte\n\nKommunen publicerar egen programkod öppet när det går.\n\nFörvaltning\n\nDenna riktlinje förvaltas och uppdateras av ${owner}.\n`;

  it("answers what a named document's metadata lacks from a sentence about the document itself", async () => {
    runtime = await indexedDocuments({ "kallkod.txt": maintainedBy("digitaliseringsenheten på kommunledningskontoret") });
    const owner = await runtime.engine.ask("vem förvaltar riktlinjen för öppen källkod, vem är ägare?");
    expect(owner.abstained).toBe(false);
    expect(owner.citations[0]!.quote).toContain("Denna riktlinje förvaltas");
  });

  it("reads who a sentence about the document names in the passive ('förvaltas av …') as giving its owner", async () => {
    runtime = await indexedDocuments({ "kallkod.txt": maintainedBy("Kim Berg") });
    const owner = await runtime.engine.ask("vem förvaltar riktlinjen för öppen källkod, vem är ägare?");
    expect(owner.abstained).toBe(false);
    expect(owner.citations[0]!.quote).toBe("Denna riktlinje förvaltas och uppdateras av Kim Berg.");
  });

  it("does not answer a field the metadata lacks with a sentence about the document that gives another", async () => {
    runtime = await indexedDocuments({ "kultur.txt": "Policy för kultur i Exempelby\n\nSyfte\n\nPolicyn syftar till att stärka kulturlivet och det kulturella arbetet i hela kommunen.\n\nKommunen stödjer föreningar.\n" });
    // "Policyn syftar till …" speaks of the policy, but says nothing of when it is revised.
    const unstated = await runtime.engine.ask("when is the culture policy up for revision?");
    expect(unstated.abstained).toBe(true);
    expect(unstated.answer).toMatch(/validity and revision: not stated in the document/);
  });
});

describe("questions for a document's web address", () => {
  const fees = "---\nsource_url: https://www.exempelby.se/avgifter.pdf\n---\n# Riktlinje för avgifter i Exempelby\n\nAvgiften för hemtjänst beräknas per månad.\n";
  const news = "# Nyheter från kommunen\n\nLäs mer via länken i högerspalten. Länken leder till beslutet. Fler länkar finns på webbplatsen.\n";

  it("give the document's link, found by its title rather than by passages that say 'länk'", async () => {
    runtime = await indexedDocuments({ "avgifter.md": fees, "nyheter.md": news, ...others });
    const answer = await runtime.engine.ask("ge mig en länk till avgiftsriktlinjen");
    expect(answer.answer).toBe("Riktlinje för avgifter i Exempelby – länk: https://www.exempelby.se/avgifter.pdf.");
  });

  it("say there is no link when only the file is known, not quote a sentence without one", async () => {
    const openSource = "Riktlinje för öppen källkod i Exempelby\n\nFörvaltning\n\nDenna riktlinje förvaltas och uppdateras av digitaliseringsenheten.\n";
    runtime = await indexedDocuments({ "kallkod.txt": openSource, ...others });
    const answer = await runtime.engine.ask("where can I find the open source guideline?");
    expect(answer.answer).toBe("Riktlinje för öppen källkod i Exempelby – link: I have no link to the document, only the file.");
    expect(answer.abstained).toBe(true);
  });
});

describe("extractive quotes of headed paragraphs", () => {
  it("quote the sentence without the numbered heading typed right above it", async () => {
    runtime = await indexedDocuments({
      "hemtjanst.txt": "Riktlinje för hemtjänst i Exempelby\n\n3.4 Val av utförare inom hemtjänsten\nMedborgare i Exempelby kan välja mellan kommunens hemtjänst och privata utförare.\n\n3.5 Nattetid\nNattetid utförs hemtjänsten av kommunens nattpatrull.\n",
    });
    const answer = await runtime.engine.ask("kan man välja privat utförare av hemtjänsten?");
    expect(answer.citations[0]!.quote).toBe("Medborgare i Exempelby kan välja mellan kommunens hemtjänst och privata utförare.");
  });

  it("quote no heading line, not even one with a note in parentheses after it", async () => {
    runtime = await indexedDocuments({
      ...others,
      "stod.txt": "Riktlinje för anhörigstöd i Exempelby\n\nAnhörigkonsulentens roll (förut benämnd anhörigsamordnare)\n\nKonsulenten erbjuder samtal och gruppträffar för den som vårdar en närstående.\n",
    });
    const answer = await runtime.engine.ask("vad är anhörigkonsulentens roll?");
    expect(answer.citations.map((c) => c.quote)).toEqual(["Konsulenten erbjuder samtal och gruppträffar för den som vårdar en närstående."]);
  });
});

describe("extractive quotes of a document's own title", () => {
  it("quote no sentence that only repeats the document's title, as a regulation's header does", async () => {
    runtime = await indexedDocuments({
      "nfs.txt": "EFS 2007:10\nExempelverkets föreskrifter om inventering av lodjur och varg; Konsoliderad version.\n\n1 § Lodjur inventeras varje vinter av länsstyrelsen genom spårning på snö.\n",
    });
    const answer = await runtime.engine.ask("vad säger föreskrifterna om inventering av lodjur?");
    expect(answer.abstained).toBe(false);
    expect(answer.citations[0]!.quote).toBe("1 § Lodjur inventeras varje vinter av länsstyrelsen genom spårning på snö.");
    expect(answer.citations.map((c) => c.quote).join(" ")).not.toContain("Exempelverkets föreskrifter om inventering");
  });
});

describe("extractive quotes of list items", () => {
  it("quote a list item with its lead-in, and items without one as they are", async () => {
    runtime = await indexedDocuments({
      "uppfoljning.txt": "Riktlinje för uppföljning i Exempelby\n\nUppföljning\n\nKulturkontoret ansvarar för och redovisar till kommunstyrelsen:\n\n- uppföljning av handlingsplanen\n- sammanställning av beviljade projektmedel från stiftelser\n\nÖvrigt att notera\n\n- kommunens arkiv sparar samtliga ansökningar om stipendier i tio år\n",
    });
    const led = await runtime.engine.ask("vem sammanställer beviljade projektmedel från stiftelser?");
    expect(led.citations[0]!.quote).toMatch(/^Kulturkontoret ansvarar för och redovisar till kommunstyrelsen:\s+- uppföljning av handlingsplanen\s+- sammanställning av beviljade projektmedel från stiftelser$/);
    const alone = await runtime.engine.ask("hur länge sparas ansökningar om stipendier i arkivet?");
    expect(alone.citations[0]!.quote).toBe("- kommunens arkiv sparar samtliga ansökningar om stipendier i tio år");
  });

  it("quote an item that goes on a sentence begun above the list with that line, though it has no colon", async () => {
    runtime = await indexedDocuments({
      ...others,
      "kemi.txt": "Föreskrifter om kemiska risker i Exempelby\n\nTillstånd\n\n12 § Ett ämne i grupp A får hanteras efter tillstånd av miljönämnden\n\n1. vid forskning om ämnets effekter på hälsan,\n2. vid utveckling av analysmetoder samt\n3. i annan verksamhet där det finns särskilda skäl.\n\nSärskilda skäl ska styrkas skriftligt.\n",
    });
    const answer = await runtime.engine.ask("får ett ämne i grupp A användas vid forskning om effekter på hälsan?");
    expect(answer.citations[0]!.quote).toMatch(/^12 § Ett ämne i grupp A får hanteras efter tillstånd av miljönämnden\s+1\. vid forskning om ämnets effekter på hälsan,$/);
  });

  it("quote an item of a list without the items after it", async () => {
    runtime = await indexedDocuments({
      "hygien.txt": "Hygienrutiner i Exempelby\n\nPersonlig hygien\n- Bär inte klocka, ringar eller armband i köket.\n- Håll naglarna korta och rena.\n- Engångshandskar används vid hantering av oförpackade livsmedel.\n",
    });
    const answer = await runtime.engine.ask("får man bära klocka och ringar i köket?");
    expect(answer.citations[0]!.quote).toBe("- Bär inte klocka, ringar eller armband i köket.");
  });

  it("treat lettered items ('a) ') like dashed and numbered ones", async () => {
    runtime = await indexedDocuments({
      "tillsyn.txt": "Riktlinje för tillsyn i Exempelby\n\nTillsyn\n\nMiljönämnden prioriterar tillsynen av verksamheter med kemiska risker i följande ordning\n\na) förskolor och skolor\nb) vård- och omsorgsboenden\n\nUppgifterna lämnas till nämnden varje år.\n\nc) kemikalieförteckning för varje verksamhet\n",
    });
    const led = await runtime.engine.ask("i vilken ordning prioriterar miljönämnden tillsynen av verksamheter med kemiska risker?");
    expect(led.citations[0]!.quote).toMatch(/i följande ordning\s+a\) förskolor och skolor\s+b\) vård- och omsorgsboenden$/);
    const item = await runtime.engine.ask("ska varje verksamhet ha en kemikalieförteckning?");
    expect(item.citations.map((c) => c.quote)).toContain("c) kemikalieförteckning för varje verksamhet");
  });
});

describe("extractive quotes read with the sentences they go on from, or that go on from them", () => {
  const LENDING = "Rullatorer och duschstolar lånas ut av hjälpmedelsenheten till den som bor i kommunen.";
  /** A lending guideline whose rule is LENDING, followed by `after`. */
  const lending = (after: string) => `Riktlinje för utlåning av hjälpmedel i Exempelby\n\nUtlåning\n\n${LENDING}${after}`;
  const EVALUATION = "Föreningsstödet ska utvärderas vartannat år. Detta görs av fritidskonsulenten tillsammans med föreningarna.";
  /** A guideline on association grants whose rule is EVALUATION, followed by `after`. */
  const grants = (after: string) => `Riktlinje för föreningsstöd i Exempelby\n\nUtvärdering\n\n${EVALUATION}\n${after}`;

  it("quote a sentence that answers about what the sentence before it named", async () => {
    runtime = await indexedDocuments({
      "forening.txt": grants("\nFöreningsstödet betalas ut i mars. Resultatet av utvärderingen redovisas för kultur- och fritidsnämnden.\n"),
    });
    const answer = await runtime.engine.ask("vem utvärderar föreningsstödet?");
    // Quoted with the sentence it goes on from: "Detta görs av …" alone does not say what is done.
    expect(answer.citations.map((c) => c.quote)).toContain(EVALUATION);
  });

  it("run on through the next sentence when that one goes on about it", async () => {
    runtime = await indexedDocuments({
      ...others,
      "lan.txt": lending(" Detta gäller även den som vistas tillfälligt i kommunen.\n\nHjälpmedel som inte används ska lämnas tillbaka.\n"),
    });
    const answer = await runtime.engine.ask("vem lånar ut rullatorer?");
    expect(answer.citations[0]!.quote).toBe(`${LENDING} Detta gäller även den som vistas tillfälligt i kommunen.`);
  });

  it("are also how a passage an LLM answer cites is quoted", async () => {
    runtime = await indexedDocuments({
      ...others,
      "forening.txt": grants(""),
    });
    const { index, query, hits } = await runtime.engine.retrieve("vem utvärderar föreningsstödet?");
    const quote = passageQuote(index, runtime.engine.kit, query, hits[0]!);
    expect(index.texts[quote.doc.id]!.slice(quote.start, quote.end)).toBe(EVALUATION);
  });

  it("are how each municipality is quoted when the question asks which of them say something", async () => {
    runtime = await indexedDocuments({
      ...others,
      "umea.txt": "Riktlinje för föreningsstöd i Umeå kommun\n\nUppföljning\n\nFöreningsstödet följs upp varje år. Detta görs av kultur- och fritidsnämnden.\n",
      "gavle.txt": "Riktlinje för föreningsstöd i Gävle kommun\n\nUppföljning\n\nFöreningsstödet följs upp vartannat år. Kommunen redovisar resultatet på sin webbplats.\n",
    });
    const answer = await runtime.engine.ask("vilka kommuner följer upp föreningsstödet?");
    expect(answer.answer.split("\n")[0]).toBe("Per kommun:");
    expect(answer.citations.map((c) => c.quote)).toContain("Föreningsstödet följs upp varje år. Detta görs av kultur- och fritidsnämnden.");
    expect(answer.citations.map((c) => c.quote)).toContain("Föreningsstödet följs upp vartannat år.");
  });

  it("are how a municipality is quoted that says an English phrase in a common rendering, not the rarest", async () => {
    runtime = await indexedDocuments({
      ...others,
      "umea.txt": "Internationellt program för Umeå kommun\n\nFinansiering\n\nVerksamheterna söker extern finansiering för sina projekt, bland annat från EU.\n",
      "gavle.txt": "Inriktning internationellt arbete för Gävle kommun\n\nFinansiering\n\nKommunen deltar i projekt som får stöd ur EU:s strukturfonder.\n",
    });
    const answer = await runtime.engine.ask("what do Umeå and Gävle say about EU funding?");
    expect(answer.abstained).toBe(false);
    expect(answer.citations.map((c) => c.municipality)).toEqual(["Umeå", "Gävle"]);
  });

  it("do not run on through a sentence about the document itself, nor into the next paragraph", async () => {
    runtime = await indexedDocuments({
      ...others,
      "lan.txt": lending(" Detta dokument revideras vartannat år.\n\nDetta gäller även den som vistas tillfälligt i kommunen.\n"),
    });
    const answer = await runtime.engine.ask("vem lånar ut rullatorer?");
    expect(answer.citations[0]!.quote).toBe(LENDING);
  });
});

describe("extractive quotes for a question that asks for a duration, and whether something may be done", () => {
  it("quote the sentence that gives the duration first", async () => {
    runtime = await indexedDocuments({
      "akter.txt": "Riktlinje för dokumentation i Exempelby\n\nUtförarakt\n\nEnheterna får inte dröja med att skicka avslutade utförarakter vidare till myndigheten. Utförarakten får sparas hos verksamheten i högst två månader.\n",
      ...others,
    });
    const answer = await runtime.engine.ask("hur länge får vi ha kvar en avslutad utförarakt?");
    expect(answer.citations[0]!.quote).toContain("i högst två månader");
  });
});

describe("extractive quotes said twice", () => {
  it("quote a sentence the document repeats once, and once more for another document that says it", async () => {
    const rule = "Värmevagnen ska rengöras varje dag efter lunchen.";
    runtime = await indexedDocuments({
      "kok.txt": `Rutiner för köken i Exempelby\n\nLunch\n\nMaten levereras i värmevagnen före klockan elva. ${rule}\n\nMiddag\n\nMaten levereras i värmevagnen före klockan fem. ${rule}\n`,
      "storkok.txt": `Rutiner för storköket i Exempelby\n\nHygien\n\n${rule}\n`,
      "bibliotek.txt": "Biblioteksplan för Exempelby\n\nBiblioteken ska vara öppna för alla invånare och erbjuda läsfrämjande aktiviteter för barn.\n",
    });
    const citations = (await runtime.engine.ask("hur ofta ska värmevagnen rengöras?")).citations.filter((c) => c.quote === rule);
    expect(citations.map((c) => c.docId).sort()).toEqual(["kok", "storkok"]);
  });
});

describe("shouldAbstain", () => {
  const kit = createLanguageKit();
  const short = analyseQuery("hur ofta ska värmevagnen rengöras?", kit);
  const long = analyseQuery(
    "Min mamma bor på äldreboende och äter söndagsmiddag hemma hos oss varje vecka när min bror kommer på besök. Kan hon slippa betala matavgiften för de dagarna hon inte äter på boendet?",
    kit,
  );
  const hit = (coverage: number) => ({ ordinal: 0, score: 1, lexical: 1, vector: 0, coverage, rankedCoverage: coverage });

  it("abstains when none of the top five passages covers enough of the question", async () => {
    const { shouldAbstain, MIN_COVERAGE } = await import("../../../src/answer/abstain");
    expect(shouldAbstain([hit(MIN_COVERAGE - 0.01), hit(MIN_COVERAGE + 0.01)], short)).toBe(false);
    expect(shouldAbstain([hit(0.1), hit(0.1), hit(0.1), hit(0.1), hit(MIN_COVERAGE + 0.01)], short)).toBe(false);
    expect(shouldAbstain([hit(0.1), hit(0.1), hit(0.1), hit(0.1), hit(MIN_COVERAGE - 0.01), hit(0.9)], short)).toBe(true);
    expect(shouldAbstain([], short)).toBe(true);
  });

  it("asks a smaller share of a long question, whose situation the documents do not describe", async () => {
    const { shouldAbstain, MIN_COVERAGE, FULL_COVERAGE_GROUPS } = await import("../../../src/answer/abstain");
    expect(short.groups.length).toBeLessThanOrEqual(FULL_COVERAGE_GROUPS);
    expect(long.groups.filter((g) => !g.untranslated).length).toBeGreaterThanOrEqual(2 * FULL_COVERAGE_GROUPS);
    expect(shouldAbstain([hit(MIN_COVERAGE - 0.05)], short)).toBe(true);
    expect(shouldAbstain([hit(MIN_COVERAGE - 0.05)], long)).toBe(false);
    expect(shouldAbstain([hit(MIN_COVERAGE / 2)], long)).toBe(true);
  });
});

describe("weaklySupported", () => {
  it("marks answers whose best passage covers little more than the abstention threshold", async () => {
    const { weaklySupported, hedged, HEDGE_COVERAGE, MIN_COVERAGE } = await import("../../../src/answer/abstain");
    const query = analyseQuery("hur ofta ska värmevagnen rengöras?", createLanguageKit());
    const hit = (coverage: number) => ({ ordinal: 0, score: 1, lexical: 1, vector: 0, coverage, rankedCoverage: coverage });
    expect(HEDGE_COVERAGE).toBeGreaterThan(MIN_COVERAGE);
    expect(weaklySupported([hit(MIN_COVERAGE + 0.01), hit(0.1)], query)).toBe(true);
    expect(weaklySupported([hit(0.1), hit(HEDGE_COVERAGE + 0.01)], query)).toBe(false);
    expect(weaklySupported([hit(0.1), hit(0.1), hit(0.1), hit(0.1), hit(0.1), hit(0.9)], query)).toBe(true);
    expect(hedged("sv", "Enligt planen: ”…” [1]")).toMatch(/^Styrdokumenten svarar kanske inte direkt på det\..*\n\nEnligt planen/s);
    expect(hedged("en", "According to the plan: ”…” [1]")).toMatch(/^The documents may not answer this directly\..*\n\nAccording to the plan/s);
  });
});

describe("extractive quotes and a background section", () => {
  it("quote the rule before the background that names its subject", async () => {
    runtime = await indexedDocuments({
      ...others,
      "larm.txt": [
        "Riktlinje för trygghetslarm i Exempelby",
        "1 Bakgrund\n\nNämnden har sett över hur trygghetslarm installeras hos äldre, eftersom allt fler äldre har trygghetslarm.",
        "2 Installation\n\nHos pensionärer installeras trygghetslarmet av larmcentralen inom en vecka.",
      ].join("\n\n"),
    });
    const answer = await runtime.engine.ask("hur installeras trygghetslarm hos äldre?");
    expect(answer.citations[0]!.quote).toBe("Hos pensionärer installeras trygghetslarmet av larmcentralen inom en vecka.");
  });
});
