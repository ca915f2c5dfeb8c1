/** The real Slack bot over a temporary corpus, talking to a local Slack stand-in, for end-to-end tests. */
import { afterAll, beforeAll, beforeEach, vi } from "vitest";
import type { Logger } from "../../src/log";
import type { Timing } from "../../src/slack/deps";
import { startSlackBot, type SlackBot } from "../../src/slack/start";
import { tempRuntime, type TempRuntime } from "./runtime";
import { SIGNING_SECRET, SlackSender } from "./slack-requests";
import { startSocketStandIn, type SocketStandIn } from "./slack-socket";
import { BOT_TOKEN, startSlackStandIn, type SlackStandIn } from "./slack-stand-in";

export const COORDINATOR = "U0COORDIN8";
export const APP_TOKEN = "xapp-1-A0442TUPHGR-standin";

export interface TestBot {
  bot: SlackBot;
  slack: SlackStandIn;
  send: SlackSender;
  runtime: TempRuntime;
  /** Socket Mode only: the WebSocket end Slack would hold. */
  socket?: SocketStandIn;
  stop(): Promise<void>;
}

export interface TestBotOptions {
  env?: Record<string, string>;
  /** Defaults: no placeholder (answers are posted once), so tests see one message per answer. */
  timing?: Partial<Timing>;
  logger?: Logger;
  /** Connect over Socket Mode (SLACK_APP_TOKEN set) instead of signed HTTP. */
  socketMode?: boolean;
}

export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const slack = await startSlackStandIn();
  const socket = options.socketMode ? await startSocketStandIn() : undefined;
  slack.socketUrl = socket?.url;
  const runtime = await tempRuntime({
    env: {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      COORDINATORS: COORDINATOR,
      PORT: "0",
      HOST: "127.0.0.1",
      ...(socket && { SLACK_APP_TOKEN: APP_TOKEN }),
      ...options.env,
    },
    logger: options.logger,
    indexed: true,
  });
  const bot = await startSlackBot(
    runtime,
    { timing: { placeholderAfterMs: 60_000, ...options.timing } },
  );
  return {
    bot,
    slack,
    runtime,
    socket,
    send: new SlackSender(`http://127.0.0.1:${bot.port}/slack/events`),
    async stop() {
      await bot.stop();
      await socket?.close();
      await slack.close();
      runtime.cleanup();
    },
  };
}

/**
 * One test bot for a whole test file: started before its tests (with options, or with options
 * made then, e.g. once a model stand-in is up), stopped after them, and with the Slack stand-in's
 * recorded calls and any mocks cleared before each test. The returned object is filled in when the
 * bot has started, so tests use it as the bot itself.
 */
export function useTestBot(options: TestBotOptions | (() => Promise<TestBotOptions>) = {}): TestBot {
  const t = {} as TestBot;
  beforeAll(async () => {
    Object.assign(t, await startTestBot(typeof options === "function" ? await options() : options));
  });
  afterAll(async () => {
    await t.stop();
  });
  beforeEach(() => {
    t.slack.calls.length = 0;
    vi.restoreAllMocks();
  });
  return t;
}
