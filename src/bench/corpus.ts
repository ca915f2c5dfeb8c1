/**
 * Synthetic corpora for the benchmark: the project's corpus documents taken apart into sections and
 * re-assembled, seeded, into any number of documents issued by other municipalities. Document i is
 * the same whatever the corpus size, so the 100-document corpus is the start of the 1,000 one and a
 * question naming one of its municipalities has an answer at every size.
 *
 * The vocabulary is the source documents' own (a few thousand words), so posting lists are longer
 * and the vocabulary smaller than in a real corpus of the same size: pessimistic for search time,
 * optimistic for the size of the term list.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { allMunicipalities } from "../language/municipalities";
import { seeded } from "../seeded";

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

interface SourceDocument {
  /** Everything before the first body heading: title, metadata table, front matter. */
  head: string;
  sections: string[];
}

/** Names the source documents use for their own municipalities, longest first. */
const SOURCE_NAMES = /Upplands[- ]Väsby|Örnsköldsvik|Växjö|Gävle|Umeå|Väsby|Övik/g;

/** A paragraph that reads as a heading: one short line, no sentence punctuation, no list or table. */
function isHeading(paragraph: string): boolean {
  return !paragraph.includes("\n") && paragraph.length < 80 && !/[.:;|]\s*$/.test(paragraph) && !/^[-*|#\d]/.test(paragraph);
}

export function splitSource(text: string): SourceDocument {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const tableAt = paragraphs.findIndex((p) => p.startsWith("|"));
  const bodyStart = Math.min(paragraphs.length, Math.max(2, tableAt + 2));
  const sections: string[] = [];
  let current: string[] = [];
  for (const paragraph of paragraphs.slice(bodyStart)) {
    if (isHeading(paragraph) && current.length > 1) {
      sections.push(current.join("\n\n"));
      current = [];
    }
    current.push(paragraph);
  }
  if (current.length) sections.push(current.join("\n\n"));
  return { head: paragraphs.slice(0, bodyStart).join("\n\n"), sections };
}

export function readSources(corpusDir: string): SourceDocument[] {
  return readdirSync(corpusDir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => splitSource(readFileSync(path.join(corpusDir, f), "utf8")));
}

/** The municipalities synthetic documents are issued by: every kommun, in a fixed shuffled order. */
export function benchMunicipalities(): string[] {
  const names = allMunicipalities()
    .filter((m) => m.kind === "kommun")
    .map((m) => m.name);
  return shuffle(names, seeded(2024));
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export interface SyntheticDocument {
  fileName: string;
  municipality: string;
  text: string;
}

/** Renames the source municipality; a name ending in s, x or z takes no genitive s ("Kalix strategi"). */
function rename(text: string, municipality: string): string {
  const bare = /[sxz]$/i.test(municipality);
  return text.replace(new RegExp(`(?:${SOURCE_NAMES.source})(s?)`, "g"), (_, genitive: string) => municipality + (bare ? "" : genitive));
}

const KINDS = ["strategi", "program", "policy", "riktlinjer"];

/** Document `i`: a title, a source document's head, then 6–12 sections drawn from all sources, shuffled. */
export function syntheticDocument(i: number, sources: SourceDocument[], municipalities: string[]): SyntheticDocument {
  const random = seeded(1000 + i);
  const source = sources[i % sources.length]!;
  const municipality = municipalities[i % municipalities.length]!;
  const pool = shuffle(sources.flatMap((s) => s.sections), random);
  const count = 6 + Math.floor(random() * 7);
  const yearShift = Math.floor(random() * 9) - 4;
  const kind = KINDS[i % KINDS.length]!;
  const title = `${kind[0]!.toUpperCase()}${kind.slice(1)} för internationellt arbete – ${municipality} kommun`;
  const head = source.head.split("\n\n").slice(1);
  const body = [title, ...head, ...pool.slice(0, count)].join("\n\n");
  const text = rename(body, municipality).replace(/\b(20[0-2]\d)\b/g, (year) => String(Number(year) + yearShift));
  return { fileName: `${slug(municipality)}-internationell-${kind}-${String(i).padStart(5, "0")}.txt`, municipality, text };
}

/** Writes documents 0 … count-1 into `dir`; returns their files in order. */
export function writeCorpus(dir: string, count: number, sources: SourceDocument[]): SyntheticDocument[] {
  mkdirSync(dir, { recursive: true });
  const municipalities = benchMunicipalities();
  const docs: SyntheticDocument[] = [];
  for (let i = 0; i < count; i++) {
    const doc = syntheticDocument(i, sources, municipalities);
    writeFileSync(path.join(dir, doc.fileName), doc.text);
    docs.push(doc);
  }
  return docs;
}

/** The text cut into pages of about `pageChars` characters at paragraph breaks, for a PDF. */
export function pagesOf(text: string, pageChars: number): string[] {
  const pages: string[] = [];
  let page = "";
  for (const paragraph of text.split(/\n\s*\n/)) {
    if (page && page.length + paragraph.length > pageChars) {
      pages.push(page);
      page = "";
    }
    page += (page ? "\n\n" : "") + paragraph.replace(/\|/g, " ");
  }
  if (page) pages.push(page);
  return pages;
}
