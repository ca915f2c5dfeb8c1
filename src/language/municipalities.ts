/**
 * Sweden's 290 municipalities and 21 regions (data/municipalities.tsv), found in free text.
 *
 * "vi ska vara med" mentions no municipality: names that are also ordinary words only count when
 * the data file's match rule allows it (see its header and name-matcher.ts). Agencies and the
 * government are in public-bodies.ts; this module knows only kommuner and regioner, because the
 * index scopes documents by them.
 */
import { createNameMatcher, genitive, readNameRows, type NameMatcher, type NameRow } from "./name-matcher";
import { foldAll, foldCase } from "./normalize";

export type MunicipalityKind = "kommun" | "region";

export interface Municipality {
  name: string;
  kind: MunicipalityKind;
  county: string;
  /** Other names in real use (short forms, exonyms, former names), not generated spellings. */
  variants: readonly string[];
}

export interface MunicipalityMention {
  name: string;
  kind: MunicipalityKind;
  start: number;
  end: number;
}

interface Catalogue {
  rows: readonly NameRow<Municipality>[];
  matcher: NameMatcher<Municipality>;
  /** Folded single-word name forms → the term the analyzer uses for them. */
  terms: ReadonlyMap<string, string>;
  /** Every word of every name and variant, case- and diacritic-folded. */
  words: ReadonlySet<string>;
}

let catalogue: Catalogue | null = null;

function nameWords(name: string): string[] {
  return name.split(/[\s\-‐‑–]+/).filter((w) => w !== "").map(foldCase);
}

/** The rows of data/municipalities.tsv, typed. */
export function municipalityRows(): readonly NameRow<Municipality>[] {
  return readNameRows("municipalities.tsv").map(({ body, rule, asciiRule }) => ({
    body: { ...body, kind: body.kind === "region" ? "region" : "kommun", county: body.county ?? "" },
    rule,
    asciiRule,
  }));
}

function addTerms(terms: Map<string, string>, { body, rule, asciiRule }: NameRow<Municipality>): void {
  const canonical = nameWords(body.name);
  if (body.kind !== "kommun" || rule !== "any") return;
  for (const form of [body.name, ...body.variants]) {
    const words = nameWords(form);
    if (words.length !== 1) continue;
    const word = words[0]!;
    const target = foldAll(canonical.length === 1 ? canonical[0]! : word);
    terms.set(word, target);
    terms.set(genitive(word), target);
    if (asciiRule === "any") {
      terms.set(foldAll(word), target);
      terms.set(foldAll(genitive(word)), target);
    }
  }
}

function load(): Catalogue {
  if (catalogue) return catalogue;
  const rows = municipalityRows();
  const terms = new Map<string, string>();
  const words = new Set<string>();
  for (const row of rows) {
    for (const form of [row.body.name, ...row.body.variants]) {
      const written = nameWords(form);
      const genitiveForm = [...written.slice(0, -1), genitive(written[written.length - 1]!)];
      for (const w of [...written, ...genitiveForm]) words.add(foldAll(w));
    }
    addTerms(terms, row);
  }
  catalogue = { rows, matcher: createNameMatcher(rows), terms, words };
  return catalogue;
}

/** Municipalities and regions mentioned in `text`: canonical names, by position, each name once. */
export function findMunicipalities(text: string): MunicipalityMention[] {
  return load().matcher.find(text).map(({ body, start, end }) => ({ name: body.name, kind: body.kind, start, end }));
}

/** The official name for any accepted spelling ("vaxjo kommun" → "Växjö"), or null. */
export function canonicalMunicipality(name: string): string | null {
  return load().matcher.canonical(name)?.name ?? null;
}

export function allMunicipalities(): readonly Municipality[] {
  return load().rows.map((row) => row.body);
}

/**
 * The index term for a single-word municipality name in any spelling or the genitive, or null.
 * "Umeås", "umea", "Umeå" → "umea". Snowball keeps "-s" after å/ä/ö ("umeås"), and strips "-a" from the
 * ASCII "umea", so without this the spellings of one name would not meet. Ambiguous names are left
 * to the stemmer: "vara" is usually a verb.
 */
export function municipalityTerm(lowerWord: string): string | null {
  return load().terms.get(lowerWord) ?? null;
}

/** True for a word of any municipality or region name (folded), which compound splitting leaves whole. */
export function isMunicipalityWord(lowerWord: string): boolean {
  return load().words.has(foldAll(lowerWord));
}
