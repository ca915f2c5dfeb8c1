/**
 * npm run eval -- [--questions FILE|FOLDER] [--out FILE] [--add PATH] [--mode full|rrf|bm25|vector] [--weights NAME=VALUE,…] [--typos SEED]: runs a question set through the
 * engine, writes one Answer per line (with the question's id), and prints hit@5, recall@5, MRR@10
 * and abstention figures, overall and per language, and overall with each gold quote counted once
 * (sets ask about the same sentence in other words). A folder runs each of its .jsonl sets and
 * prints the figures of each before those of all together. `--add` ingests extra files or folders
 * first (held-out documents that are not part of the corpus); use a separate DATA_DIR for that. A
 * set may give its gold quotes as anchors into those documents rather than as their words (see
 * src/eval/anchors.ts and `npm run anchor`). `--typos` puts one typo into each question's longest
 * lower-case word, the same ones for the same seed (src/eval/typos.ts), to measure what mistyped
 * questions cost. `--weights` re-scores with other feature weights than the defaults
 * (src/retrieve/search.ts, FEATURE_WEIGHTS; `vector` for the vector side's say in the fusion), to
 * measure a change of several weights at once without editing the source. The answerable
 * questions' figures are also given apart for those whose answering passage covers at least 30% of
 * the question as search reads it, and for the rest (src/eval/overlap.ts): where a set's wording
 * stays near the documents', and where it departs from it.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRuntime } from "../src/bootstrap";
import { parseArgs, runCli } from "../src/cli";
import { parseSearchWeights, type SearchMode, type SearchWeights } from "../src/retrieve/search";
import { readQuestionSet, resolveQuestion, squashedTexts } from "../src/eval/anchors";
import { figures, formatByOverlap, formatFigures, formatPerQuote, perGoldQuote, scoreQuestion, type EvalQuestion, type QuestionResult } from "../src/eval/metrics";
import { answerOverlap, OVERLAP_SPLIT } from "../src/eval/overlap";
import { withTypos } from "../src/eval/typos";

/** The .jsonl files a --questions path names: the file, or a folder's, in name order. */
function questionFiles(questionsPath: string): string[] {
  const found = statSync(questionsPath, { throwIfNoEntry: false });
  if (!found) throw new Error(`No question set at ${questionsPath}: give a .jsonl file or a folder of them`);
  if (!found.isDirectory()) return [questionsPath];
  return readdirSync(questionsPath).filter((name) => name.endsWith(".jsonl")).sort().map((name) => path.join(questionsPath, name));
}

/** How the run's weights differ from the defaults, for its first line: ", weights near=0.03". */
function weightsNote(weights: SearchWeights): string {
  const set = Object.entries(weights);
  return set.length ? `, weights ${set.map(([name, value]) => `${name}=${value}`).join(",")}` : "";
}

runCli(async () => {
  const args = parseArgs(process.argv.slice(2), ["questions", "out", "add", "mode", "weights", "typos"]);
  const mode = (args.options.get("mode") ?? "full") as SearchMode;
  if (!["full", "rrf", "bm25", "vector"].includes(mode)) throw new Error("--mode must be full, rrf, bm25 or vector");
  const seed = args.options.get("typos");
  if (seed !== undefined && !/^\d+$/.test(seed)) throw new Error("--typos takes a seed, a whole number: npm run eval -- --typos 1");
  const questionsPath = args.options.get("questions") ?? "eval/dev.jsonl";
  const files = questionFiles(questionsPath);
  const searchWeights = parseSearchWeights(args.options.get("weights") ?? "");
  const { engine, config } = await createRuntime({ quiet: true, searchMode: mode, searchWeights });
  const out = args.options.get("out") ?? path.join(config.dataDir, "eval", "results.jsonl");
  await engine.reindex();
  const extra = args.options.get("add");
  if (extra) await engine.reindex(extra.split(","));
  // Anchored quotes are read from the documents as indexed, so only after ingesting them.
  const texts = squashedTexts(engine.index());
  const sets = files.map((file) => {
    const read = readQuestionSet(file).map((q) => resolveQuestion(q, texts));
    const typed = seed === undefined ? null : withTypos(read.map((q) => q.question), Number(seed));
    return { name: path.basename(file, ".jsonl"), questions: typed ? read.map((q, i) => ({ ...q, question: typed[i]! })) : read };
  });
  // The coverage of each answerable question's answering passage, as search reads the question.
  const overlapOf = async (q: EvalQuestion) => {
    if (!q.quotes.length) return null;
    const { index, query } = await engine.retrieve(q.question);
    return answerOverlap(index, engine.kit, query, q.quotes[0]!);
  };
  const lines: string[] = [];
  const results: QuestionResult[] = [];
  const perSet: string[] = [];
  for (const set of sets) {
    const scored: QuestionResult[] = [];
    for (const q of set.questions) {
      const answer = await engine.ask(q.question);
      lines.push(JSON.stringify({ id: q.id, ...answer }));
      scored.push({ ...scoreQuestion(q, answer), overlap: await overlapOf(q) });
    }
    if (sets.length > 1) perSet.push(formatFigures(set.name, figures(scored)));
    results.push(...scored);
  }
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, lines.join("\n") + "\n");
  const misses = results.filter((r) => r.answerable && (r.firstHit === null || r.firstHit > 5)).map((r) => r.id);
  const wrongAbstentions = results.filter((r) => r.answerable === r.abstained).map((r) => `${r.id}${r.abstained ? " (abstained)" : " (answered)"}`);
  process.stdout.write(
    [
      `${results.length} questions from ${questionsPath}${seed === undefined ? "" : `, one typo each (seed ${seed})`}${weightsNote(searchWeights)}; answers in ${out}`,
      ...perSet,
      formatFigures("all", figures(results)),
      formatPerQuote("all", perGoldQuote(results)),
      ...(["sv", "en"] as const).map((lang) => formatFigures(lang, figures(results.filter((r) => r.lang === lang)))),
      ...formatByOverlap(results, OVERLAP_SPLIT),
      `not in top 5: ${misses.join(" ") || "none"}`,
      `abstention mistakes: ${wrongAbstentions.join(" ") || "none"}`,
    ].join("\n") + "\n",
  );
});
