import { describe, expect, it } from "vitest";
import { parseSwedishDate } from "../../../src/ingest/dates";
import { extractMetadata } from "../../../src/ingest/metadata";
import { normalise } from "../../../src/ingest/normalise";
import { createLanguageKit } from "../../../src/language/kit";
import { CORPUS_FILES, corpusText } from "../../helpers/corpus";

const kit = createLanguageKit();
const extract = (file: string, sidecar = {}) =>
  extractMetadata(corpusText(file), { fileName: file, findPublicBodies: kit.findPublicBodies, sidecar });

describe("extractMetadata on the corpus documents", () => {
  it("reads Växjö's header table and closing sentence", () => {
    const m = extract(CORPUS_FILES.vaxjo);
    expect(m).toMatchObject({
      title: "Internationell strategi för Växjö kommun",
      municipality: "Växjö",
      type: "strategi",
      adoptedBy: "Kommunfullmäktige",
      adoptedOn: "2013-10-15",
      diarienummer: "KS/2012:935",
      revision: "tillsvidare",
      owner: "Planeringskontoret",
      validUntil: null,
    });
    expect(m.replaces).toContain("25 augusti 2009");
    expect(m.evidence.adoptedOn?.text).toBe("Fastställd/Upprättad Kommunfullmäktige 2013-10-15 § 213");
  });

  it("reads Örnsköldsvik's tab-separated header", () => {
    const m = extract(CORPUS_FILES.ornskoldsvik);
    expect(m).toMatchObject({
      municipality: "Örnsköldsvik",
      type: "strategi",
      adoptedBy: "Kommunstyrelsen",
      adoptedOn: "2016",
      validUntil: "2020-12-31",
      diarienummer: "Kst/2015:566",
      owner: "Kommundirektör",
      replaces: null,
    });
    expect(m.evidence.owner?.text).toBe("Dokumentägare: Kommundirektör");
  });

  it("says nothing it was not told: Umeå's programme has no adoption date", () => {
    const m = extract(CORPUS_FILES.umea);
    expect(m).toMatchObject({ municipality: "Umeå", type: "program", adoptedBy: "Kommunfullmäktige", adoptedOn: null, diarienummer: null });
    expect(m.revision).toBe("i början av varje mandatperiod");
    expect(m.sourceUrl).toBe("https://www.umea.se/internationellt");
  });

  it("takes the period of Gävle's inriktning from its title", () => {
    const m = extract(CORPUS_FILES.gavle);
    expect(m).toMatchObject({ municipality: "Gävle", type: "inriktning", adoptedBy: "Kommunstyrelsen", validUntil: "2020-12-31" });
  });

  it("finds Upplands Väsby's policy title and diarienummer on the line after 'Dnr:'", () => {
    const m = extract(CORPUS_FILES.vasby);
    expect(m).toMatchObject({ municipality: "Upplands Väsby", type: "policy", diarienummer: "KS/2009:167", validUntil: null });
  });

  it("lets a sidecar override what was extracted", () => {
    const m = extract(CORPUS_FILES.gavle, { sourceUrl: "https://www.gavle.se/inriktning.pdf", title: "Inriktning 2018–2020" });
    expect(m.sourceUrl).toBe("https://www.gavle.se/inriktning.pdf");
    expect(m.title).toBe("Inriktning 2018–2020");
  });

  it("reads other header layouts", () => {
    const text = "Riktlinje för anhörigstöd\n\nBeslutad av: Vård- och omsorgsnämnden\nBeslutsdatum: 2025-06-16\nGäller till: 2027-12-31\nErsätter: Riktlinje för anhörigstöd VON/2019:82\nDiarienummer: VON/2025:00149\n\nTexten börjar här med en mening om stöd.";
    const m = extractMetadata(normalise([{ page: null, text }], "text"), { fileName: "x.txt", findPublicBodies: () => [] });
    expect(m).toMatchObject({
      title: "Riktlinje för anhörigstöd",
      type: "riktlinje",
      adoptedBy: "Vård- och omsorgsnämnden",
      adoptedOn: "2025-06-16",
      validUntil: "2027-12-31",
      replaces: "Riktlinje för anhörigstöd VON/2019:82",
      diarienummer: "VON/2025:00149",
    });
  });
});

describe("parseSwedishDate", () => {
  it("reads ISO and written dates and rejects impossible ones", () => {
    expect(parseSwedishDate("den 25 augusti 2009")).toBe("2009-08-25");
    expect(parseSwedishDate("2013-10-15 § 213")).toBe("2013-10-15");
    expect(parseSwedishDate("2013-02-30")).toBeNull();
    expect(parseSwedishDate("tillsvidare")).toBeNull();
  });
});

describe("extractMetadata on other layouts", () => {
  it("reads 'Dokumentet är beslutat av:' headers with tab indentation and wrapped values", () => {
    const text = [
      "Riktlinje för hemtjänst i Exempelby",
      "",
      "\tDiarienummer: SN 2024:00042",
      "Dokumentet är beslutat av: Socialnämnden",
      "Dokumentet beslutades den: 2024-03-12",
      "Dokumentet gäller till den: 2026-12-31",
      "Dokumentet ersätter: Riktlinje för hemtjänst,",
      "SN 2019:00010",
      "Dokumentansvarig är: Avdelningschef",
      "",
      "Texten börjar här och handlar om hemtjänst.",
    ].join("\n");
    const m = extractMetadata(normalise([{ page: null, text }], "text"), { fileName: "x.txt", findPublicBodies: () => [] });
    expect(m).toMatchObject({
      adoptedBy: "Socialnämnden",
      adoptedOn: "2024-03-12",
      validUntil: "2026-12-31",
      diarienummer: "SN 2024:00042",
      replaces: "Riktlinje för hemtjänst, SN 2019:00010",
      owner: "Avdelningschef",
    });
  });

  it("reads the body and the date from one header line, without the space the date leaves", () => {
    const text = "Riktlinje för föreningsstöd i Exempelby\n\nAntagen av kommunfullmäktige 2021-03-01.\n\nFöreningsstödet följs upp varje år.\n";
    const m = extractMetadata(normalise([{ page: null, text }], "text"), { fileName: "x.txt", findPublicBodies: () => [] });
    expect(m).toMatchObject({ adoptedBy: "Kommunfullmäktige", adoptedOn: "2021-03-01" });
  });

  it("reads Markdown headers whose labels are in bold, one field a line", () => {
    const text = "# Riktlinje för bidrag i Exempelby kommun\n\n**Beslutad av**: Kommunfullmäktige\n**Gäller till**: 2027-12-31\n**Dokumentägare**: Socialchef\n\nBidrag ges till föreningar.\n";
    const m = extractMetadata(normalise([{ page: null, text }], "markdown"), { fileName: "x.md", findPublicBodies: () => [] });
    expect(m).toMatchObject({ adoptedBy: "Kommunfullmäktige", validUntil: "2027-12-31", owner: "Socialchef" });
  });

  it("names a bare kind of document by the line after it, and the issuer by the web address", () => {
    const text = "---\nsource_url: https://www.exempel.se/dok.pdf\n---\nKommittédirektiv\n\nBättre tillsyn av hemtjänsten\n\nRegeringen beslutade i dag.";
    const find = (t: string) => (/exempel/i.test(t) ? [{ name: "Exempelby", start: 0, end: 7 }] : []);
    const m = extractMetadata(normalise([{ page: null, text }], "markdown"), { fileName: "dir.md", findPublicBodies: find });
    expect(m.title).toBe("Kommittédirektiv: Bättre tillsyn av hemtjänsten");
    expect(m.type).toBe("direktiv");
    expect(m.sourceUrl).toBe("https://www.exempel.se/dok.pdf");
    expect(m.municipality).toBe("Exempelby");
  });
});

describe("a short title of its own", () => {
  it("is not joined to the byline under it, which would name the wrong issuer", () => {
    const text = "# Regeringsförklaringen 2025\n\nStatsminister Ulf Kristersson, riksdagen, den 9 september 2025\n\nHerr talman, ärade ledamöter av Sveriges riksdag!";
    const find = (t: string) =>
      [...t.matchAll(/\b(riksdagen|riksdag|regeringen)\b/gi)].map((m) => {
        const riksdag = /riksdag/i.test(m[0]);
        return { name: riksdag ? "Sveriges riksdag" : "Regeringen", kind: riksdag ? "riksdag" : "regering", start: m.index!, end: m.index! + m[0].length };
      });
    const m = extractMetadata(normalise([{ page: null, text }], "markdown"), { fileName: "regeringen__regeringsforklaringen-2025.md", findPublicBodies: find });
    expect(m.title).toBe("Regeringsförklaringen 2025");
    expect(m.municipality).toBe("Regeringen");
  });

  it("titles a judgment by its case reference, with its subject when that is one short line", () => {
    const read = (text: string) => extractMetadata(normalise([{ page: null, text }], "text"), { fileName: "dom.docx", findPublicBodies: kit.findPublicBodies }).title;
    const header = (reference: string, subject: string) => `Högsta domstolen\n\n${reference}\n\nMålnummer:\n\nT1-11\n\nRubrik:\n\n${subject}\n\nREFERAT\n\nI\n\nSolna tingsrätt\n\nTalan fördes.`;
    expect(read(header("NJA 2014 s. 499 (NJA 2014:45)", "Diskrimineringsersättning (I och II)."))).toBe("NJA 2014 s. 499: Diskrimineringsersättning (I och II)");
    expect(read(header("AD 2013 nr 63", "En arbetsgivare har krävt att en arbetstagare ska uppvisa läkarintyg, och arbetstagaren har tilldelats en varning."))).toBe("AD 2013 nr 63");
    expect(read("Arbetsdomstolen\tAD 2013 nr 63\n\nNr 63\n\nExempel AB i Stockholm mot\n\nS.J. i Bro.")).toBe("AD 2013 nr 63");
    expect(read("Högsta förvaltningsdomstolen\tHFD 2015 ref. 12\n\nRubrik: Fråga om bygglov.\n\nDomskäl.")).toBe("HFD 2015 ref. 12: Fråga om bygglov");
    // A reference cited in a sentence, or further down, is no title.
    expect(read("Riktlinje för bemötande\n\nNJA 2014 s. 499 gäller ersättningen.\n\nText.")).toBe("Riktlinje för bemötande");
    expect(read("Riktlinje för bemötande\n\nSe avgörandet\n\nNJA 2014 s. 499\n\nom ersättning.")).toBe("Riktlinje för bemötande");
  });

  it("titles an agency regulation by its code and name, not by the statute collection's heading", () => {
    const text = "Naturvårdsverkets författningssamling\n\nISSN 1403-8234\n\nNFS 2007:10\nNaturvårdsverkets föreskrifter om inventering av björn; Konsoliderad version, ändringsföreskrift NFS 2012:1.\n\n1 § Dessa föreskrifter reglerar inventering.";
    const m = extractMetadata(normalise([{ page: null, text }], "text"), { fileName: "nfs.pdf", findPublicBodies: () => [] });
    expect(m).toMatchObject({ title: "NFS 2007:10 Naturvårdsverkets föreskrifter om inventering av björn", type: "föreskrift" });
    // A code cited in the text is no title.
    const cited = "Riktlinje för kemikalier\n\nSe AFS 2011:19\nom kemiska risker.";
    expect(extractMetadata(normalise([{ page: null, text: cited }], "text"), { fileName: "r.txt", findPublicBodies: () => [] }).title).toBe("Riktlinje för kemikalier");
  });

  it("leaves out the copy number a download added to a title from the file's properties or name", () => {
    const read = (text: string, fileName: string) => extractMetadata(normalise([{ page: null, text }], "markdown"), { fileName, findPublicBodies: () => [] }).title;
    expect(read('---\ntitle: "Riktlinje Utlämnande av handling, antagen 2025-06-16 (1)"\n---\n\nText om utlämnande.', "r.md")).toBe("Riktlinje Utlämnande av handling, antagen 2025-06-16");
    expect(read("text om utlämnande utan rubrik.", "riktlinje-utlamnande (2).md")).toBe("riktlinje utlamnande");
  });

  it("names a directive by its title line where the PDF ran it into the decision line", () => {
    const text = "Kommittédirektiv\n\nTilläggsdirektiv till Utredningen om en översyn av fondregelverket (Fi 2014:15) Beslut vid regeringssammanträde den 18 december 2014 Utvidgning av uppdraget\n\nRegeringen beslutade den 30 oktober 2014 kommittédirektiv.";
    const m = extractMetadata(normalise([{ page: null, text }], "text"), { fileName: "dir.pdf", findPublicBodies: () => [] });
    expect(m.title).toBe("Kommittédirektiv: Tilläggsdirektiv till Utredningen om en översyn av fondregelverket (Fi 2014:15)");
  });

  it("names a kind and a bare number by the line after both", () => {
    const text = "Regeringens proposition\n\n2012/13:144\n\nSjöfartsstödets inriktning\nProp. 2012/13:144\n\nRegeringen överlämnar denna proposition till riksdagen.";
    const m = extractMetadata(normalise([{ page: null, text }], "text"), { fileName: "prop.docx", findPublicBodies: () => [] });
    // Of the kind its title begins with, not of one its subject names ("inriktning").
    expect(m).toMatchObject({ title: "Regeringens proposition 2012/13:144: Sjöfartsstödets inriktning", type: "proposition" });
    const abbreviated = text.replace("Sjöfartsstödets inriktning", "Nya regler för mervärdesskatt m.m.");
    expect(extractMetadata(normalise([{ page: null, text: abbreviated }], "text"), { fileName: "prop.docx", findPublicBodies: () => [] }).title).toBe("Regeringens proposition 2012/13:144: Nya regler för mervärdesskatt m.m.");
  });

  it("but a bare number is named by the line after it", () => {
    const text = "Nr 63\n\nTvist om uppsägning av en advokat\n\nDomskäl följer.";
    const m = extractMetadata(normalise([{ page: null, text }], "text"), { fileName: "ad.txt", findPublicBodies: () => [] });
    expect(m.title).toBe("Nr 63: Tvist om uppsägning av en advokat");
  });
});

describe("issuer and government decisions", () => {
  it("takes the government as issuer of a kommittédirektiv, whatever agencies it cites", () => {
    const text = "Kommittédirektiv\n\nBättre dataskydd\n\nBeslut vid regeringssammanträde den 25 februari 2016\n\nDatainspektionen ska ... Datainspektionen har ... Datainspektionen bör ...";
    const find = (t: string) =>
      [...t.matchAll(/Datainspektionen|Regeringen/g)].map((m) => ({ name: m[0] === "Regeringen" ? "Regeringen" : "Integritetsskyddsmyndigheten", kind: m[0] === "Regeringen" ? "regering" : "myndighet", start: m.index!, end: m.index! + m[0].length }));
    const m = extractMetadata(normalise([{ page: null, text }], "text"), { fileName: "dir.txt", findPublicBodies: find });
    expect(m).toMatchObject({ municipality: "Regeringen", adoptedBy: "Regeringen", adoptedOn: "2016-02-25", type: "direktiv" });
  });

  it("prefers a body named in the file name over one the text only cites", () => {
    const text = "Riktlinjer för öppen källkod\n\nMyndigheten följer regeringens strategi. Regeringen har beslutat om digitalisering.";
    const find = (t: string) =>
      [...t.matchAll(/[Rr]egeringen|forsakringskassan/g)].map((m) => ({ name: m[0].startsWith("f") ? "Försäkringskassan" : "Regeringen", kind: m[0].startsWith("f") ? "myndighet" : "regering", start: m.index!, end: m.index! + m[0].length }));
    const m = extractMetadata(normalise([{ page: null, text }], "markdown"), { fileName: "forsakringskassan__riktlinje.md", findPublicBodies: find });
    expect(m.municipality).toBe("Försäkringskassan");
  });

  it("takes the body alone on the first line, its letterhead, over places in the title", () => {
    const judgment = "Arbetsdomstolen\tAD 2013 nr 63\n\nNr 63\n\nExempel Advokater AB i Stockholm mot\n\nS.J. i Bro.\n\nÖverklagade avgörandet: Stockholms tingsrätts dom.";
    const read = (text: string) => extractMetadata(normalise([{ page: null, text }], "text"), { fileName: "dom.docx", findPublicBodies: kit.findPublicBodies });
    expect(read(judgment)).toMatchObject({ title: "AD 2013 nr 63", municipality: "Arbetsdomstolen" });
    expect(read("Högsta domstolen\n\nI\n\nSolna tingsrätt\n\nDiskrimineringsombudsmannen förde talan vid Solna tingsrätt.").municipality).toBe("Högsta domstolen");
    expect(read("Botkyrka kommun\n\nRiktlinje för anhörigstöd\n\nStöd ges i Huddinge och Botkyrka.").municipality).toBe("Botkyrka");
    // A first line that says more than a body's name is no letterhead: the title's body stands.
    expect(read("Regeringen beslutade i dag\n\nRiktlinje för Umeå kommun\n\nText.").municipality).toBe("Umeå");
  });
});
