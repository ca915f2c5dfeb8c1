/** One analysed term: compound parts stand beside their word, at its position. */
export interface AnalysedTerm {
  term: string;
  kind: "word" | "part" | "number" | "id";
}

/** What the index needs from language analysis: a versioned text → terms function. */
export interface TextAnalyzer {
  /** Recorded in the manifest: an index built with another analyzer must be rebuilt. */
  readonly name: string;
  terms(text: string): string[];
  /** The same terms in the same order, with their kinds (what phrase matching needs). */
  analyze(text: string): AnalysedTerm[];
}

/** The text a passage is indexed under: its section headings, then its own text. */
export function indexText(section: readonly string[], text: string): string {
  const headings = section.filter((heading) => !text.startsWith(heading));
  return headings.length ? `${headings.join("\n")}\n${text}` : text;
}
