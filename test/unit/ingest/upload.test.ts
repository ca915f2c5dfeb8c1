import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { safeFileName } from "../../../src/ingest/upload";
import { makePdf } from "../../helpers/fixtures";
import { tempRuntime, type TempRuntime } from "../../helpers/runtime";

let runtime: TempRuntime | undefined;
afterEach(() => runtime?.cleanup());

describe("safeFileName", () => {
  it("keeps the last path segment, safe characters and a supported extension", () => {
    expect(safeFileName("../../etc/passwd.txt")).toBe("passwd.txt");
    expect(safeFileName("..\\..\\Växjö strategi (ny).PDF")).toBe("Växjö-strategi-ny.pdf");
    expect(safeFileName(".hidden.md")).toBe("hidden.md");
    expect(safeFileName("....docx")).toBe("dokument.docx");
    expect(() => safeFileName("bild.png")).toThrow(/not a supported format/);
    expect(() => safeFileName("strategi")).toThrow(/not a supported format/);
  });
});

/** Names a hostile or careless uploader might send, and where each must end up. */
const HOSTILE_NAMES: [string, string][] = [
  ["../../../../etc/cron.d/evil.txt", "evil.txt"],
  ["/etc/passwd.md", "passwd.md"],
  ["C:\\Windows\\System32\\drivers.pdf", "drivers.pdf"],
  ["..\\..\\..\\ut.docx", "ut.docx"],
  ["..", ""],
  ["../.pdf", ""],
  ["strategi\u0000.pdf", "strategi.pdf"],
  ["\u0000../../x.txt", "x.txt"],
  ["a\u0000/../../b.pdf", "b.pdf"],
  // Look-alikes of "." and "/" (one dot leader, fullwidth solidus and full stop, division slash).
  ["\u2024\u2024\uff0f\u2024\u2024\uff0fetc\uff0fpasswd.txt", "etc-passwd.txt"],
  ["\uff0e\uff0e\u2215\uff0e\uff0e\u2215ut.md", "ut.md"],
  // A right-to-left override that would display "riktlinjefdp.exe" as "riktlinjeexe.pdf".
  ["riktlinje\u202efdp.exe.pdf", "riktlinje-fdp.exe.pdf"],
  ["%2e%2e%2f%2e%2e%2fut.txt", "2e-2e-2f-2e-2e-2fut.txt"],
  ["V\u0061\u0308xjo\u0308 strategi.pdf", "Växjö-strategi.pdf"],
  ["x".repeat(500) + ".pdf", "x".repeat(120) + ".pdf"],
  [".meta.json.txt", "meta.json.txt"],
];

describe("safeFileName with hostile names", () => {
  it("never yields a path: one segment of safe characters, inside the corpus", () => {
    for (const [name, expected] of HOSTILE_NAMES) {
      if (expected === "") {
        expect(() => safeFileName(name), JSON.stringify(name)).toThrow(/not a supported format/);
        continue;
      }
      const safe = safeFileName(name);
      expect(safe, JSON.stringify(name)).toBe(expected);
      expect(safe).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u);
      expect(path.resolve("/corpus", safe)).toBe(path.join("/corpus", safe));
    }
  });
});

describe("Engine.addDocument", () => {
  it("writes every hostile name inside the corpus folder and nowhere else", async () => {
    runtime = await tempRuntime({ copyCorpus: false });
    for (const [name, expected] of HOSTILE_NAMES.filter(([, e]) => e.endsWith(".txt") || e.endsWith(".md"))) {
      const { file } = await runtime.engine.addDocument(name, Buffer.from(`Riktlinje ${expected}\n\nKommunen följer upp arbetet årligen.\n`));
      expect(file, JSON.stringify(name)).toBe(path.join(runtime.config.corpusDir, expected));
    }
    expect(readdirSync(runtime.root).sort()).toEqual(["corpus", "data"]);
    expect(readdirSync(runtime.config.corpusDir).filter((f) => !f.startsWith(".")).sort()).toEqual(
      HOSTILE_NAMES.map(([, e]) => e).filter((e) => e.endsWith(".txt") || e.endsWith(".md")).sort(),
    );
  });

  it("adds a PDF to the corpus and the index", async () => {
    runtime = await tempRuntime({ indexed: true });
    const pdf = await makePdf(["Riktlinje för vänortsarbete i Kiruna kommun", "Kommunstyrelsen följer upp vänortsarbetet årligen."]);
    const { file, replaced, report } = await runtime.engine.addDocument("Kiruna riktlinje.pdf", pdf);
    expect(path.dirname(file)).toBe(runtime.config.corpusDir);
    expect(replaced).toBe(false);
    expect(report.added).toBe(1);
    expect(runtime.engine.documents()).toHaveLength(6);
    expect(runtime.engine.municipalities()).toContain("Kiruna");
  });

  it("refuses an encrypted PDF and leaves the corpus and the index unchanged", async () => {
    runtime = await tempRuntime({ indexed: true });
    const before = readdirSync(runtime.config.corpusDir).sort();
    const pdf = await makePdf(["Hemlig text"], { userPassword: "hemligt" });
    await expect(runtime.engine.addDocument("hemlig.pdf", pdf)).rejects.toThrow(/password-protected/);
    expect(readdirSync(runtime.config.corpusDir).sort()).toEqual(before);
    expect(runtime.engine.documents()).toHaveLength(5);
  });

  it("replacing a document with one that fails to index restores the previous version", async () => {
    runtime = await tempRuntime();
    const file = path.join(runtime.config.corpusDir, "plan.txt");
    writeFileSync(file, "Handlingsplan\n\nKommunen ska samarbeta med vänorter.\n");
    await runtime.engine.reindex();
    await expect(runtime.engine.addDocument("plan.txt", Buffer.from([0, 1, 2, 3]))).rejects.toThrow();
    expect(readFileSync(file, "utf8")).toContain("vänorter");
    expect(existsSync(file)).toBe(true);
    expect(runtime.engine.documents().find((d) => d.id === "plan")).toBeTruthy();
  });

  it("refuses a document already indexed under another name, and puts back a file it would replace", async () => {
    runtime = await tempRuntime({ copyCorpus: false, files: { "plan.txt": PLAN, "policy.txt": POLICY } });
    await runtime.engine.reindex();
    const before = readdirSync(runtime.config.corpusDir).sort();
    await expect(runtime.engine.addDocument("plan-kopia.txt", Buffer.from(PLAN))).rejects.toThrow(/same content as "Handlingsplan för vänorter" \(.*plan\.txt\)/);
    expect(readdirSync(runtime.config.corpusDir).sort()).toEqual(before);
    // Uploaded over policy.txt, a copy of plan.txt: policy.txt is back, on disk and in the index.
    await expect(runtime.engine.addDocument("policy.txt", Buffer.from(PLAN))).rejects.toThrow(/same content as/);
    expect(readFileSync(path.join(runtime.config.corpusDir, "policy.txt"), "utf8")).toBe(POLICY);
    expect(runtime.engine.documents().map((d) => d.id).sort()).toEqual(["plan", "policy"]);
  });
});

const PLAN = "Handlingsplan för vänorter\n\nKommunen ska samarbeta med vänorter.\n";
const POLICY = "Policy för resor\n\nResor ska klimatkompenseras.\n";
