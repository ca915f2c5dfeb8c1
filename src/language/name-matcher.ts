/**
 * Names of public bodies (municipalities, regions, agencies, the government) found in free text: the
 * one matcher behind municipalities.ts and public-bodies.ts, fed from data files with the same columns.
 *
 * A mention may be written in any case, with or without å ä ö ("Vaxjo", "Forsakringskassan"), in the
 * genitive ("Umeås", "Skatteverkets"), with "kommun"/"stad" after it, with a hyphen or a space, or as
 * a short form in real use. Each row's match rule says when a name that is also an ordinary word
 * counts (see the data files' headers). Abbreviations ("FK", "SiS", "VGR": a capital after the first
 * letter) only count as written, so "kb" and "fk" in running text are not names.
 */
import { dataRows } from "./data";
import { foldAll, foldCase } from "./normalize";
import { stopwords } from "./stopwords";
import { tokenize, type Token } from "./tokenize";

export type MatchRule = "any" | "capital" | "strict" | "exact";

export interface NamedBody {
  /** Official name. */
  name: string;
  kind: string;
  /** The county (län) of a local or regional body; null for a national one. */
  county: string | null;
  /** Other names in real use (short forms, abbreviations, English names, former names). */
  variants: readonly string[];
}

export interface NameRow<B extends NamedBody> {
  body: B;
  rule: MatchRule;
  /** Rule for the spelling without å ä ö, when it is stricter ("Åre" → "are"). */
  asciiRule: MatchRule;
}

export interface NameMention<B extends NamedBody> {
  body: B;
  start: number;
  end: number;
}

export interface NameMatcher<B extends NamedBody> {
  /** Bodies mentioned in `text`, by position, each body once. */
  find(text: string): NameMention<B>[];
  /** The body for any accepted spelling of its name (every rule passes), or null. */
  canonical(name: string): B | null;
}

interface Entry<B extends NamedBody> {
  body: B;
  /** The form's words as written in the data, lower-case (with å ä ö). */
  written: readonly string[];
  /** For an abbreviation: its words exactly as written, case included. */
  exact: readonly string[] | null;
  rule: MatchRule;
  asciiRule: MatchRule;
}

interface TrieNode<B extends NamedBody> {
  children: Map<string, TrieNode<B>>;
  entries: Entry<B>[];
}

/** Words after a name that make it certainly a name: "Mark kommun", "Vara kommuns", "Malmö stad". */
const LICENSING_WORDS = new Set(["kommun", "kommuns", "kommunen", "kommunens", "stad", "stads"]);
const SENTENCE_BREAK = /[.!?\n\r•]/;
/** Between a name's words: spaces, hyphens, an English possessive ("Prime Minister's Office"). */
const NAME_GAP = /^(?:['’]s)?[\s\-‐‑–]*$/;
/** A capital after the first letter: "FK", "SiS", "LiU", "KemI". */
const ABBREVIATION = /^\p{L}+\p{Lu}/u;

/** Swedish genitive: add -s unless the name already ends in s, x or z ("Borås", "Vännäs"). */
export function genitive(word: string): string {
  return /[sxz]$/.test(word) ? word : word + "s";
}

/**
 * Rows of a data file with the columns name, kind, county, match, ascii, variants ("-" for none).
 * The caller checks `kind` against the kinds it knows (the data tests do).
 */
export function readNameRows(file: string): NameRow<NamedBody>[] {
  return dataRows(file).map(([name = "", kind = "", county = "-", rule = "any", ascii = "-", variants = "-"]) => ({
    body: { name, kind, county: county === "-" ? null : county, variants: variants === "-" ? [] : variants.split("|") },
    rule: rule as MatchRule,
    asciiRule: (ascii === "-" ? rule : ascii) as MatchRule,
  }));
}

function insert<B extends NamedBody>(trie: TrieNode<B>, entry: Entry<B>): void {
  let node = trie;
  for (const word of entry.written) {
    const key = foldAll(word);
    let child = node.children.get(key);
    if (!child) node.children.set(key, (child = { children: new Map(), entries: [] }));
    node = child;
  }
  node.entries.push(entry);
}

function buildTrie<B extends NamedBody>(rows: readonly NameRow<B>[]): TrieNode<B> {
  const trie: TrieNode<B> = { children: new Map(), entries: [] };
  for (const { body, rule, asciiRule } of rows) {
    for (const form of [body.name, ...body.variants]) {
      // The tokenizer splits forms as it splits text: "Malung-Sälen", "Prime Minister's Office".
      const asWritten = tokenize(form).map((t) => t.text);
      const written = asWritten.map(foldCase);
      if (asWritten.some((w) => ABBREVIATION.test(w))) {
        // "FK:s" reaches the tokenizer as "FK", so abbreviations need no genitive of their own.
        insert(trie, { body, written, exact: asWritten, rule: "exact", asciiRule: "exact" });
        continue;
      }
      const genitiveForm = [...written.slice(0, -1), genitive(written[written.length - 1]!)];
      insert(trie, { body, written, exact: null, rule, asciiRule });
      insert(trie, { body, written: genitiveForm, exact: null, rule, asciiRule });
    }
  }
  return trie;
}

function atSentenceStart(tokens: readonly Token[], i: number, text: string): boolean {
  const previous = tokens[i - 1];
  return !previous || SENTENCE_BREAK.test(text.slice(previous.end, tokens[i]!.start));
}

const isCapitalStopword = (t: Token | undefined) =>
  t?.kind === "word" && t.text.length > 1 && t.text === t.text.toUpperCase() && (stopwords("sv").has(t.norm) || stopwords("en").has(t.norm));

/**
 * An abbreviation counts only as written, and not where it is a word or a unit: "JO" or "DO" beside
 * "OCH" or "THE" is a heading in capitals; "KB" after a number is kilobytes.
 */
function abbreviationAllowed(entry: Entry<NamedBody>, tokens: readonly Token[], i: number, last: number): boolean {
  const asWritten = tokens.slice(i, last + 1).map((t) => t.text);
  if (asWritten.join(" ") !== entry.exact!.join(" ")) return false;
  if (tokens[i - 1]?.kind === "number") return false;
  return !isCapitalStopword(tokens[i - 1]) && !isCapitalStopword(tokens[last + 1]);
}

function ruleAllows(rule: MatchRule, tokens: readonly Token[], i: number, text: string, licensed: boolean): boolean {
  if (rule === "any" || licensed) return true;
  const first = tokens[i]!;
  if (!first.capitalized) return false;
  if (rule === "capital") return true;
  const allCaps = first.text.length > 1 && first.text === first.text.toUpperCase();
  return !allCaps && !atSentenceStart(tokens, i, text);
}

interface Match<B extends NamedBody> {
  entry: Entry<B>;
  /** Index of the last token of the mention, including a licensing "kommun". */
  last: number;
}

function isLicensed(tokens: readonly Token[], last: number, text: string): boolean {
  const next = tokens[last + 1];
  return next !== undefined && LICENSING_WORDS.has(next.norm) && NAME_GAP.test(text.slice(tokens[last]!.end, next.start));
}

/** Longest name starting at token i whose rule allows it (all rules pass when `lenient`). */
function matchAt<B extends NamedBody>(trie: TrieNode<B>, tokens: readonly Token[], i: number, text: string, lenient: boolean): Match<B> | null {
  const candidates: { node: TrieNode<B>; last: number }[] = [];
  let node: TrieNode<B> | undefined = trie;
  for (let j = i; j < tokens.length && node; j++) {
    const token = tokens[j]!;
    if (token.kind !== "word" || (j > i && !NAME_GAP.test(text.slice(tokens[j - 1]!.end, token.start)))) break;
    node = node.children.get(foldAll(token.norm));
    if (node && node.entries.length > 0) candidates.push({ node, last: j });
  }
  for (const { node: found, last } of candidates.reverse()) {
    const written = tokens.slice(i, last + 1).map((t) => t.norm).join(" ");
    const spelledAsListed = (e: Entry<B>) => e.written.join(" ") === written;
    // The entry spelled as the text is tried first: "Håbo" and "Habo" share the folded key.
    const entries = [...found.entries].sort((a, b) => Number(spelledAsListed(b)) - Number(spelledAsListed(a)));
    const licensed = isLicensed(tokens, last, text);
    for (const entry of entries) {
      const allowed = entry.exact
        ? abbreviationAllowed(entry, tokens, i, last)
        : ruleAllows(spelledAsListed(entry) ? entry.rule : entry.asciiRule, tokens, i, text, licensed);
      if (lenient || allowed) return { entry, last: licensed && !entry.exact ? last + 1 : last };
    }
  }
  return null;
}

export function createNameMatcher<B extends NamedBody>(rows: readonly NameRow<B>[]): NameMatcher<B> {
  const trie = buildTrie(rows);
  return {
    find(text) {
      const tokens = tokenize(text);
      const mentions: NameMention<B>[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < tokens.length; i++) {
        const match = matchAt(trie, tokens, i, text, false);
        if (!match) continue;
        const { body } = match.entry;
        if (!seen.has(body.name)) mentions.push({ body, start: tokens[i]!.start, end: tokens[match.last]!.end });
        seen.add(body.name);
        i = match.last;
      }
      return mentions;
    },
    canonical(name) {
      const tokens = tokenize(name.trim());
      if (tokens.length === 0) return null;
      const match = matchAt(trie, tokens, 0, name, true);
      const rest = match ? tokens.slice(match.last + 1) : [];
      return match && rest.every((t) => LICENSING_WORDS.has(t.norm)) ? match.entry.body : null;
    },
  };
}
