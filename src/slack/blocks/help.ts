/** How to use styrdok: asking in channels, threads, DMs and with the slash command; what coordinators can do. */
import type { Language } from "../../domain";
import { escapeMrkdwn } from "../mrkdwn";
import { message, section, type Block, type SlackMessage } from "./limits";

export interface HelpOptions {
  /** The slash command, e.g. `/styrdok`. */
  command: string;
  /** How to address the bot: its mention `<@U…>` when known. */
  mention: string;
  /** Municipalities with documents, to make the examples real. */
  municipalities: readonly string[];
  language: Language;
}

const TEXT = {
  sv: {
    intro: "*styrdok svarar på frågor om kommunernas styrdokument* – med ordagranna citat och var de står.",
    example: (m?: string) => (m ? `vem ansvarar för uppföljningen i ${m}?` : "vem ansvarar för uppföljningen av strategin?"),
    followUp: (m?: string) => (m ? `och i ${m}?` : "när antogs den?"),
    mention: (at: string, q: string, f: string) => `• Nämn mig i en kanal: ${at} ${q} – svaret kommer i tråden. Fråga vidare i samma tråd: ${at} ${f}`,
    dm: "• Skriv till mig i ett direktmeddelande.",
    ask: (c: string) => `• \`${c} <fråga>\` – ett svar som bara du ser.`,
    documents: (c: string, m?: string) =>
      `• \`${c} dokument\` – vilka styrdokument jag kan svara utifrån. Fråga också ”${m ? `vilka dokument har ${m}?` : "vilka riktlinjer finns?"}” eller ”vilka dokument tar upp uppföljning?”`,
    help: (c: string) => `• \`${c} hjälp\` – den här hjälpen.`,
    coordinators: (c: string) =>
      `*Samordnare* lägger till eller ersätter ett dokument genom att dela en PDF, DOCX, TXT eller Markdown-fil med mig i ett direktmeddelande, och indexerar om alla dokument med \`${c} reindex\`.`,
  },
  en: {
    intro: "*styrdok answers questions about municipalities' governing documents* – with verbatim quotes and where they stand.",
    example: (m?: string) => (m ? `who is responsible for follow-up in ${m}?` : "who is responsible for following up the strategy?"),
    followUp: (m?: string) => (m ? `what about ${m}?` : "when was it adopted?"),
    mention: (at: string, q: string, f: string) => `• Mention me in a channel: ${at} ${q} – the answer comes in the thread. Ask on in the same thread: ${at} ${f}`,
    dm: "• Send me a direct message.",
    ask: (c: string) => `• \`${c} <question>\` – an answer only you see.`,
    documents: (c: string, m?: string) =>
      `• \`${c} documents\` – the governing documents I can answer from. Ask too: “${m ? `which documents does ${m} have?` : "which guidelines are there?"}” or “which documents mention follow-up?”`,
    help: (c: string) => `• \`${c} help\` – this help.`,
    coordinators: (c: string) =>
      `*Coordinators* add or replace a document by sharing a PDF, DOCX, TXT or Markdown file with me in a direct message, and reindex all documents with \`${c} reindex\`.`,
  },
} satisfies Record<Language, unknown>;

export function helpBlocks(options: HelpOptions): Block[] {
  const t = TEXT[options.language];
  const [first, second] = options.municipalities.map(escapeMrkdwn);
  const usage = [
    t.mention(options.mention, t.example(first), t.followUp(second ?? first)),
    t.dm,
    t.ask(options.command),
    t.documents(options.command, first),
    t.help(options.command),
  ];
  return [section(t.intro), section(usage.join("\n")), section(t.coordinators(options.command))];
}

export function helpMessage(options: HelpOptions): SlackMessage {
  return message(TEXT[options.language].intro.replace(/\*/g, ""), helpBlocks(options));
}
