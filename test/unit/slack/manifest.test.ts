/** The app manifests ask for exactly what the listeners use, and agree with each other and the config. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config";
import { SUBSCRIBED_EVENTS } from "../../../src/slack/listeners";

interface Manifest {
  features: { slash_commands: { command: string; url?: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[]; request_url?: string }; interactivity: { is_enabled: boolean; request_url?: string }; socket_mode_enabled: boolean };
}

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../../slack/${file}`, import.meta.url), "utf8")) as Manifest;
const socket = read("manifest.json");
const http = read("manifest.http.json");

describe("slack/manifest.json and manifest.http.json", () => {
  it("subscribe to exactly the events the listeners handle", () => {
    for (const manifest of [socket, http]) expect(manifest.settings.event_subscriptions.bot_events).toEqual([...SUBSCRIBED_EVENTS]);
  });

  it("ask for exactly the scopes those events and calls need", () => {
    // app_mention: app_mentions:read · message.im: im:history · chat.postMessage/update: chat:write
    // slash command: commands · files.info and url_private_download: files:read
    for (const manifest of [socket, http]) {
      expect(manifest.oauth_config.scopes.bot).toEqual(["app_mentions:read", "chat:write", "commands", "files:read", "im:history"]);
    }
  });

  it("register the default slash command, with interactivity for the feedback buttons", () => {
    const command = loadConfig({}).slack.command;
    for (const manifest of [socket, http]) {
      expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([command]);
      expect(manifest.settings.interactivity.is_enabled).toBe(true);
    }
  });

  it("differ in how Slack reaches the bot: a socket, or one request URL for everything", () => {
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(http.settings.socket_mode_enabled).toBe(false);
    const url = "https://styrdok.example.org/slack/events";
    expect([http.settings.event_subscriptions.request_url, http.settings.interactivity.request_url, http.features.slash_commands[0]!.url]).toEqual([url, url, url]);
  });
});
