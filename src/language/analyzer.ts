/**
 * The one analysis shared by the lexical index (documents) and the question side, so both produce
 * the same terms: case-folded and Snowball-stemmed, keeping å, ä, ö ("vård" is not "värd", care and
 * host; "äldre" not "aldrig"); a question typed without them is read as every index term it may be
 * (see unknown-words.ts), and municipality names meet in any spelling ("Växjös", "Vaxjo"). Stop
 * words are dropped but counted in positions (so phrase matching still works), and
 * compound parts added at the compound's own position; a particle verb written as one word also
 * gives its verb as a part ("borttappad" → tappa, see particles.ts).
 */
import { compoundBaseForm, lexiconBaseForm, splitCompound } from "./compounds";
import { dataLines } from "./data";
import { dictionaryBaseForm } from "./dictionary";
import { inflectionBase } from "./inflection";
import { municipalityTerm } from "./municipalities";
import { foldDiacritics } from "./normalize";
import { particleVerb } from "./particles";
import { stemSwedish } from "./stemmer";
import { isInformalWord, isSearchStopword } from "./stopwords";
import { tokenize, type Token } from "./tokenize";

export type TermKind = "word" | "part" | "number" | "id";

export interface Term {
  term: string;
  /** Token position in the text; stop words count, parts share their word's position. */
  position: number;
  start: number;
  end: number;
  kind: TermKind;
}

export interface AnalyzeOptions {
  /** Lower-case words seen on their own in the documents: extra compound parts (see compounds.ts). */
  vocabulary?: ReadonlySet<string>;
  keepStopwords?: boolean;
  /** A question as someone typed it: its informal words ("ska va klar") are dropped too. */
  question?: boolean;
}

interface WordAnalysis {
  term: string;
  parts: readonly string[];
}

const MAX_CACHE = 200_000;
const ID_SEPARATORS = /[/:.\-]/;
const HAS_LETTER = /\p{L}/u;
const termCache = new Map<string, string>();
const wordCaches = new WeakMap<ReadonlySet<string>, Map<string, WordAnalysis>>();
const lexiconOnlyWords = new Map<string, WordAnalysis>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * The index term of one lower-case word: "nämnderna" → "nämnd", "Umeås" → "umea". Lexicon words
 * are first brought to their lemma where classic Snowball leaves the definite form apart
 * ("strategin" → "strategi", "beslutet" → "beslut"), so the two forms share a term, and other
 * words by the hunspell dictionary's suffix rules ("brukares" → "brukare", see inflection.ts); the
 * lexicon also reads words typed without å, ä, ö ("boendestodet"). Å, ä and ö are kept: folded,
 * "vård" and "värd", "äldre" and "aldrig", "mäta" and "mat", "råd" and "rad" were one term, and so
 * were related words ("kräva" and "krav"), which a question still meets at part weight (see
 * unknown-words.ts). Single-word municipality names get a fixed term ("umeås" and "umea" alike).
 * A word Snowball would bring to an unrelated word's term ("pappa" to that of "papper") is kept
 * whole (data/whole-lemmas-sv.txt).
 */
export function termOf(word: string): string {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const municipality = municipalityTerm(word);
  if (municipality) return remember(termCache, word, municipality);
  if (word.includes(".")) return remember(termCache, word, foldDiacritics(word));
  const base = lexiconBaseForm(word) ?? inflectionBase(word) ?? compoundBaseForm(word) ?? dictionaryBaseForm(word) ?? word;
  return remember(termCache, word, wholeLemmas().has(base) ? base : stemSwedish(base));
}

let whole: ReadonlySet<string> | null = null;

/** Words Snowball would bring to the term of an unrelated word, kept whole (data/whole-lemmas-sv.txt). */
function wholeLemmas(): ReadonlySet<string> {
  return (whole ??= new Set(dataLines("whole-lemmas-sv.txt")));
}

const CONSONANT = /[bcdfghjklmnpqrstvwxz]$/;

/**
 * The verb root of a Swedish action noun, which Snowball leaves whole: "städning" → "städ" (as in
 * "städa", "städad"), "bedömning" → "bedöm", "anställning" → "anställ", "planering" → "planer" (as
 * "planera"), "förvaring" → "förvar". A root shorter than four letters is left out ("ledning",
 * "tidning", "lösning" would meet "led", "tid", "lös").
 */
export function actionNounRoot(term: string): string | undefined {
  let root: string | undefined;
  if (/[ae]ring$/.test(term)) root = term.slice(0, -3);
  else if (term.endsWith("ning") && CONSONANT.test(term.slice(0, -4))) root = term.slice(0, -4);
  return root && root.length >= 4 ? root : undefined;
}

function analyzeWord(word: string, vocabulary: ReadonlySet<string> | undefined): WordAnalysis {
  const cache = vocabulary ? wordCaches.get(vocabulary) ?? new Map<string, WordAnalysis>() : lexiconOnlyWords;
  if (vocabulary && !wordCaches.has(vocabulary)) wordCaches.set(vocabulary, cache);
  const cached = cache.get(word);
  if (cached) return cached;
  const term = termOf(word);
  const parts: string[] = [];
  const add = (partTerm: string | undefined) => {
    if (partTerm && partTerm !== term && !parts.includes(partTerm)) parts.push(partTerm);
  };
  for (const part of splitCompound(word, vocabulary)) {
    if (!isSearchStopword(part)) add(termOf(part));
  }
  const verb = particleVerb(word);
  if (verb) add(termOf(verb));
  for (const t of [term, ...parts]) add(actionNounRoot(t));
  return remember(cache, word, { term, parts });
}

/** "ks/2012:935" → "ks", "2012", "935": lets a question quote part of an identifier or range. */
function idParts(id: string): string[] {
  const pieces = id.split(ID_SEPARATORS).filter((p) => p.length >= 3 || (p.length === 2 && HAS_LETTER.test(p)));
  return pieces.length > 1 ? [...new Set(pieces.map(foldDiacritics))] : [];
}

/**
 * The noun or adjective of an age written with its number ("78-åring", "80-åringar", "18-åriga"):
 * it says "N år", as the documents write age limits ("75 år eller äldre"), not a word of its own.
 */
const AGE_WORD = /^åri(ng|ngar|ngen|ngarna|g|ga|ge|gt)$/;

function pushTerms(out: Term[], token: Token, position: number, options: AnalyzeOptions, previous?: Token): void {
  const at = { position, start: token.start, end: token.end };
  if (token.kind === "word" && token.joined && previous?.kind === "number" && AGE_WORD.test(token.norm)) out.push({ term: termOf("år"), kind: "word", ...at });
  else if (token.kind === "number") out.push({ term: token.norm, kind: "number", ...at });
  else if (token.kind === "id") {
    out.push({ term: token.norm, kind: "id", ...at });
    for (const part of idParts(token.norm)) out.push({ term: part, kind: "part", ...at });
  } else {
    if (!options.keepStopwords && isSearchStopword(token.norm)) return;
    const { term, parts } = analyzeWord(token.norm, options.vocabulary);
    out.push({ term, kind: "word", ...at });
    for (const part of parts) out.push({ term: part, kind: "part", ...at });
  }
}

/**
 * Terms of `text` in order. Hyphenated words also give their closed form as a part at the first
 * component's position ("EU-projektet" → "eu", "projekt", and "euprojekt"), so "EU projekt",
 * "EU-projekt" and "EUprojekt" all meet.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Term[] {
  const tokens = tokenize(text);
  const out: Term[] = [];
  let groupStart = -1;
  let groupText = "";
  for (let position = 0; position < tokens.length; position++) {
    const token = tokens[position]!;
    const previous = tokens[position - 1];
    if (!options.question || !isInformalWord(token, tokens[position + 1])) pushTerms(out, token, position, options, previous);
    if (token.kind !== "word" || !token.joined || previous?.kind !== "word") {
      groupStart = position;
      groupText = token.norm;
      continue;
    }
    groupText += token.norm;
    const first = tokens[groupStart]!;
    out.push({ term: termOf(groupText), kind: "part", position: groupStart, start: first.start, end: token.end });
  }
  return out;
}

/** Just the terms, for callers that do not need positions. */
export function analyzeTerms(text: string, options: AnalyzeOptions = {}): string[] {
  return analyze(text, options).map((t) => t.term);
}
