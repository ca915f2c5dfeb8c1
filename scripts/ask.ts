/** npm run ask -- "QUESTION" [--json]: one answer in the terminal, building the index first if needed. */
import { formatAnswer } from "../src/answer/terminal";
import { createRuntime } from "../src/bootstrap";
import { parseArgs, runCli } from "../src/cli";

runCli(async () => {
  const args = parseArgs(process.argv.slice(2));
  const question = args.positional.join(" ");
  const { engine } = await createRuntime({ quiet: true });
  await engine.reindex();
  const answer = await engine.ask(question, { origin: { via: "cli" } });
  process.stdout.write(args.flags.has("json") ? JSON.stringify(answer, null, 2) + "\n" : formatAnswer(answer) + "\n");
});
