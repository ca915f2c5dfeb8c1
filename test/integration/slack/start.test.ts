/** How the bot fails at start-up when Slack does not accept its configuration. */
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../../src/log";
import { startSlackBot } from "../../../src/slack/start";
import { tempRuntime } from "../../helpers/runtime";
import { SIGNING_SECRET } from "../../helpers/slack-requests";
import { BOT_TOKEN, startSlackStandIn } from "../../helpers/slack-stand-in";

describe("startSlackBot", () => {
  it("fails at start-up, not on the first event, when Slack rejects the bot token", async () => {
    const slack = await startSlackStandIn();
    slack.rejectToken = true;
    const runtime = await tempRuntime({
      copyCorpus: false,
      env: { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: "0" },
    });
    try {
      await expect(startSlackBot({ ...runtime, logger: silentLogger })).rejects.toThrow(
        `Slack at ${slack.apiUrl} did not accept SLACK_BOT_TOKEN (An API error occurred: invalid_auth); check the token and that the app is installed.`,
      );
    } finally {
      await slack.close();
      runtime.cleanup();
    }
  });
});
