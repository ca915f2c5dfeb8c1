/**
 * How much of a question a text covers: for each term group (a word of the question, or the
 * Swedish renderings of an English word), the best alternative the text contains, weighted by
 * idf, over what the best alternative of every group could give.
 *
 * A group none of whose terms occurs anywhere in the index is a word the documents never use. It
 * counts half: often the documents lack the subject ("Eurocities", "2019"), sometimes it is only a
 * verb of the asking ("listar"). An English word the glossary did not translate is left out then:
 * Swedish documents would not use it either way.
 */
import type { LexicalIndex } from "../index/lexical";
import type { AnalysedQuery } from "./query";

export const UNKNOWN_SWEDISH_WEIGHT = 0.5;

export function coverage(terms: ReadonlySet<string>, query: AnalysedQuery, lexical: LexicalIndex): number {
  let total = 0;
  let covered = 0;
  for (const group of query.groups) {
    let best = 0;
    let found = 0;
    let known = false;
    for (const { term, weight } of group.alternatives) {
      const w = weight * lexical.idf(term);
      if (lexical.has(term)) known = true;
      best = Math.max(best, w);
      if (terms.has(term)) found = Math.max(found, w);
    }
    if (!known && group.untranslated) continue;
    const factor = known ? 1 : UNKNOWN_SWEDISH_WEIGHT;
    total += best * factor;
    covered += found * factor;
  }
  return total ? covered / total : 0;
}
