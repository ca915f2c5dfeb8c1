import { appendFileSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { currentGeneration } from "../../../src/index/store";
import { CORPUS_FILES } from "../../helpers/corpus";
import { tempRuntime, type TempRuntime } from "../../helpers/runtime";

let runtime: TempRuntime | undefined;
afterEach(() => runtime?.cleanup());

const statuses = (report: { files: { path: string; status: string }[] }) =>
  Object.fromEntries(report.files.map((f) => [path.basename(f.path), f.status]));

describe("incremental ingest", () => {
  it("adds, keeps, updates and removes documents, re-reading only what changed", async () => {
    runtime = await tempRuntime();
    const { engine, config } = runtime;
    const first = await engine.reindex();
    expect(first).toMatchObject({ added: 5, updated: 0, unchanged: 0, removed: 0, failed: 0, documents: 5, indexWritten: true });
    const generation = currentGeneration(config.indexDir);

    const again = await engine.reindex();
    expect(again).toMatchObject({ added: 0, unchanged: 5, indexWritten: false });
    expect(currentGeneration(config.indexDir)).toBe(generation);

    // Touched but identical: hashed, still unchanged.
    const gavle = path.join(config.corpusDir, CORPUS_FILES.gavle);
    utimesSync(gavle, new Date(), new Date(Date.now() + 5000));
    expect((await engine.reindex()).unchanged).toBe(5);

    appendFileSync(gavle, "\n\nNy mening om kulturutbyte med vänorter i Finland.\n");
    writeFileSync(path.join(config.corpusDir, "ny-riktlinje.md"), "# Riktlinje för resor\n\nResor ska klimatkompenseras enligt resepolicyn.\n");
    rmSync(path.join(config.corpusDir, CORPUS_FILES.vasby));
    writeFileSync(path.join(config.corpusDir, "bild.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const changed = await engine.reindex();
    expect(statuses(changed)).toMatchObject({
      [CORPUS_FILES.gavle]: "updated",
      "ny-riktlinje.md": "added",
      [CORPUS_FILES.vasby]: "removed",
      [CORPUS_FILES.umea]: "unchanged",
      "bild.png": "skipped",
    });
    expect(changed.files.find((f) => f.path.endsWith("bild.png"))!.error).toMatch(/not a supported format/);
    expect(changed.documents).toBe(5);

    const docs = engine.documents().map((d) => d.id);
    expect(docs).toContain("ny-riktlinje");
    expect(docs).not.toContain("upplands-vasby-policy-internationella-kontakter-2010");
    const index = engine.index();
    const gavleEntry = index.manifest.documents.find((d) => d.id === "gavle-inriktning-internationellt-arbete-2018-2020")!;
    expect(index.texts[gavleEntry.id]).toContain("kulturutbyte med vänorter i Finland");
    // Unchanged documents keep their passages exactly.
    for (const chunk of index.chunks) expect(index.texts[chunk.docId]!.slice(chunk.start, chunk.end)).toBe(chunk.text);
  });

  it("reads unchanged files again when they were indexed by an older way of reading", async () => {
    runtime = await tempRuntime({ indexed: true });
    const { engine, config } = runtime;
    const manifestFile = path.join(config.indexDir, currentGeneration(config.indexDir)!, "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { documents: { parser?: number }[] };
    for (const doc of manifest.documents) delete doc.parser;
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const reread = await engine.reindex();
    expect(reread).toMatchObject({ added: 0, updated: 5, unchanged: 0, indexWritten: true });
    expect(reread.files.every((f) => f.warnings.some((w) => /read again/.test(w)))).toBe(true);
    expect(await engine.reindex()).toMatchObject({ updated: 0, unchanged: 5, indexWritten: false });
  });

  it("keeps documents ingested from outside the corpus when an index of another version is rebuilt", async () => {
    runtime = await tempRuntime({ indexed: true });
    const { engine, config } = runtime;
    const extra = path.join(runtime.root, "extra");
    mkdirSync(extra);
    writeFileSync(path.join(extra, "plan.txt"), "Handlingsplan för integration\n\nKommunen ska erbjuda språkkurser.\n");
    expect((await engine.reindex([extra])).documents).toBe(6);
    const manifestFile = path.join(config.indexDir, currentGeneration(config.indexDir)!, "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { analyzer: string };
    manifest.analyzer = "an-older-analyzer";
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const rebuilt = await engine.reindex();
    expect(rebuilt).toMatchObject({ added: 6, documents: 6, indexWritten: true });
    expect(engine.documents().map((d) => d.id)).toContain("plan");
  });

  it("skips a folder's README or INDEX found in it, but reads one named on its own and keeps one indexed before", async () => {
    runtime = await tempRuntime({ copyCorpus: false, files: { "riktlinje.txt": "Riktlinje för resor i Exempelby\n\nResor ska klimatkompenseras.\n", "README.md": "# Dokument\n\nHär ligger kommunens riktlinjer.\n", "INDEX.txt": "riktlinje.txt | resor\n" } });
    const { engine, config } = runtime;
    const first = await engine.reindex();
    expect(statuses(first)).toMatchObject({ "riktlinje.txt": "added", "README.md": "skipped", "INDEX.txt": "skipped" });
    expect(first.files.find((f) => f.path.endsWith("README.md"))!.error).toMatch(/describes its folder .* pass the file itself to npm run ingest/);
    expect(first.documents).toBe(1);
    // Named on its own, it is read; a later scan of the folder keeps it.
    expect(statuses(await engine.reindex([path.join(config.corpusDir, "README.md")]))).toMatchObject({ "README.md": "added" });
    const later = await engine.reindex();
    expect(statuses(later)).toMatchObject({ "README.md": "unchanged", "INDEX.txt": "skipped" });
    expect(later.documents).toBe(2);
  });

  it("indexes a copy of a document once, and the copy when the document is gone", async () => {
    runtime = await tempRuntime();
    const { engine, config } = runtime;
    await engine.reindex();
    const original = path.join(config.corpusDir, CORPUS_FILES.gavle);
    writeFileSync(path.join(config.corpusDir, "kopia.txt"), readFileSync(original));
    const report = await engine.reindex();
    const copy = report.files.find((f) => f.path.endsWith("kopia.txt"))!;
    expect(copy).toMatchObject({ status: "skipped", docId: null, chunks: 0 });
    expect(copy.error).toMatch(/^same content as "[^"]+" \(.+\), which is indexed/);
    expect(copy.error).toContain(`${CORPUS_FILES.gavle}), which is indexed`);
    expect(report.documents).toBe(5);
    // From outside the corpus too.
    const extra = path.join(runtime.root, "extra");
    mkdirSync(extra);
    writeFileSync(path.join(extra, "samma.txt"), readFileSync(original));
    expect(statuses(await engine.reindex([extra]))).toEqual({ "samma.txt": "skipped" });
    // The copy is indexed once the original is gone.
    rmSync(original);
    expect(statuses(await engine.reindex())).toMatchObject({ [CORPUS_FILES.gavle]: "removed", "kopia.txt": "added" });
    expect(engine.documents()).toHaveLength(5);
  });

  it("lists a file that cannot be read and keeps indexing the rest", async () => {
    runtime = await tempRuntime();
    writeFileSync(path.join(runtime.config.corpusDir, "trasig.txt"), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]));
    const report = await runtime.engine.reindex();
    const broken = report.files.find((f) => f.path.endsWith("trasig.txt"))!;
    expect(broken.status).toBe("failed");
    expect(broken.error).toBeTruthy();
    expect(report.added).toBe(5);
    expect(report.documents).toBe(5);
  });

  it("ingests extra paths without dropping the corpus, and a sidecar sets metadata", async () => {
    runtime = await tempRuntime({ indexed: true });
    const extra = path.join(runtime.root, "extra");
    mkdirSync(extra);
    writeFileSync(path.join(extra, "plan.txt"), "Handlingsplan för integration\n\nKommunen ska erbjuda språkkurser.\n");
    writeFileSync(path.join(extra, "plan.txt.meta.json"), JSON.stringify({ municipality: "Kiruna", sourceUrl: "https://kiruna.se/plan" }));
    const report = await runtime.engine.reindex([extra]);
    expect(report.files.map((f) => path.basename(f.path))).toEqual(["plan.txt"]);
    expect(report.documents).toBe(6);
    const plan = runtime.engine.documents().find((d) => d.id === "plan")!;
    expect(plan.metadata).toMatchObject({ municipality: "Kiruna", sourceUrl: "https://kiruna.se/plan", type: "handlingsplan" });
    // Changing only the sidecar updates the document.
    writeFileSync(path.join(extra, "plan.txt.meta.json"), JSON.stringify({ municipality: "Gällivare" }));
    expect((await runtime.engine.reindex([extra])).updated).toBe(1);
    expect(runtime.engine.documents().find((d) => d.id === "plan")!.metadata.municipality).toBe("Gällivare");
  });
});
