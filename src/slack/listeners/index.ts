/** Every listener, registered in one place; the app manifest subscribes to exactly these events. */
import type { App } from "@slack/bolt";
import type { SlackDeps } from "../deps";
import * as appHomeOpened from "./app-home-opened";
import * as appMention from "./app-mention";
import * as directMessage from "./direct-message";
import * as feedbackAction from "./feedback-action";
import * as fileShare from "./file-share";
import * as slashCommand from "./slash-command";

/** The bot events the listeners need (slack/manifest*.json lists the same). */
export const SUBSCRIBED_EVENTS = ["app_home_opened", "app_mention", "message.im"] as const;

export function registerListeners(app: App, deps: SlackDeps): void {
  for (const listener of [appMention, directMessage, fileShare, slashCommand, feedbackAction, appHomeOpened]) listener.register(app, deps);
}
