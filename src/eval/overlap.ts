/**
 * How much of a question the passage that answers it shares with it: the coverage search reads for
 * that passage (coverage.ts: the idf-weighted share of the question's term groups, with their
 * renderings and synonyms), the best of the passages holding the question's first gold quote.
 * Question sets differ most in this. The dev set's questions mostly use the documents' words; the
 * held-out sets were written to avoid them. `npm run eval` gives the figures of the answerable
 * questions on either side of OVERLAP_SPLIT, so a change can be seen to help where question and
 * answer share words, or where they do not.
 */
import { HEDGE_COVERAGE } from "../answer/abstain";
import type { LoadedIndex } from "../index/store";
import { coverage } from "../retrieve/coverage";
import { documentTerms } from "../retrieve/document-terms";
import type { LanguageKit } from "../retrieve/kit";
import type { AnalysedQuery } from "../retrieve/query";
import { passageTerms } from "../retrieve/search";
import { squash } from "./metrics";

/**
 * The coverage below which an answer is hedged (HEDGE_COVERAGE): a question whose answering passage
 * covers less of it is one the bot would hedge even when it finds that passage.
 */
export const OVERLAP_SPLIT = HEDGE_COVERAGE;

/** Characters of a quote's start a passage must hold before the full comparison is made. */
const PREFIX = 24;

const squashedPassages = new WeakMap<LoadedIndex, string[]>();

function passagesOf(index: LoadedIndex): string[] {
  let texts = squashedPassages.get(index);
  if (!texts) squashedPassages.set(index, (texts = index.chunks.map((chunk) => squash(chunk.text))));
  return texts;
}

/**
 * The coverage of the best passage that holds the start of `quote` (a quote may run over into the
 * next passage), or null when no passage does.
 */
export function answerOverlap(index: LoadedIndex, kit: LanguageKit, query: AnalysedQuery, quote: string): number | null {
  const start = squash(quote).slice(0, PREFIX);
  let best: number | null = null;
  for (const [ordinal, text] of passagesOf(index).entries()) {
    if (!text.includes(start)) continue;
    const docId = index.chunks[ordinal]!.docId;
    const terms = passageTerms(index, query, ordinal);
    best = Math.max(best ?? 0, coverage(terms, query, index.lexical, { context: documentTerms(index, kit, docId) }));
  }
  return best;
}
