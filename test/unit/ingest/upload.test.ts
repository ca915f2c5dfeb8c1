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

describe("Engine.addDocument", () => {
  it("adds a PDF to the corpus and the index", async () => {
    runtime = await tempRuntime();
    await runtime.engine.reindex();
    const pdf = await makePdf(["Riktlinje för vänortsarbete i Kiruna kommun", "Kommunstyrelsen följer upp vänortsarbetet årligen."]);
    const { file, replaced, report } = await runtime.engine.addDocument("Kiruna riktlinje.pdf", pdf);
    expect(path.dirname(file)).toBe(runtime.config.corpusDir);
    expect(replaced).toBe(false);
    expect(report.added).toBe(1);
    expect(runtime.engine.documents()).toHaveLength(6);
    expect(runtime.engine.municipalities()).toContain("Kiruna");
  });

  it("refuses an encrypted PDF and leaves the corpus and the index unchanged", async () => {
    runtime = await tempRuntime();
    await runtime.engine.reindex();
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
});
