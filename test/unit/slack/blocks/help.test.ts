import { describe, expect, it } from "vitest";
import { helpMessage } from "../../../../src/slack/blocks/help";
import { homeView } from "../../../../src/slack/blocks/home";

describe("helpMessage", () => {
  it("explains every way to ask, with examples from the municipalities that have documents", () => {
    expect(helpMessage({ command: "/styrdok", mention: "<@U0BOT>", municipalities: ["Gävle", "Umeå"], language: "sv" })).toEqual({
      text: "styrdok svarar på frågor om kommunernas styrdokument – med ordagranna citat och var de står.",
      blocks: [
        { type: "section", text: { type: "mrkdwn", text: "*styrdok svarar på frågor om kommunernas styrdokument* – med ordagranna citat och var de står." } },
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text:
              "• Nämn mig i en kanal: <@U0BOT> vem ansvarar för uppföljningen i Gävle? – svaret kommer i tråden. Fråga vidare i samma tråd: <@U0BOT> och i Umeå?\n" +
              "• Skriv till mig i ett direktmeddelande.\n" +
              "• `/styrdok <fråga>` – ett svar som bara du ser.\n" +
              "• `/styrdok dokument` – vilka styrdokument jag kan svara utifrån. Fråga också ”vilka dokument har Gävle?” eller ”vilka dokument tar upp uppföljning?”\n" +
              "• `/styrdok hjälp` – den här hjälpen.",
          },
        },
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: "*Samordnare* lägger till eller ersätter ett dokument genom att dela en PDF, DOCX, TXT eller Markdown-fil med mig i ett direktmeddelande, och indexerar om alla dokument med `/styrdok reindex`.",
          },
        },
      ],
    });
  });

  it("uses the configured command and works without municipalities", () => {
    const { blocks } = helpMessage({ command: "/policy", mention: "@styrdok", municipalities: [], language: "en" });
    expect((blocks[1] as { text: { text: string } }).text.text.split("\n")).toEqual([
      "• Mention me in a channel: @styrdok who is responsible for following up the strategy? – the answer comes in the thread. Ask on in the same thread: @styrdok when was it adopted?",
      "• Send me a direct message.",
      "• `/policy <question>` – an answer only you see.",
      "• `/policy documents` – the governing documents I can answer from. Ask too: “which guidelines are there?” or “which documents mention follow-up?”",
      "• `/policy help` – this help.",
    ]);
  });
});

describe("homeView", () => {
  it("puts the help above the document list, within the Home tab's 100 blocks", () => {
    const documents = Array.from({ length: 300 }, (_, i) => ({
      title: `Dokument ${i}`,
      municipality: `Kommun ${i}`,
      type: null,
      adoptedBy: null,
      adoptedOn: null,
      validUntil: null,
      revision: null,
      sourceUrl: null,
      status: "undated" as const,
    }));
    const view = homeView({ command: "/styrdok", mention: "@styrdok", municipalities: [], language: "sv" }, documents);
    expect(view.type).toBe("home");
    expect(view.blocks).toHaveLength(100);
    expect(view.blocks[3]).toEqual({ type: "divider" });
    expect(view.blocks[4]).toEqual({ type: "section", text: { type: "mrkdwn", text: "*300 styrdokument* från 300 utgivare" } });
  });
});
