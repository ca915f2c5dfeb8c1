/** `@styrdok question` in a channel: the answer goes in that message's thread. */
import type { App } from "@slack/bolt";
import { addressedBy, type SlackBody } from "../addressed";
import { answerInConversation } from "../conversation";
import type { SlackDeps } from "../deps";

export function register(app: App, deps: SlackDeps): void {
  app.event("app_mention", async ({ body, client, context }) => {
    // Not mentions in direct messages (answered as messages there), edits, or mentions by bots.
    const asked = addressedBy(body as SlackBody, context.botUserId);
    if (asked?.via !== "mention") return;
    await answerInConversation(client, { place: asked.place, text: asked.text, user: asked.user, botUserId: context.botUserId }, deps);
  });
}
