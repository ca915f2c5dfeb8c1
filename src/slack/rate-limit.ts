/**
 * The per-person rate limit, in front of every listener: mentions, direct messages (shared files
 * included), the slash command and the feedback buttons all count against the person who sent
 * them. Over the limit, a mention or message gets one short private notice for the whole run of
 * refused messages — not one per message, which would feed a loop between bots — and is otherwise
 * ignored; a slash command is acknowledged with the notice (Slack shows it only to whoever typed it);
 * a button click is acknowledged and dropped. Messages from bots never count: no listener answers them.
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Language } from "../domain";
import { detectLanguage } from "../language/detect";
import type { Logger } from "../log";
import type { RateLimiter } from "../rate-limit";
import { rateLimitedMessage } from "./blocks/notices";
import { isFromPerson, type MessageLike } from "./listeners/people";
import { plainQuestion } from "./mrkdwn";

interface SlackEvent extends MessageLike {
  type?: string;
  channel?: string;
  channel_type?: string;
  ts?: string;
  thread_ts?: string;
  text?: string;
}

interface Request {
  user: string;
  via: "message" | "command" | "button";
  channel?: string;
  threadTs?: string;
  text?: string;
}

interface SlackBody {
  type?: string;
  event?: SlackEvent;
  command?: string;
  user_id?: string;
  text?: string;
  user?: { id?: string };
}

/** Who asked for something the bot would act on, or null (bot messages, edits, Home tab visits …). */
export function requestOf(body: SlackBody, botUserId: string | undefined): Request | null {
  const event = body.event;
  if (event) {
    const asked = event.type === "app_mention" || (event.type === "message" && event.channel_type === "im" && (!event.subtype || event.subtype === "file_share"));
    const threadTs = event.thread_ts ?? (event.type === "app_mention" ? event.ts : undefined);
    const { channel, text } = event;
    if (!asked || !isFromPerson(event, botUserId)) return null;
    return { user: event.user, via: "message", channel, threadTs, text };
  }
  if (body.command && body.user_id) return { user: body.user_id, via: "command", text: body.text };
  if (body.type === "block_actions" && body.user?.id) return { user: body.user.id, via: "button" };
  return null;
}

function languageOf(request: Request, botUserId: string | undefined): Language {
  const text = request.text ? plainQuestion(request.text, botUserId) : "";
  return text ? detectLanguage(text) : "sv";
}

export function limitEachPerson(limiter: RateLimiter, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, context, next, client } = args;
    const request = requestOf(body as SlackBody, context.botUserId);
    const decision = request ? limiter.take(request.user) : null;
    if (!request || !decision || decision.allowed) return next();
    logger.warn("slack.rate_limited", { user: request.user, via: request.via, notified: decision.firstRefusal || request.via === "command" });
    const notice = rateLimitedMessage(decision.retryAfterSeconds, languageOf(request, context.botUserId));
    const ack = "ack" in args ? (args.ack as (response?: object) => Promise<void>) : undefined;
    if (request.via === "command") return ack?.({ response_type: "ephemeral", ...notice });
    if (request.via === "button") return ack?.();
    if (!decision.firstRefusal || !request.channel) return;
    await client.chat.postEphemeral({ channel: request.channel, user: request.user, thread_ts: request.threadTs, ...notice });
  };
}
