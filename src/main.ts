/**
 * npm start: builds or refreshes the index from the corpus, then serves — the Slack bot (with
 * /healthz) when Slack credentials are set, the local web chat otherwise.
 */
import { createRuntime } from "./bootstrap";
import { runCli } from "./cli";
import { formatReport } from "./ingest/report";
import { slackConfigured, startSlackBot } from "./slack/start";
import { startWebServer } from "./web/server";

runCli(async () => {
  const runtime = await createRuntime();
  process.on("unhandledRejection", (reason) => runtime.logger.error("process.unhandled_rejection", { error: reason }));
  const report = await runtime.engine.reindex();
  if (report.indexWritten || report.failed) process.stdout.write(formatReport(report) + "\n\n");
  const documents = runtime.engine.documents().length;
  if (slackConfigured(runtime.config)) {
    const bot = await startSlackBot(runtime);
    process.stdout.write(`styrdok: Slack bot running (${bot.mode} mode) — ${documents} documents; /healthz on port ${bot.port}. Ctrl+C stops.\n`);
    onStop(() => bot.stop());
    return;
  }
  const web = await startWebServer(runtime);
  process.stdout.write(`styrdok: chat at ${web.url} — ${documents} documents. Ctrl+C stops.\n`);
  onStop(() => web.close());
});

function onStop(stop: () => Promise<void>): void {
  const handler = () => void stop().finally(() => process.exit(0));
  process.once("SIGINT", handler);
  process.once("SIGTERM", handler);
}
