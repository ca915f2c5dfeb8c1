/** How the bot fails at start-up when Slack does not accept its configuration. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
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

describe("startSlackBot on a busy port", () => {
  it("says which port is taken and what to set", async () => {
    const slack = await startSlackStandIn();
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const port = String((busy.address() as AddressInfo).port);
    const runtime = await tempRuntime({
      copyCorpus: false,
      env: { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: port, HOST: "127.0.0.1" },
    });
    try {
      await expect(startSlackBot({ ...runtime, logger: silentLogger })).rejects.toThrow(
        `The Slack bot could not listen: port ${port} on 127.0.0.1 is in use; set PORT (and HOST) to a free address.`,
      );
    } finally {
      busy.close();
      await slack.close();
      runtime.cleanup();
    }
  });
});
