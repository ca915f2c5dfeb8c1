/**
 * What someone asks for, from the text after the slash command or the mention: help, the document
 * list, a reindex, or a question. The command words exist in Swedish and English; the reply uses
 * the language of the word. A message that only greets asks for help; one that only thanks is
 * thanked back (see answer/courtesy.ts).
 */
import { courtesyOf } from "../answer/courtesy";
import type { Language } from "../domain";

export type Request = { kind: "help" | "documents" | "reindex" | "thanks"; language: Language } | { kind: "question"; question: string };

const COMMAND_WORDS: Readonly<Record<string, { kind: "help" | "documents" | "reindex"; language: Language }>> = {
  "": { kind: "help", language: "sv" },
  "?": { kind: "help", language: "sv" },
  hjälp: { kind: "help", language: "sv" },
  hjalp: { kind: "help", language: "sv" },
  help: { kind: "help", language: "en" },
  dokument: { kind: "documents", language: "sv" },
  dokumenten: { kind: "documents", language: "sv" },
  documents: { kind: "documents", language: "en" },
  docs: { kind: "documents", language: "en" },
  reindex: { kind: "reindex", language: "sv" },
  indexera: { kind: "reindex", language: "sv" },
  omindexera: { kind: "reindex", language: "sv" },
};

export function parseRequest(text: string): Request {
  const question = text.replace(/\s+/g, " ").trim();
  const command = COMMAND_WORDS[question.toLowerCase()];
  // Punctuation, emoji or invisible characters alone ask nothing: show how to ask instead.
  if (!command && !/[\p{L}\p{N}]/u.test(question)) return COMMAND_WORDS[""]!;
  if (command) return command;
  const courtesy = courtesyOf(question);
  if (courtesy) return { kind: courtesy.kind === "thanks" ? "thanks" : "help", language: courtesy.language };
  return { kind: "question", question };
}
