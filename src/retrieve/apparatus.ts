/**
 * The parts of a document that point to what it says rather than say it: its table of contents
 * and its list of sources. Their lines are section titles and book titles, so they hold the
 * question's words without answering it. And its background, which tells what led up to it in the
 * words of its subjects, without the rules on them.
 */

const NUMBER = String.raw`(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?`;
const CONTENTS_HEADING = new RegExp(`^${NUMBER}(innehåll|innehållsförteckning|contents|table of contents)$`, "i");
const SOURCES_HEADING = new RegExp(`^${NUMBER}(referenser|referenslista|källor|källförteckning|källhänvisningar|litteratur|litteraturlista|litteraturförteckning|references|bibliography|sources)$`, "i");

/**
 * What led up to a document or a decision: a guideline's or a bill's background, and a judgment's
 * account of what the parties claimed ("Yrkanden och inställning", "Grunder", "Utveckling av
 * talan"), which the court's reasons (Domskäl, Skäl) then decide.
 */
const BACKGROUND_HEADING = new RegExp(
  `^${NUMBER}(bakgrund|inledning|background|introduction|yrkanden|yrkanden och inställning|yrkanden m\\.m\\.|grunder|utveckling av talan|parternas talan|parternas ståndpunkter|kortfattad redogörelse för parternas ståndpunkter)$`,
  "i",
);

/** A heading (or a list's lead-in line) of a table of contents: "Innehåll", "Innehållsförteckning". */
export function isContentsHeading(line: string): boolean {
  return CONTENTS_HEADING.test(line.trim());
}

/** A heading (or a list's lead-in line) of a list of sources: "Referenser", "7. Källförteckning". */
export function isSourcesHeading(line: string): boolean {
  return SOURCES_HEADING.test(line.trim());
}

/** A passage in a table of contents: one of its section headings is such a heading. */
export function inContents(section: readonly string[]): boolean {
  return section.some(isContentsHeading);
}

/**
 * A passage under a "Bakgrund" or "Inledning" heading, or a judgment's account of the parties'
 * claims: what led up to the document or the decision. It names the subjects without the rules on
 * them, or the court's finding.
 */
export function inBackground(section: readonly string[]): boolean {
  return section.some(isBackgroundHeading);
}

function isBackgroundHeading(line: string): boolean {
  return BACKGROUND_HEADING.test(line.trim());
}
