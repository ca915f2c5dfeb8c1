/**
 * Answers across municipalities ("which municipalities mention Agenda 2030?", "hur skiljer sig Umeå
 * och Gävle åt när det gäller vänorter?"): one line and one citation per municipality whose
 * documents speak to the question, then the municipalities whose documents say nothing on it.
 * Answers across documents ("which documents mention Agenda 2030?") are the same, a line per
 * document that speaks to it; the documents that do not are too many to name.
 */
import { questionPattern } from "../language/regex";
import { dataFileLines } from "../data-file";
import type { Answer, Citation, Language, RankedPassage } from "../domain";
import { documentCatalogue } from "../index/catalogue";
import type { LoadedIndex } from "../index/store";
import type { LanguageKit } from "../retrieve/kit";
import type { AnalysedQuery } from "../retrieve/query";
import type { SearchHit } from "../retrieve/search";
import { bestQuotes, citationFor, rankedPassages, withReferringSentences } from "./extractive";
import { documentWarnings } from "./warnings";

const PATTERNS = dataFileLines(new URL("./data/comparison.txt", import.meta.url)).map((line) => questionPattern(line.trim()));

/** Whether the question asks across municipalities rather than about one. */
export function asksAcrossMunicipalities(question: string, namedInCorpus: number): boolean {
  return namedInCorpus >= 2 || (namedInCorpus === 0 && PATTERNS.some((p) => p.test(question)));
}

/**
 * A municipality counts as speaking to the question when one of its best passages covers at least
 * this share of it: higher than for a single answer, since naming a municipality that does not
 * really mention the subject misleads more than leaving out one that does in passing. The share is
 * the larger of the passage's coverage as abstention judges it and as search ranks it: judged, an
 * English phrase of several renderings counts in proportion to its rarest ("EU funding" in a passage
 * on "extern finansiering … från EU" 0.38, against 1 for "strukturfonder"), and "what do Umeå and
 * Växjö say about EU funding?" named neither, though each answers it asked alone.
 */
const GROUP_COVERAGE = 0.5;

/** The best passages of one municipality, or of one document, and how its line is labelled. */
export interface LabelledHits {
  label: string;
  hits: SearchHit[];
}

interface GroupText {
  intro: string;
  /** The line naming the groups that say nothing on it; none when they are not named. */
  none?: (names: string) => string;
  nothing: string;
}

const BY_MUNICIPALITY: Record<Language, GroupText> = {
  sv: {
    intro: "Per kommun:",
    none: (names) => `Inget om detta i dokumenten från ${names}.`,
    nothing: "Jag hittar inget om det i någon kommuns styrdokument.",
  },
  en: {
    intro: "By municipality:",
    none: (names) => `Nothing on this in the documents from ${names}.`,
    nothing: "I couldn't find that in any municipality's documents.",
  },
};

const BY_DOCUMENT: Record<Language, GroupText> = {
  sv: { intro: "Dokument som tar upp det:", nothing: "Jag hittar inget dokument som tar upp det." },
  en: { intro: "Documents that speak to it:", nothing: "I couldn't find a document that speaks to it." },
};

/** Best passages of every municipality, taken in turns, so the ranked list shows all of them. */
function interleave(groups: LabelledHits[], k: number): SearchHit[] {
  const out: SearchHit[] = [];
  for (let rank = 0; out.length < k && groups.some((g) => g.hits[rank]); rank++) {
    const round = groups.map((g) => g.hits[rank]).filter((h): h is SearchHit => Boolean(h));
    out.push(...round.sort((a, b) => b.score - a.score));
  }
  return out.slice(0, Math.max(k, out.length));
}

export function groupedAnswer(
  index: LoadedIndex,
  kit: LanguageKit,
  query: AnalysedQuery,
  groups: LabelledHits[],
  { today, k, by = "municipality" }: { today: string; k: number; by?: "municipality" | "document" },
): Answer {
  const text = (by === "document" ? BY_DOCUMENT : BY_MUNICIPALITY)[query.language];
  const citations: Citation[] = [];
  const lines: string[] = [];
  const silent: string[] = [];
  for (const group of groups) {
    const covers = group.hits.slice(0, 3).some((h) => Math.max(h.coverage, h.rankedCoverage) >= GROUP_COVERAGE);
    const quote = covers ? withReferringSentences(index, bestQuotes(index, kit, query, group.hits).slice(0, 1))[0] : undefined;
    if (!quote) {
      silent.push(group.label);
      continue;
    }
    const citation = citationFor(index, quote, citations.length + 1);
    citations.push(citation);
    lines.push(`• ${group.label}: ”${citation.quote.replace(/\s*\n\s*/g, " ")}” [${citation.n}]`);
  }
  const passages: RankedPassage[] = rankedPassages(index, interleave(groups, k));
  const { byId } = documentCatalogue(index);
  const docs = [...new Set(citations.map((c) => c.docId))].map((id) => byId.get(id)!);
  if (!lines.length) {
    return { question: query.text, language: query.language, abstained: true, answer: text.nothing, citations: [], passages, warnings: [] };
  }
  const answer = [text.intro, ...lines, ...(silent.length && text.none ? [text.none(silent.join(", "))] : [])].join("\n");
  return { question: query.text, language: query.language, abstained: false, answer, citations, passages, warnings: documentWarnings(docs, index.manifest.documents, query.language, today) };
}
