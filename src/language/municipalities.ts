/**
 * Sweden's 290 municipalities and 21 regions (data/municipalities.tsv), found in free text.
 *
 * A mention may be written in any case, with or without å ä ö ("Vaxjo"), in the genitive ("Umeås",
 * "Örnsköldsviks"), with "kommun"/"stad" after it, with a hyphen or a space ("Upplands-Väsby"), or as a
 * short form in real use ("Väsby", "Övik"). Names that are also ordinary words only count when the
 * data file's match rule allows it (see its header): "vi ska vara med" mentions no municipality.
 */
import { dataRows } from "./data";
import { foldAll, foldCase } from "./normalize";
import { tokenize, type Token } from "./tokenize";

export type MunicipalityKind = "kommun" | "region";
type MatchRule = "any" | "capital" | "strict";

export interface Municipality {
  name: string;
  kind: MunicipalityKind;
  county: string;
  /** Other names in real use (short forms, exonyms, former names), not generated spellings. */
  variants: readonly string[];
}

export interface MunicipalityMention {
  name: string;
  kind: MunicipalityKind;
  start: number;
  end: number;
}

interface Entry {
  municipality: Municipality;
  /** The form's words as written in the data (lower-case, with å ä ö). */
  written: readonly string[];
  rule: MatchRule;
  asciiRule: MatchRule;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  entries: Entry[];
}

interface Catalogue {
  all: readonly Municipality[];
  trie: TrieNode;
  /** Folded single-word name forms → the term the analyzer uses for them. */
  terms: ReadonlyMap<string, string>;
  /** Every word of every name and variant, case- and diacritic-folded. */
  words: ReadonlySet<string>;
}

/** Words after a name that make it certainly a name: "Mark kommun", "Vara kommuns", "Malmö stad". */
const LICENSING_WORDS = new Set(["kommun", "kommuns", "kommunen", "kommunens", "stad", "stads"]);
const SENTENCE_BREAK = /[.!?\n\r•]/;
const NAME_GAP = /^[\s\-‐‑–]*$/;

let catalogue: Catalogue | null = null;

function nameWords(name: string): string[] {
  return name.split(/[\s\-‐‑–]+/).filter((w) => w !== "").map(foldCase);
}

/** Swedish genitive: add -s unless the name already ends in s, x or z ("Borås", "Vännäs"). */
function genitive(word: string): string {
  return /[sxz]$/.test(word) ? word : word + "s";
}

function insert(trie: TrieNode, words: readonly string[], entry: Entry): void {
  let node = trie;
  for (const word of words) {
    const key = foldAll(word);
    let child = node.children.get(key);
    if (!child) {
      child = { children: new Map(), entries: [] };
      node.children.set(key, child);
    }
    node = child;
  }
  node.entries.push(entry);
}

function parseRow(row: readonly string[]): { municipality: Municipality; rule: MatchRule; asciiRule: MatchRule } {
  const [name = "", kind = "", county = "", rule = "any", ascii = "-", variants = "-"] = row;
  const municipality: Municipality = {
    name,
    kind: kind === "region" ? "region" : "kommun",
    county,
    variants: variants === "-" ? [] : variants.split("|"),
  };
  const matchRule = rule as MatchRule;
  return { municipality, rule: matchRule, asciiRule: ascii === "-" ? matchRule : (ascii as MatchRule) };
}

function addTerms(terms: Map<string, string>, municipality: Municipality, entry: Omit<Entry, "written">): void {
  const canonical = nameWords(municipality.name);
  if (municipality.kind !== "kommun" || entry.rule !== "any") return;
  for (const form of [municipality.name, ...municipality.variants]) {
    const words = nameWords(form);
    if (words.length !== 1) continue;
    const word = words[0]!;
    const target = foldAll(canonical.length === 1 ? canonical[0]! : word);
    terms.set(word, target);
    terms.set(genitive(word), target);
    if (entry.asciiRule === "any") {
      terms.set(foldAll(word), target);
      terms.set(foldAll(genitive(word)), target);
    }
  }
}

function load(): Catalogue {
  if (catalogue) return catalogue;
  const trie: TrieNode = { children: new Map(), entries: [] };
  const terms = new Map<string, string>();
  const words = new Set<string>();
  const all: Municipality[] = [];
  for (const row of dataRows("municipalities.tsv")) {
    const { municipality, rule, asciiRule } = parseRow(row);
    all.push(municipality);
    for (const form of [municipality.name, ...municipality.variants]) {
      const written = nameWords(form);
      const genitiveForm = [...written.slice(0, -1), genitive(written[written.length - 1]!)];
      for (const w of [...written, ...genitiveForm]) words.add(foldAll(w));
      insert(trie, written, { municipality, written, rule, asciiRule });
      insert(trie, genitiveForm, { municipality, written: genitiveForm, rule, asciiRule });
    }
    addTerms(terms, municipality, { municipality, rule, asciiRule });
  }
  catalogue = { all, trie, terms, words };
  return catalogue;
}

function atSentenceStart(tokens: readonly Token[], i: number, text: string): boolean {
  const previous = tokens[i - 1];
  return !previous || SENTENCE_BREAK.test(text.slice(previous.end, tokens[i]!.start));
}

function ruleAllows(rule: MatchRule, tokens: readonly Token[], i: number, text: string, licensed: boolean): boolean {
  if (rule === "any" || licensed) return true;
  const first = tokens[i]!;
  if (!first.capitalized) return false;
  if (rule === "capital") return true;
  const allCaps = first.text.length > 1 && first.text === first.text.toUpperCase();
  return !allCaps && !atSentenceStart(tokens, i, text);
}

interface Match {
  entry: Entry;
  /** Index of the last token of the mention, including a licensing "kommun". */
  last: number;
}

/** Longest name starting at token i whose match rule allows it (all rules pass when `lenient`). */
function matchAt(tokens: readonly Token[], i: number, text: string, lenient: boolean): Match | null {
  const candidates: { node: TrieNode; last: number }[] = [];
  let node: TrieNode | undefined = load().trie;
  for (let j = i; j < tokens.length && node; j++) {
    const token = tokens[j]!;
    if (token.kind !== "word" || (j > i && !NAME_GAP.test(text.slice(tokens[j - 1]!.end, token.start)))) break;
    node = node.children.get(foldAll(token.norm));
    if (node && node.entries.length > 0) candidates.push({ node, last: j });
  }
  for (const { node: found, last } of candidates.reverse()) {
    const written = tokens.slice(i, last + 1).map((t) => t.norm);
    const entry = found.entries.find((e) => e.written.join(" ") === written.join(" ")) ?? found.entries[0]!;
    const exact = entry.written.join(" ") === written.join(" ");
    const next = tokens[last + 1];
    const licensed = next !== undefined && LICENSING_WORDS.has(next.norm) && NAME_GAP.test(text.slice(tokens[last]!.end, next.start));
    if (lenient || ruleAllows(exact ? entry.rule : entry.asciiRule, tokens, i, text, licensed)) {
      return { entry, last: licensed ? last + 1 : last };
    }
  }
  return null;
}

/** Municipalities and regions mentioned in `text`: canonical names, by position, each name once. */
export function findMunicipalities(text: string): MunicipalityMention[] {
  const tokens = tokenize(text);
  const mentions: MunicipalityMention[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const match = matchAt(tokens, i, text, false);
    if (!match) continue;
    const { name, kind } = match.entry.municipality;
    if (!seen.has(name)) mentions.push({ name, kind, start: tokens[i]!.start, end: tokens[match.last]!.end });
    seen.add(name);
    i = match.last;
  }
  return mentions;
}

/** The official name for any accepted spelling ("vaxjo kommun" → "Växjö"), or null. */
export function canonicalMunicipality(name: string): string | null {
  const tokens = tokenize(name.trim());
  if (tokens.length === 0) return null;
  const match = matchAt(tokens, 0, name, true);
  const rest = match ? tokens.slice(match.last + 1) : [];
  const onlySuffix = rest.every((t) => LICENSING_WORDS.has(t.norm));
  return match && onlySuffix ? match.entry.municipality.name : null;
}

export function allMunicipalities(): readonly Municipality[] {
  return load().all;
}

/**
 * The index term for a single-word municipality name in any spelling or the genitive, or null.
 * "Umeås", "umea", "Umeå" → "umea". Snowball keeps "-s" after å/ä/ö ("umeås"), and strips "-a" from the
 * ASCII "umea", so without this the spellings of one name would not meet. Ambiguous names are left
 * to the stemmer: "vara" is usually a verb.
 */
export function municipalityTerm(lowerWord: string): string | null {
  return load().terms.get(lowerWord) ?? null;
}

/** True for a word of any municipality or region name (folded), which compound splitting leaves whole. */
export function isMunicipalityWord(lowerWord: string): boolean {
  return load().words.has(foldAll(lowerWord));
}
