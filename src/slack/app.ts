/** Builds the Bolt app: client, middleware, listeners and the error handler wired together — nothing else. */
import { App, type Receiver } from "@slack/bolt";
import { boltLogger, BOLT_LEVELS } from "./bolt-logger";
import { answerEachEventOnce } from "./dedupe";
import type { SlackDeps } from "./deps";
import { listenerErrorHandler } from "./error-handler";
import { registerListeners } from "./listeners";
import { limitEachPerson } from "./rate-limit";
import { RateLimiter } from "../rate-limit";

export interface SlackAppOptions {
  receiver: Receiver;
  deps: SlackDeps;
}

/** Options for Slack's Web API client: SLACK_API_URL points it (and file downloads) elsewhere. */
export function webClientOptions(deps: SlackDeps): { slackApiUrl?: string } {
  return deps.config.slack.apiUrl ? { slackApiUrl: deps.config.slack.apiUrl } : {};
}

/**
 * Initialisation is deferred: `await app.init()` calls auth.test, learns the bot's user id (to
 * ignore its own messages and strip its mention) and fails at start-up on a bad token rather than
 * on the first event.
 */
export function createSlackApp({ receiver, deps }: SlackAppOptions): App {
  const { config, logger } = deps;
  const app = new App({
    token: config.slack.botToken,
    receiver,
    logger: boltLogger(logger, config.logLevel),
    logLevel: BOLT_LEVELS[config.logLevel],
    clientOptions: webClientOptions(deps),
    deferInitialization: true,
    extendedErrorHandler: true,
    convoStore: false,
  });
  app.use(async ({ next }) => deps.inFlight.track(next));
  app.use(answerEachEventOnce(logger, () => deps.clock().getTime()));
  app.use(limitEachPerson(new RateLimiter(config.limits.ratePerMinute, () => deps.clock().getTime()), logger));
  registerListeners(app, deps);
  app.error(listenerErrorHandler(deps, app.client));
  return app;
}
