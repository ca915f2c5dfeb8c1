import { describe, expect, it } from "vitest";
import {
  allMunicipalities,
  canonicalMunicipality,
  findMunicipalities,
  municipalityTerm,
} from "../../../src/language/municipalities";

const names = (text: string) => findMunicipalities(text).map((m) => m.name);

describe("the municipality list", () => {
  it("has all 290 municipalities and 21 regions, each once", () => {
    const all = allMunicipalities();
    expect(all.filter((m) => m.kind === "kommun")).toHaveLength(290);
    expect(all.filter((m) => m.kind === "region")).toHaveLength(21);
    expect(new Set(all.map((m) => m.name)).size).toBe(all.length);
  });
});

describe("findMunicipalities", () => {
  it("finds names in English and Swedish questions with offsets", () => {
    const text = "who follows up international work in Växjö?";
    const [found] = findMunicipalities(text);
    expect(found).toEqual({ name: "Växjö", kind: "kommun", start: 37, end: 42 });
  });

  it("finds ASCII spellings", () => {
    expect(names("why does vaxjo work internationally")).toEqual(["Växjö"]);
    expect(names("Ornskoldsvik, Gavle and Upplands Vasby")).toEqual(["Örnsköldsvik", "Gävle", "Upplands Väsby"]);
  });

  it("finds genitives, 'kommun' forms and hyphen variants, each name once", () => {
    expect(names("Umeås program och Örnsköldsviks strategi")).toEqual(["Umeå", "Örnsköldsvik"]);
    expect(names("Gävle kommun och Gävles kommuns plan")).toEqual(["Gävle"]);
    expect(names("Upplands-Väsby, Upplands Väsbys policy")).toEqual(["Upplands Väsby"]);
    expect(names("Borås stad och Malung-Sälen")).toEqual(["Borås", "Malung-Sälen"]);
  });

  it("includes 'kommun' in the span", () => {
    const text = "Policy för Mark kommun.";
    const [found] = findMunicipalities(text);
    expect(text.slice(found!.start, found!.end)).toBe("Mark kommun");
  });

  it("knows short forms and exonyms in real use", () => {
    expect(names("Väsby och Övik")).toEqual(["Upplands Väsby", "Örnsköldsvik"]);
    expect(names("vem i ö-vik ansvarar?")).toEqual(["Örnsköldsvik"]);
    expect(names("Gothenburg's climate plan")).toEqual(["Göteborg"]);
  });

  it("prefers a region's full name over the municipality inside it", () => {
    expect(findMunicipalities("Region Uppsala och Uppsala").map((m) => [m.name, m.kind])).toEqual([
      ["Region Uppsala", "region"],
      ["Uppsala", "kommun"],
    ]);
  });

  it("does not fire on ordinary words that are also names", () => {
    expect(names("vi ska vara med")).toEqual([]);
    expect(names("Mark och vatten ska skyddas.")).toEqual([]);
    expect(names("Vara med och påverka! Ange ditt namn.")).toEqual([]);
    expect(names("MILJÖ, MARK OCH VATTEN")).toEqual([]);
    expect(names("boden på gården och en kil")).toEqual([]);
    expect(names("Are there any projects?")).toEqual([]);
  });

  it("fires on those names when the writing says they are names", () => {
    expect(names("Vi besökte Mark och Boden.")).toEqual(["Mark", "Boden"]);
    expect(names("what about Boden?")).toEqual(["Boden"]);
    expect(names("Vara kommun har en plan")).toEqual(["Vara"]);
    expect(names("resan till Åre")).toEqual(["Åre"]);
  });

  it("reads an abbreviation only as written", () => {
    expect(names("VGR:s regionala utvecklingsstrategi")).toEqual(["Västra Götalandsregionen"]);
    expect(names("vgr")).toEqual([]);
  });

  it("tells Habo from Håbo when the letters say which", () => {
    expect(names("Håbo och Habo")).toEqual(["Håbo", "Habo"]);
  });
});

describe("canonicalMunicipality", () => {
  it("maps any accepted spelling to the official name", () => {
    expect(canonicalMunicipality("vaxjo kommun")).toBe("Växjö");
    expect(canonicalMunicipality("Upplands-Vasby")).toBe("Upplands Väsby");
    expect(canonicalMunicipality("Örnsköldsviks")).toBe("Örnsköldsvik");
    expect(canonicalMunicipality("mark")).toBe("Mark");
    expect(canonicalMunicipality("Region Skåne")).toBe("Region Skåne");
  });

  it("returns null for anything else", () => {
    expect(canonicalMunicipality("Kungsholmen")).toBeNull();
    expect(canonicalMunicipality("Växjö strategi")).toBeNull();
    expect(canonicalMunicipality("")).toBeNull();
  });
});

describe("municipalityTerm", () => {
  it("gives one term for every spelling of an unambiguous name", () => {
    const forms = ["umeå", "umeås", "umea", "umeas"];
    expect(new Set(forms.map(municipalityTerm))).toEqual(new Set(["umea"]));
    expect(municipalityTerm("gothenburg")).toBe("goteborg");
  });

  it("leaves ambiguous names to the stemmer", () => {
    expect(municipalityTerm("vara")).toBeNull();
    expect(municipalityTerm("ange")).toBeNull();
  });
});
