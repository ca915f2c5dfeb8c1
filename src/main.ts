/**
 * npm start: builds or refreshes the index from the corpus, then serves. Until the Slack bot and the
 * web chat are wired in, it answers questions typed in the terminal.
 */
import { createInterface } from "node:readline/promises";
import { formatAnswer } from "./answer/terminal";
import { createRuntime } from "./bootstrap";
import { runCli } from "./cli";
import { userMessage } from "./errors";
import { formatReport } from "./ingest/report";

runCli(async () => {
  const { engine } = await createRuntime({ quiet: true });
  const report = await engine.reindex();
  if (report.indexWritten || report.failed) process.stdout.write(formatReport(report) + "\n\n");
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  process.stdout.write(`styrdok: ${engine.documents().length} documents from ${engine.municipalities().join(", ")}. Ask a question (empty line to quit).\n`);
  for (;;) {
    const question = (await prompt.question("? ").catch(() => "")).trim();
    if (!question) break;
    try {
      process.stdout.write(formatAnswer(await engine.ask(question)) + "\n\n");
    } catch (error) {
      process.stdout.write(`${userMessage(error)}\n\n`);
    }
  }
  prompt.close();
});
