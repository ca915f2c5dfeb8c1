/**
 * Answer → HTML for the web chat, the way the Slack bot shows an answer: the question, the answer,
 * numbered verbatim quotes with where they come from, revision warnings, and help when nothing was
 * found. Pure: every piece of document and question text is escaped here and nowhere else, and the
 * page inserts the result as it is.
 */
import { courtesyOf } from "../answer/courtesy";
import type { Answer, Citation, Language, RankedPassage } from "../domain";
import { uiText, type UiKey } from "./ui-text";

/** Passages besides the cited ones, shown folded under the answer. */
export const OTHER_PASSAGES_SHOWN = 5;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Only http(s) links: a sidecar could hold `javascript:` or a local path. */
export function safeUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url.trim()) ? url.trim() : null;
}

export function link(text: string, url: string | null | undefined): string {
  const href = safeUrl(url);
  return href ? `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** Interface text, escaped like everything else that reaches the page. */
export function t(language: Language, key: UiKey): string {
  return escapeHtml(uiText(language, key));
}

type Source = Pick<Citation, "title" | "municipality" | "section" | "page"> & { sourceUrl?: string | null };

/** "Title · Municipality · Section · p. 3", the title linked when the source URL is known. */
function sourceLine(source: Source, language: Language): string {
  const rest = [source.municipality, source.section, source.page !== null ? `${t(language, "page")} ${source.page}` : null];
  return [link(source.title, source.sourceUrl), ...rest.filter((part): part is string => Boolean(part)).map(escapeHtml)].join(" · ");
}

function citations(answer: Answer): string[] {
  if (!answer.citations.length) return [];
  return [
    `<ol class="citations" aria-label="${t(answer.language, "sources")}">`,
    ...answer.citations.map(
      (c) =>
        `<li class="citation"><span class="n">[${c.n}]</span> <blockquote>${escapeHtml(c.quote)}</blockquote> <p class="source">${sourceLine(c, answer.language)}</p></li>`,
    ),
    "</ol>",
  ];
}

function warnings(answer: Answer): string[] {
  if (!answer.warnings.length) return [];
  return ['<ul class="warnings">', ...answer.warnings.map((w) => `<li><span aria-hidden="true">⚠</span> ${escapeHtml(w)}</li>`), "</ul>"];
}

/** The ranked passages that no citation quotes from, best first. */
export function uncitedPassages(answer: Answer, limit = OTHER_PASSAGES_SHOWN): RankedPassage[] {
  const cited = (p: RankedPassage) => answer.citations.some((c) => c.docId === p.docId && p.text.includes(c.quote));
  return answer.passages.filter((p) => !cited(p)).slice(0, limit);
}

function otherPassages(answer: Answer): string[] {
  const passages = uncitedPassages(answer);
  if (!passages.length) return [];
  return [
    `<details class="passages"><summary>${t(answer.language, "otherPassages")} (${passages.length})</summary>`,
    "<ol>",
    ...passages.map((p) => `<li><p class="source">${sourceLine(p, answer.language)}</p> <blockquote>${escapeHtml(p.text)}</blockquote></li>`),
    "</ol>",
    "</details>",
  ];
}

export interface RenderAnswerOptions {
  /** The question as the person typed it, when the engine made a follow-up standalone. */
  asked?: string;
}

export function renderAnswer(answer: Answer, options: RenderAnswerOptions = {}): string {
  const lang = answer.language;
  const asked = options.asked?.replace(/\s+/g, " ").trim() || answer.question;
  const understood =
    asked !== answer.question ? [`<p class="understood">${t(lang, "understoodAs")}: ${escapeHtml(answer.question)}</p>`] : [];
  // Thanks or a greeting is answered in kind: nothing was searched for, so nothing to rephrase.
  const help = answer.abstained && !courtesyOf(answer.question) ? [`<p class="help">${t(lang, "noneFoundHelp")} <a href="#documents">${t(lang, "documents")}</a></p>`] : [];
  return [
    `<article class="turn${answer.abstained ? " abstained" : ""}" lang="${lang}">`,
    `<h3 class="question"><span class="visually-hidden">${t(lang, "question")}: </span>${escapeHtml(asked)}</h3>`,
    ...understood,
    `<p class="answer-text">${escapeHtml(answer.answer)}</p>`,
    ...help,
    ...citations(answer),
    ...warnings(answer),
    ...otherPassages(answer),
    "</article>",
  ].join("\n");
}
