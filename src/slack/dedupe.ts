/**
 * Each event answered once. Slack redelivers an event (with X-Slack-Retry-Num) when it did not see
 * an acknowledgement in time — a slow network, a restart — and the same event_id comes back.
 * Bolt acknowledges events before any listener runs, so the first delivery is the one handled.
 */
import type { Middleware, AnyMiddlewareArgs } from "@slack/bolt";
import type { Logger } from "../log";
import { BoundedCache } from "./cache";

/** Slack retries an event three times: at once, after a minute and after five; two hours covers them amply. */
const REMEMBER_MS = 2 * 60 * 60 * 1000;

export function answerEachEventOnce(logger: Logger, now?: () => number): Middleware<AnyMiddlewareArgs> {
  const seen = new BoundedCache<true>({ capacity: 10_000, ttlMs: REMEMBER_MS, now });
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && !seen.add(eventId, true)) {
      logger.info("slack.event.duplicate", { eventId, retryNum: context.retryNum, retryReason: context.retryReason });
      return;
    }
    await next();
  };
}
