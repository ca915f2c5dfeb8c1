/**
 * Every public body styrdok knows, found in free text: municipalities and regions
 * (data/municipalities.tsv) with the government, its ministries, the Riksdag and government agencies
 * (data/public-bodies.tsv). Staff name agencies by full name, short form, abbreviation or English name
 * ("Försäkringskassan", "FK", "Swedish Social Insurance Agency"); all give the official name.
 *
 * findMunicipalities stays separate on purpose: documents are scoped by the municipality or region
 * that issued them, and a municipal guideline that mentions Försäkringskassan on every page is still
 * the municipality's. One list serves both: an agency's full name wins over a place inside it
 * ("Lunds universitet", "Länsstyrelsen i Uppsala län").
 */
import type { MunicipalityKind } from "./municipalities";
import { municipalityRows, type MunicipalityMention } from "./municipalities";
import { createNameMatcher, readNameRows, type NameMatcher, type NameRow } from "./name-matcher";

export type PublicBodyKind = MunicipalityKind | "myndighet" | "regering" | "riksdag";

export const PUBLIC_BODY_KINDS: readonly PublicBodyKind[] = ["kommun", "region", "myndighet", "regering", "riksdag"];

export interface PublicBody {
  name: string;
  kind: PublicBodyKind;
  /** The county (län) of a municipality, region or county administrative board; null for national bodies. */
  county: string | null;
  /** Other names in real use (short forms, abbreviations, English and former names). */
  variants: readonly string[];
}

export interface PublicBodyMention {
  name: string;
  kind: PublicBodyKind;
  start: number;
  end: number;
}

interface Catalogue {
  all: readonly PublicBody[];
  matcher: NameMatcher<PublicBody>;
}

let catalogue: Catalogue | null = null;

function load(): Catalogue {
  if (catalogue) return catalogue;
  // Kinds are checked by the data tests, so the file's word is taken as given here.
  const others = readNameRows("public-bodies.tsv") as NameRow<PublicBody>[];
  const rows: NameRow<PublicBody>[] = [...municipalityRows(), ...others];
  catalogue = { all: rows.map((row) => row.body), matcher: createNameMatcher(rows) };
  return catalogue;
}

/** Municipalities, regions, agencies and the government named in `text`, by position, each once. */
export function findPublicBodies(text: string): PublicBodyMention[] {
  return load().matcher.find(text).map(({ body, start, end }) => ({ name: body.name, kind: body.kind, start, end }));
}

/**
 * Municipalities and regions named in `text`, except a place inside another body's name: "Lunds
 * universitet", "Länsstyrelsen i Uppsala län" and "Solna tingsrätt" name no municipality, and a
 * question about them is not one about Lund's, Uppsala's or Solna's documents.
 */
export function findLocalBodies(text: string): MunicipalityMention[] {
  return findPublicBodies(text).filter((m): m is MunicipalityMention => m.kind === "kommun" || m.kind === "region");
}

/** The official name for any accepted spelling ("FK", "Skatteverkets", "vaxjo kommun"), or null. */
export function canonicalPublicBody(name: string): string | null {
  return load().matcher.canonical(name)?.name ?? null;
}

/** The body with this official name, or undefined. */
export function publicBody(name: string): PublicBody | undefined {
  return load().all.find((body) => body.name === name);
}

export function allPublicBodies(): readonly PublicBody[] {
  return load().all;
}
