/**
 * Micro-benchmark of the language layer, run by hand (not part of the test suite):
 *   npx tsx scripts/bench-language.ts [CORPUS_DIR]
 * Analyses every .txt/.md file of the corpus (cold, then warm), and 1,000 generated short
 * questions (analysis alone, and the whole question-side pass: language, municipalities, glossary).
 * The corpus directory is an argument rather than CORPUS_DIR so this script needs no config.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyze } from "../src/language/analyzer";
import { detectLanguage } from "../src/language/detect";
import { expandQuery } from "../src/language/glossary";
import { allMunicipalities, findMunicipalities } from "../src/language/municipalities";
import { tokenize } from "../src/language/tokenize";

const SV_TEMPLATES = [
  "vem ansvarar för uppföljningen av {topic} i {place}?",
  "vad säger {place} om {topic}?",
  "när antogs {place}s program för {topic}?",
  "hur länge gäller riktlinjerna för {topic} i {place} kommun?",
  "och i {place}?",
];
const EN_TEMPLATES = [
  "who follows up {topic} in {place}?",
  "what does {place}'s strategy say about {topic}?",
  "when was the {topic} policy in {place} adopted, and by whom?",
  "{place} strategy – how long is it valid?",
  "what about {place}?",
];
const SV_TOPICS = ["äldreomsorgen", "EU-projekt", "vänortssamarbete", "klimatanpassning", "upphandling", "skolskjuts"];
const EN_TOPICS = ["elderly care", "EU projects", "twin towns", "climate adaptation", "procurement", "external funding"];

function questions(count: number): string[] {
  const places = allMunicipalities().map((m) => m.name);
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const english = i % 2 === 1;
    const templates = english ? EN_TEMPLATES : SV_TEMPLATES;
    const topics = english ? EN_TOPICS : SV_TOPICS;
    const template = templates[i % templates.length]!;
    const topic = topics[(i * 7) % topics.length]!;
    const place = places[(i * 13) % places.length]!;
    out.push(template.replace("{topic}", topic).replace("{place}", place));
  }
  return out;
}

function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function benchCorpus(dir: string): void {
  const texts = readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => readFileSync(path.join(dir, f), "utf8"));
  const tokens = texts.reduce((n, t) => n + tokenize(t).length, 0);
  const vocabulary = new Set(texts.flatMap((t) => tokenize(t).filter((k) => k.kind === "word").map((k) => k.norm)));
  const cold = time(() => texts.forEach((t) => analyze(t)));
  const rounds = 50;
  const warm = time(() => {
    for (let r = 0; r < rounds; r++) texts.forEach((t) => analyze(t, { vocabulary }));
  });
  console.log(`corpus: ${texts.length} documents, ${tokens} tokens, vocabulary ${vocabulary.size} words`);
  console.log(`  first pass (loads data, fills caches): ${cold.toFixed(1)} ms, ${(tokens / (cold / 1000)).toFixed(0)} tokens/s`);
  console.log(`  warm, with vocabulary: ${((tokens * rounds) / (warm / 1000)).toFixed(0)} tokens/s`);
}

function benchQuestions(): void {
  const set = questions(1000);
  const first = time(() => set.forEach((q) => analyze(q)));
  const analysis = time(() => set.forEach((q) => analyze(q)));
  const whole = time(() =>
    set.forEach((q) => {
      detectLanguage(q);
      findMunicipalities(q);
      for (const phrase of expandQuery(q).swedishTerms) analyze(phrase);
      analyze(q);
    }),
  );
  console.log(`questions: ${set.length}`);
  console.log(`  analyze, first pass: ${((first * 1000) / set.length).toFixed(1)} µs/question`);
  console.log(`  analyze, warm: ${((analysis * 1000) / set.length).toFixed(1)} µs/question`);
  console.log(`  detect + municipalities + glossary + analyze: ${((whole * 1000) / set.length).toFixed(1)} µs/question`);
}

benchCorpus(process.argv[2] ?? "corpus");
benchQuestions();
