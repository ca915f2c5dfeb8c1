/**
 * The one place listener failures end up (Bolt's app.error). The failure is logged with what was
 * being handled; when someone addressed the bot — a mention, a direct message, the slash command,
 * a button — they get a short apology where they asked. Nothing here throws: one bad event never
 * takes the process down.
 */
import type { Language } from "../domain";
import { addressedBy, languageOf, type SlackBody } from "./addressed";
import { apologyMessage } from "./blocks/notices";
import type { SlackMessage } from "./blocks/limits";
import type { SlackDeps } from "./deps";
import type { Place } from "./memory";
import { postMessage, type ChatClient } from "./reply";

type Apology =
  | { via: "chat"; place: Place; language: Language }
  | { via: "response_url"; url: string; replaceOriginal: boolean; language: Language };

/** Where the person who addressed the bot is waiting, or null when nobody did. */
export function whereToApologise(body: SlackBody, botUserId: string | undefined): Apology | null {
  const addressed = addressedBy(body, botUserId);
  if (!addressed) return null;
  const language = languageOf(addressed, botUserId);
  if (addressed.via === "command" || addressed.via === "button") {
    if (!addressed.responseUrl) return null;
    // A slash command's "searching …" reply is replaced; a button's message is left as it is.
    return { via: "response_url", url: addressed.responseUrl, replaceOriginal: addressed.via === "command", language };
  }
  return { via: "chat", place: addressed.place, language };
}

async function respond(deps: SlackDeps, url: string, replaceOriginal: boolean, message: SlackMessage): Promise<void> {
  const response = await deps.fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ response_type: "ephemeral", replace_original: replaceOriginal, ...message }),
  });
  if (!response.ok) throw new Error(`response_url answered HTTP ${response.status}`);
}

export interface ListenerFailure {
  error: Error & { original?: unknown };
  body: unknown;
  context?: { botUserId?: string };
}

export function listenerErrorHandler(deps: SlackDeps, client: ChatClient): (failure: ListenerFailure) => Promise<void> {
  return async ({ error, body, context }) => {
    const slackBody = (body ?? {}) as SlackBody & { event_id?: string };
    // Bolt wraps errors without a `code` in its own UnknownError; ours keep theirs and pass unwrapped.
    const cause = error.original ?? error;
    deps.logger.error("slack.listener.failed", {
      error: cause,
      eventId: slackBody.event_id,
      request: slackBody.event?.type ?? slackBody.command ?? slackBody.type,
    });
    const apology = whereToApologise(slackBody, context?.botUserId);
    if (!apology) return;
    try {
      const message = apologyMessage(cause, apology.language);
      if (apology.via === "chat") await postMessage(client, apology.place, message);
      else await respond(deps, apology.url, apology.replaceOriginal, message);
    } catch (failure) {
      deps.logger.error("slack.apology.failed", { error: failure });
    }
  };
}
