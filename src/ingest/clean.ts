/** Character-level clean-up shared by the normaliser and the PDF artefact remover. */

/** A list item's marker at the start of a line: a bullet, "3." or "3)", "b)", "iv)". */
export const LIST_MARKER = String.raw`[-–—•▪●◦·*]|\d{1,2}[.)]|[a-h]\)|[ivx]{1,5}\)`;

/** Clean-up that never changes the meaning of a line: NFC, invisible characters, runs of spaces. */
export function cleanLine(line: string): string {
  return line
    .normalize("NFC")
    .replace(/[\u00AD\u200B\u200C\u200D\uFEFF]/g, "") // soft hyphens and zero-width characters
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, " ")
    .replace(/[ \u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, " ")
    .trim();
}

/**
 * A line ending in one of `marks`, also before a closing reference ("… senast den 12 maj 2017.
 * (Justitiedepartementet)", "… grad av exponering. (AFS 2014:43)").
 */
export function endingIn(marks: string): RegExp {
  return new RegExp(`[${marks}](\\s*\\([^()]*\\))?$`);
}

/** A line that ends a sentence or clause: not a title, however short. */
export const CLOSING_PUNCTUATION = endingIn(".,;:!?…");
