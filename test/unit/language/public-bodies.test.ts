import { describe, expect, it } from "vitest";
import { findMunicipalities } from "../../../src/language/municipalities";
import {
  allPublicBodies,
  canonicalPublicBody,
  findPublicBodies,
  PUBLIC_BODY_KINDS,
  publicBody,
} from "../../../src/language/public-bodies";

const names = (text: string) => findPublicBodies(text).map((m) => m.name);

describe("the list of public bodies", () => {
  it("has the municipalities and regions, about a hundred agencies and the government, each once", () => {
    const all = allPublicBodies();
    const count = (kind: string) => all.filter((b) => b.kind === kind).length;
    expect(count("kommun")).toBe(290);
    expect(count("region")).toBe(21);
    expect(count("myndighet")).toBeGreaterThanOrEqual(100);
    expect(count("riksdag")).toBe(1);
    expect(all.filter((b) => b.name.startsWith("Länsstyrelsen"))).toHaveLength(21);
    expect(new Set(all.map((b) => b.name)).size).toBe(all.length);
    for (const body of all) expect(PUBLIC_BODY_KINDS, body.name).toContain(body.kind);
  });

  it("gives no two bodies the same form of a name", () => {
    const owner = new Map<string, string>();
    for (const body of allPublicBodies()) {
      for (const form of [body.name, ...body.variants]) {
        const key = form.toLowerCase();
        expect(owner.get(key) ?? body.name, `${form} names both ${owner.get(key)} and ${body.name}`).toBe(body.name);
        owner.set(key, body.name);
      }
    }
  });

  it("keeps each body's kind and county", () => {
    expect(publicBody("Försäkringskassan")).toMatchObject({ kind: "myndighet", county: null });
    expect(publicBody("Regeringen")?.kind).toBe("regering");
    expect(publicBody("Länsstyrelsen i Gävleborgs län")).toMatchObject({ kind: "myndighet", county: "Gävleborgs län" });
    expect(publicBody("Gävle")).toMatchObject({ kind: "kommun", county: "Gävleborgs län" });
  });
});

describe("findPublicBodies", () => {
  it("finds agencies by full name, in the genitive, without å ä ö, with offsets", () => {
    const text = "Hur samverkar socialtjänsten med Försäkringskassan?";
    expect(findPublicBodies(text)).toEqual([{ name: "Försäkringskassan", kind: "myndighet", start: 33, end: 50 }]);
    expect(names("enligt Skatteverkets vägledning")).toEqual(["Skatteverket"]);
    expect(names("forsakringskassan och arbetsformedlingen")).toEqual(["Försäkringskassan", "Arbetsförmedlingen"]);
    expect(names("Havs- och vattenmyndigheten och E-hälsomyndigheten")).toEqual(["Havs- och vattenmyndigheten", "E-hälsomyndigheten"]);
  });

  it("maps short forms, English and former names to the official name", () => {
    expect(names("What does the Swedish Tax Agency say?")).toEqual(["Skatteverket"]);
    expect(names("the National Library of Sweden")).toEqual(["Kungliga biblioteket"]);
    expect(names("Datainspektionens gamla råd")).toEqual(["Integritetsskyddsmyndigheten"]);
    expect(names("Skolverket och Kronofogden")).toEqual(["Statens skolverk", "Kronofogdemyndigheten"]);
    expect(names("the Prime Minister's Office and the Ministry of Finance")).toEqual(["Statsrådsberedningen", "Finansdepartementet"]);
    expect(names("polisen och räddningstjänsten")).toEqual(["Polismyndigheten"]);
  });

  it("finds the courts, which are named by a place, rather than the place", () => {
    expect(names("I: Solna tingsrätt")).toEqual(["Solna tingsrätt"]);
    expect(names("Överklagade avgörandet: Stockholms tingsrätts dom")).toEqual(["Stockholms tingsrätt"]);
    expect(names("Arbetsdomstolen\nAD 2013 nr 63")).toEqual(["Arbetsdomstolen"]);
    expect(names("Kammarrätten i Sundsvall och Förvaltningsrätten i Växjö")).toEqual(["Kammarrätten i Sundsvall", "Förvaltningsrätten i Växjö"]);
    expect(names("Hovrätten för Övre Norrland, Svea hovrätt")).toEqual(["Hovrätten för Övre Norrland", "Svea hovrätt"]);
    expect(names("Umeå tingsrätt och Umeå kommun")).toEqual(["Umeå tingsrätt", "Umeå"]);
  });

  it("finds the government and the Riksdag", () => {
    expect(findPublicBodies("Regeringen ger Regeringskansliet i uppdrag; riksdagen beslutar").map((m) => [m.name, m.kind])).toEqual([
      ["Regeringen", "regering"],
      ["Regeringskansliet", "regering"],
      ["Sveriges riksdag", "riksdag"],
    ]);
    expect(names("Riksdagens ombudsmän")).toEqual(["Riksdagens ombudsmän"]);
  });

  it("reads abbreviations only as written", () => {
    expect(names("Kontakta FK, SKV eller KB. IMY:s och MSB:s föreskrifter")).toEqual([
      "Försäkringskassan",
      "Skatteverket",
      "Kungliga biblioteket",
      "Integritetsskyddsmyndigheten",
      "Myndigheten för samhällsskydd och beredskap",
    ]);
    expect(names("fk och kb och skv i löptext, imy")).toEqual([]);
    expect(names("SiS och LiU")).toEqual(["Statens institutionsstyrelse", "Linköpings universitet"]);
    expect(names("HAV OCH VATTEN, ett hav")).toEqual([]);
  });

  it("does not read units or words in capitals as abbreviations", () => {
    expect(names("Filen får vara högst 512 KB")).toEqual([]);
    expect(names("RIKTLINJER FÖR JO OCH DO")).toEqual([]);
    expect(names("Anmäl till DO eller JO.")).toEqual(["Diskrimineringsombudsmannen", "Riksdagens ombudsmän"]);
  });

  it("does not fire on parts of names or ordinary words", () => {
    expect(names("Statens ansvar och statens roll")).toEqual([]);
    expect(names("Länsstyrelsen ska underrättas")).toEqual([]);
    expect(names("Det var bra. Bra jobbat! BRA")).toEqual([]);
    expect(names("Brå har statistik")).toEqual(["Brottsförebyggande rådet"]);
    expect(names("kommunens kulturråd och kulturrådet")).toEqual([]);
    expect(names("Sida 3 av 12")).toEqual([]);
  });

  it("prefers an agency's full name over the place inside it", () => {
    expect(names("Lunds universitet och Lund")).toEqual(["Lunds universitet", "Lund"]);
    expect(names("Länsstyrelsen i Uppsala län och Stockholm County Administrative Board")).toEqual([
      "Länsstyrelsen i Uppsala län",
      "Länsstyrelsen i Stockholms län",
    ]);
  });

  it("also finds municipalities and regions, as findMunicipalities does", () => {
    const text = "Gävle kommun, Region Skåne och Försäkringskassan";
    expect(findPublicBodies(text).map((m) => [m.name, m.kind])).toEqual([
      ["Gävle", "kommun"],
      ["Region Skåne", "region"],
      ["Försäkringskassan", "myndighet"],
    ]);
    expect(findMunicipalities(text).map((m) => m.name)).toEqual(["Gävle", "Region Skåne"]);
  });
});

describe("canonicalPublicBody", () => {
  it("maps any accepted spelling to the official name", () => {
    expect(canonicalPublicBody("FK")).toBe("Försäkringskassan");
    expect(canonicalPublicBody("Skatteverkets")).toBe("Skatteverket");
    expect(canonicalPublicBody("Swedish Social Insurance Agency")).toBe("Försäkringskassan");
    expect(canonicalPublicBody("kungliga biblioteket")).toBe("Kungliga biblioteket");
    expect(canonicalPublicBody("vaxjo kommun")).toBe("Växjö");
    expect(canonicalPublicBody("Regeringskansliet")).toBe("Regeringskansliet");
  });

  it("returns null for anything else", () => {
    expect(canonicalPublicBody("Statens")).toBeNull();
    expect(canonicalPublicBody("Försäkringskassan strategi")).toBeNull();
    expect(canonicalPublicBody("Länsstyrelsen")).toBeNull();
    expect(canonicalPublicBody("")).toBeNull();
  });
});
