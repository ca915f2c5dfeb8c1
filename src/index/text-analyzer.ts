/** What the index needs from language analysis: a versioned text → terms function. */
export interface TextAnalyzer {
  /** Recorded in the manifest: an index built with another analyzer must be rebuilt. */
  readonly name: string;
  terms(text: string): string[];
}

/** The text a passage is indexed under: its section headings, then its own text. */
export function indexText(section: readonly string[], text: string): string {
  const headings = section.filter((heading) => !text.startsWith(heading));
  return headings.length ? `${headings.join("\n")}\n${text}` : text;
}
