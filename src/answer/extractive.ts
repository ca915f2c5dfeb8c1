/**
 * The offline answer: the one to three sentences of the best passages that cover the question
 * best, quoted verbatim and cited, framed in the question's language.
 */
import type { Answer, Citation, Language, RankedPassage } from "../domain";
import { documentCatalogue } from "../index/catalogue";
import type { DocumentEntry, LoadedIndex } from "../index/store";
import { sentenceSpans } from "../ingest/sentences";
import type { LanguageKit } from "../retrieve/kit";
import { coverage } from "../retrieve/coverage";
import { intentMatch } from "../retrieve/intent";
import type { AnalysedQuery } from "../retrieve/query";
import type { SearchHit } from "../retrieve/search";
import { documentWarnings } from "./warnings";

export interface Quote {
  doc: DocumentEntry;
  ordinal: number;
  start: number;
  end: number;
  score: number;
}

const MAX_QUOTES = 3;
const MAX_QUOTE_CHARS = 600;
const PASSAGE_DECAY = [1, 0.85, 0.7, 0.55, 0.45];
/** How much a sentence that looks like the kind of answer asked for (see intent.ts) is preferred. */
const INTENT_BONUS = 0.3;

export function sectionLabel(section: readonly string[]): string {
  return section.join(" › ");
}

export function rankedPassages(index: LoadedIndex, hits: SearchHit[]): RankedPassage[] {
  const docs = documentCatalogue(index).byId;
  return hits.map((hit) => {
    const chunk = index.chunks[hit.ordinal]!;
    const doc = docs.get(chunk.docId)!;
    return {
      docId: chunk.docId,
      title: doc.metadata.title,
      municipality: doc.metadata.municipality,
      section: sectionLabel(chunk.section),
      page: chunk.page,
      text: chunk.text,
      score: Math.round(hit.score * 10_000) / 10_000,
    };
  });
}

/** A lead-in ending with ":" is quoted together with the list that follows it. */
function extendLeadIn(text: string, start: number, end: number, limit: number): number {
  if (text[end - 1] !== ":") return end;
  let at = end;
  for (;;) {
    const match = /^\n+(- |\d{1,2}[.)] |[a-h]\) )[^\n]*/.exec(text.slice(at, limit));
    if (!match || at + match[0].length - start > MAX_QUOTE_CHARS) return at;
    at += match[0].length;
  }
}

/** Sentences of the top passages, scored by the question weight they cover. */
export function bestQuotes(index: LoadedIndex, kit: LanguageKit, query: AnalysedQuery, hits: SearchHit[]): Quote[] {
  const docs = documentCatalogue(index).byId;
  const candidates: Quote[] = [];
  hits.slice(0, PASSAGE_DECAY.length).forEach((hit, rank) => {
    const chunk = index.chunks[hit.ordinal]!;
    const text = index.texts[chunk.docId]!;
    for (const span of sentenceSpans(text, chunk.start, chunk.end)) {
      const sentence = text.slice(span.start, span.end);
      if (sentence.length < 15 || !/\p{L}{3}/u.test(sentence)) continue;
      const covered = coverage(new Set(kit.analyzer.terms(sentence)), query, index.lexical);
      const end = extendLeadIn(text, span.start, span.end, chunk.end);
      const intent = intentMatch(query.intents, text.slice(span.start, end));
      const score = (covered + INTENT_BONUS * intent) * PASSAGE_DECAY[rank]!;
      candidates.push({ doc: docs.get(chunk.docId)!, ordinal: hit.ordinal, start: span.start, end, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score);
  const chosen: Quote[] = [];
  for (const c of candidates) {
    if (chosen.length >= MAX_QUOTES) break;
    if (chosen.length && c.score < chosen[0]!.score * 0.6) break;
    const overlaps = chosen.some((q) => q.doc.id === c.doc.id && c.start < q.end && q.start < c.end);
    if (!overlaps && c.score > 0) chosen.push(c);
  }
  return chosen;
}

const FRAMING: Record<Language, (title: string, municipality: string | null) => string> = {
  sv: (title, municipality) => `Enligt ${title}${municipality && !title.includes(municipality) ? ` (${municipality})` : ""}:`,
  en: (title, municipality) => `According to ${title}${municipality && !title.includes(municipality) ? ` (${municipality})` : ""}:`,
};

export function citationFor(index: LoadedIndex, quote: Quote, n: number): Citation {
  const chunk = index.chunks[quote.ordinal]!;
  return {
    n,
    docId: quote.doc.id,
    title: quote.doc.metadata.title,
    municipality: quote.doc.metadata.municipality,
    section: sectionLabel(chunk.section),
    page: chunk.page,
    quote: index.texts[quote.doc.id]!.slice(quote.start, quote.end),
    sourceUrl: quote.doc.metadata.sourceUrl,
  };
}

/** Quotes grouped by document, in the order chosen: "Enligt X: ”…” [1] ”…” [2]". */
export function composeExtractive(language: Language, citations: Citation[]): string {
  const groups = new Map<string, Citation[]>();
  for (const c of citations) groups.set(c.docId, [...(groups.get(c.docId) ?? []), c]);
  return [...groups.values()]
    .map((group) => {
      const head = FRAMING[language](group[0]!.title, group[0]!.municipality);
      const quotes = group.map((c) => `”${c.quote.replace(/\s*\n\s*/g, " ")}” [${c.n}]`).join(" ");
      return `${head} ${quotes}`;
    })
    .join("\n\n");
}

export function extractiveAnswer(index: LoadedIndex, kit: LanguageKit, query: AnalysedQuery, hits: SearchHit[], today: string): Answer {
  const quotes = bestQuotes(index, kit, query, hits);
  const citations = quotes.map((q, i) => citationFor(index, q, i + 1));
  return {
    question: query.text,
    language: query.language,
    abstained: false,
    answer: composeExtractive(query.language, citations),
    citations,
    passages: rankedPassages(index, hits),
    warnings: documentWarnings(quotes.map((q) => q.doc), index.manifest.documents, query.language, today),
  };
}
