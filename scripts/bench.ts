/**
 * npm run bench -- [--json] [--sizes 100,1000,10000] [--keep]: speed and scale figures on generated
 * corpora (see src/bench/run.ts). Prints Markdown tables, or with --json one object with every
 * figure; progress goes to stderr. The corpora and indexes live in a temporary directory, removed
 * at the end unless --keep. The script also runs each measurement as a child of itself (--task).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
// The tests' PDF generator (pdfkit, a devDependency): one way to make PDFs, handed to the bench.
import { makePdf } from "../test/helpers/fixtures";
import { formatReport } from "../src/bench/report";
import { coldQuestion, runBench, type TaskName } from "../src/bench/run";
import { coldTask, ingestTask, peersTask, reindexTask, serveTask, type Dirs } from "../src/bench/tasks";
import { parseArgs, runCli } from "../src/cli";

const SCRIPT = fileURLToPath(import.meta.url);
const SOURCE_CORPUS = path.resolve(path.dirname(SCRIPT), "../corpus");

function runTask(task: TaskName, args: string[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // execArgv carries tsx's loader, so the child runs this TypeScript file the same way.
    execFile(process.execPath, [...process.execArgv, SCRIPT, "--task", task, ...args], { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`bench task ${task} failed: ${stderr.trim() || error.message}`));
      resolve(JSON.parse(stdout.trim().split("\n").at(-1)!));
    });
  });
}

async function child(task: string, options: Map<string, string>): Promise<unknown> {
  const dirs: Dirs = { corpus: options.get("corpus")!, data: options.get("data")! };
  const count = (name: string) => Number(options.get(name) ?? 1);
  switch (task) {
    case "ingest":
      return ingestTask(dirs);
    case "reindex":
      return reindexTask(dirs, count("run"));
    case "serve":
      return serveTask(dirs, count("rounds"));
    case "cold":
      return coldTask(dirs, coldQuestion());
    case "peers":
      return peersTask(dirs, count("questions"), count("rounds"));
    default:
      throw new Error(`unknown bench task ${task}`);
  }
}

runCli(async () => {
  const args = parseArgs(process.argv.slice(2), ["task", "corpus", "data", "rounds", "run", "questions", "sizes"]);
  const task = args.options.get("task");
  if (task) {
    process.stdout.write(JSON.stringify(await child(task, args.options)) + "\n");
    return;
  }
  const sizes = (args.options.get("sizes") ?? "100,1000,10000").split(",").map(Number);
  if (sizes.some((s) => !Number.isInteger(s) || s < 10)) throw new Error("--sizes takes document counts such as 100,1000,10000");
  const workDir = mkdtempSync(path.join(tmpdir(), "styrdok-bench-"));
  try {
    const result = await runBench({ sourceDir: SOURCE_CORPUS, workDir, sizes, makePdf, runTask, progress: (m) => process.stderr.write(`bench: ${m}\n`) });
    process.stdout.write(args.flags.has("json") ? JSON.stringify(result, null, 2) + "\n" : formatReport(result));
  } finally {
    if (args.flags.has("keep")) process.stderr.write(`bench: corpora and indexes kept in ${workDir}\n`);
    else rmSync(workDir, { recursive: true, force: true });
  }
});
