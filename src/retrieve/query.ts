/**
 * Question analysis: language, municipalities named, weighted search terms (with English questions
 * expanded into Swedish through the glossary), and the phrases to look for.
 */
import type { Language } from "../domain";
import type { WeightedTerm } from "../index/lexical";
import type { LanguageKit, QueryTerm } from "./kit";

export interface AnalysedQuery {
  text: string;
  language: Language;
  /** Canonical names of the municipalities (or regions) the question names. */
  municipalities: string[];
  terms: WeightedTerm[];
  /** Runs of consecutive question terms (two or more), for phrase matching. */
  phrases: string[][];
  /** Text for the vector side: the question plus its Swedish expansions. */
  embeddingText: string;
}

/** How much each kind of term counts: words the user typed weigh most. */
export const TERM_WEIGHTS = { word: 1, number: 1, id: 1.5, part: 0.4, expansion: 0.8 } as const;

function phrasesOf(terms: QueryTerm[]): string[][] {
  const words = terms.filter((t) => t.kind !== "part");
  const phrases: string[][] = [];
  let run: QueryTerm[] = [];
  for (const term of words) {
    const last = run.at(-1);
    if (last && term.position === last.position + 1) run.push(term);
    else {
      if (run.length > 1) phrases.push(run.map((t) => t.term));
      run = [term];
    }
  }
  if (run.length > 1) phrases.push(run.map((t) => t.term));
  return phrases;
}

/** Words naming a municipality select documents; as search terms they would only add noise. */
function withoutMunicipalityNames(text: string, kit: LanguageKit): string {
  let out = text;
  for (const mention of [...kit.findMunicipalities(text)].reverse()) {
    // English genitive: "Växjö's strategy" must not leave a stray "s" behind.
    const end = mention.end + (/^['’]s\b/.exec(text.slice(mention.end))?.[0].length ?? 0);
    out = out.slice(0, mention.start) + " ".repeat(end - mention.start) + out.slice(end);
  }
  return out;
}

/**
 * `searchTerms` are extra phrases to search for, weighted like glossary expansions: Swedish terms a
 * model suggested for an English question (optional query help).
 */
export function analyseQuery(text: string, kit: LanguageKit, searchTerms: readonly string[] = []): AnalysedQuery {
  const language = kit.detectLanguage(text);
  const municipalities = [...new Set(kit.findMunicipalities(text).map((m) => m.name))];
  const searchable = withoutMunicipalityNames(text, kit);
  const own = kit.queryTerms(searchable);
  const weights = new Map<string, number>();
  const add = (term: string, weight: number) => weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  for (const t of own) add(t.term, TERM_WEIGHTS[t.kind]);
  const expansions = [
    ...(language === "en" ? kit.expandEnglish(searchable) : []),
    ...searchTerms.map((phrase) => withoutMunicipalityNames(phrase, kit).trim()).filter(Boolean),
  ];
  for (const phrase of expansions) {
    for (const t of kit.queryTerms(phrase)) add(t.term, t.kind === "part" ? TERM_WEIGHTS.part : TERM_WEIGHTS.expansion);
  }
  return {
    text,
    language,
    municipalities,
    terms: [...weights].map(([term, weight]) => ({ term, weight })),
    phrases: phrasesOf(own),
    embeddingText: [searchable, ...expansions].join(" "),
  };
}
