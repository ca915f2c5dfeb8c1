/**
 * JavaScript's \b only knows ASCII letters: "\bäger" does not match " äger" but does match inside
 * "säger". Patterns written with \b for Swedish text go through unicodeRegExp, which turns every \b
 * into a boundary between letters/digits and anything else, in any script.
 */
import { foldDiacritics } from "./normalize";

const WORD = String.raw`[\p{L}\p{N}_]`;
const BOUNDARY = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

export function unicodeRegExp(source: string, flags = "iu"): RegExp {
  const withU = flags.includes("u") ? flags : `${flags}u`;
  return new RegExp(source.replace(/\\b/g, BOUNDARY), withU);
}

/** Something a question can be tested against. */
export interface QuestionPattern {
  test(question: string): boolean;
}

/**
 * A pattern for questions, which staff often type without å, ä, ö ("nar antogs", "hur manga"):
 * the pattern and the question are both compared with those letters folded.
 */
export function questionPattern(source: string): QuestionPattern {
  const folded = unicodeRegExp(foldDiacritics(source));
  return { test: (question) => folded.test(foldDiacritics(question)) };
}
