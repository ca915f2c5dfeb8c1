/**
 * A message that only thanks or greets ("tack!", "tack så mycket för hjälpen", "thanks!", "hej",
 * "hi there"), or asks for help without saying with what ("hjälp!", "help me", "vad kan du svara
 * på?"), asks nothing of the documents. It is answered in kind rather than searched, where its
 * words find passages about something else ("tacka ja eller nej", "Hej" in a letter), and rather
 * than read as a follow-up to the question before it.
 */
import type { Answer, Language } from "../domain";
import { abstention, listed } from "./abstain";

const THANKS: Readonly<Record<string, Language>> = { tack: "sv", tackar: "sv", thanks: "en", thank: "en", thx: "en", tnx: "en", ty: "en", cheers: "en" };
const GREETINGS: Readonly<Record<string, Language>> = {
  ...{ hjälp: "sv", help: "en" },
  ...{ hej: "sv", hejsan: "sv", hallå: "sv", tjena: "sv", tja: "sv", tjenare: "sv", morrn: "sv", god: "sv", morgon: "sv" },
  ...{ hi: "en", hello: "en", hey: "en", hiya: "en", good: "en", morning: "en", afternoon: "en", evening: "en" },
};
/** Words that go with thanks or a greeting without asking anything. */
const WITH = new Set([
  ...["så", "mycket", "för", "hjälpen", "svaret", "svaren", "det", "igen", "stort", "tusen", "där", "alla", "dig", "er", "du", "mig", "snälla"],
  ...["ok", "okej", "okay", "bra", "perfekt", "toppen", "super", "great", "perfect", "nice", "cool", "fint"],
  ...["you", "so", "much", "a", "lot", "for", "the", "answer", "answers", "that", "again", "there", "all", "very", "many", "me", "please"],
]);
/** Longer messages are about something, whatever their words. */
const MAX_WORDS = 8;

/**
 * Asking what the bot can do ("vad kan du svara på?", "what can you help me with?") asks for
 * help: the opening, then only these words.
 */
const ASKS_WHAT_IT_DOES = /^(vad|what)\s+(kan|can)\s+(du|ni|you)\b/i;
const ABOUT_ITSELF = new Set([
  ...["du", "ni", "svara", "på", "om", "frågor", "hjälpa", "till", "med", "mig", "oss", "göra", "egentligen", "vad", "kan"],
  ...["you", "do", "answer", "questions", "about", "help", "me", "us", "with", "what", "can", "actually", "for"],
]);

const REPLY = {
  thanks: {
    sv: () => "Varsågod! Fråga gärna igen om det är något mer du undrar över i styrdokumenten.",
    en: () => "You're welcome! Ask again any time you have a question about the governing documents.",
  },
  greeting: {
    sv: (have: string) => `Hej! Fråga mig om styrdokumenten, så svarar jag med citat ur dem.${have && ` Jag har styrdokument från ${have}.`}`,
    en: (have: string) => `Hi! Ask me about the governing documents and I'll answer with quotes from them.${have && ` I have governing documents from ${have}.`}`,
  },
} satisfies Record<string, Record<Language, (have: string) => string>>;

export interface Courtesy {
  kind: "thanks" | "greeting";
  language: Language;
}

/** Whether a message only thanks or greets, and in which language; null for anything else. */
export function courtesyOf(message: string): Courtesy | null {
  const words = message.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!words.length || words.length > MAX_WORDS) return null;
  if (ASKS_WHAT_IT_DOES.test(message.trim()) && words.every((w) => ABOUT_ITSELF.has(w))) {
    return { kind: "greeting", language: /^vad/i.test(message.trim()) ? "sv" : "en" };
  }
  if (!words.every((w) => w in THANKS || w in GREETINGS || WITH.has(w))) return null;
  const thanks = words.find((w) => w in THANKS);
  if (thanks) return { kind: "thanks", language: THANKS[thanks]! };
  const greeting = words.find((w) => w in GREETINGS);
  return greeting ? { kind: "greeting", language: GREETINGS[greeting]! } : null;
}

/** What to say back: "Varsågod! …", or a greeting that says what to ask and of which municipalities. */
export function courtesyReply({ kind, language }: Courtesy, municipalities: readonly string[]): string {
  return REPLY[kind][language](listed([...municipalities], language));
}

/**
 * The reply to a message that only thanks or greets, as an answer without citations; null for
 * anything else. The municipalities are asked for only when the message is such a one, so a
 * question pays nothing for the check.
 */
export function courtesyAnswer(question: string, municipalities: () => readonly string[]): Answer | null {
  const courtesy = courtesyOf(question);
  return courtesy && abstention(question, courtesy.language, courtesyReply(courtesy, municipalities()), []);
}
