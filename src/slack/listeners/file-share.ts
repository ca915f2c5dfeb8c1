/** Files shared with the bot in a direct message: a coordinator adding documents. */
import type { App } from "@slack/bolt";
import { detectLanguage } from "../../language/detect";
import type { SlackDeps } from "../deps";
import type { SlackFile } from "../files";
import { plainQuestion } from "../mrkdwn";
import { addSharedFiles } from "../uploads";
import { isFromPerson } from "./people";

export function register(app: App, deps: SlackDeps): void {
  app.event("message", async ({ event, client, context }) => {
    if (event.subtype !== "file_share" || event.channel_type !== "im") return;
    if (!isFromPerson(event, context.botUserId)) return;
    const text = plainQuestion(event.text ?? "", context.botUserId);
    await addSharedFiles(
      client,
      {
        place: { channel: event.channel, threadTs: event.thread_ts },
        user: event.user,
        files: (event.files ?? []) as SlackFile[],
        language: text ? detectLanguage(text) : "sv",
      },
      deps,
    );
  });
}
