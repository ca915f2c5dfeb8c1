/**
 * Detects text that a PDF's fonts mis-encode. A font with a custom encoding and no ToUnicode map
 * makes pdf.js return the glyph codes as if they were characters: "Göran Persson" comes out as
 * "*|UDQ\x033HUVVRQ" (every code shifted by 0x1d, so the space becomes the control character
 * U+0003). Such text cannot be quoted or searched, so ingest rejects it.
 *
 * The test is deliberately conservative:
 * - only Latin-script words are judged (CJK, Arabic, Cyrillic … are legitimately "non-Latin" and
 *   pass untouched), and a line needs enough of them to be judged at all;
 * - a word is implausible when it has a control character inside it, a lower-to-upper case switch
 *   after its first letter ("DQVWlOOGD"), no vowel in four or more letters ("RVVH"), or letters
 *   joined by symbols that never sit inside words ("O\\GHOVH");
 * - a line is garbled when most of its words are implausible, or when control characters stand
 *   where spaces should be ("RFK\x03.RQXQJ");
 * - a text is garbled when garbled lines carry a noticeable share of its letters, or when its
 *   Latin letters have far too few vowels: a shifted encoding without control characters
 *   ("PHOODQ" for "mellan") leaves every word looking plausible on its own, but moves letters off
 *   the vowels (letters in words of real Swedish, English and German documents: 0.33–0.44 are
 *   vowels on every page; the same documents shifted by ±1…29 code points: 0.07–0.31).
 * Measured over the real PDFs, DOCX and text files in ../shared/real (Swedish, English, German,
 * math, CJK, Arabic): normal text stays well clear of both thresholds; see the loaders' report.
 */

/** C0 controls except tab, line feed, vertical tab, form feed and carriage return; DEL; U+FFFD. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/u;
const CONTROL_BETWEEN_LETTERS = /\p{L}[\u0000-\u0008\u000E-\u001F\u007F]+\p{L}/gu;
const LATIN_LETTERS = /^\p{Script=Latin}+$/u;
const VOWEL = /[aeiouyåäöæøéèêëáàâíìîïóòôúùûüœ]/iu;
const CASE_SWITCH = /\p{Ll}\p{Lu}/u;
const SYMBOL_IN_WORD = /\p{L}[|\\{}^~<>]+\p{L}|^[|\\{}^~<>$%]+\p{L}{2}/u;
/** URLs and e-mail addresses are not words; "https" alone would count as vowel-less. */
const ADDRESSES = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+/giu;

const MIN_WORDS_PER_LINE = 3;
const CONTROL_SEPARATOR_SHARE = 0.25;
const LINE_SUSPICIOUS_SHARE = 0.5;
/** A text is garbled when this share of its letters sits on garbled lines… */
const DOCUMENT_GARBLED_SHARE = 0.02;
/** …and there is enough garbled text to be sure (a stray symbol line is not a finding). */
const MIN_GARBLED_LETTERS = 40;
/** Fewer vowels than this among the Latin letters is not prose, given enough letters to judge. */
const MIN_VOWEL_SHARE = 0.3;
const MIN_LATIN_LETTERS_FOR_VOWELS = 500;

export interface GarbleMeasure {
  /** Letters (any script) in the text. */
  letters: number;
  /** Letters on lines judged garbled. */
  garbledLetters: number;
  /** garbledLetters / letters, 0 for text without letters. */
  share: number;
  /** Latin letters in words of three letters or more. */
  latinLetters: number;
  /** Vowels among those letters, 0 without any. */
  vowelShare: number;
}

function isImplausibleWord(token: string): boolean {
  if (CONTROL.test(token)) return true;
  // Judged per run of letters: "Elmsäter-Svärd" and "Hausdorff-Räume" are two words each.
  const runs = token.match(/\p{L}+/gu) ?? [];
  if (runs.some((run) => CASE_SWITCH.test(run.slice(1)))) return true;
  if (runs.some((run) => run.length >= 4 && !VOWEL.test(run))) return true;
  return SYMBOL_IN_WORD.test(token);
}

function isLatinWord(token: string): boolean {
  const letters = token.replace(/[\P{L}]/gu, "");
  return letters.length >= 2 && LATIN_LETTERS.test(letters);
}

/**
 * Controls where spaces should be. A few between letters are a known copy-and-paste artefact of
 * hyphens ("hälso\x02och"), so they count only when they separate a good part of the line.
 */
function hasControlsAsSpaces(line: string, tokens: string[]): boolean {
  const count = line.match(CONTROL_BETWEEN_LETTERS)?.length ?? 0;
  return count >= 2 && count >= tokens.length * CONTROL_SEPARATOR_SHARE;
}

export function isGarbledLine(line: string): boolean {
  const tokens = line.split(/\s+/u).filter(Boolean);
  if (hasControlsAsSpaces(line, tokens)) return true;
  const words = line.replace(ADDRESSES, " ").split(/\s+/u).filter(isLatinWord);
  if (words.length < MIN_WORDS_PER_LINE) return false;
  const implausible = words.filter(isImplausibleWord).length;
  return implausible / words.length >= LINE_SUSPICIOUS_SHARE;
}

function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/** Words of three letters or more: single-letter variables ("P, Q, R ∈ X") would skew math pages. */
function vowelCounts(text: string): { latinLetters: number; vowelShare: number } {
  const latin = [...(text.match(/\p{Script=Latin}{3,}/gu) ?? []).join("")];
  const vowels = latin.filter((letter) => VOWEL.test(letter)).length;
  return { latinLetters: latin.length, vowelShare: latin.length === 0 ? 0 : vowels / latin.length };
}

export function measureGarbling(text: string): GarbleMeasure {
  let letters = 0;
  let garbledLetters = 0;
  for (const line of text.split("\n")) {
    const n = countLetters(line);
    letters += n;
    if (n > 0 && isGarbledLine(line)) garbledLetters += n;
  }
  const share = letters === 0 ? 0 : garbledLetters / letters;
  return { letters, garbledLetters, share, ...vowelCounts(text) };
}

/** `minShare`: the share of letters on garbled lines that condemns the text (a page may use more). */
export function looksGarbled(text: string, minShare = DOCUMENT_GARBLED_SHARE): boolean {
  const measure = measureGarbling(text);
  const garbledLines = measure.garbledLetters >= MIN_GARBLED_LETTERS && measure.share >= minShare;
  const tooFewVowels =
    measure.latinLetters >= MIN_LATIN_LETTERS_FOR_VOWELS && measure.vowelShare < MIN_VOWEL_SHARE;
  return garbledLines || tooFewVowels;
}
