/** Short messages: progress placeholders, refusals, apologies, thanks for feedback. */
import { courtesyReply } from "../../answer/courtesy";
import type { Language } from "../../domain";
import { StyrdokError } from "../../errors";
import { escapeMrkdwn } from "../mrkdwn";
import type { Verdict } from "./actions";
import { message, section, type SlackMessage } from "./limits";

const TEXT = {
  sv: {
    looking: ":mag: Söker i styrdokumenten …",
    reindexing: ":arrows_counterclockwise: Indexerar om styrdokumenten …",
    reading: (n: number) => `:inbox_tray: Läser in ${n === 1 ? "filen" : `${n} filer`} …`,
    onlyUpload: "Bara styrdoks samordnare kan lägga till dokument, så jag har inte hämtat filen. Be en samordnare att lägga till den.",
    onlyReindex: "Bara styrdoks samordnare kan indexera om dokumenten.",
    noFiles: "Jag hittade ingen fil i meddelandet.",
    failed: (reason: string) => `:warning: Det gick inte: ${reason}`,
    apology: ":warning: Förlåt – något gick fel hos mig. Felet är loggat; försök gärna igen om en stund.",
    thanks: { helpful: "Tack för din återkoppling! :+1:", notHelpful: "Tack – det hjälper oss att bli bättre. Skriv gärna vad som saknades." },
    slowDown: (seconds: number) => `:hourglass: Du frågar snabbare än jag hinner med. Vänta ${waitSv(seconds)} och fråga sedan igen.`,
  },
  en: {
    looking: ":mag: Searching the governing documents …",
    reindexing: ":arrows_counterclockwise: Reindexing the governing documents …",
    reading: (n: number) => `:inbox_tray: Reading ${n === 1 ? "the file" : `${n} files`} …`,
    onlyUpload: "Only styrdok's coordinators can add documents, so I have not fetched the file. Ask a coordinator to add it.",
    onlyReindex: "Only styrdok's coordinators can reindex the documents.",
    noFiles: "I found no file in the message.",
    failed: (reason: string) => `:warning: That did not work: ${reason}`,
    apology: ":warning: Sorry – something went wrong on my side. It has been logged; please try again in a moment.",
    thanks: { helpful: "Thanks for your feedback! :+1:", notHelpful: "Thanks – that helps us improve. Feel free to say what was missing." },
    slowDown: (seconds: number) => `:hourglass: You are asking faster than I can keep up. Please wait ${waitEn(seconds)}, then ask again.`,
  },
} satisfies Record<Language, unknown>;

function waitSv(seconds: number): string {
  return seconds > 50 ? "en minut" : `${seconds} ${seconds === 1 ? "sekund" : "sekunder"}`;
}

function waitEn(seconds: number): string {
  return seconds > 50 ? "a minute" : `${seconds} ${seconds === 1 ? "second" : "seconds"}`;
}

function plain(text: string): SlackMessage {
  return message(text, [section(text)]);
}

export const lookingMessage = (language: Language): SlackMessage => plain(TEXT[language].looking);
export const reindexingMessage = (language: Language): SlackMessage => plain(TEXT[language].reindexing);
export const readingFilesMessage = (count: number, language: Language): SlackMessage => plain(TEXT[language].reading(count));
export const noFilesMessage = (language: Language): SlackMessage => plain(TEXT[language].noFiles);
export const feedbackThanksMessage = (verdict: Verdict, language: Language): SlackMessage => plain(TEXT[language].thanks[verdict]);
/** Thanks, thanked back ("Varsågod! …", as src/answer/courtesy.ts words it). */
export const thanksMessage = (language: Language): SlackMessage => plain(courtesyReply({ kind: "thanks", language }, []));

/** To someone over the rate limit: once per run of refused messages (a slash command each time). */
export const rateLimitedMessage = (retryAfterSeconds: number, language: Language): SlackMessage => plain(TEXT[language].slowDown(retryAfterSeconds));

export function coordinatorsOnlyMessage(action: "upload" | "reindex", language: Language): SlackMessage {
  return plain(action === "upload" ? TEXT[language].onlyUpload : TEXT[language].onlyReindex);
}

/**
 * What to tell someone whose request failed: our own errors say what to do, so they are shown;
 * anything else is an internal failure, and its details stay in the log.
 */
export function apologyMessage(error: unknown, language: Language): SlackMessage {
  const t = TEXT[language];
  return plain(error instanceof StyrdokError ? t.failed(escapeMrkdwn(error.message)) : t.apology);
}
