/**
 * Who addressed the bot in a request, how, where they are waiting, and in what words — or null
 * when nobody did (bot messages, edits, mentions Slack repeats, Home tab visits …). The event
 * listeners, the rate limit and the error handler all read requests through this one function, so
 * what is answered, what counts against the limit and where an apology goes cannot drift apart.
 */
import type { Language } from "../domain";
import { detectLanguage } from "../language/detect";
import type { Place } from "./memory";
import { plainQuestion } from "./mrkdwn";

/**
 * Whom the bot answers: people. Not bots (itself included — two bots answering each other never
 * stop), not Slackbot's notices ("You have been removed from #…"), and not edits or deletions,
 * which arrive as message events with a subtype.
 */
interface MessageLike {
  subtype?: string;
  user?: string;
  bot_id?: string;
  edited?: unknown;
}

const SLACKBOT = "USLACKBOT";

function isFromPerson<T extends MessageLike>(event: T, botUserId: string | undefined): event is T & { user: string } {
  if (!event.user || event.bot_id || event.user === SLACKBOT) return false;
  return event.user !== botUserId;
}

interface SlackEvent extends MessageLike {
  type?: string;
  channel?: string;
  channel_type?: string;
  ts?: string;
  thread_ts?: string;
  text?: string;
}

export interface SlackBody {
  type?: string;
  event?: SlackEvent;
  command?: string;
  user_id?: string;
  text?: string;
  response_url?: string;
  user?: { id?: string };
}

export type Addressed =
  /** A mention in a channel: answered in the mention's thread. */
  | { via: "mention"; user: string; place: Place; text: string }
  /** A direct message (a mention of the bot in it included); "files" when it shares files. */
  | { via: "message" | "files"; user: string; place: Place; text: string }
  | { via: "command"; user: string; text: string; responseUrl?: string }
  | { via: "button"; user: string; responseUrl?: string };

export function addressedBy(body: SlackBody, botUserId: string | undefined): Addressed | null {
  const event = body.event;
  if (event) {
    if (!event.channel || !event.ts || !isFromPerson(event, botUserId)) return null;
    const text = event.text ?? "";
    if (event.type === "app_mention") {
      // A mention in a direct message also arrives as a message there, and is answered as one.
      // Slack sends app_mention again when a message that mentions the bot is edited.
      if (event.channel.startsWith("D") || event.subtype || event.edited !== undefined) return null;
      return { via: "mention", user: event.user, place: { channel: event.channel, threadTs: event.thread_ts ?? event.ts }, text };
    }
    if (event.type !== "message" || event.channel_type !== "im") return null;
    // Edits and deletions carry a subtype too; only a plain message or a file share asks something.
    const via = event.subtype === undefined ? "message" : event.subtype === "file_share" ? "files" : null;
    return via && { via, user: event.user, place: { channel: event.channel, threadTs: event.thread_ts }, text };
  }
  if (body.command && body.user_id) return { via: "command", user: body.user_id, text: body.text ?? "", responseUrl: body.response_url };
  if (body.type === "block_actions" && body.user?.id) return { via: "button", user: body.user.id, responseUrl: body.response_url };
  return null;
}

/** The language to answer notices in: that of the words sent with the request, Swedish when there are none. */
export function languageOf(addressed: Addressed, botUserId: string | undefined): Language {
  const text = "text" in addressed ? plainQuestion(addressed.text, botUserId) : "";
  return text ? detectLanguage(text) : "sv";
}
