/**
 * Question analysis: language, municipalities named, what kind of answer is wanted, and the search
 * terms. An English question's words that the glossary knows are replaced by their Swedish
 * renderings; each word of the question becomes a term group whose alternatives (the word, its
 * compound parts, or the glossary's Swedish terms) each count as covering it. The words of a
 * Swedish question also have their Swedish synonyms as weaker alternatives.
 */
import { dataFileLines } from "../data-file";
import { foldDiacritics } from "../language/normalize";
import type { Language } from "../domain";
import type { WeightedTerm } from "../index/lexical";
import { questionIntents, type Intent } from "./intent";
import type { LanguageKit, QueryTerm } from "./kit";

/** One thing the question asks about, and the terms that each count as mentioning it. */
export interface TermGroup {
  alternatives: WeightedTerm[];
  /**
   * The ways a passage can say it: each option is a set of terms that together render the group
   * ("känsliga personuppgifter" needs both words), or a single term (a word, a compound part).
   * Every alternative is in some option or synonym.
   */
  options: WeightedTerm[][];
  /**
   * Other words for it (Swedish synonyms, and broader terms): each covers at most its weight
   * (TERM_WEIGHTS.synonym or .broader) of what the group's best option would, however rare it is.
   */
  synonyms: WeightedTerm[][];
  source: "question" | "glossary" | "model";
  /**
   * A word of an English question that the glossary did not translate: if the documents never use
   * it, that is no sign they lack the answer, since they are in Swedish.
   */
  untranslated: boolean;
  /**
   * Renderings of an everyday English word: they rank passages at TERM_WEIGHTS.general, but judge
   * whether the documents answer at all (abstention) at TERM_WEIGHTS.generalJudged.
   */
  general?: boolean;
  /** Where the question's own word stands (token position), for groups of the question's words. */
  position?: number;
  /** The question's own word as written, in lower case, for groups of the question's words. */
  written?: string;
  /**
   * For a group of Swedish renderings: how each one-word rendering is written, by its term
   * ("rakning" → "räkning"), so its related words are those of that word and not of another
   * that folds and stems alike ("rakning", shaving).
   */
  spelled?: ReadonlyMap<string, string>;
}

export interface AnalysedQuery {
  text: string;
  language: Language;
  /** Canonical names of the municipalities (or regions) the question names. */
  municipalities: string[];
  /** Agencies and government bodies the question names; they scope the search only if they issued documents. */
  agencies: string[];
  /** Every term with its highest weight: the BM25 query. */
  terms: WeightedTerm[];
  groups: TermGroup[];
  /** Runs of consecutive question terms (two or more), for phrase matching. */
  phrases: string[][];
  /** Text for the vector side: the question plus its Swedish expansions. */
  embeddingText: string;
  /** What kind of answer the question asks for (a responsible body, a date, a list …). */
  intents: Intent[];
}

const FRAMING_WORDS = dataFileLines(new URL("./data/framing.txt", import.meta.url)).map((line) => line.trim());
const FRAMING_SET: ReadonlySet<string> = new Set(FRAMING_WORDS);
const framingTerms = new WeakMap<LanguageKit, ReadonlySet<string>>();

/** The framing words and phrases as typed, without å, ä, ö: a question's own words are matched as written. */
const FRAMING_WRITTEN: readonly string[] = FRAMING_WORDS.map((w) => foldDiacritics(w.toLowerCase()));

/**
 * Positions of the question's own words that frame it: the word as written is a framing word, or
 * starts a framing phrase ("tar upp"). Matched as written, not by term: "handlar" (om) frames a
 * question, "handla" (shop) is its subject, though both are "handl"; "tar" frames only in "tar upp".
 */
function framingPositions(text: string, own: readonly QueryTerm[]): Set<number> {
  const positions = new Set<number>();
  for (const t of own) {
    // Folded from the word on: folding the whole text first would shift the offsets of a question
    // typed in decomposed form ("a" + combining ring), whose folded letters are fewer.
    const rest = foldDiacritics(text.slice(t.start).toLowerCase());
    if (FRAMING_WRITTEN.some((w) => rest.startsWith(w) && !/\p{L}/u.test(rest.charAt(w.length)))) positions.add(t.position);
  }
  return positions;
}

/** Terms of the words that frame a question ("säger", "mention", "kommuner"): not its subject. */
function framing(kit: LanguageKit): ReadonlySet<string> {
  let terms = framingTerms.get(kit);
  if (!terms) framingTerms.set(kit, (terms = new Set(FRAMING_WORDS.flatMap((w) => kit.analyzer.terms(w)))));
  return terms;
}

/**
 * How much each kind of term counts: the words the user typed weigh most; a Swedish synonym is a
 * little less than the word asked. Everyday English words ("quick", "refer to", "read", "cost")
 * carry much of the subject of staff's informal English, but also say how a question is put: their
 * renderings rank passages at 0.56 of a glossary term's weight (0.8 until the joint search below),
 * and count 0.4 (a compound part's weight until then) when judging whether the documents answer at
 * all. Measured on held-out sets L, M, N: one weight of 0.8 raised English MRR@10 by 0.03–0.06 on each, but on O, written later, it cost two answers
 * (abstained on) and three citations; judged at 0.4 the abstentions were back where they were
 * (O: MRR 0.532 → 0.525, one unanswerable question fewer caught). On P, written after that and
 * measured blind, the pair raised MRR@10 0.443 → 0.454 and left one answerable question fewer
 * abstained on.
 * A broader term ("anhörig" for "kusin") counts half a synonym: at a synonym's 0.6 the common words
 * it brings ("mat" for "lunch", "utrustning" for "ugn") lifted passages about everything, and MRR@10
 * on the keep/drop sets fell 0.021; at 0.3 it rose 0.017.
 * A compound part counted 0.4 and a broader term 0.3 until these weights and the constants of
 * search and coverage were searched together on the keep/drop sets (see BACKGROUND_SHARE in
 * search.ts): 0.52 and 0.39. That search also found everyday English renderings at 0.56 rather than
 * 0.8 better for abstention, though not by its measure (hit@5 fell): keep/drop 29.906 / 24.797 /
 * 23.976 → 29.834 / 24.826 / 24.142 with three more unanswerable questions caught and one fewer
 * answerable abstained on; test −0.024 / +0.005 / +0.071, two fewer abstained on; read +0.046 /
 * −0.015 / 0, one more caught; fresh 0 / −0.004 / −0.048; dev unchanged. So 0.56.
 */
export const TERM_WEIGHTS = { word: 1, number: 1, shortNumber: 0.3, id: 1.5, part: 0.52, glossary: 1, general: 0.56, generalJudged: 0.4, synonym: 0.6, broader: 0.39 } as const;

function termWeight(t: QueryTerm): number {
  if (t.kind === "number" && t.term.length <= 2) return TERM_WEIGHTS.shortNumber;
  return TERM_WEIGHTS[t.kind];
}

function phrasesOf(terms: QueryTerm[]): string[][] {
  const phrases: string[][] = [];
  let run: QueryTerm[] = [];
  for (const term of terms.filter((t) => t.kind !== "part")) {
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

/** The text with the given spans replaced by spaces, so offsets elsewhere stay valid. */
function blank(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + " ".repeat(end - start) + out.slice(end);
  return out;
}

/** The span with an English genitive "'s" that follows it: blanked alone, the "s" would be left as a word. */
function withGenitive(text: string, span: { start: number; end: number }): { start: number; end: number } {
  return { start: span.start, end: span.end + (/^['’]s\b/.exec(text.slice(span.end))?.[0].length ?? 0) };
}

/** Municipality names (and an English genitive "'s" after them) select documents; as terms they are noise. */
function municipalitySpans(text: string, kit: LanguageKit): { start: number; end: number }[] {
  return kit.findMunicipalities(text).map((m) => withGenitive(text, m));
}

/** Agencies are searched by their official name, whatever the question called them ("FK", "Swedish Tax Agency"). */
function withOfficialNames(text: string, agencies: { name: string; start: number; end: number }[]): string {
  let out = text;
  for (const a of [...agencies].reverse()) out = `${out.slice(0, a.start)}${a.name}${out.slice(a.end)}`;
  return out;
}

/** Swedish number words from 2 to 12, which documents write as often as the digits ("fyra prioriteringar"). */
const NUMBER_WORDS = ["två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"];
const numberTerms = new WeakMap<LanguageKit, ReadonlyMap<string, string>>();

/** Each number's digits → its word's term, and the term → the digits ("4" ↔ "fyr"). */
function numberCounterparts(kit: LanguageKit): ReadonlyMap<string, string> {
  let counterparts = numberTerms.get(kit);
  if (!counterparts) {
    const pairs = new Map<string, string>();
    for (const [i, word] of NUMBER_WORDS.entries()) {
      const term = kit.analyzer.terms(word)[0];
      if (!term) continue;
      pairs.set(String(i + 2), term);
      pairs.set(term, String(i + 2));
    }
    numberTerms.set(kit, (counterparts = pairs));
  }
  return counterparts;
}

/** A number of 2 to 12 is also its Swedish word, and the word also its digits: "4 saker" meets "fyra". */
function withNumberWords(groups: TermGroup[], kit: LanguageKit): void {
  const counterparts = numberCounterparts(kit);
  for (const group of groups) {
    const first = group.alternatives[0];
    const other = first && counterparts.get(first.term);
    if (!first || other === undefined || group.alternatives.some((a) => a.term === other)) continue;
    // Short numbers are weak evidence (page and section numbers), in either spelling.
    const alternative = { term: other, weight: Math.min(first.weight, TERM_WEIGHTS.shortNumber) };
    group.alternatives.push(alternative);
    group.options.push([alternative]);
  }
}

/** Groups of the question's own terms (from `text`): a word with its compound parts, or a number, or an identifier. */
function ownGroups(text: string, terms: QueryTerm[], language: Language): TermGroup[] {
  const byPosition = new Map<number, TermGroup>();
  for (const t of terms) {
    let group = byPosition.get(t.position);
    if (!group) {
      const untranslated = language === "en" && t.kind === "word";
      const written = text.slice(t.start, t.end).toLowerCase();
      byPosition.set(t.position, (group = { alternatives: [], options: [], synonyms: [], source: "question", untranslated, position: t.position, written }));
    }
    if (group.alternatives.some((g) => g.term === t.term)) continue;
    const alternative = { term: t.term, weight: termWeight(t) };
    group.alternatives.push(alternative);
    group.options.push([alternative]);
  }
  return [...byPosition.values()];
}

/**
 * A group of Swedish phrases that render a part of the question (the glossary's or a model's):
 * each phrase's words are one option, each compound part another. Null when no phrase has terms.
 */
function swedishGroup(phrases: readonly string[], kit: LanguageKit, source: "glossary" | "model", weight: number = TERM_WEIGHTS.glossary): TermGroup | null {
  const alternatives = new Map<string, WeightedTerm>();
  const options: WeightedTerm[][] = [];
  const spelled = new Map<string, string>();
  const seen = new Set<string>();
  const add = (option: WeightedTerm[]) => {
    const key = option.map((t) => t.term).join(" ");
    if (!option.length || seen.has(key)) return;
    seen.add(key);
    options.push(option);
    for (const t of option) if ((alternatives.get(t.term)?.weight ?? -1) < t.weight) alternatives.set(t.term, t);
  };
  for (const phrase of phrases) {
    const terms = kit.queryTerms(phrase);
    const words = terms.filter((t) => t.kind !== "part");
    const [only] = words.length === 1 ? words : [];
    if (only && !spelled.has(only.term)) spelled.set(only.term, phrase.slice(only.start, only.end).toLowerCase());
    add([...new Map(words.map((t) => [t.term, { term: t.term, weight }])).values()]);
    for (const t of terms) if (t.kind === "part") add([{ term: t.term, weight: TERM_WEIGHTS.part * weight }]);
  }
  // Model suggestions count like untranslated words: a term the documents never use is no sign they lack the answer.
  return alternatives.size ? { alternatives: [...alternatives.values()], options, synonyms: [], source, untranslated: source === "model", spelled } : null;
}

/**
 * The group with the Swedish synonyms of its one-word options of full weight, for the words of a
 * Swedish question, and their broader terms ("kusin" → anhörig, närstående), for those words and
 * for the glossary's renderings of English ones ("cousin" is "kusin"). The renderings already are
 * several ways to say an English word; their synonyms (time → tid → gång → …) drifted off the
 * subject, but a broader term is what the documents state a rule for.
 */
function withRelatedTerms(group: TermGroup, kit: LanguageKit, language: Language, text: string): TermGroup {
  const swedish = group.source === "question" && language === "sv";
  if (!swedish && group.source !== "glossary") return group;
  const seen = new Set(group.options.map((o) => o.map((t) => t.term).join(" ")));
  const synonyms: WeightedTerm[][] = [];
  const alternatives = [...group.alternatives];
  const context = group.position === undefined ? undefined : { text, position: group.position };
  for (const option of group.options) {
    if (option.length !== 1 || option[0]!.weight < 1) continue;
    const related = [
      ...(swedish ? kit.synonyms(option[0]!.term, group.written, context) : []).map((words) => ({ words, weight: TERM_WEIGHTS.synonym })),
      ...kit.broader(option[0]!.term, group.written ?? group.spelled?.get(option[0]!.term), context).map((words) => ({ words, weight: TERM_WEIGHTS.broader })),
    ];
    for (const { words, weight } of related) {
      const key = words.join(" ");
      // "ta kontakt" says no more than "kontakt" itself, and would search for "ta".
      if (seen.has(key) || words.includes(option[0]!.term)) continue;
      seen.add(key);
      const synonym = words.map((term) => ({ term, weight }));
      synonyms.push(synonym);
      for (const t of synonym) if (!alternatives.some((a) => a.term === t.term)) alternatives.push(t);
    }
  }
  return synonyms.length ? { ...group, synonyms, alternatives } : group;
}

/**
 * A Swedish question's words that make up a synonym phrase ("när börjar det gälla" holds "börja
 * gälla", a synonym of "träda i kraft") become one group: the phrase, with the set's other
 * members as its synonyms. Words stand as far apart as in the member, or one article further
 * ("fattar ett beslut" is "fatta beslut"; "lagen i kraft" is not "laga kraft").
 */
function withPhraseSynonyms(groups: TermGroup[], kit: LanguageKit, language: Language, text: string, own: readonly QueryTerm[]): TermGroup[] {
  if (language !== "sv") return groups;
  const words = groups.filter((g) => g.source === "question" && g.position !== undefined && g.options[0]?.length === 1);
  const wordAt = (position: number) => own.find((t) => t.position === position && t.kind !== "part");
  const near = (before: TermGroup, after: TermGroup, gap: number) => {
    const distance = after.position! - before.position!;
    if (distance <= gap) return true;
    const [from, to] = [wordAt(before.position!), wordAt(after.position!)];
    return distance === gap + 1 && !!from && !!to && (text.slice(from.end, to.start).toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => ARTICLES.has(w));
  };
  let result = groups;
  for (let i = 0; i < words.length; i++) {
    for (const phrase of kit.synonymPhrasesFrom(words[i]!.options[0]![0]!.term)) {
      const run = words.slice(i, i + phrase.words.length);
      const matches = run.length === phrase.words.length && run.every((g, j) => g.options[0]![0]!.term === phrase.words[j] && (j === 0 || near(run[j - 1]!, g, phrase.gaps[j]!)));
      if (!matches || !run.every((g) => result.includes(g))) continue;
      const asked = phrase.words.map((term) => ({ term, weight: TERM_WEIGHTS.word }));
      const synonyms = kit.synonyms(phrase.words.join(" ")).map((other) => other.map((term) => ({ term, weight: TERM_WEIGHTS.synonym })));
      const alternatives = [...asked, ...synonyms.flat().filter((t, k, all) => !phrase.words.includes(t.term) && all.findIndex((a) => a.term === t.term) === k)];
      const merged: TermGroup = { alternatives, options: [asked], synonyms, source: "question", untranslated: false, position: run[0]!.position };
      result = [...result.filter((g) => !run.includes(g)), merged];
    }
  }
  return result;
}

/** Articles and possessives, which may stand inside a phrase a question asks in: "fattar ett beslut". */
const ARTICLES = new Set(["en", "ett", "den", "det", "de", "dom", "denna", "detta", "dessa", "sin", "sitt", "sina", "min", "mitt", "mina", "din", "ditt", "dina", "vår", "vårt", "våra", "er", "ert", "era", "hans", "hennes", "dess", "deras"]);

/**
 * The BM25 query of term groups: every alternative once, at its highest weight, after the terms of
 * `before` (which keep their order) — a query's own terms when groups have gained alternatives.
 */
export function termsOfGroups(groups: readonly TermGroup[], before: readonly WeightedTerm[] = []): WeightedTerm[] {
  const weights = new Map(before.map((t) => [t.term, t.weight]));
  for (const { term, weight } of groups.flatMap((g) => g.alternatives)) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  return [...weights].map(([term, weight]) => ({ term, weight }));
}

/** Word sequences of the Swedish renderings of two words or more, for phrase matching. */
function renderingPhrases(phrases: readonly string[], kit: LanguageKit): string[][] {
  return phrases.map((phrase) => kit.queryTerms(phrase).filter((t) => t.kind !== "part").map((t) => t.term)).filter((words) => words.length > 1);
}

/**
 * `searchTerms` are Swedish phrases a model suggested for an English question (optional query
 * help); each becomes a term group of its own.
 */
export function analyseQuery(text: string, kit: LanguageKit, searchTerms: readonly string[] = []): AnalysedQuery {
  const language = kit.detectLanguage(text);
  const municipalities = [...new Set(kit.findMunicipalities(text).map((m) => m.name))];
  const local = new Set(municipalities);
  const agencyMentions = kit.findPublicBodies(text).filter((b) => !local.has(b.name));
  let searchable = withOfficialNames(blank(text, municipalitySpans(text, kit)), agencyMentions);
  const matches = language === "en" ? kit.expandEnglish(searchable) : [];
  searchable = blank(searchable, matches.flatMap((m) => [withGenitive(searchable, m), ...(m.particle ? [m.particle] : [])]));
  const own = kit.queryTerms(searchable);
  const groups = ownGroups(searchable, own, language);
  withNumberWords(groups, kit);
  for (const match of matches) {
    // "the Örnsköldsvik doc" frames the question even where a rendering ("handling") does not.
    if (FRAMING_SET.has(match.english.toLowerCase())) continue;
    const group = swedishGroup(match.swedish, kit, "glossary", match.general ? TERM_WEIGHTS.general : TERM_WEIGHTS.glossary);
    if (group) groups.push(match.general ? { ...group, general: true } : group);
  }
  const suggested = searchTerms.map((phrase) => blank(phrase, municipalitySpans(phrase, kit)).trim()).filter(Boolean);
  for (const phrase of suggested) {
    const group = swedishGroup([phrase], kit, "model");
    if (group) groups.push(group);
  }
  // A group that only frames the question ("vilka kommuner nämner …") is not a subject to cover.
  const frame = framing(kit);
  const framingWords = framingPositions(searchable, own);
  const frames = (g: TermGroup) => (g.source === "question" && g.position !== undefined ? framingWords.has(g.position) : g.alternatives.every((a) => frame.has(a.term)));
  const subject = groups.filter((g) => !frames(g));
  const kept = withPhraseSynonyms(subject.length ? subject : groups, kit, language, searchable, own).map((g) => withRelatedTerms(g, kit, language, searchable));
  return {
    text,
    language,
    municipalities,
    agencies: [...new Set(agencyMentions.map((a) => a.name))],
    terms: termsOfGroups(kept),
    groups: kept,
    phrases: [...phrasesOf(own), ...renderingPhrases([...matches.flatMap((m) => m.swedish), ...suggested], kit)],
    embeddingText: [searchable, ...matches.flatMap((m) => m.swedish), ...suggested].join(" "),
    intents: questionIntents(text),
  };
}
