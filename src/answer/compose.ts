/**
 * Which kind of answer a question gets, once its passages are found:
 * - it names a municipality we have no documents from → say so, and which we have;
 * - it asks about a document itself (adopted when, by whom, dnr, valid until …) → the metadata,
 *   each fact cited by the line that states it, or, where the metadata lacks it, a sentence in
 *   which the document speaks of itself;
 * - it asks which documents there are → the list, of the municipalities named; which documents
 *   speak to a subject → one line per document that does;
 * - it asks across municipalities → one line per municipality, and those that say nothing;
 * - otherwise → the best sentences (or the model's answer), or an abstention when nothing covers it.
 */
import type { Answer } from "../domain";
import { documentCatalogue } from "../index/catalogue";
import type { DocumentEntry, LoadedIndex } from "../index/store";
import { foldDiacritics } from "../language/normalize";
import { intentNamed, intentsIn, showsIntent } from "../retrieve/intent";
import type { LanguageKit } from "../retrieve/kit";
import type { AnalysedQuery } from "../retrieve/query";
import { search, type SearchHit, type SearchOptions } from "../retrieve/search";
import { abstention, hedged, nothingFound, shouldAbstain, unknownMunicipality, weaklySupported } from "./abstain";
import { extractiveAnswer, rankedPassages } from "./extractive";
import { documentListAnswer, documentListAsked } from "./document-list";
import { asksAcrossMunicipalities, groupedAnswer } from "./grouped";
import { askedOfDocument, metadataAnswer, type AskedField } from "./metadata-answer";

export interface Found {
  index: LoadedIndex;
  query: AnalysedQuery;
  hits: SearchHit[];
  /** Municipalities named in the question that the corpus has no documents from. */
  unknown: string[];
  /** Municipalities and agencies named in the question that issued documents here. */
  named: string[];
  /** The question's vector, for searching again within each municipality. */
  vector: number[] | null;
}

export interface ComposeContext {
  kit: LanguageKit;
  /** Municipalities (and other bodies) the corpus has documents from, sorted. */
  municipalities: string[];
  today: string;
  k: number;
  searchOptions: Pick<SearchOptions, "mode" | "vectorWeight" | "weights">;
}

export type Composed = { kind: "final"; answer: Answer } | { kind: "extractive"; answer: Answer };

function docsOf(index: LoadedIndex, body: string): DocumentEntry[] {
  const { byId, idsByMunicipality } = documentCatalogue(index);
  return (idsByMunicipality.get(body) ?? []).map((id) => byId.get(id)!);
}

/**
 * The documents a question about documents is about: for each named body the one whose title
 * shares most words with the question ("Botkyrka's fee guideline"), then the best-ranked by the
 * search; with no body named, of the documents of the passages found, the one whose title shares
 * most words with it, then the best-ranked ("ge mig en länk till avgiftsriktlinjen": the fee
 * guideline, though another guideline's passage may rank first).
 */
function documentsAsked(found: Found, kit: LanguageKit): DocumentEntry[] {
  const { index, hits, named, query } = found;
  const asked = new Set(query.terms.map((t) => t.term));
  const rank = (doc: DocumentEntry) => {
    const at = hits.findIndex((h) => index.chunks[h.ordinal]!.docId === doc.id);
    return at < 0 ? Infinity : at;
  };
  // The title shared most, then the best rank; the first such in the given order.
  const best = (docs: DocumentEntry[]): DocumentEntry[] => {
    let chosen: { doc: DocumentEntry; overlap: number; at: number } | undefined;
    for (const doc of docs) {
      const overlap = kit.analyzer.terms(doc.metadata.title).filter((t) => asked.has(t)).length;
      const at = rank(doc);
      if (!chosen || overlap > chosen.overlap || (overlap === chosen.overlap && at < chosen.at)) chosen = { doc, overlap, at };
    }
    return chosen ? [chosen.doc] : [];
  };
  if (named.length) return named.flatMap((body) => best(docsOf(index, body)));
  const { byId } = documentCatalogue(index);
  return best([...new Set(hits.map((h) => index.chunks[h.ordinal]!.docId))].map((id) => byId.get(id)!));
}

function acrossMunicipalities(found: Found, context: ComposeContext): Answer {
  const { index, query } = found;
  const bodies = found.named.length >= 2 ? found.named : context.municipalities;
  const groups = bodies.map((municipality) => {
    const documents = new Set(documentCatalogue(index).idsByMunicipality.get(municipality) ?? []);
    const hits = found.vector ? search(index, context.kit, query, found.vector, { k: 3, documents, ...context.searchOptions }) : [];
    return { label: municipality, hits };
  });
  return groupedAnswer(index, context.kit, query, groups, { today: context.today, k: context.k });
}

/** How many documents an answer naming the documents that speak to a subject lists at most. */
const DOCUMENTS_NAMED = 8;

function acrossDocuments(found: Found, context: ComposeContext): Answer {
  const { index, query } = found;
  const { byId, idsByMunicipality } = documentCatalogue(index);
  const documents = found.named.length ? new Set(found.named.flatMap((m) => idsByMunicipality.get(m) ?? [])) : undefined;
  const hits = found.vector ? search(index, context.kit, query, found.vector, { k: 5 * DOCUMENTS_NAMED, documents, ...context.searchOptions }) : [];
  const byDocument = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const docId = index.chunks[hit.ordinal]!.docId;
    if (byDocument.size < DOCUMENTS_NAMED || byDocument.has(docId)) byDocument.set(docId, [...(byDocument.get(docId) ?? []), hit]);
  }
  const groups = [...byDocument].map(([docId, docHits]) => {
    const { title, municipality } = byId.get(docId)!.metadata;
    return { label: municipality && !title.includes(municipality) ? `${title} (${municipality})` : title, hits: docHits };
  });
  return groupedAnswer(index, context.kit, query, groups, { today: context.today, k: context.k, by: "document" });
}

export function compose(found: Found, context: ComposeContext): Composed {
  const { index, query, hits, unknown } = found;
  const passages = rankedPassages(index, hits);
  if (unknown.length && !hits.length) {
    return { kind: "final", answer: abstention(query.text, query.language, unknownMunicipality(query.language, unknown, context.municipalities), passages) };
  }
  const listing = documentListAsked(query.text, context.kit);
  if (listing) {
    const { text: question, language } = query;
    const answer = listing.subject ? acrossDocuments(found, context) : documentListAnswer(index, listing, { question, language, named: found.named, today: context.today, passages });
    return { kind: "final", answer };
  }
  const { fields, named } = askedOfDocument(query.text);
  const asked = fields.length ? documentsAsked(found, context.kit) : [];
  // "Hur länge gäller det?" may point back to a document or to what the question is about: when
  // the document's metadata does not say, the passages may. A question that names the document
  // ("who owns the guideline?") is answered from them only by a sentence about the document itself
  // ("kvalitetskontroll av denna riktlinje sköts av …"); one about something in it would answer
  // for the document what it says of its subject.
  const metadata = asked.length ? metadataAnswer(index, asked, fields, query.text, query.language, context.today) : null;
  if (metadata && !metadata.abstained) return { kind: "final", answer: { ...metadata, passages } };
  if (metadata && named) {
    const fromText = hits.length && !shouldAbstain(hits, query) ? extractiveAnswer(index, context.kit, query, hits, context.today) : null;
    const quote = fromText?.citations[0]?.quote ?? "";
    const aboutItself = fromText && SPEAKS_OF_ITSELF.test(quote) && givesField(fields, quote) && givesWhatIsAsked(query, fromText, context.kit);
    return aboutItself ? { kind: "extractive", answer: fromText } : { kind: "final", answer: { ...metadata, passages } };
  }
  if (asksAcrossMunicipalities(query.text, found.named.length) && context.municipalities.length > 1) {
    return { kind: "final", answer: acrossMunicipalities(found, context) };
  }
  if (!hits.length || shouldAbstain(hits, query)) {
    return { kind: "final", answer: abstention(query.text, query.language, nothingFound(query.language, context.municipalities), passages) };
  }
  const extractive = extractiveAnswer(index, context.kit, query, hits, context.today);
  if (!givesWhatIsAsked(query, extractive, context.kit)) {
    return { kind: "final", answer: abstention(query.text, query.language, nothingFound(query.language, context.municipalities), passages) };
  }
  const answer = weaklySupported(hits, query) ? { ...extractive, answer: hedged(query.language, extractive.answer) } : extractive;
  return { kind: "extractive", answer };
}

/** A sentence about a governing document itself: "denna riktlinje", "strategin", "programmet". */
const SPEAKS_OF_ITSELF =
  /(?<!\p{L})((denna|detta|dessa|den här|det här) \p{L}*(riktlinje|strategi|program|policy|dokument|plan|föreskrift|direktiv|reglemente)|\p{L}*(riktlinjen|riktlinjerna|strategin|programmet|policyn|dokumentet|handlingsplanen|direktivet|reglementet))(?!\p{L})/iu;

/**
 * Whether one sentence shows the cue of the intent of that name. The sentence cue counts too:
 * "förvaltas av Kim Berg" names who.
 */
function showsIntentNamed(name: string): ((sentence: string) => boolean) | undefined {
  const intent = intentNamed(name);
  return intent && ((sentence) => showsIntent(intent, sentence, true));
}

/** Whether a sentence gives a field of a document's metadata: the cue of the intent that asks for it, or a web address. */
const FIELD_CUES: Partial<Record<AskedField, ((sentence: string) => boolean) | undefined>> = {
  adoptedOn: showsIntentNamed("time"),
  adoptedBy: showsIntentNamed("agent"),
  owner: showsIntentNamed("agent"),
  validity: showsIntentNamed("validity"),
  sourceUrl: (sentence) => /https?:\/\/\S+|www\.\S+/i.test(sentence),
};

/**
 * Whether a sentence in which a document speaks of itself gives one of the fields asked: a date
 * for when it was adopted, a body for who adopted or owns it, a validity rule for how long it
 * holds. "Policyn syftar till …" speaks of the policy but does not say when it expires. A field
 * with no such cue (what the document replaces, its reference number) is not checked.
 */
function givesField(fields: readonly AskedField[], quote: string): boolean {
  const cues = fields.map((field) => FIELD_CUES[field]);
  return cues.some((cue) => cue === undefined) || cues.some((cue) => cue!(quote));
}

/** Intents whose answer is a thing a sentence either gives or does not: a number, a phone number. */
const GIVEN_OR_NOT = new Set(["amount", "contact"]);

/**
 * Units a question may count in, and how a sentence gives an amount of one: intents of their own
 * (data/counted-units.tsv).
 */
const COUNTED_UNITS = intentsIn(new URL("./data/counted-units.tsv", import.meta.url));

/** What a question counts: the words after "how many" (with å, ä, ö folded), the first of them in Swedish. */
const COUNTED = /\b(?:how many|hur manga)\s+((\p{L}+)[^?.!]*)/iu;
/** A number, in digits or words, and the one to three words after it: what it counts. */
const NUMBER_AND_WORDS =
  /(?<![\p{L}\d])(?:\d+(?:[ ,.]\d+)*|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|trettio|fyrtio|femtio|hundra|tusen)\s+((?:\p{L}+[\s-]+){0,2}\p{L}+)/giu;

/**
 * Whether a sentence gives a number of what the question counts: "how many developers" is not
 * answered by "AGPL-3", nor "hur många anställda" by "tre nivåer". The counted word (for an
 * English question, the Swedish renderings of the glossary entry its words start with, which may be
 * a phrase: "twin towns") must be among the three words after a number, in any inflection or as a
 * compound's part. A question that counts nothing the analyzer keeps, or nothing the glossary
 * knows, passes.
 */
function countsWhatIsAsked(query: AnalysedQuery, quote: string, kit: LanguageKit): boolean {
  const counted = COUNTED.exec(foldDiacritics(query.text));
  if (!counted) return true;
  // An English one by the glossary entry it starts with, which may be a phrase ("twin towns", "home care hours").
  const first = query.language === "en" ? kit.expandEnglish(counted[1]!)[0] : undefined;
  const renderings = query.language === "en" ? (first?.start === 0 ? first.swedish : []) : [counted[2]!];
  const terms = new Set(renderings.flatMap((r) => kit.analyzer.terms(r)));
  if (!terms.size) return true;
  return [...quote.matchAll(NUMBER_AND_WORDS)].some((match) => kit.analyzer.terms(match[1]!).some((t) => terms.has(t)));
}

/**
 * A question that asks how many or how much, or for a phone number or e-mail address, is not
 * answered when its best sentence has none in it ("hur många anhöriga får stöd?" quoting a
 * sentence about what the support is; "vad har anhörigsamordnaren för telefonnummer?" quoting
 * "kan nås per telefon"). One that names its unit ("how many minutes", "vad kostar") wants an
 * amount of that unit; one that counts something else, a number of that.
 */
function givesWhatIsAsked(query: AnalysedQuery, answer: Answer, kit: LanguageKit): boolean {
  const best = answer.citations[0];
  if (!best) return !query.intents.some((intent) => GIVEN_OR_NOT.has(intent.name));
  const given = query.intents.filter((intent) => GIVEN_OR_NOT.has(intent.name)).every((intent) => intent.cue.test(best.quote));
  const units = COUNTED_UNITS.filter((unit) => unit.question.test(query.text));
  return given && (units.length ? units.every((unit) => unit.cue.test(best.quote)) : countsWhatIsAsked(query, best.quote, kit));
}
