import { describe, expect, it } from "vitest";
import { StyrdokError } from "../../../../src/errors";
import type { IngestReport } from "../../../../src/ingest/report";
import { reindexResultMessage, uploadResultMessage } from "../../../../src/slack/blocks/documents-added";
import { apologyMessage, coordinatorsOnlyMessage, feedbackThanksMessage } from "../../../../src/slack/blocks/notices";

const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text } });

describe("apologyMessage", () => {
  it("shows our own errors, which say what to do, escaped", () => {
    expect(apologyMessage(new StyrdokError("index-missing", "No index in <data/index>: run npm run ingest."), "en")).toEqual({
      text: ":warning: That did not work: No index in &lt;data/index&gt;: run npm run ingest.",
      blocks: [section(":warning: That did not work: No index in &lt;data/index&gt;: run npm run ingest.")],
    });
  });

  it("keeps anything else's details out of Slack", () => {
    const message = apologyMessage(new Error("ECONNRESET at /srv/styrdok/secret-path"), "sv");
    expect(message.text).toBe(":warning: Förlåt – något gick fel hos mig. Felet är loggat; försök gärna igen om en stund.");
  });
});

describe("refusals and thanks", () => {
  it("refuses non-coordinators politely", () => {
    expect(coordinatorsOnlyMessage("upload", "en").text).toBe(
      "Only styrdok's coordinators can add documents, so I have not fetched the file. Ask a coordinator to add it.",
    );
    expect(coordinatorsOnlyMessage("reindex", "sv").text).toBe("Bara styrdoks samordnare kan indexera om dokumenten.");
  });

  it("thanks for feedback in the answer's language", () => {
    expect(feedbackThanksMessage("helpful", "en").text).toBe("Thanks for your feedback! :+1:");
    expect(feedbackThanksMessage("notHelpful", "sv").text).toBe("Tack – det hjälper oss att bli bättre. Skriv gärna vad som saknades.");
  });
});

describe("uploadResultMessage", () => {
  it("lists what was added or replaced with its warnings, and what failed with the reason", () => {
    const message = uploadResultMessage(
      [
        { name: "plan.pdf", status: "added", title: "Plan för <x>", municipality: "Umeå", passages: 12, warnings: ["2 pages have no text layer"] },
        { name: "policy.docx", status: "updated", title: "Policy", municipality: null, passages: 3, warnings: [] },
        { name: "skannad.pdf", status: "failed", reason: "no text layer — it looks scanned; run OCR and add it again." },
      ],
      "sv",
    );
    const lines = [
      ":white_check_mark: *Plan för &lt;x&gt;* (Umeå) är tillagt – 12 avsnitt indexerade.",
      "      :warning: 2 pages have no text layer",
      ":white_check_mark: *Policy* är ersatt med den nya versionen – 3 avsnitt indexerade.",
      ":x: *skannad.pdf*: no text layer — it looks scanned; run OCR and add it again. Ingenting ändrades.",
    ];
    expect(message).toEqual({ text: lines.join("\n"), blocks: [section(lines.join("\n"))] });
  });
});

describe("reindexResultMessage", () => {
  it("summarises the counts and shows the report in a code block", () => {
    const report: IngestReport = {
      files: [{ path: "corpus/a.txt", docId: "a", status: "added", chunks: 4, warnings: [], error: null }],
      added: 1,
      updated: 0,
      unchanged: 0,
      removed: 0,
      failed: 0,
      skipped: 0,
      documents: 1,
      chunks: 4,
      indexWritten: true,
      ms: 1234,
    };
    expect(reindexResultMessage(report, "en")).toEqual({
      text: "*Reindex done:* 1 added, 0 updated, 0 removed, 0 failed, 0 unchanged. The index has 1 document.",
      blocks: [
        section("*Reindex done:* 1 added, 0 updated, 0 removed, 0 failed, 0 unchanged. The index has 1 document."),
        section(
          "```+ added     corpus/a.txt  (4 passages)\n\n1 added, 0 updated, 0 unchanged, 0 removed, 0 failed, 0 skipped in 1.2 s.\nIndex written: 1 documents, 4 passages.```",
        ),
      ],
    });
  });
});
