/**
 * Answer → Slack message: the answer, each cited passage as a numbered quote with where it comes
 * from (linked to the source when its URL is known), warnings about documents past their revision
 * date, the documents available when nothing was found, and the feedback buttons.
 */
import type { Answer, Citation, Language } from "../../domain";
import { blockQuote, escapeMrkdwn, link } from "../mrkdwn";
import { FEEDBACK_ACTIONS, FEEDBACK_BLOCK_ID, feedbackValue, type FeedbackRef } from "./actions";
import { context, fitBlocks, MAX_MESSAGE_BLOCKS, message, section, sectionsOf, type Block, type SlackMessage } from "./limits";

/** A document as named to someone whose question found nothing. */
export interface CatalogueEntry {
  title: string;
  municipality: string | null;
}

export interface AnswerMessageOptions {
  feedback: FeedbackRef;
  /** The indexed documents, listed when the answer abstains. */
  catalogue: readonly CatalogueEntry[];
}

const TEXT = {
  sv: {
    page: "s.",
    helpful: "👍 Hjälpsamt",
    notHelpful: "👎 Inte hjälpsamt",
    documents: "Dokumenten jag kan svara utifrån:",
    more: (n: number) => `… och ${n} källor till.`,
  },
  en: {
    page: "p.",
    helpful: "👍 Helpful",
    notHelpful: "👎 Not helpful",
    documents: "The documents I can answer from:",
    more: (n: number) => `… and ${n} more sources.`,
  },
} satisfies Record<Language, unknown>;

type Text = (typeof TEXT)[Language];

function where(citation: Citation, t: Text): string[] {
  const page = citation.page !== null ? `${t.page} ${citation.page}` : null;
  return [citation.municipality, citation.section, page].filter((part): part is string => Boolean(part));
}

function citationMrkdwn(citation: Citation, t: Text): string {
  const details = where(citation, t).map(escapeMrkdwn);
  const head = [`*[${citation.n}] ${link(citation.sourceUrl, citation.title)}*`, ...details].join(" · ");
  return `${head}\n${blockQuote(escapeMrkdwn(citation.quote))}`;
}

function catalogueMrkdwn(catalogue: readonly CatalogueEntry[]): string {
  return [...catalogue]
    .sort((a, b) => (a.municipality ?? "").localeCompare(b.municipality ?? "", "sv") || a.title.localeCompare(b.title, "sv"))
    .map((doc) => escapeMrkdwn(doc.municipality ? `${doc.title} (${doc.municipality})` : doc.title))
    .join(" · ");
}

export function feedbackButtons(language: Language, ref: FeedbackRef): Block {
  const t = TEXT[language];
  const value = feedbackValue(ref);
  return {
    type: "actions",
    block_id: FEEDBACK_BLOCK_ID,
    elements: [
      { type: "button", action_id: FEEDBACK_ACTIONS.helpful, text: { type: "plain_text", text: t.helpful, emoji: true }, value },
      { type: "button", action_id: FEEDBACK_ACTIONS.notHelpful, text: { type: "plain_text", text: t.notHelpful, emoji: true }, value },
    ],
  };
}

function fallbackText(answer: Answer, t: Text): string {
  const sources = answer.citations.map((c) => `[${c.n}] ${[c.title, ...where(c, t)].join(" · ")}`);
  const warnings = answer.warnings.map((w) => `⚠ ${w}`);
  return escapeMrkdwn([answer.answer, ...sources, ...warnings].join("\n"));
}

export function answerMessage(answer: Answer, options: AnswerMessageOptions): SlackMessage {
  const t = TEXT[answer.language];
  const tail: Block[] = [];
  if (answer.abstained && options.catalogue.length) tail.push(context(`${t.documents} ${catalogueMrkdwn(options.catalogue)}`));
  if (answer.warnings.length) tail.push(context(answer.warnings.map((w) => `:warning: ${escapeMrkdwn(w)}`).join("\n")));
  tail.push(feedbackButtons(answer.language, options.feedback));
  // An answer of many lines (a document list, a line per municipality) may pass a section's
  // 3,000 characters: it takes as many sections as its lines need, rather than being cut.
  const text = sectionsOf(escapeMrkdwn(answer.answer).split("\n"));
  const citations = answer.citations.map((c) => section(citationMrkdwn(c, t)));
  const room = MAX_MESSAGE_BLOCKS - text.length - tail.length;
  const blocks = [...text, ...fitBlocks(citations, room, (n) => context(t.more(n))), ...tail];
  return message(fallbackText(answer, t), blocks);
}

/** The answer so far while a model is still writing it (a placeholder updated in place). */
export function partialAnswerMessage(textSoFar: string): SlackMessage {
  const text = `${escapeMrkdwn(textSoFar)} …`;
  return message(text, [section(text)]);
}
