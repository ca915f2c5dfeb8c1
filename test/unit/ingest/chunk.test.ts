import { describe, expect, it } from "vitest";
import { chunkDocument, DEFAULT_CHUNK_OPTIONS } from "../../../src/ingest/chunk";
import { normalise } from "../../../src/ingest/normalise";
import { sentenceSpans } from "../../../src/ingest/sentences";
import { CORPUS_FILES, corpusText } from "../../helpers/corpus";

describe("chunkDocument on the corpus", () => {
  for (const [name, file] of Object.entries(CORPUS_FILES)) {
    it(`${name}: chunks are exact, short, cover the text, and never cut a sentence`, () => {
      const n = corpusText(file);
      const chunks = chunkDocument(name, n);
      expect(chunks.length).toBeGreaterThan(5);
      for (const chunk of chunks) {
        expect(n.text.slice(chunk.start, chunk.end)).toBe(chunk.text);
        expect(chunk.text.length).toBeLessThanOrEqual(DEFAULT_CHUNK_OPTIONS.max);
        // A chunk ends where a block ends, or inside a long paragraph where a sentence ends.
        const next = n.text.slice(chunk.end, chunk.end + 1);
        if (next === " ") expect(chunk.text).toMatch(/[.!?;]$/);
        else expect(next).toMatch(/^(\n|)$/);
      }
      const covered = chunks.reduce((sum, c) => sum + c.text.replace(/\s/g, "").length, 0);
      expect(covered).toBeGreaterThanOrEqual(n.text.replace(/\s/g, "").length * 0.95);
    });
  }

  it("ends a title guessed from its shape at the next Markdown heading of the level before it", () => {
    const markdown = [
      "# Viktigare lagar",
      "Regeringen sammanfattar här de viktigaste ändringarna som träder i kraft vid årsskiftet.",
      "## Finansdepartementet",
      "### Kontakt",
      "Pressekreterare Anna Andersson\nTfn 070-000 00 00",
      "### Lagen om tilläggsskatt",
      "Den nya lagen om tilläggsskatt börjar gälla den 1 januari 2024.",
      "## Syfte",
      "Syftet är att samla ändringarna.",
      "Rättsliga förutsättningar",
      "Lagen bygger på ett EU-direktiv.",
    ].join("\n\n");
    const chunks = chunkDocument("lagar", normalise([{ page: null, text: markdown }], "markdown"), { target: 60, max: 200 });
    const sectionOf = (words: string) => chunks.find((c) => c.text.includes(words))!.section;
    expect(sectionOf("börjar gälla")).toEqual(["Finansdepartementet", "Lagen om tilläggsskatt"]);
    expect(sectionOf("EU-direktiv")).toEqual(["Rättsliga förutsättningar"]);
  });

  it("keeps a list with its lead-in sentence", () => {
    const chunks = chunkDocument("gavle", corpusText(CORPUS_FILES.gavle));
    const list = chunks.find((c) => c.text.includes("1. Näringslivsprogram"))!;
    expect(list.text).toContain("Områden prioriteras enligt följande:");
    expect(list.text).toContain("4. Utbildning");
  });

  it("carries the section path of numbered and lettered headings", () => {
    const chunks = chunkDocument("umea", corpusText(CORPUS_FILES.umea));
    const chunk = chunks.find((c) => c.text.includes("proaktiv omvärldsbevakning"))!;
    expect(chunk.section).toEqual(["3. Inriktning", "i) Påverkan och omvärldsbevakning"]);
    expect(chunk.text.startsWith("i) Påverkan och omvärldsbevakning")).toBe(true);
  });

  it("splits an over-long paragraph at sentence boundaries", () => {
    const sentence = "Kommunen ska arbeta internationellt med hållbar utveckling i alla verksamheter. ";
    const n = normalise([{ page: 3, text: `Rubrik\n\n${sentence.repeat(30)}` }], "text");
    const chunks = chunkDocument("lång", n, { target: 300, max: 400 });
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(400);
      expect(c.text.endsWith("verksamheter.")).toBe(true);
      expect(c.page).toBe(3);
    }
  });

  it("keeps a short closing paragraph with the paragraph above it, within the section and max", () => {
    const body = "Fullmäktige ska anta ett program med mål och riktlinjer för verksamhet som utförs av privata utförare. ".repeat(2);
    const closing = "Ändringarna träder i kraft den 1 juli 2024.";
    const n = normalise([{ page: 1, text: `Program\n\n${body}\n\n${closing}\n\nNästa avsnitt\n\n${closing}` }], "text");
    const chunks = chunkDocument("program", n, { target: 220, max: 300 });
    expect(chunks.map((c) => c.text)).toEqual([`Program\n\n${body.trim()}\n\n${closing}`, `Nästa avsnitt\n\n${closing}`]);
    // Past max it stands alone.
    const tight = chunkDocument("program", n, { target: 220, max: 230 });
    expect(tight.map((c) => c.text)).toEqual([`Program\n\n${body.trim()}`, closing, `Nästa avsnitt\n\n${closing}`]);
  });

  it("makes passages of a document that is only headings, so it can still be found", () => {
    const n = normalise([{ page: 1, text: "Anslag om sammanträde" }, { page: 2, text: "Kommunfullmäktige" }], "text");
    const chunks = chunkDocument("anslag", n);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({ section: [], page: 1, text: n.text });
  });
});

describe("sentenceSpans", () => {
  it("does not end sentences at abbreviations, numbers or identifiers", () => {
    const text = "Arbetet ska bl.a. följa upp mål, t.ex. Dnr KS/2012:935 och kap. 3. Nästa mening börjar här. Sista!";
    const sentences = sentenceSpans(text).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(["Arbetet ska bl.a. följa upp mål, t.ex. Dnr KS/2012:935 och kap. 3.", "Nästa mening börjar här.", "Sista!"]);
  });

  it("ends a sentence at a line break between list items", () => {
    const text = "Uppföljningen ska innehålla:\n- redovisning av projekt\n- effekter";
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["Uppföljningen ska innehålla:", "- redovisning av projekt", "- effekter"]);
  });
});
