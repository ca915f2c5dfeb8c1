/**
 * Answering in a conversation — a mention in a channel thread or a direct message: read the
 * question, find the thread's earlier question, ask the engine, show progress, post the answer.
 */
import { documentRegister } from "../answer/register";
import { detectLanguage } from "../language/detect";
import { answerMessage, partialAnswerMessage } from "./blocks/answer";
import { documentsMessage } from "./blocks/documents";
import { helpMessage } from "./blocks/help";
import type { SlackMessage } from "./blocks/limits";
import { apologyMessage, lookingMessage, thanksMessage } from "./blocks/notices";
import { today, type SlackDeps } from "./deps";
import type { Place } from "./memory";
import { plainQuestion } from "./mrkdwn";
import { postMessage, ProgressiveReply, type ChatClient } from "./reply";
import { parseRequest } from "./requests";

export interface Asked {
  /** Where the answer goes, and whose earlier question a follow-up refers to. */
  place: Place;
  /** The message as Slack sent it (mrkdwn, mentions included). */
  text: string;
  user: string;
  botUserId?: string;
}

/** How to address the bot in examples: its mention when its user id is known. */
export function mentionOf(botUserId: string | undefined): string {
  return botUserId ? `<@${botUserId}>` : "@styrdok";
}

function commandReply(kind: "help" | "documents" | "thanks", language: "sv" | "en", asked: Asked, deps: SlackDeps): SlackMessage {
  if (kind === "documents") return documentsMessage(documentRegister(deps.engine.documents(), today(deps)), language);
  if (kind === "thanks") return thanksMessage(language);
  return helpMessage({ command: deps.config.slack.command, mention: mentionOf(asked.botUserId), municipalities: deps.engine.municipalities(), language });
}

export async function answerInConversation(client: ChatClient, asked: Asked, deps: SlackDeps): Promise<void> {
  const request = parseRequest(plainQuestion(asked.text, asked.botUserId));
  if (request.kind !== "question") {
    // Reindexing is the slash command's, where the coordinator check sees who typed it.
    const kind = request.kind === "reindex" ? "help" : request.kind;
    await postMessage(client, asked.place, commandReply(kind, request.language, asked, deps));
    return;
  }
  const { question } = request;
  const language = detectLanguage(question);
  const reply = new ProgressiveReply(client, asked.place, {
    placeholder: lookingMessage(language),
    ...deps.timing,
    logger: deps.logger,
  });
  try {
    const answer = await deps.engine.ask(question, {
      previousQuestion: deps.memory.previousQuestion(asked.place),
      onPartialAnswer: (textSoFar) => reply.partial(partialAnswerMessage(textSoFar)),
      origin: { via: "slack", user: asked.user, channel: asked.place.channel },
    });
    deps.memory.remember(asked.place, answer.question);
    const catalogue = answer.abstained ? deps.engine.documents().map((d) => d.metadata) : [];
    await reply.finish(answerMessage(answer, { feedback: deps.answers.remember(answer), catalogue }));
  } catch (error) {
    deps.logger.error("slack.answer.failed", { question, channel: asked.place.channel, user: asked.user, error });
    await reply.finish(apologyMessage(error, language));
  }
}
