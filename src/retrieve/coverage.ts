/**
 * How much of a question a text covers: for each term group (a word of the question, or the
 * Swedish renderings of an English word), the best alternative the text contains, weighted by
 * idf, over what the best alternative of every group could give.
 *
 * A group none of whose terms occurs anywhere in the index is a word the documents never use. It
 * counts a quarter: sometimes the documents lack the subject ("Eurocities", "2019"), as often it is
 * the asker's own wording ("egentligen", "poängen", "listar"), and at its unseen word's full idf it
 * outweighed everything the passage did cover. (At a half, 10 of 84 answerable Swedish questions
 * over the dev and held-out sets abstained, at a quarter 6, with the same 9 of 23 unanswerable
 * caught.) An English word the glossary did not translate is left out then: Swedish documents
 * would not use it either way.
 *
 * A group can be said in several ways (its options): a word, a compound part, or a phrase of
 * several words ("känsliga personuppgifter"), which covers the group in proportion to the share of
 * its words present. A synonym or broader term covers its weight's share of what the group's best
 * option would.
 * `context` holds the terms that name the passage's document, `nearby` those of the text just
 * before (see NEARBY_TERM_CREDIT).
 */
import type { LexicalIndex } from "../index/lexical";
import { TERM_WEIGHTS, type AnalysedQuery, type TermGroup } from "./query";

export const UNKNOWN_SWEDISH_WEIGHT = 0.25;

/**
 * A question term that the passage's document is named by (its title, kind, issuer, number, year)
 * counts part when the passage itself lacks it: "the 2016 data protection directive" places the
 * passage without being what it answers. Half, until the constants of search and coverage were
 * searched together on the keep/drop sets (see BACKGROUND_SHARE in search.ts): 0.65.
 */
export const DOCUMENT_TERM_CREDIT = 0.65;

/**
 * A number or reference the passage's document is named by ("NJA 2014 s. 499", "2012/13:144", a
 * diarienummer, its year) counts in full when the passage lacks it: it says which document, never
 * what in it, and at half credit the passage that only repeats it (the header line "NJA 2014 s. 499
 * (NJA 2014:45)", a list of cited cases) was ranked and quoted first for "what did NJA 2014 s. 499
 * decide about …?". Eval answers: dev MRR@10 0.912 → 0.913, read and keep/drop unchanged but for
 * one question's rank (MRR@10 +0.003 summed): few questions name a document by its number.
 */
const NAMING_NUMBER = /\d/;

/**
 * A question term found only in the sentence before (`nearby`, when a sentence is scored for
 * quoting) counts a quarter: a sentence often goes on about what the one before it named ("Detta
 * görs av anhörigsamordnaren"). Measured on the quoted sentences: at a quarter, cited-gold rose on
 * dev (0.875 → 0.900) and on one of the held-out sets never read (0.400 → 0.425), unchanged on the
 * others; at a half, sentences that merely follow a good one crowded in and one set lost.
 */
export const NEARBY_TERM_CREDIT = 0.25;

/** What an everyday English word's renderings count for when judging whether the documents answer. */
const JUDGED_GENERAL = TERM_WEIGHTS.generalJudged / TERM_WEIGHTS.general;

/**
 * What a group of several renderings is worth: its commonest full rendering's idf, not its rarest.
 * "box" is "låda", "box", "kartong" and "ruta"; at the rarest one's idf, a passage that holds none
 * had to cover the rest of the question far better than one about a word with one common
 * rendering. Compound parts and renderings of lower weight do not count, nor do words no passage
 * has. Infinity when no rendering is left.
 *
 * For ranking, a passage that says the group in any full rendering covers all of it: "EU funding"
 * is "EU-medel", "EU-finansiering", "EU-bidrag" or "strukturfonder", and a passage on "extern
 * finansiering … (EU)" covered 0.58 of it against 1 for one that names "strukturfonder". Over the
 * keep/drop held-out sets (31) hit@5 +0.047, MRR@10 +0.048, cited-gold +0.214 summed, and 5 fewer
 * unanswerable questions caught, 4 fewer answerable ones abstained on; read sets +0.072 / +0.065 /
 * +0.070, one catch fewer; dev MRR@10 0.924 → 0.912. When judging whether the documents answer,
 * the passage's share stays what it was (the group weighs less, the passage covers as much of it):
 * capping there too cost 8 catches more for 9 fewer wrong abstentions, which is only another
 * threshold.
 */
function commonestRendering(group: TermGroup, lexical: LexicalIndex): number {
  // The same for every passage a question's coverage is worked out for: once per group and index.
  let byGroup = worths.get(lexical);
  if (!byGroup) worths.set(lexical, (byGroup = new WeakMap()));
  let worth = byGroup.get(group);
  if (worth === undefined) byGroup.set(group, (worth = renderingWorth(group, lexical)));
  return worth;
}

const worths = new WeakMap<LexicalIndex, WeakMap<TermGroup, number>>();

function renderingWorth(group: TermGroup, lexical: LexicalIndex): number {
  const top = Math.max(...group.options.flatMap((o) => o.map((t) => t.weight)));
  let worth = Infinity;
  for (const option of group.options) {
    const present = option.filter((t) => lexical.has(t.term));
    if (Math.max(...option.map((t) => t.weight)) < top || !present.length) continue;
    worth = Math.min(worth, present.reduce((sum, t) => sum + t.weight * lexical.idf(t.term), 0) / option.length);
  }
  return worth;
}

export interface CoverageOptions {
  /** Terms that name the passage's document (see DOCUMENT_TERM_CREDIT). */
  context?: ReadonlySet<string>;
  /** Terms of the text just before (see NEARBY_TERM_CREDIT). */
  nearby?: ReadonlySet<string>;
  /**
   * The coverage that decides whether to answer at all, in which everyday English words count less
   * than they do for ranking (see TERM_WEIGHTS), and a group of renderings what its commonest one
   * is worth.
   */
  judging?: boolean;
}

export function coverage(terms: ReadonlySet<string>, query: AnalysedQuery, lexical: LexicalIndex, { context = new Set(), nearby = new Set(), judging = false }: CoverageOptions = {}): number {
  let total = 0;
  let covered = 0;
  for (const group of query.groups) {
    let best = 0;
    let found = 0;
    const known = group.alternatives.some((a) => lexical.has(a.term));
    for (const option of group.options) {
      let all = 0;
      let present = 0;
      for (const { term, weight } of option) {
        const w = weight * lexical.idf(term);
        all += w;
        if (terms.has(term)) present += w;
        else if (context.has(term)) present += w * (NAMING_NUMBER.test(term) ? 1 : DOCUMENT_TERM_CREDIT);
        else if (nearby.has(term)) present += w * NEARBY_TERM_CREDIT;
      }
      const value = all / option.length;
      best = Math.max(best, value);
      if (present) found = Math.max(found, (value * present) / all);
    }
    for (const synonym of group.synonyms) {
      const share = synonym.filter((t) => terms.has(t.term)).length / synonym.length;
      if (share) found = Math.max(found, best * Math.max(...synonym.map((t) => t.weight)) * share);
    }
    const worth = commonestRendering(group, lexical);
    if (worth < best) {
      found = judging ? (found * worth) / best : Math.min(found, worth);
      best = worth;
    }
    if (!known && group.untranslated) continue;
    const factor = (known ? 1 : UNKNOWN_SWEDISH_WEIGHT) * (judging && group.general ? JUDGED_GENERAL : 1);
    total += best * factor;
    covered += found * factor;
  }
  return total ? covered / total : 0;
}
