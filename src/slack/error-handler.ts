/**
 * The one place listener failures end up (Bolt's app.error). The failure is logged with what was
 * being handled; when someone addressed the bot — a mention, a direct message, the slash command,
 * a button — they get a short apology where they asked. Nothing here throws: one bad event never
 * takes the process down.
 */
import type { Language } from "../domain";
import { detectLanguage } from "../language/detect";
import { apologyMessage } from "./blocks/notices";
import type { SlackMessage } from "./blocks/limits";
import type { SlackDeps } from "./deps";
import type { Place } from "./memory";
import { postMessage, type ChatClient } from "./reply";

type Apology =
  | { via: "chat"; place: Place; language: Language }
  | { via: "response_url"; url: string; replaceOriginal: boolean; language: Language };

interface SlackBody {
  type?: string;
  event_id?: string;
  event?: { type?: string; subtype?: string; channel?: string; channel_type?: string; ts?: string; thread_ts?: string; text?: string; bot_id?: string };
  command?: string;
  text?: string;
  response_url?: string;
}

function languageOf(text: string | undefined): Language {
  return text?.trim() ? detectLanguage(text) : "sv";
}

/** Where the person who addressed the bot is waiting, or null when nobody did. */
export function whereToApologise(body: SlackBody): Apology | null {
  const event = body.event;
  if (event?.channel && event.ts && !event.bot_id) {
    const language = languageOf(event.text);
    if (event.type === "app_mention") return { via: "chat", place: { channel: event.channel, threadTs: event.thread_ts ?? event.ts }, language };
    const personInDm = event.type === "message" && event.channel_type === "im" && (!event.subtype || event.subtype === "file_share");
    if (personInDm) return { via: "chat", place: { channel: event.channel, threadTs: event.thread_ts }, language };
    return null;
  }
  if (!body.response_url) return null;
  // A slash command's "searching …" reply is replaced; a button's message is left as it is.
  if (body.command) return { via: "response_url", url: body.response_url, replaceOriginal: true, language: languageOf(body.text) };
  if (body.type === "block_actions") return { via: "response_url", url: body.response_url, replaceOriginal: false, language: "sv" };
  return null;
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
}

export function listenerErrorHandler(deps: SlackDeps, client: ChatClient): (failure: ListenerFailure) => Promise<void> {
  return async ({ error, body }) => {
    const slackBody = (body ?? {}) as SlackBody;
    // Bolt wraps errors without a `code` in its own UnknownError; ours keep theirs and pass unwrapped.
    const cause = error.original ?? error;
    deps.logger.error("slack.listener.failed", {
      error: cause,
      eventId: slackBody.event_id,
      request: slackBody.event?.type ?? slackBody.command ?? slackBody.type,
    });
    const apology = whereToApologise(slackBody);
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
