/**
 * The Slack bot's entry point. Socket Mode when SLACK_APP_TOKEN is set (no public URL needed);
 * otherwise HTTP mode, with every request's signature checked against SLACK_SIGNING_SECRET, on
 * POST /slack/events (events, interactivity and the slash command alike) at PORT/HOST.
 * GET /healthz is served in both modes.
 */
import type { AddressInfo } from "node:net";
import { HTTPReceiver, SocketModeReceiver, type App } from "@slack/bolt";
import type { Config } from "../config";
import { StyrdokError, userMessage } from "../errors";
import { SHUTDOWN_GRACE_MS } from "../in-flight";
import type { Logger } from "../log";
import { createSlackApp, webClientOptions } from "./app";
import { boltLogger } from "./bolt-logger";
import { createSlackDeps, type SlackDeps, type SlackDepsOptions, type SlackEngine } from "./deps";
import { HEALTH_PATH, serveHealth, startHealthServer } from "./health";

export type SlackMode = "socket" | "http";

export const EVENTS_PATH = "/slack/events";

export interface SlackBot {
  mode: SlackMode;
  /** The port /healthz (and in HTTP mode /slack/events) is served on. */
  port: number;
  stop(): Promise<void>;
}

export interface SlackRuntime {
  config: Config;
  logger: Logger;
  engine: SlackEngine;
}

/** Whether the environment asks for the Slack bot: a bot token and a way to receive events. */
export function slackConfigured(config: Config): boolean {
  const { botToken, appToken, signingSecret } = config.slack;
  return Boolean(botToken && (appToken || signingSecret));
}

export function slackMode(config: Config): SlackMode {
  const { botToken, appToken, signingSecret } = config.slack;
  if (!botToken) {
    throw new StyrdokError("config", "SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page.");
  }
  if (appToken) return "socket";
  if (signingSecret) return "http";
  throw new StyrdokError(
    "config",
    "Set SLACK_APP_TOKEN (xapp-…, Basic Information → App-Level Tokens, scope connections:write) for Socket Mode, or SLACK_SIGNING_SECRET (Basic Information → Signing Secret) for HTTP mode.",
  );
}

/** auth.test: a wrong token or API URL fails here, at start-up, with a message saying which. */
async function initialise(app: App, config: Config): Promise<void> {
  try {
    await app.init();
  } catch (error) {
    const where = config.slack.apiUrl ? ` at ${config.slack.apiUrl}` : "";
    throw new StyrdokError("slack", `Slack${where} did not accept SLACK_BOT_TOKEN (${userMessage(error)}); check the token and that the app is installed.`, { cause: error });
  }
}

/** Listening failed: most often another process has the port. */
function cannotListen(error: unknown, config: Config): StyrdokError {
  const inUse = (error as { code?: string }).code === "EADDRINUSE";
  const reason = inUse ? `port ${config.port} on ${config.host} is in use` : userMessage(error);
  return new StyrdokError("config", `The Slack bot could not listen: ${reason}; set PORT (and HOST) to a free address.`, { cause: error });
}

async function startHttp(deps: SlackDeps): Promise<SlackBot> {
  const { config, logger, engine } = deps;
  const receiver = new HTTPReceiver({
    signingSecret: config.slack.signingSecret ?? "",
    endpoints: EVENTS_PATH,
    customRoutes: [{ path: HEALTH_PATH, method: ["GET"], handler: serveHealth(engine) }],
    logger: boltLogger(logger, config.logLevel),
  });
  const app = createSlackApp({ receiver, deps });
  await initialise(app, config);
  const server = await app.start({ port: config.port, host: config.host }).catch((error: unknown) => {
    throw cannotListen(error, config);
  });
  const port = (server.address() as AddressInfo).port;
  logger.info("slack.started", { mode: "http", url: `http://${config.host}:${port}${EVENTS_PATH}` });
  return {
    mode: "http",
    port,
    stop: async () => {
      await app.stop();
      await deps.inFlight.settled(SHUTDOWN_GRACE_MS);
    },
  };
}

async function startSocketMode(deps: SlackDeps): Promise<SlackBot> {
  const { config, logger, engine } = deps;
  const receiver = new SocketModeReceiver({
    appToken: config.slack.appToken ?? "",
    logger: boltLogger(logger, config.logLevel),
    installerOptions: { clientOptions: webClientOptions(deps) },
  });
  const app = createSlackApp({ receiver, deps });
  await initialise(app, config);
  const health = await startHealthServer(engine, config.port, config.host).catch((error: unknown) => {
    throw cannotListen(error, config);
  });
  try {
    await app.start();
  } catch (error) {
    await health.close();
    throw new StyrdokError("slack", `Socket Mode could not connect (${userMessage(error)}); check SLACK_APP_TOKEN and that Socket Mode is enabled for the app.`, { cause: error });
  }
  logger.info("slack.started", { mode: "socket", health: `http://${config.host}:${health.port}${HEALTH_PATH}` });
  return {
    mode: "socket",
    port: health.port,
    stop: async () => {
      await app.stop();
      await deps.inFlight.settled(SHUTDOWN_GRACE_MS);
      await health.close();
    },
  };
}

/**
 * Starts the bot on a runtime from `createRuntime()` (its index should be built first). Resolves
 * once it is listening (HTTP) or connected (Socket Mode); `stop()` stops taking events, waits for
 * the answers in flight (up to SHUTDOWN_GRACE_MS) and closes everything it opened.
 */
export async function startSlackBot(runtime: SlackRuntime, options: SlackDepsOptions = {}): Promise<SlackBot> {
  const mode = slackMode(runtime.config);
  const deps = createSlackDeps(runtime, options);
  return mode === "socket" ? startSocketMode(deps) : startHttp(deps);
}
