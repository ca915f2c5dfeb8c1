/**
 * A corpus of everything a coordinator might drop in — scans, blank pages, passwords, truncated
 * downloads, zip bombs, a parser-hanging PDF, huge files, legacy Word, wrong extensions — ingested
 * in one run: it finishes, lists every file, indexes the good ones and gives each other one the
 * reason a coordinator can act on.
 */
import { cpSync, readdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IngestReport } from "../../../src/ingest/report";
import { CORPUS_DIR, CORPUS_FILES } from "../../helpers/corpus";
import {
  legacyOfficeHeader,
  makeBlankPdf,
  makeDocx,
  makeImageOnlyPdf,
  makePdf,
  makeRawPdf,
  makeZipBomb,
  textOperatorFlood,
  truncated,
} from "../../helpers/fixtures";
import { tempRuntime, type TempRuntime } from "../../helpers/runtime";

let runtime: TempRuntime;
let report: IngestReport;

/** File name → [status, the start of its reason (or null)]. */
const EXPECTED: Record<string, [string, RegExp | null]> = {
  [CORPUS_FILES.vaxjo]: ["added", null],
  "riktlinje.docx": ["added", null],
  "riktlinje-docx.pdf": ["added", null],
  "vaxjo-kopia.txt": ["skipped", /^same content as "[^"]+" \(.+\), which is indexed/],
  "skannad.pdf": ["failed", /^no text layer — it looks scanned; run OCR/],
  "tom.pdf": ["failed", /^has no text — its pages are blank/],
  "skyddad.pdf": ["failed", /^password-protected — remove the password/],
  "avbruten.pdf": ["failed", /^could not be read — the file looks damaged/],
  "avbruten.docx": ["failed", /^could not be read — the file looks damaged/],
  "bomb.docx": ["failed", /^could not be read — the file looks damaged/],
  "flod.pdf": ["failed", /^reading it took longer than 3 s and was stopped .* set PARSE_TIMEOUT_MS/],
  "enorm.pdf": ["failed", /^too large \(2 MB; the limit is 1 MB, set MAX_FILE_MB to change it\)$/],
  "gammal.docx": ["failed", /^legacy Word 97–2003 \.doc is not supported — save it as \.docx or PDF/],
  "gammal.doc": ["skipped", /^legacy Word 97–2003 \.doc is not supported/],
  "webbsida.pdf": ["failed", /^not a supported format/],
  "brus.pdf": ["failed", /^not a supported format/],
  "tom.txt": ["failed", /^is empty/],
  "arkiv.zip": ["skipped", /^not a supported format \(\.zip\)/],
  "bild.png": ["skipped", /^not a supported format \(\.png\)/],
};

beforeAll(async () => {
  runtime = await tempRuntime({ copyCorpus: false, env: { MAX_FILE_MB: "1", PARSE_TIMEOUT_MS: "3000" } });
  const dir = runtime.config.corpusDir;
  const write = (name: string, data: Buffer | string) => writeFileSync(path.join(dir, name), data);
  cpSync(path.join(CORPUS_DIR, CORPUS_FILES.vaxjo), path.join(dir, CORPUS_FILES.vaxjo));
  const docx = await makeDocx([{ heading: 1, text: "Riktlinje för resor" }, { paragraph: "Resor ska klimatkompenseras enligt resepolicyn." }]);
  write("riktlinje.docx", docx);
  // A Word file named .pdf is read by its content.
  write("riktlinje-docx.pdf", await makeDocx([{ heading: 1, text: "Riktlinje för möten" }, { paragraph: "Möten ska hållas digitalt när det går." }]));
  write("vaxjo-kopia.txt", readFileSync(path.join(CORPUS_DIR, CORPUS_FILES.vaxjo)));
  write("skannad.pdf", await makeImageOnlyPdf());
  write("tom.pdf", await makeBlankPdf());
  write("skyddad.pdf", await makePdf(["Hemlig text"], { userPassword: "hemligt" }));
  write("avbruten.pdf", truncated(await makePdf(["Denna fil bröts av mitt i."]), 0.3));
  write("avbruten.docx", truncated(docx, 0.8));
  write("bomb.docx", await makeZipBomb(8, { lie: true }));
  write("flod.pdf", makeRawPdf(textOperatorFlood(40)));
  write("enorm.pdf", "%PDF-1.7\n");
  truncateSync(path.join(dir, "enorm.pdf"), 2 * 1024 * 1024);
  write("gammal.docx", legacyOfficeHeader());
  write("gammal.doc", legacyOfficeHeader());
  write("webbsida.pdf", "<!DOCTYPE html><html><body>Logga in</body></html>");
  write("brus.pdf", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  write("tom.txt", "  \n\n ");
  write("arkiv.zip", Buffer.from("PK\u0005\u0006" + "\u0000".repeat(18), "latin1"));
  write("bild.png", Buffer.from("89504e470d0a1a0a", "hex"));
  report = await runtime.engine.reindex();
}, 120_000);

afterAll(() => runtime?.cleanup());

describe("ingesting a corpus of bad files", () => {
  it("lists every file once, with the status and reason it deserves", () => {
    const listed = report.files.map((f) => path.basename(f.path)).sort();
    expect(listed).toEqual(readdirSync(runtime.config.corpusDir).sort());
    for (const file of report.files) {
      const [status, reason] = EXPECTED[path.basename(file.path)]!;
      expect({ file: file.path, status: file.status }).toEqual({ file: file.path, status });
      if (reason) expect(file.error).toMatch(reason);
      else expect(file.error).toBeNull();
    }
    expect(report).toMatchObject({ added: 3, failed: 12, skipped: 4, indexWritten: true, documents: 3 });
  });

  it("still answers from the good files", async () => {
    const answer = await runtime.engine.ask("ska resor klimatkompenseras?");
    expect(answer.abstained).toBe(false);
    expect(answer.citations.map((c) => c.docId)).toContain("riktlinje");
  });
});
