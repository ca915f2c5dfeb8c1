/** Files shared with the bot in a direct message: a coordinator adding documents. */
import type { App } from "@slack/bolt";
import { addressedBy, languageOf, type SlackBody } from "../addressed";
import type { SlackDeps } from "../deps";
import type { SlackFile } from "../files";
import { addSharedFiles } from "../uploads";

export function register(app: App, deps: SlackDeps): void {
  app.event("message", async ({ event, body, client, context }) => {
    const asked = addressedBy(body as SlackBody, context.botUserId);
    if (asked?.via !== "files" || event.subtype !== "file_share") return;
    const files = (event.files ?? []) as SlackFile[];
    await addSharedFiles(client, { place: asked.place, user: asked.user, files, language: languageOf(asked, context.botUserId) }, deps);
  });
}
