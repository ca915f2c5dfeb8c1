/** Which mode the bot starts in, and what it says when the configuration is incomplete. */
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config";
import { slackConfigured, slackMode } from "../../../src/slack/start";

describe("slackMode", () => {
  it("uses Socket Mode when an app token is set, HTTP when only a signing secret is", () => {
    expect(slackMode(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1", SLACK_SIGNING_SECRET: "s" }))).toBe("socket");
    expect(slackMode(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }))).toBe("http");
  });

  it("names the missing variable and where to find it", () => {
    expect(() => slackMode(loadConfig({ SLACK_SIGNING_SECRET: "s" }))).toThrow(/SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token/);
    expect(() => slackMode(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1" }))).toThrow(/Set SLACK_APP_TOKEN .* or SLACK_SIGNING_SECRET/);
  });

  it("tells main whether Slack is configured at all", () => {
    expect(slackConfigured(loadConfig({}))).toBe(false);
    expect(slackConfigured(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1" }))).toBe(false);
    expect(slackConfigured(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }))).toBe(true);
  });
});
