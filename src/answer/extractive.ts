/**
 * The offline answer: the one to three sentences of the best passages that cover the question
 * best, quoted verbatim and cited, framed in the question's language.
 */
import type { Answer, Citation, Language, RankedPassage } from "../domain";
import { documentCatalogue } from "../index/catalogue";
import type { DocumentEntry, LoadedIndex } from "../index/store";
import { isFieldLine } from "../ingest/blocks";
import { sentenceSpans, type Span } from "../ingest/sentences";
import type { LanguageKit } from "../retrieve/kit";
import { isSourcesHeading } from "../retrieve/apparatus";
import { coverage } from "../retrieve/coverage";
import { documentTerms } from "../retrieve/document-terms";
import { asksWhy, intentMatch, judgedIntents } from "../retrieve/intent";
import type { AnalysedQuery } from "../retrieve/query";
import { backgroundShare, type SearchHit } from "../retrieve/search";
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
/**
 * What a sentence's score keeps by its passage's rank in the top five. Ranking puts the passage
 * that answers second to fifth about as often as first on questions worded away from the
 * documents, so a sentence lower down that covers the question clearly better is quoted. From
 * [1, 0.85, 0.7, 0.55, 0.45] to this, the gold passage was quoted for 7 more of 294 answerable
 * held-out questions (AN–AW) and 1 more of 210 read (AL, AM, BB–BD), 1 fewer of 40 on dev; but
 * answers also quote a little more (2.44 → 2.55 sentences on average). At the same number of
 * quotes (the old decay with a 0.55 threshold: 2.58), this still quotes the gold passage for 3
 * more of the 294, 1 fewer of the 210 and of dev.
 */
const PASSAGE_DECAY = [1, 0.9, 0.8, 0.7, 0.6];
/**
 * What a second or third sentence must score, as a share of the first's, to be quoted too. Was 0.6.
 * Searched with the other constants of sentence choice on the keep/drop sets (passage decay, the
 * intent bonus and the sources' share stayed): at 0.42 an answer quotes the gold passage for 2%
 * more of its distinct quotes (keep/drop cited-gold 24.238 → 24.715 summed, read 5.500 → 5.643,
 * test 4.738 → 4.810, fresh unchanged, dev 0.925 → 0.950) and quotes more: 2.51 → 2.86 sentences
 * on average, a median 392 → 447 characters. The first quote, and so abstention, is unchanged.
 * Below 0.42 it gained almost nothing more.
 */
const NEXT_QUOTE_SHARE = 0.42;
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

/** How a list item starts: a dash, a number or a letter ("- ", "2. ", "b) "). */
const ITEM_MARK = String.raw`- |\d{1,2}[.)] |[a-h]\) `;
const LIST_ITEM = new RegExp(`^(${ITEM_MARK})`);
/** A list starting on one of the next lines. */
const LIST_FOLLOWS = new RegExp(String.raw`^\n+(${ITEM_MARK})`);
/** The next line of a list: an item (group 1), or a short sub-heading between items. */
const NEXT_LIST_LINE = new RegExp(String.raw`^\n+(?:(${ITEM_MARK})[^\n]*|[^\n.:;!?]{1,60}(?=\n))`);

/**
 * A lead-in (ending with ":", or a line other than an item directly followed by a list) is quoted
 * together with the list, including short sub-headings between its items ("Nedanstående strategier
 * …:" / "Extern finansiering" / "- …").
 */
function extendLeadIn(text: string, start: number, end: number, limit: number): number {
  const leadIn = text[end - 1] === ":";
  // An item followed by the list's next items is one of them, not their lead-in.
  if (!leadIn && (LIST_ITEM.test(text.slice(start, end)) || !LIST_FOLLOWS.test(text.slice(end, limit)))) return end;
  let at = end;
  let last = end;
  for (;;) {
    const match = NEXT_LIST_LINE.exec(text.slice(at, limit));
    if (!match || at + match[0].length - start > MAX_QUOTE_CHARS) return last;
    at += match[0].length;
    if (match[1]) last = at;
  }
}

/**
 * An item that ends a part of a sentence ("1. vid forskning om …,", "… samt"): the sentence began
 * in the line above the list, which need not end in ":" (statutes: "46 § Ett kemiskt ämne … får
 * hanteras efter tillstånd av Arbetsmiljöverket" / "1. vid forskning …," / "2. vid …").
 */
const CONTINUED_ITEM = /(?:[,;]|\s(?:samt|och|eller|and|or))$/;

/**
 * Where a list item's lead-in starts, when the item is quoted: "- sammanställning beviljade
 * EU-projektmedel" says little without "Internationella kontoret ansvarar för och redovisar till
 * Kommunstyrelsen:" above it, nor does an item that goes on a sentence the line above began (see
 * CONTINUED_ITEM). The quote then runs from the lead-in through the item, as long as only items (or
 * blank lines) stand between them, all within the passage and MAX_QUOTE_CHARS. Otherwise the
 * item's own start.
 */
function withListLeadIn(text: string, start: number, end: number, from: number): number {
  const item = text.slice(start, end);
  if (!LIST_ITEM.test(item)) return start;
  const above = lineAboveItems(text, start, from);
  if (!above || end - above.start > MAX_QUOTE_CHARS) return start;
  return above.line.endsWith(":") || (CONTINUED_ITEM.test(item) && !/[.!?]$/.test(above.line)) ? above.start : start;
}

/**
 * The nearest line above `lineEnd`, within the passage (from `from`), that is neither blank nor a
 * list item: the lead-in of the list the text above is, or null when the passage starts first.
 */
function lineAboveItems(text: string, lineEnd: number, from: number): { start: number; line: string } | null {
  while (lineEnd > from) {
    const lineStart = Math.max(from, text.lastIndexOf("\n", lineEnd - 2) + 1);
    const line = text.slice(lineStart, lineEnd).trim();
    if (line !== "" && !LIST_ITEM.test(line)) return { start: lineStart, line };
    lineEnd = lineStart;
  }
  return null;
}

/**
 * A line standing alone between blank lines, without closing punctuation and not a list item, is
 * a heading: it repeats the question's words without answering anything, so it is never quoted.
 * A note in parentheses after it does not close it ("Omsorgscoachens roll (förut benämnt
 * demenscoach)", "Familjegrupp varg (NFS 2014:23)").
 */
function isHeadingLine(text: string, start: number, end: number): boolean {
  const alone = (start === 0 || text.slice(start - 2, start) === "\n\n") && (end === text.length || text.slice(end, end + 2) === "\n\n");
  const line = text.slice(start, end).replace(/\s*\([^()]*\)$/, "");
  return alone && line.length <= 120 && !/[.:;!?”")]$/.test(line) && !LIST_ITEM.test(line);
}

/**
 * A sentence of a list of sources ("Winqvist, M. Samtalets betydelse som anhörigstöd.") names the
 * question's subject without saying anything about it: it counts this much of its score, so it is
 * quoted only when nothing else is.
 */
const SOURCES_SHARE = 0.5;

/**
 * True when the sentence is in a list of sources: under such a heading, or an item of a list whose
 * lead-in line is one ("Referenser" directly above the list reads as its lead-in, not a heading).
 */
function inSourcesList(section: readonly string[], text: string, from: number, start: number): boolean {
  if (section.some(isSourcesHeading)) return true;
  const lineStart = Math.max(from, text.lastIndexOf("\n", start - 1) + 1);
  const lineEnd = text.indexOf("\n", lineStart);
  if (!LIST_ITEM.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) return false;
  const leadIn = lineAboveItems(text, lineStart, from);
  return leadIn !== null && isSourcesHeading(leadIn.line);
}

/**
 * The text of the block of header fields a line belongs to (lines between blank lines, each a
 * field), or null when its block is no such table. A field says what it says of the thing the
 * block's other fields name ("SFS: 2023:000" / "Ikraftträdande: 1 januari 2024" under "Ny lag:
 * Lagen om tilläggsskatt"), so the whole block is its context, not only the line before.
 */
function fieldBlock(text: string, start: number, from: number, to: number): string | null {
  const previous = text.lastIndexOf("\n\n", start);
  const blockStart = Math.max(from, previous < 0 ? 0 : previous + 2);
  const next = text.indexOf("\n\n", start);
  const block = text.slice(blockStart, next < 0 || next > to ? to : next);
  const lines = block.split("\n");
  return lines.length > 1 && lines.every(isFieldLine) ? block : null;
}

/**
 * Scores the sentences of one passage by how much of the question they cover, preferring those that
 * look like the kind of answer asked for.
 */
function sentenceScorer(index: LoadedIndex, kit: LanguageKit, query: AnalysedQuery): (hit: SearchHit, decay: number) => Quote[] {
  const docs = documentCatalogue(index).byId;
  const intents = judgedIntents(query.intents);
  // A background's sentence tells what led up to a rule, as its passage does in search.
  const whyAsked = asksWhy(query.intents);
  return (hit, decay) => {
    const chunk = index.chunks[hit.ordinal]!;
    const text = index.texts[chunk.docId]!;
    const quotes: Quote[] = [];
    let terms: string[] = [];
    const background = backgroundShare(chunk.section, whyAsked);
    const context = documentTerms(index, kit, chunk.docId);
    for (const span of sentenceSpans(text, chunk.start, chunk.end)) {
      const sentence = text.slice(span.start, span.end);
      // The sentence before, within the passage: what this one may go on about.
      const previous = terms;
      terms = kit.analyzer.terms(sentence);
      const fields = fieldBlock(text, span.start, chunk.start, chunk.end);
      const before = new Set(fields === null ? previous : kit.analyzer.terms(fields).filter((t) => !terms.includes(t)));
      if (sentence.length < 15 || !/\p{L}{3}/u.test(sentence)) continue;
      // A sentence whose every term names its document (its title line, repeated in a header)
      // tells nothing the citation does not.
      if (terms.length && terms.every((t) => context.has(t))) continue;
      const end = extendLeadIn(text, span.start, span.end, chunk.end);
      if (end === span.end && isHeadingLine(text, span.start, span.end)) continue;
      const covered = coverage(new Set(terms), query, index.lexical, { context, nearby: before });
      const intent = intentMatch(intents, text.slice(span.start, end), true);
      const start = withListLeadIn(text, span.start, end, chunk.start);
      const share = inSourcesList(chunk.section, text, chunk.start, span.start) ? SOURCES_SHARE : background;
      quotes.push({ doc: docs.get(chunk.docId)!, ordinal: hit.ordinal, start, end, score: (covered + INTENT_BONUS * intent) * decay * share });
    }
    return quotes;
  };
}

/** Whether two quotes share text of one document. */
function overlapping(a: Quote, b: Quote): boolean {
  return a.doc.id === b.doc.id && a.start < b.end && b.start < a.end;
}

/** Sentences of the top passages, scored by the question weight they cover. */
export function bestQuotes(index: LoadedIndex, kit: LanguageKit, query: AnalysedQuery, hits: SearchHit[]): Quote[] {
  const score = sentenceScorer(index, kit, query);
  const candidates = hits.slice(0, PASSAGE_DECAY.length).flatMap((hit, rank) => score(hit, PASSAGE_DECAY[rank]!));
  candidates.sort((a, b) => b.score - a.score);
  const chosen: Quote[] = [];
  // A sentence a document repeats (a template's line, a rule restated) is quoted once. Two documents
  // that say the same thing are both quoted: that both say it is worth knowing.
  const said = new Set<string>();
  const wording = (q: Quote) => `${q.doc.id}\n${index.texts[q.doc.id]!.slice(q.start, q.end).replace(/\s+/g, " ").toLowerCase()}`;
  for (const c of candidates) {
    if (chosen.length >= MAX_QUOTES) break;
    if (chosen.length && c.score < chosen[0]!.score * NEXT_QUOTE_SHARE) break;
    const overlaps = chosen.some((q) => overlapping(q, c));
    const words = wording(c);
    if (overlaps || c.score <= 0 || said.has(words)) continue;
    chosen.push(c);
    said.add(words);
  }
  return chosen;
}

/**
 * The one sentence of a passage that covers the question best — the quote shown for a passage an
 * LLM answer cites — with the sentence it goes on from, or that goes on from it (see
 * withReferringSentences). A passage none of whose sentences covers the question is quoted by its first.
 */
export function passageQuote(index: LoadedIndex, kit: LanguageKit, query: AnalysedQuery, hit: SearchHit): Quote {
  const chunk = index.chunks[hit.ordinal]!;
  const text = index.texts[chunk.docId]!;
  const sentences = sentenceScorer(index, kit, query)(hit, 1);
  const best = sentences.reduce<Quote | undefined>((a, b) => (!a || b.score > a.score ? b : a), undefined);
  if (best) return withReferringSentences(index, [best])[0]!;
  const doc = index.manifest.documents.find((d) => d.id === chunk.docId)!;
  const first = sentenceSpans(text, chunk.start, chunk.end)[0] ?? { start: chunk.start, end: chunk.end };
  return { doc, ordinal: hit.ordinal, start: first.start, end: first.end, score: 0 };
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

/**
 * An amount question's best sentence may name the thing without its number, which the next
 * sentence gives ("… en så kallad maxavgift eller maxtaxa. Den maximala avgiften som kan tas ut
 * uppgår till en tolftedel av 0,5392 prisbasbelopp."): the first quote then runs on through that
 * sentence, within its passage, its paragraph and MAX_QUOTE_CHARS, and a later quote of it is dropped.
 */
function withAmountSentence(index: LoadedIndex, query: AnalysedQuery, quotes: Quote[]): Quote[] {
  const amount = query.intents.find((intent) => intent.name === "amount");
  const [best, ...others] = quotes;
  if (!amount || !best) return quotes;
  const chunk = index.chunks[best.ordinal]!;
  const text = index.texts[chunk.docId]!;
  if (amount.cue.test(text.slice(best.start, best.end))) return quotes;
  const { next } = sentencesBeside(text, best.start, best.end);
  if (!next || next.end > chunk.end || next.end - best.start > MAX_QUOTE_CHARS || !amount.cue.test(text.slice(next.start, next.end))) return quotes;
  const extended = { ...best, end: next.end };
  return [extended, ...others.filter((q) => !overlapping(q, extended))];
}

/** Words that point back, anywhere among a sentence's first five words. */
const POINTING_BACK = ["därmed", "därför", "dock", "sådan", "sådana", "sådant", "härvid", "varvid", "therefore", "however", "such"];
/** Demonstratives point back too, unless at the document itself. */
const DEMONSTRATIVE = String.raw`(?:detta|dessa|this|these)(?!\s+(?:dokument|riktlinje|program|policy|plan|document|guideline))`;
/** Openings that point back. */
const OPENING_BACK = ["det innebär", "det betyder", "i så fall", "i sådana fall", "i dessa fall", "i fall som dessa", "it means", "in that case", "in such cases"];
const WORD_END = String.raw`(?![\p{L}\p{N}])`;

/**
 * Words by which a sentence goes on about the one before it: "Detta …", "För att detta undantag ska
 * vara tillämpligt …", "Föräldraledighetslagen ger dock inte …", "Det innebär att …". Looked for
 * among a sentence's first words; "det" alone is not one ("Det finns …" starts anew), nor is a
 * demonstrative that points at the document itself ("Detta dokument sparas …").
 */
const REFERS_BACK = new RegExp(
  String.raw`^(?:\S+\s+){0,4}?(?:${DEMONSTRATIVE}|${POINTING_BACK.join("|")})${WORD_END}|^(?:${OPENING_BACK.join("|")})${WORD_END}`,
  "iu",
);

/**
 * The whole sentences right before and after text[start, end) in its paragraph, looked for within
 * MAX_QUOTE_CHARS of it: a text without line breaks is one paragraph, and is not read through for
 * each quote. A sentence cut by that window is none.
 */
function sentencesBeside(text: string, start: number, end: number): { previous?: Span; next?: Span } {
  const from = Math.max(0, start - MAX_QUOTE_CHARS);
  const breakBefore = text.slice(from, start).lastIndexOf("\n");
  const before = sentenceSpans(text, breakBefore < 0 ? from : from + breakBefore + 1, start);
  const to = Math.min(text.length, end + MAX_QUOTE_CHARS);
  const breakAfter = text.slice(end, to).indexOf("\n");
  const after = sentenceSpans(text, end, breakAfter < 0 ? to : end + breakAfter);
  const paragraphStarts = breakBefore >= 0 || from === 0;
  const paragraphEnds = breakAfter >= 0 || to === text.length;
  return { previous: paragraphStarts || before.length > 1 ? before.at(-1) : undefined, next: paragraphEnds || after.length > 1 ? after[0] : undefined };
}

/**
 * A quote starts with the sentence before it when it goes on about that one (see REFERS_BACK), and
 * runs on through the next when that one goes on about it: the rule after its condition, the limit
 * after what it limits. Within the paragraph (which may run past the passage) and MAX_QUOTE_CHARS;
 * a later quote that an earlier one now covers is dropped.
 */
export function withReferringSentences(index: LoadedIndex, quotes: Quote[]): Quote[] {
  const extended: Quote[] = [];
  for (const quote of quotes) {
    const text = index.texts[quote.doc.id]!;
    let { start, end } = quote;
    const { previous, next } = sentencesBeside(text, start, end);
    if (previous && REFERS_BACK.test(text.slice(start, end)) && end - previous.start <= MAX_QUOTE_CHARS) start = previous.start;
    if (next && REFERS_BACK.test(text.slice(next.start, next.end)) && next.end - start <= MAX_QUOTE_CHARS) end = next.end;
    const longer = { ...quote, start, end };
    if (!extended.some((q) => overlapping(q, longer))) extended.push(longer);
  }
  return extended;
}

export function extractiveAnswer(index: LoadedIndex, kit: LanguageKit, query: AnalysedQuery, hits: SearchHit[], today: string): Answer {
  const quotes = withReferringSentences(index, withAmountSentence(index, query, bestQuotes(index, kit, query, hits)));
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
