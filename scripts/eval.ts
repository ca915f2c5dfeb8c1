/**
 * npm run eval -- [--questions FILE] [--out FILE] [--add PATH] [--mode full|rrf|bm25|vector] [--typos SEED]: runs a question set through the
 * engine, writes one Answer per line (with the question's id), and prints hit@5, recall@5, MRR@10
 * and abstention figures, overall and per language. `--add` ingests extra files or folders first
 * (held-out documents that are not part of the corpus); use a separate DATA_DIR for that. `--typos`
 * puts one typo into each question's longest lower-case word, the same ones for the same seed
 * (src/eval/typos.ts), to measure what mistyped questions cost.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRuntime } from "../src/bootstrap";
import { parseArgs, runCli } from "../src/cli";
import type { SearchMode } from "../src/retrieve/search";
import { figures, formatFigures, scoreQuestion, type EvalQuestion, type QuestionResult } from "../src/eval/metrics";
import { withTypos } from "../src/eval/typos";

runCli(async () => {
  const args = parseArgs(process.argv.slice(2), ["questions", "out", "add", "mode", "typos"]);
  const mode = (args.options.get("mode") ?? "full") as SearchMode;
  if (!["full", "rrf", "bm25", "vector"].includes(mode)) throw new Error("--mode must be full, rrf, bm25 or vector");
  const { engine, config } = await createRuntime({ quiet: true, searchMode: mode });
  const questionsFile = args.options.get("questions") ?? "eval/dev.jsonl";
  const out = args.options.get("out") ?? path.join(config.dataDir, "eval", "results.jsonl");
  const read = readFileSync(questionsFile, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalQuestion);
  const seed = args.options.get("typos");
  if (seed !== undefined && !/^\d+$/.test(seed)) throw new Error("--typos takes a seed, a whole number: npm run eval -- --typos 1");
  const typed = seed === undefined ? null : withTypos(read.map((q) => q.question), Number(seed));
  const questions = typed ? read.map((q, i) => ({ ...q, question: typed[i]! })) : read;
  await engine.reindex();
  const extra = args.options.get("add");
  if (extra) await engine.reindex(extra.split(","));
  const lines: string[] = [];
  const results: QuestionResult[] = [];
  for (const q of questions) {
    const answer = await engine.ask(q.question);
    lines.push(JSON.stringify({ id: q.id, ...answer }));
    results.push(scoreQuestion(q, answer));
  }
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, lines.join("\n") + "\n");
  const misses = results.filter((r) => r.answerable && (r.firstHit === null || r.firstHit > 5)).map((r) => r.id);
  const wrongAbstentions = results.filter((r) => r.answerable === r.abstained).map((r) => `${r.id}${r.abstained ? " (abstained)" : " (answered)"}`);
  process.stdout.write(
    [
      `${questions.length} questions from ${questionsFile}${seed === undefined ? "" : `, one typo each (seed ${seed})`}; answers in ${out}`,
      formatFigures("all", figures(results)),
      ...(["sv", "en"] as const).map((lang) => formatFigures(lang, figures(results.filter((r) => r.lang === lang)))),
      `not in top 5: ${misses.join(" ") || "none"}`,
      `abstention mistakes: ${wrongAbstentions.join(" ") || "none"}`,
    ].join("\n") + "\n",
  );
});
