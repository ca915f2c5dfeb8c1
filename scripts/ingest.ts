/** npm run ingest -- [PATH ...] [--json]: incremental (re)index of the corpus or the given files and folders. */
import { createRuntime } from "../src/bootstrap";
import { parseArgs, runCli } from "../src/cli";
import { formatReport } from "../src/ingest/report";

runCli(async () => {
  const args = parseArgs(process.argv.slice(2));
  const { engine } = await createRuntime({ quiet: true });
  const report = await engine.reindex(args.positional);
  process.stdout.write(args.flags.has("json") ? JSON.stringify(report, null, 2) + "\n" : formatReport(report) + "\n");
});
