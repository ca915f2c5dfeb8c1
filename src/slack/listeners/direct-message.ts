/** A direct message to the bot is a question; the answer comes in the same conversation (and thread). */
import type { App } from "@slack/bolt";
import { addressedBy, type SlackBody } from "../addressed";
import { answerInConversation } from "../conversation";
import type { SlackDeps } from "../deps";

export function register(app: App, deps: SlackDeps): void {
  app.event("message", async ({ body, client, context }) => {
    // Not edits, deletions or messages from bots; shared files have their own listener.
    const asked = addressedBy(body as SlackBody, context.botUserId);
    if (asked?.via !== "message") return;
    await answerInConversation(client, { place: asked.place, text: asked.text, user: asked.user, botUserId: context.botUserId }, deps);
  });
}
