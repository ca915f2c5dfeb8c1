/**
 * The document register as a Slack message, grouped by municipality: type, who adopted it and
 * when, until when it is valid or how it is revised, flagged when past its revision date or
 * replaced by a newer document (the status comes from src/answer/register.ts).
 */
import type { RegisterEntry } from "../../answer/register";
import type { Language } from "../../domain";
import { escapeMrkdwn, link } from "../mrkdwn";
import { context, fitBlocks, MAX_MESSAGE_BLOCKS, message, section, sectionsOf, type Block, type SlackMessage } from "./limits";

export type DocumentSummary = Pick<
  RegisterEntry,
  "title" | "municipality" | "type" | "adoptedBy" | "adoptedOn" | "validUntil" | "revision" | "sourceUrl" | "status"
>;

const TEXT = {
  sv: {
    heading: (docs: number, issuers: number) => `*${docs} styrdokument* från ${issuers} utgivare`,
    none: "Inga styrdokument är indexerade ännu. En samordnare kan lägga till dokument genom att dela en fil med mig i ett direktmeddelande.",
    unknownIssuer: "Okänd utgivare",
    adopted: (on: string | null, by: string | null) => ["antagen", on, by ? `av ${by}` : null].filter(Boolean).join(" "),
    validUntil: (date: string) => `gäller till ${date}`,
    overdue: "revisionsdatumet har passerat",
    replaced: "ersatt av ett nyare dokument",
    revision: (rule: string) => `revideras ${rule}`,
    more: (n: number) => `… och ${n} avsnitt till som inte ryms i ett meddelande.`,
  },
  en: {
    heading: (docs: number, issuers: number) => `*${docs} governing ${docs === 1 ? "document" : "documents"}* from ${issuers} ${issuers === 1 ? "issuer" : "issuers"}`,
    none: "No governing documents are indexed yet. A coordinator can add documents by sharing a file with me in a direct message.",
    unknownIssuer: "Unknown issuer",
    adopted: (on: string | null, by: string | null) => ["adopted", on, by ? `by ${by}` : null].filter(Boolean).join(" "),
    validUntil: (date: string) => `valid until ${date}`,
    overdue: "past its revision date",
    replaced: "replaced by a newer document",
    revision: (rule: string) => `revision: ${rule}`,
    more: (n: number) => `… and ${n} more sections that do not fit in one message.`,
  },
} satisfies Record<Language, unknown>;

type Text = (typeof TEXT)[Language];

function documentLine(doc: DocumentSummary, t: Text): string {
  const details: string[] = [];
  if (doc.type) details.push(escapeMrkdwn(doc.type));
  if (doc.adoptedOn || doc.adoptedBy) details.push(escapeMrkdwn(t.adopted(doc.adoptedOn, doc.adoptedBy)));
  if (doc.validUntil) {
    details.push(escapeMrkdwn(t.validUntil(doc.validUntil)) + (doc.status === "past-revision" ? ` :warning: ${t.overdue}` : ""));
  } else if (doc.revision) {
    details.push(escapeMrkdwn(t.revision(doc.revision)));
  }
  if (doc.status === "replaced") details.push(`:warning: ${t.replaced}`);
  const title = `*${link(doc.sourceUrl, doc.title)}*`;
  return `• ${[title, ...details].join(" · ")}`;
}

/** Documents grouped by issuer, issuers and titles in Swedish alphabetical order. */
function byIssuer(docs: readonly DocumentSummary[], t: Text): Map<string, DocumentSummary[]> {
  const groups = new Map<string, DocumentSummary[]>();
  const sorted = [...docs].sort((a, b) => a.title.localeCompare(b.title, "sv"));
  for (const doc of sorted) {
    const issuer = doc.municipality ?? t.unknownIssuer;
    groups.set(issuer, [...(groups.get(issuer) ?? []), doc]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b, "sv")));
}

/** The document list as blocks, at most `maxBlocks` of them. */
export function documentBlocks(docs: readonly DocumentSummary[], language: Language, maxBlocks: number): Block[] {
  const t = TEXT[language];
  if (!docs.length) return [section(t.none)];
  const groups = byIssuer(docs, t);
  const blocks: Block[] = [section(t.heading(docs.length, groups.size))];
  for (const [issuer, group] of groups) {
    blocks.push(...sectionsOf([`*${escapeMrkdwn(issuer)}*`, ...group.map((doc) => documentLine(doc, t))]));
  }
  return fitBlocks(blocks, maxBlocks, (n) => context(t.more(n)));
}

export function documentsMessage(docs: readonly DocumentSummary[], language: Language): SlackMessage {
  const t = TEXT[language];
  const issuers = byIssuer(docs, t);
  const text = docs.length
    ? `${t.heading(docs.length, issuers.size).replace(/\*/g, "")}: ${escapeMrkdwn([...issuers.keys()].join(", "))}`
    : t.none;
  return message(text, documentBlocks(docs, language, MAX_MESSAGE_BLOCKS));
}
