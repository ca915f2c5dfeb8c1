/** The benchmark's figures as Markdown tables: what `npm run bench` prints and the README shows. */
import type { BenchResult, IngestFigures } from "./run";
import type { Summary } from "./stats";

const number = (value: number, digits = 0) => value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (s: Summary, digits = 1) => `${number(s.median, digits)} / ${number(s.p95, digits)}`;
const mb = (bytes: number) => number(bytes / 1e6, 1);

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

function ingestRow(label: string, f: IngestFigures): string[] {
  return [
    label,
    number(f.chunks),
    `${ms(f.ms, 0)} (n=${f.ms.n})`,
    number(f.documentsPerSecond, 1),
    f.pages ? number(f.pagesPerSecond, 1) : "–",
    number(f.megabytesPerSecond, 3),
    mb(f.indexBytes),
    number(f.peakRssMb),
  ];
}

export function formatReport(result: BenchResult): string {
  const sizes = Object.values(result.sizes);
  const m = result.machine;
  const parts = [
    `styrdok benchmark — ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}; load average ${m.loadAverage.before} before, ${m.loadAverage.after} after; ${result.totalSeconds} s in all. Times are median / p95 in ms.`,
    "",
    "Full ingest (fresh process, empty index):",
    table(
      ["corpus", "passages", "ms", "docs/s", "pages/s", "MB/s", "index MB", "peak RSS MB"],
      [...sizes.map((s) => ingestRow(`${number(s.documents)} text docs`, s.ingest)), ingestRow(`${result.pdfIngest.documents} PDFs, ${result.pdfIngest.pages} pages`, result.pdfIngest)],
    ),
    "",
    `Incremental reindex, one of ${number(result.reindex.documents)} documents changed: ${ms(result.reindex.ms, 0)} ms (n=${result.reindex.ms.n}), peak RSS ${number(result.reindex.peakRssMb)} MB`,
    "",
    "Questions (retrieval + extractive answer; after a first round, and in that first round) and cold start (fresh process: load the index, answer one question):",
    table(
      ["documents", "per question", "naming a municipality", "naming none", "first time asked", "retrieval only", "serving RSS MB", "cold start", "of which load", "process start → answer"],
      sizes.map((s) => [
        number(s.documents),
        `${ms(s.questions.askMs, 2)} (n=${s.questions.askMs.n})`,
        ms(s.questions.askMsNamed, 2),
        ms(s.questions.askMsUnnamed, 2),
        `${ms(s.questions.firstAskMs, 2)} (n=${s.questions.firstAskMs.n})`,
        ms(s.questions.retrieveMs, 2),
        number(s.questions.peakRssMb),
        `${ms(s.coldStart.coldMs, 0)} (n=${s.coldStart.runs})`,
        ms(s.coldStart.loadMs, 0),
        ms(s.coldStart.processMs, 0),
      ]),
    ),
    "",
    "Peers on the same passages and questions (top 10; ratio = peer median / styrdok median):",
    table(
      ["documents", "passages", "questions", "styrdok retrieval", "styrdok answer", "BM25Retriever", "MiniSearch", "× BM25Retriever", "× MiniSearch"],
      sizes.map((s) => [
        number(s.documents),
        number(s.peers.passages),
        String(s.peers.questions),
        ms(s.peers.styrdok.retrieveMs, 2),
        ms(s.peers.styrdok.askMs, 2),
        ms(s.peers.bm25Retriever.ms, 1),
        ms(s.peers.minisearch.ms, 2),
        `${s.peers.ratios.bm25Retriever} (answer: ${s.peers.ratios.bm25RetrieverVsAnswer})`,
        `${s.peers.ratios.minisearch} (answer: ${s.peers.ratios.minisearchVsAnswer})`,
      ]),
    ),
    "",
    "Targets:",
    table(
      ["target", "limit", "measured", "met"],
      result.targets.map((t) => [t.name, `${t.limit} ${t.unit}`, t.value === null ? "not measured" : `${number(t.value, t.unit === "ms" ? 0 : 1)} ${t.unit}`, t.met === null ? "–" : t.met ? "yes" : "**no**"]),
    ),
  ];
  return parts.join("\n") + "\n";
}
