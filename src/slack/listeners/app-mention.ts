/** `@styrdok question` in a channel: the answer goes in that message's thread. */
import type { App } from "@slack/bolt";
import { answerInConversation } from "../conversation";
import type { SlackDeps } from "../deps";
import { isFromPerson } from "./people";

export function register(app: App, deps: SlackDeps): void {
  app.event("app_mention", async ({ event, client, context }) => {
    // A mention in a direct message arrives as message.im as well, and is answered there.
    if (event.channel.startsWith("D")) return;
    // Slack can send app_mention again when a message that mentions the bot is edited.
    if (event.subtype || "edited" in event || !isFromPerson(event, context.botUserId)) return;
    await answerInConversation(
      client,
      { place: { channel: event.channel, threadTs: event.thread_ts ?? event.ts }, text: event.text, user: event.user, botUserId: context.botUserId },
      deps,
    );
  });
}
