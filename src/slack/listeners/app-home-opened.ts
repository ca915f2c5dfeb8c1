/** The App Home tab, published each time someone opens it, so the document list is current. */
import type { App } from "@slack/bolt";
import { documentRegister } from "../../answer/register";
import { homeView } from "../blocks/home";
import { mentionOf } from "../conversation";
import { today, type SlackDeps } from "../deps";

export function register(app: App, deps: SlackDeps): void {
  app.event("app_home_opened", async ({ event, client, context }) => {
    if (event.tab !== "home") return;
    const help = { command: deps.config.slack.command, mention: mentionOf(context.botUserId), municipalities: deps.engine.municipalities(), language: "sv" as const };
    await client.views.publish({ user_id: event.user, view: homeView(help, documentRegister(deps.engine.documents(), today(deps))) });
  });
}
