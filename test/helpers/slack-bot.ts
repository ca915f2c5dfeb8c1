/** The real Slack bot over a temporary corpus, talking to a local Slack stand-in, for end-to-end tests. */
import type { Logger } from "../../src/log";
import type { Timing } from "../../src/slack/deps";
import { startSlackBot, type SlackBot } from "../../src/slack/start";
import { tempRuntime, type TempRuntime } from "./runtime";
import { SIGNING_SECRET, SlackSender } from "./slack-requests";
import { BOT_TOKEN, startSlackStandIn, type SlackStandIn } from "./slack-stand-in";

export const COORDINATOR = "U0COORDIN8";

export interface TestBot {
  bot: SlackBot;
  slack: SlackStandIn;
  send: SlackSender;
  runtime: TempRuntime;
  stop(): Promise<void>;
}

export interface TestBotOptions {
  env?: Record<string, string>;
  /** Defaults: no placeholder (answers are posted once), so tests see one message per answer. */
  timing?: Partial<Timing>;
  logger?: Logger;
}

export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const slack = await startSlackStandIn();
  const runtime = await tempRuntime({
    env: {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      COORDINATORS: COORDINATOR,
      PORT: "0",
      HOST: "127.0.0.1",
      ...options.env,
    },
  });
  await runtime.engine.reindex();
  const bot = await startSlackBot(
    { ...runtime, logger: options.logger ?? runtime.logger },
    { timing: { placeholderAfterMs: 60_000, ...options.timing } },
  );
  return {
    bot,
    slack,
    runtime,
    send: new SlackSender(`http://127.0.0.1:${bot.port}/slack/events`),
    async stop() {
      await bot.stop();
      await slack.close();
      runtime.cleanup();
    },
  };
}
