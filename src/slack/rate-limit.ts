/**
 * The per-person rate limit, in front of every listener: mentions, direct messages (shared files
 * included), the slash command and the feedback buttons all count against the person who sent
 * them. Over the limit, a mention or message gets one short private notice for the whole run of
 * refused messages — not one per message, which would feed a loop between bots — and is otherwise
 * ignored; a slash command is acknowledged with the notice (Slack shows it only to whoever typed it);
 * a button click is acknowledged and dropped. Messages from bots never count: no listener answers them.
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Logger } from "../log";
import type { RateLimiter } from "../rate-limit";
import { addressedBy, languageOf, type SlackBody } from "./addressed";
import { rateLimitedMessage } from "./blocks/notices";

export function limitEachPerson(limiter: RateLimiter, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, context, next, client } = args;
    const request = addressedBy(body as SlackBody, context.botUserId);
    const decision = request ? limiter.take(request.user) : null;
    if (!request || !decision || decision.allowed) return next();
    logger.warn("slack.rate_limited", { user: request.user, via: request.via, notified: decision.firstRefusal || request.via === "command" });
    const notice = rateLimitedMessage(decision.retryAfterSeconds, languageOf(request, context.botUserId));
    const ack = "ack" in args ? (args.ack as (response?: object) => Promise<void>) : undefined;
    if (request.via === "command") return ack?.({ response_type: "ephemeral", ...notice });
    if (request.via === "button") return ack?.();
    if (!decision.firstRefusal) return;
    await client.chat.postEphemeral({ channel: request.place.channel, user: request.user, thread_ts: request.place.threadTs, ...notice });
  };
}
