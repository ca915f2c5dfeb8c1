/** The reply to a coordinator: what an upload or a reindex changed, and what to look at. */
import type { Language } from "../../domain";
import { formatReport, type IngestReport } from "../../ingest/report";
import { escapeMrkdwn, truncate } from "../mrkdwn";
import { MAX_TEXT_CHARS, message, section, sectionsOf, type SlackMessage } from "./limits";

export type UploadOutcome =
  | { name: string; status: "added" | "updated"; title: string; municipality: string | null; passages: number; warnings: string[] }
  | { name: string; status: "failed"; reason: string };

const TEXT = {
  sv: {
    added: (doc: string, n: number) => `:white_check_mark: ${doc} är tillagt – ${n} avsnitt indexerade.`,
    updated: (doc: string, n: number) => `:white_check_mark: ${doc} är ersatt med den nya versionen – ${n} avsnitt indexerade.`,
    failed: (name: string, reason: string) => `:x: *${name}*: ${reason}. Ingenting ändrades.`,
    reindexed: (r: IngestReport) =>
      `*Omindexering klar:* ${r.added} tillagda, ${r.updated} uppdaterade, ${r.removed} borttagna, ${r.failed} misslyckade, ${r.unchanged} oförändrade. Indexet har ${r.documents} dokument.`,
  },
  en: {
    added: (doc: string, n: number) => `:white_check_mark: ${doc} was added – ${n} passages indexed.`,
    updated: (doc: string, n: number) => `:white_check_mark: ${doc} was replaced with the new version – ${n} passages indexed.`,
    failed: (name: string, reason: string) => `:x: *${name}*: ${reason}. Nothing was changed.`,
    reindexed: (r: IngestReport) =>
      `*Reindex done:* ${r.added} added, ${r.updated} updated, ${r.removed} removed, ${r.failed} failed, ${r.unchanged} unchanged. The index has ${r.documents} ${r.documents === 1 ? "document" : "documents"}.`,
  },
} satisfies Record<Language, unknown>;

function outcomeLines(outcome: UploadOutcome, language: Language): string[] {
  const t = TEXT[language];
  if (outcome.status === "failed") return [t.failed(escapeMrkdwn(outcome.name), escapeMrkdwn(outcome.reason.replace(/[.\s]+$/, "")))];
  const doc = `*${escapeMrkdwn(outcome.title)}*${outcome.municipality ? ` (${escapeMrkdwn(outcome.municipality)})` : ""}`;
  const head = outcome.status === "added" ? t.added(doc, outcome.passages) : t.updated(doc, outcome.passages);
  return [head, ...outcome.warnings.map((w) => `      :warning: ${escapeMrkdwn(w)}`)];
}

export function uploadResultMessage(outcomes: readonly UploadOutcome[], language: Language): SlackMessage {
  const lines = outcomes.flatMap((outcome) => outcomeLines(outcome, language));
  return message(lines.join("\n"), sectionsOf(lines));
}

/** The ingest report in a code block, cut to fit one section. */
export function reindexResultMessage(report: IngestReport, language: Language): SlackMessage {
  const summary = TEXT[language].reindexed(report);
  const details = "```" + truncate(escapeMrkdwn(formatReport(report)), MAX_TEXT_CHARS - 6) + "```";
  return message(summary, [section(summary), section(details)]);
}
