/**
 * Case and diacritic folding. Staff type place names without å ä ö in Slack ("Vaxjo", "Gavle"),
 * so every term is compared in a folded form as well as the written one.
 */

/** Lower-case in Unicode NFC, so a decomposed "a\u030A" and a precomposed "å" compare equal. */
export function foldCase(s: string): string {
  return s.normalize("NFC").toLowerCase();
}

/**
 * Letters that Unicode does not decompose into base + mark, so NFD alone would leave them.
 * The Swedish habit is to write them as their nearest ASCII vowel (æ→a as ä→a, ø→o as ö→o).
 */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  æ: "a", Æ: "A", ø: "o", Ø: "O", ß: "ss", đ: "d", Đ: "D", ð: "d", Ð: "D",
  þ: "th", Þ: "Th", ł: "l", Ł: "L", œ: "oe", Œ: "OE", ı: "i",
};
const UNDECOMPOSABLE_RE = /[æÆøØßđĐðÐþÞłŁœŒı]/g;
const COMBINING_MARKS = /\p{M}+/gu;
// Fast path: most text is plain ASCII and needs no work at all.
const NON_ASCII = /[^\x00-\x7f]/;

/** Removes diacritics: "Växjö" → "Vaxjo", "Örnsköldsvik" → "Ornskoldsvik", "café" → "cafe". Keeps case. */
export function foldDiacritics(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return s
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(UNDECOMPOSABLE_RE, (c) => UNDECOMPOSABLE[c] ?? c)
    .normalize("NFC");
}

/** Both folds: the form used when a written name and its ASCII spelling must meet. */
export function foldAll(s: string): string {
  return foldDiacritics(foldCase(s));
}
