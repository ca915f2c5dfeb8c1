/**
 * npm start: builds or refreshes the index from the corpus, then serves — the Slack bot (with
 * /healthz) when Slack credentials are set, the local web chat otherwise.
 */
import { createRuntime } from "./bootstrap";
import { runCli } from "./cli";
import { formatReport } from "./ingest/report";
import type { Logger } from "./log";
import { slackConfigured, startSlackBot } from "./slack/start";
import { startWebServer } from "./web/server";

runCli(async () => {
  const runtime = await createRuntime();
  process.on("unhandledRejection", (reason) => runtime.logger.error("process.unhandled_rejection", { error: reason }));
  const report = await runtime.engine.reindex();
  if (report.indexWritten || report.failed) process.stdout.write(formatReport(report) + "\n\n");
  await runtime.engine.warmUp();
  const documents = runtime.engine.documents().length;
  if (slackConfigured(runtime.config)) {
    const bot = await startSlackBot(runtime);
    process.stdout.write(`styrdok: Slack bot running (${bot.mode} mode) — ${documents} documents; /healthz on port ${bot.port}. Ctrl+C stops.\n`);
    onStop(runtime.logger, () => bot.stop());
    return;
  }
  const web = await startWebServer(runtime);
  process.stdout.write(`styrdok: chat at ${web.url} — ${documents} documents. Ctrl+C stops.\n`);
  onStop(runtime.logger, () => web.close());
});

/**
 * SIGTERM or Ctrl+C: stop taking questions, let the ones in flight be answered, then exit 0.
 * A second signal exits at once; an index being written is safe either way.
 */
function onStop(logger: Logger, stop: () => Promise<void>): void {
  const handler = (signal: NodeJS.Signals) => {
    process.once("SIGINT", () => process.exit(1));
    process.once("SIGTERM", () => process.exit(1));
    logger.info("process.stopping", { signal });
    stop().then(
      () => {
        logger.info("process.stopped", { signal });
        process.exit(0);
      },
      (error: unknown) => {
        logger.error("process.stop_failed", { signal, error });
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", handler);
  process.once("SIGTERM", handler);
}
