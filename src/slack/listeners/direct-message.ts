/** A direct message to the bot is a question; the answer comes in the same conversation (and thread). */
import type { App } from "@slack/bolt";
import { answerInConversation } from "../conversation";
import type { SlackDeps } from "../deps";
import { isFromPerson } from "./people";

export function register(app: App, deps: SlackDeps): void {
  app.event("message", async ({ event, client, context }) => {
    // Edits, deletions, bot messages and file shares all carry a subtype; shared files have their own listener.
    if (event.channel_type !== "im" || event.subtype !== undefined) return;
    if (!isFromPerson(event, context.botUserId)) return;
    await answerInConversation(
      client,
      { place: { channel: event.channel, threadTs: event.thread_ts }, text: event.text ?? "", user: event.user, botUserId: context.botUserId },
      deps,
    );
  });
}
