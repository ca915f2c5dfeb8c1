/**
 * English → Swedish glossary (data/glossary-en-sv.tsv, then the everyday words of
 * data/general-en-sv.tsv and data/nouns-en-sv.tsv) for English questions about Swedish
 * documents: "who follows up international work?" gains "följa upp", "uppföljning",
 * "internationellt arbete". Keys are matched on lightly stemmed English words, longest phrase first,
 * so "following-up", "follows up" and "follow up" all find the "follow up" entry.
 */
import { dataRows } from "./data";
import { oneEditApart } from "./edits";
import { englishBaseStems, englishBaseWords, englishStem, stemEnglish, type FinalE } from "./stemmer";
import { stopwords } from "./stopwords";
import { tokenize, type Token } from "./tokenize";

export interface GlossaryEntry {
  english: string;
  swedish: readonly string[];
  /** From the general vocabulary ("quick", "reason") rather than the public-administration terms. */
  general: boolean;
}

export interface GlossaryMatch {
  /** The question's words that matched, as written. */
  english: string;
  swedish: string[];
  general: boolean;
  start: number;
  end: number;
  /** Where the particle of a phrasal verb split by its object stands ("hand the keys over"). */
  particle?: { start: number; end: number };
}

export interface QueryExpansion {
  /** Swedish phrases to add to the search, each once, in question order. */
  swedishTerms: string[];
  matches: GlossaryMatch[];
}

interface TrieNode {
  children: Map<string, TrieNode>;
  entry: GlossaryEntry | null;
  /** The words, as written, that lead on from here in some key. */
  next: Set<string>;
}

/** What may stand between the words of a phrase: spaces, hyphens, a possessive ("children's rights", "parents' meeting"). */
const PHRASE_GAP = /^(?:['’]s?)?[\s\-‐‑–]*$/;
const ALL_CAPS = /^\p{Lu}{2,}$/u;

interface Glossary {
  entries: readonly GlossaryEntry[];
  trie: TrieNode;
  /**
   * Stemmed content words of all English keys, for language detection. Keys written in capitals
   * ("GDPR", "LSS") are left out: staff write acronyms the same way in both languages.
   */
  words: ReadonlySet<string>;
  /** Every word of the English keys as written, lower case: a form a key has is read as the key does. */
  written: ReadonlySet<string>;
}

let glossary: Glossary | null = null;

/**
 * Public-administration terms first, then general vocabulary ("quick", "allowed", "reason"), then
 * everyday concrete nouns ("raspberries", "trolley", "wolf"): the first line for a key wins, and
 * the files share no key. The general words say how a question is put; the nouns, like the terms,
 * say what it is about.
 */
const GENERAL_FILE = "general-en-sv.tsv";
const GLOSSARY_FILES = ["glossary-en-sv.tsv", GENERAL_FILE, "nouns-en-sv.tsv"];

function keyOf(token: Token): string {
  return token.kind === "word" ? stemEnglish(token.norm) : token.norm;
}

/**
 * A word's place in the trie: its light stem, marked with what it shows of a final -e, so "car"
 * and "care", "sit" and "site", "plan" and "plane" stay apart though their stems are one.
 */
function markedKey(stem: string, finalE: FinalE): string {
  return `${stem}+${finalE === "e" ? "e" : finalE === "none" ? "" : "?"}`;
}

/**
 * The trie keys a question's word may match, best first: a word that shows whether its base ends
 * in -e matches keys that agree, or keys written in a form that does not show it ("housing");
 * "caring" may be "care" or "car" and tries its own form, then both. So does a base word guessed
 * from a derivation (`shows` false): "finest" → "fin", which is "fine".
 */
function keysOfWord(word: string, shows = true): string[] {
  const { stem, finalE } = englishStem(word);
  if (finalE === "unknown" || !shows) return [markedKey(stem, "unknown"), markedKey(stem, "e"), markedKey(stem, "none")];
  return [markedKey(stem, finalE), markedKey(stem, "unknown")];
}

/**
 * An acronym that is also an English stop word ("IT" / "it") is keyed on its exact capitals, so the
 * pronoun never matches. Other keys ignore case: staff write "eu" as often as "EU".
 */
function entryKeyOf(token: Token): string {
  const acronym = ALL_CAPS.test(token.text) && stopwords("en").has(token.norm);
  if (acronym) return "=" + token.text;
  if (token.kind !== "word") return token.norm;
  const { stem, finalE } = englishStem(token.norm);
  return markedKey(stem, finalE);
}

function load(): Glossary {
  if (glossary) return glossary;
  const trie: TrieNode = { children: new Map(), entry: null, next: new Set() };
  const entries: GlossaryEntry[] = [];
  const words = new Set<string>();
  const written = new Set<string>();
  const rows = GLOSSARY_FILES.flatMap((file) => dataRows(file).map((row) => ({ row, general: file === GENERAL_FILE })));
  for (const { row: [english = "", swedish = ""], general } of rows) {
    const entry = { english, swedish: swedish.split("|").map((s) => s.trim()).filter((s) => s !== ""), general };
    entries.push(entry);
    // "status", "system", "test": spelled the same in Swedish, so no sign of English.
    const sameInSwedish = new Set(entry.swedish.map((s) => s.toLowerCase()));
    let node = trie;
    for (const token of tokenize(english)) {
      const key = entryKeyOf(token);
      written.add(token.norm);
      if (token.kind === "word" && !stopwords("en").has(token.norm) && !ALL_CAPS.test(token.text) && !sameInSwedish.has(token.norm)) words.add(keyOf(token));
      node.next.add(token.norm);
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = { children: new Map(), entry: null, next: new Set() }));
      node = child;
    }
    // The first line for a key wins, so a file edit never silently changes an earlier entry.
    node.entry ??= entry;
  }
  glossary = { entries, trie, words, written };
  return glossary;
}

let irregular: ReadonlyMap<string, string> | null = null;

/**
 * The base of an irregular verb form ("rang" → ring, "took" → take), if it is one and no glossary
 * key goes on with the form itself from `node` ("paid" has its own line; "right to be heard" is a
 * key, and "heard" alone is "hear"). Without a node, if no key is written with it.
 */
function irregularBase(lowerWord: string, node?: TrieNode): string | undefined {
  irregular ??= new Map(dataRows("irregular-en.tsv").map(([form = "", base = ""]) => [form, base]));
  const base = irregular.get(lowerWord);
  const ownKey = node ? node.next.has(lowerWord) : load().written.has(lowerWord);
  return base === undefined || ownKey ? undefined : base;
}

/**
 * The children a token may lead to, best first: for an irregular verb form its base's ("rang" →
 * ring; it would otherwise stem to "range"); else its own; else those of a base word it may be
 * made from ("copied" → copy). Several can hold: "reporting" is on the way to "reporting line" and
 * is also "report".
 */
function childrenFor(node: TrieNode, token: Token): TrieNode[] {
  if (token.kind !== "word") return node.children.has(token.norm) ? [node.children.get(token.norm)!] : [];
  const children = (keys: readonly string[]) => [...new Set(keys.flatMap((key) => node.children.get(key) ?? []))];
  const base = irregularBase(token.norm, node);
  const viaBase = base === undefined ? [] : children(keysOfWord(base));
  if (viaBase.length) return viaBase;
  const own = children(keysOfWord(token.norm));
  // A word that only begins longer keys ("lowest" of "lowest price") is also read as its base ("low").
  if (own.some((node) => node.entry)) return own;
  return [...new Set([...own, ...children(englishBaseWords(token.norm).flatMap((word) => keysOfWord(word, false)))])];
}

/** Articles and possessives a question may put inside a phrase whose key has none. */
const DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "this", "that", "these", "those"]);

/**
 * Prepositions after which a key's noun may take an article in a question ("access to a
 * document", "head of the unit"). After a verb or noun it may not: "sign the permit" is no "sign
 * permit" (skyltlov), the key being a noun compound.
 */
const PREPOSITIONS: ReadonlySet<string> = new Set(["to", "of", "for", "in", "on", "at", "by", "with", "from", "about", "into", "under", "over", "after", "before", "against", "between", "within", "without", "during"]);

/** The longest entry starting at token i, with the index of its last token. */
function longestAt(tokens: readonly Token[], i: number, text: string): { entry: GlossaryEntry; last: number } | null {
  let frontier: TrieNode[] = [load().trie];
  let found: { entry: GlossaryEntry; last: number } | null = null;
  let skipped = false;
  for (let j = i; j < tokens.length && frontier.length; j++) {
    if (j > i && !PHRASE_GAP.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
    const token = tokens[j]!;
    const next = [...new Set(frontier.flatMap((node) => {
      const acronym = node.children.get("=" + token.text);
      return acronym ? [acronym] : childrenFor(node, token);
    }))];
    // An article or possessive after a preposition inside a phrase its key is written without
    // ("access to the documents" for "access to documents") is passed over, once, where the
    // phrase goes on after it.
    if (!next.length && j > i && !skipped && DETERMINERS.has(token.norm) && PREPOSITIONS.has(tokens[j - 1]!.norm) && j + 1 < tokens.length) {
      skipped = true;
      continue;
    }
    frontier = next;
    const entry = frontier.find((node) => node.entry)?.entry;
    // A lone English function word is no term, even when its stem is a key's ("them" → "theme"),
    // unless it is the key itself ("why" → "syfte").
    const functionWord = j === i && stopwords("en").has(token.norm) && entry?.english.toLowerCase() !== token.norm;
    if (entry && !functionWord && !participleAsNoun(tokens, i, j, entry)) found = { entry, last: j };
  }
  return found;
}

/**
 * A participle in -ed before the last word of a key that is a noun phrase is no form of the key's
 * word: a "signed permit" is no "sign permit" (skyltlov), though light stemming makes "signed"
 * "sign". A key that ends in a particle or preposition is a verb's ("followed up" is "follow up"),
 * and a key may be written with the participle itself.
 */
function participleAsNoun(tokens: readonly Token[], first: number, last: number, entry: GlossaryEntry): boolean {
  if (last === first) return false;
  const written = tokenize(entry.english).map((t) => t.norm);
  if (written.length !== last - first + 1 || stopwords("en").has(written.at(-1)!)) return false;
  for (let k = first; k < last; k++) if (/ed$/.test(tokens[k]!.norm) && !/ed$/.test(written[k - first]!)) return true;
  return false;
}

/**
 * Particles that may follow a phrasal verb's object ("fill the form out", "pass what she said
 * on"), and how many words that object may have. "in" is left out: after an object it is most
 * often a preposition ("set fees in Botkyrka").
 */
const PARTICLES = new Set(["up", "down", "out", "off", "over", "back", "away", "on"]);
const MAX_OBJECT_WORDS = 3;

/**
 * A two-word phrasal verb whose words stand apart, its object between them, within one clause:
 * the entry and the particle's index. Only when the verb itself begins no longer key.
 */
function splitAt(tokens: readonly Token[], i: number, text: string): { entry: GlossaryEntry; particle: number } | null {
  const verb = tokens[i]!;
  if (verb.kind !== "word" || stopwords("en").has(verb.norm) || PARTICLES.has(verb.norm)) return null;
  const after = childrenFor(load().trie, verb);
  if (!after.length) return null;
  for (let j = i + 2; j <= Math.min(i + 1 + MAX_OBJECT_WORDS, tokens.length - 1); j++) {
    if (!/^\s+$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) || tokens[j - 1]!.kind !== "word" || PARTICLES.has(tokens[j - 1]!.norm)) return null;
    const particle = tokens[j]!;
    if (!PARTICLES.has(particle.norm)) continue;
    const entry = after.flatMap((node) => childrenFor(node, particle)).find((node) => node.entry)?.entry;
    return entry ? { entry, particle: j } : null;
  }
  return null;
}

/**
 * English light verbs that Swedish has as content words, so they cannot be stop words of both
 * languages: "make" is also the Swedish for husband. In an English question whose "make" begins
 * no key ("make sure" does), it is matched with no rendering: the word is taken out of the
 * search, and the words after it say what is made.
 */
const LIGHT_VERBS: ReadonlySet<string> = new Set(["make"]);

/** Shortest word read as a mistyped glossary word: shorter ones are too often other words one letter off. */
const MIN_TYPO = 6;

/**
 * The glossary word a mistyped question word stands for ("municiplaity" → municipality), when
 * exactly one word of the English keys is one edit away and the word itself is no key word, no
 * English stop word and no form a key is read in. Undefined otherwise.
 */
function mistyped(token: Token): string | undefined {
  const word = token.norm;
  if (token.kind !== "word" || word.length < MIN_TYPO || stopwords("en").has(word) || load().written.has(word) || isGlossaryWord(word)) return undefined;
  let found: string | undefined;
  for (const candidate of load().written) {
    if (candidate.length < MIN_TYPO || !oneEditApart(word, candidate)) continue;
    if (found !== undefined) return undefined;
    found = candidate;
  }
  return found;
}

let compared: ReadonlyMap<string, readonly [string[], string[]]> | null = null;

/**
 * The Swedish comparative or superlative forms of renderings that are compared with another stem
 * ("låg" → "lägre", "lägst", "lägsta"), for an English word read as its positive ("lowest" as
 * "low"). See data/compared-sv.tsv.
 */
function comparedForms(renderings: readonly string[], degree: "comparative" | "superlative"): string[] {
  compared ??= new Map(
    dataRows("compared-sv.tsv").flatMap(([positive = "", comparative = "", superlative = ""]) => {
      const forms: [string[], string[]] = [comparative.split("|").filter(Boolean), superlative.split("|").filter(Boolean)];
      return positive.split("|").map((form) => [form, forms] as const);
    }),
  );
  return [...new Set(renderings.flatMap((r) => compared!.get(r.toLowerCase())?.[degree === "comparative" ? 0 : 1] ?? []))];
}

/**
 * Whether a question word matched its entry as a comparative or superlative of the entry's word
 * ("lowest" the entry "low", "bigger" "big"), not as a word of its own ("register", "interest").
 */
function degreeOf(word: string, entry: GlossaryEntry): "comparative" | "superlative" | null {
  const key = entry.english.toLowerCase();
  if (key.includes(" ") || word === key || !englishBaseWords(word).some((base) => base === key || base + "e" === key || base.slice(0, -1) === key)) return null;
  return /est$/.test(word) ? "superlative" : /er$/.test(word) ? "comparative" : null;
}

/** Glossary matches in an (English) question, left to right, longest first, not overlapping. */
export function expandQuery(question: string): QueryExpansion {
  const tokens = tokenize(question).map((token) => {
    const meant = mistyped(token);
    return meant === undefined ? token : { ...token, norm: meant };
  });
  const matches: GlossaryMatch[] = [];
  const particles = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (particles.has(i)) continue;
    const found = longestAt(tokens, i, question);
    const split = !found || found.last === i ? splitAt(tokens, i, question) : null;
    if (split) {
      const { start, end } = tokens[i]!;
      const particle = tokens[split.particle]!;
      particles.add(split.particle);
      matches.push({ english: `${question.slice(start, end)} … ${particle.text}`, swedish: [...split.entry.swedish], general: split.entry.general, start, end, particle: { start: particle.start, end: particle.end } });
      continue;
    }
    if (!found) {
      const { text, norm, start, end } = tokens[i]!;
      if (LIGHT_VERBS.has(norm)) matches.push({ english: text, swedish: [], general: true, start, end });
      continue;
    }
    const start = tokens[i]!.start;
    const end = tokens[found.last]!.end;
    const degree = found.last === i ? degreeOf(tokens[i]!.norm, found.entry) : null;
    const swedish = [...new Set([...found.entry.swedish, ...(degree ? comparedForms(found.entry.swedish, degree) : [])])];
    matches.push({ english: question.slice(start, end), swedish, general: found.entry.general, start, end });
    i = found.last;
  }
  const swedishTerms = [...new Set(matches.flatMap((m) => m.swedish))];
  return { swedishTerms, matches };
}

/** Every entry of the glossary, in file order. */
export function glossaryEntries(): readonly GlossaryEntry[] {
  return load().entries;
}

/** True when the lower-case word, lightly stemmed or brought to its base, is a content word of some English key. */
export function isGlossaryWord(lowerWord: string): boolean {
  const { words } = load();
  const base = irregularBase(lowerWord);
  return words.has(stemEnglish(lowerWord)) || (base !== undefined && words.has(stemEnglish(base))) || englishBaseStems(lowerWord).some((stem) => words.has(stem));
}
