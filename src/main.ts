/**
 * npm start: builds or refreshes the index from the corpus, then serves — the local web chat when
 * no Slack credentials are set, the Slack bot (with /healthz) when they are.
 */
import { createRuntime } from "./bootstrap";
import { runCli } from "./cli";
import { formatReport } from "./ingest/report";
import { startWebServer } from "./web/server";

runCli(async () => {
  const runtime = await createRuntime();
  const report = await runtime.engine.reindex();
  if (report.indexWritten || report.failed) process.stdout.write(formatReport(report) + "\n\n");
  const web = await startWebServer(runtime);
  process.stdout.write(`styrdok: chat at ${web.url} — ${runtime.engine.documents().length} documents. Ctrl+C stops.\n`);
  const stop = () => void web.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
});
