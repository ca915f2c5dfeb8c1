/**
 * Tokenizer with character offsets into the original text (so the index can cite and phrase-match).
 *
 * Decisions, and why:
 * - Hyphenated words ("EU-projekt", "Malung-Sälen") become one token per component, consecutive,
 *   the later ones marked `joined`. A question may write "EU projekt", "EU-projekt" or "EU projects";
 *   separate components let all of them meet, and the analyzer adds the closed form as an extra term.
 * - Anything with a digit and inner separators is kept whole as an identifier: "KS/2012:935",
 *   "2020-12-31", "72/2016" (from "§ 72/2016"), "2018–2020" (dashes canonicalised to "-").
 *   A number hyphenated to a word is split instead: "2030-arbetet" → "2030" + "arbetet".
 * - "200 000" (groups of three after a space) and "200,000" are one number, "200000". The space rule
 *   only fires for a 1–3 digit group followed by exact 3-digit groups, so years ("2018 200") never merge.
 * - Abbreviations written with inner dots ("t.ex.", "bl.a.", "o.s.v.") are one token ("t.ex") so they
 *   neither split a sentence nor leave letter fragments; the stop word list holds them.
 * - "EU:s", "KS:s" (Swedish genitive of abbreviations) → "EU", "KS"; English "Umeå's" → "Umeå".
 * - English contractions ("won't", "I'm", "they’re") are one token, written with "'", as the stop
 *   word list has them; split, they left "won", "t" and "re" to be searched for.
 * - A unit sign is the word it is read as: "°C", "℃" and "°" are "grader", "%" is "procent". A
 *   question asks "höll 52 grader" or "hur många procent" of a text that writes "+55°C" or "75 %".
 */
import { foldCase } from "./normalize";

export type TokenKind = "word" | "number" | "id";

export interface Token {
  /** The text as written. */
  text: string;
  /** Lower-case NFC form; numbers without group separators; identifiers with "-" for every dash. */
  norm: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** Joined to the previous token by a hyphen ("projekt" in "EU-projekt"). */
  joined: boolean;
  /** Written with a capital first letter. */
  capitalized: boolean;
}

const CHUNK = /[\p{L}\p{M}\p{N}]+(?:[-‐‑–/:.,'’][\p{L}\p{M}\p{N}]+)*|°[ \u00A0]?[CF](?![\p{L}\p{N}])|[°℃%]/gu;
const UNIT_SIGNS: Readonly<Record<string, string>> = { "°": "grader", "℃": "grader", "%": "procent" };
const NEEDS_WORK = /[\p{N}\-‐‑–/:.,'’]/u;
const SEPARATOR = /[-‐‑–/:.,'’]/u;
const HYPHENS = /^[-‐‑–]$/;
const LETTERS = /^[\p{L}\p{M}]+$/u;
const DIGITS = /^\p{N}+$/u;
const UPPER = /^\p{Lu}/u;
const ABBREVIATION = /^\p{L}{1,3}(?:\.\p{Ll}{1,3})+$/u;
/** An English contraction: "won't", "I'm", "they're", "we've", "I'll", "she'd". */
const CONTRACTION = /^\p{L}+['’](?:t|m|re|ve|ll|d)$/iu;
const PLAIN_NUMBER = /^\d+(?:,\d+)?$/;
const ENGLISH_THOUSANDS = /^[1-9]\d{0,2}(?:,\d{3})+$/;
const MERGEABLE_HEAD = /^[1-9]\d{0,2}(?:[ \u00A0\u202F\u2009]\d{3})*$/;
const THOUSANDS_GROUP = /^\d{3}$/;
const GROUP_SPACE = /^[ \u00A0\u202F\u2009]$/;
/** Inflections Swedish writes after a colon on abbreviations: "EU:s", "SKR:s", "KS:en". */
const COLON_INFLECTIONS = new Set(["s", "n", "en", "ens", "et", "ets", "ar", "arna", "er", "erna", "na", "ns"]);

interface Piece {
  text: string;
  start: number;
  /** The separator before this piece, "" for the first. */
  sep: string;
}

function makeToken(text: string, start: number, kind: TokenKind, joined: boolean, norm?: string): Token {
  return {
    text,
    norm: norm ?? foldCase(text),
    kind,
    start,
    end: start + text.length,
    joined,
    capitalized: UPPER.test(text),
  };
}

function splitPieces(chunk: string, offset: number): Piece[] {
  const pieces: Piece[] = [];
  let sep = "";
  let begin = 0;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i]!;
    if (!SEPARATOR.test(c)) continue;
    pieces.push({ text: chunk.slice(begin, i), start: offset + begin, sep });
    sep = c;
    begin = i + 1;
  }
  pieces.push({ text: chunk.slice(begin), start: offset + begin, sep });
  return pieces;
}

/** Drops "'s" and ":s"-style endings that belong to the previous piece. */
function dropClitics(pieces: Piece[]): Piece[] {
  return pieces.filter((p, i) => {
    const previous = pieces[i - 1];
    if (!previous || i !== pieces.length - 1) return true;
    if ((p.sep === "'" || p.sep === "’") && p.text.toLowerCase() === "s") return false;
    return !(p.sep === ":" && COLON_INFLECTIONS.has(p.text) && LETTERS.test(previous.text) && previous.text.length <= 6);
  });
}

function wordTokens(chunk: string, offset: number, out: Token[]): void {
  if (ABBREVIATION.test(chunk)) {
    out.push(makeToken(chunk, offset, "word", false));
    return;
  }
  if (CONTRACTION.test(chunk)) {
    out.push(makeToken(chunk, offset, "word", false, foldCase(chunk).replace("’", "'")));
    return;
  }
  for (const p of dropClitics(splitPieces(chunk, offset))) {
    if (p.text !== "") out.push(makeToken(p.text, p.start, "word", HYPHENS.test(p.sep)));
  }
}

/** Splits an identifier-like chunk where a number is hyphenated to a word ("2030-arbetet"). */
function numericTokens(chunk: string, offset: number, out: Token[]): void {
  let group: Piece[] = [];
  for (const p of dropClitics(splitPieces(chunk, offset))) {
    const previous = group[group.length - 1];
    const wordAfterNumber =
      previous !== undefined && HYPHENS.test(p.sep) && DIGITS.test(previous.text) && LETTERS.test(p.text) && p.text.length >= 2;
    if (wordAfterNumber) {
      pushGroup(group, chunk, offset, out);
      group = [];
    }
    group.push(p);
  }
  pushGroup(group, chunk, offset, out);
}

function pushGroup(group: Piece[], chunk: string, offset: number, out: Token[]): void {
  const first = group[0];
  const last = group[group.length - 1];
  if (!first || !last) return;
  if (!group.some((p) => /\p{N}/u.test(p.text))) {
    for (const p of group) if (p.text !== "") out.push(makeToken(p.text, p.start, "word", HYPHENS.test(p.sep)));
    return;
  }
  const text = chunk.slice(first.start - offset, last.start - offset + last.text.length);
  // Thousands first: "200,000" is English grouping; a Swedish decimal rarely has exactly three decimals.
  if (ENGLISH_THOUSANDS.test(text)) out.push(makeToken(text, first.start, "number", false, text.replace(/,/g, "")));
  else if (PLAIN_NUMBER.test(text)) out.push(makeToken(text, first.start, "number", false));
  else out.push(makeToken(text, first.start, "id", false, foldCase(text).replace(/[‐‑–]/g, "-")));
}

/** Merges "200 000" (and "1 250 000") into one number token. */
function mergeDigitGroups(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const previous = out[out.length - 1];
    const mergeable =
      previous?.kind === "number" &&
      token.kind === "number" &&
      THOUSANDS_GROUP.test(token.text) &&
      GROUP_SPACE.test(text.slice(previous.end, token.start)) &&
      MERGEABLE_HEAD.test(previous.text);
    if (previous && mergeable) {
      out[out.length - 1] = makeToken(text.slice(previous.start, token.end), previous.start, "number", false, previous.norm + token.norm);
    } else out.push(token);
  }
  return out;
}

/** Tokens of `text` in order, with offsets into `text` as given. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sawNumber = false;
  for (const match of text.matchAll(CHUNK)) {
    const chunk = match[0];
    const offset = match.index;
    const unit = UNIT_SIGNS[chunk[0]!];
    if (unit) tokens.push(makeToken(chunk, offset, "word", false, unit));
    else if (!NEEDS_WORK.test(chunk)) tokens.push(makeToken(chunk, offset, "word", false));
    else if (/\p{N}/u.test(chunk)) {
      sawNumber = true;
      numericTokens(chunk, offset, tokens);
    } else wordTokens(chunk, offset, tokens);
  }
  return sawNumber ? mergeDigitGroups(tokens, text) : tokens;
}

