/** Answer → plain text for a terminal: the answer, numbered quotes with where they come from, warnings. */
import type { Answer } from "../domain";

export function formatAnswer(answer: Answer): string {
  const lines = [answer.answer];
  if (answer.citations.length) lines.push("");
  for (const c of answer.citations) {
    const where = [c.title, c.municipality, c.section, c.page !== null ? `s. ${c.page}` : null].filter(Boolean).join(" · ");
    lines.push(`[${c.n}] ${where}`, `    ”${c.quote.replace(/\s*\n\s*/g, " ")}”`);
    if (c.sourceUrl) lines.push(`    ${c.sourceUrl}`);
  }
  for (const w of answer.warnings) lines.push("", `⚠ ${w}`);
  return lines.join("\n");
}
