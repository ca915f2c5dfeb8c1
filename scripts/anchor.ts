/**
 * npm run anchor -- --questions FILE --add PATH --out FILE: writes a question set whose gold quotes
 * are verbatim words of documents that may not be copied here (`../shared/real/`) as anchors into
 * those documents instead (src/eval/anchors.ts), without the quotes' words or the answers. The
 * documents are ingested first, corpus and `--add` alike, as `npm run eval -- --add` does; use a
 * separate DATA_DIR. `npm run eval -- --questions OUT --add PATH` reads the quotes back.
 */
import { writeFileSync } from "node:fs";
import { createRuntime } from "../src/bootstrap";
import { parseArgs, runCli } from "../src/cli";
import { anchorQuestion, readQuestionSet, squashedTexts } from "../src/eval/anchors";
import type { EvalQuestion } from "../src/eval/metrics";

runCli(async () => {
  const args = parseArgs(process.argv.slice(2), ["questions", "out", "add"]);
  const [input, out] = [args.options.get("questions"), args.options.get("out")];
  if (!input || !out) throw new Error("Usage: npm run anchor -- --questions FILE --add PATH --out FILE");
  const questions = readQuestionSet(input);
  const anchoredAlready = questions.find((q) => "anchors" in q);
  if (anchoredAlready) throw new Error(`${input} is anchored already (question ${anchoredAlready.id}): anchor the set written with its quotes`);
  const { engine } = await createRuntime({ quiet: true });
  await engine.reindex();
  const extra = args.options.get("add");
  if (extra) await engine.reindex(extra.split(","));
  const texts = squashedTexts(engine.index());
  const anchored = questions.map((q) => anchorQuestion(q as EvalQuestion, texts));
  writeFileSync(out, anchored.map((q) => JSON.stringify(q)).join("\n") + "\n");
  const quotes = anchored.reduce((sum, q) => sum + q.anchors.length, 0);
  process.stdout.write(`${anchored.length} questions, ${quotes} quotes anchored in ${out}\n`);
});
