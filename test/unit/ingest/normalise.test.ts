import { describe, expect, it } from "vitest";
import { normalise } from "../../../src/ingest/normalise";

const kinds = (text: string, format: "text" | "markdown" | "pdf" = "text") =>
  normalise([{ page: null, text }], format).blocks.map((b) => [b.kind, b.text]);

describe("normalise", () => {
  it("finds numbered, lettered and plain headings but not list items or lead-ins", () => {
    const text = [
      "1. Bakgrund",
      "Kommunen arbetar internationellt sedan länge.",
      "i) Påverkan och omvärldsbevakning",
      "Umeå påverkas av omvärlden.",
      "Uppföljning",
      "Områden prioriteras enligt följande:",
      "1. Näringslivsprogram\n2. Socialt hållbarhetsprogram",
    ].join("\n\n");
    expect(kinds(text)).toEqual([
      ["heading", "1. Bakgrund"],
      ["paragraph", "Kommunen arbetar internationellt sedan länge."],
      ["heading", "i) Påverkan och omvärldsbevakning"],
      ["paragraph", "Umeå påverkas av omvärlden."],
      ["heading", "Uppföljning"],
      ["paragraph", "Områden prioriteras enligt följande:"],
      ["item", "1. Näringslivsprogram"],
      ["item", "2. Socialt hållbarhetsprogram"],
    ]);
  });

  it("reads a number and a lower-case word alone on a line as a table cell, not a numbered heading", () => {
    const text = ["2 Mätning", "Båda mätresultaten är mellan 1/5 och 1/2 gränsvärdet.", "3 år", "Mätningen ska dokumenteras.", "4 kap. Tillsyn", "Tillsyn utövas av nämnden."].join("\n\n");
    expect(kinds(text).filter(([kind]) => kind === "heading")).toEqual([
      ["heading", "2 Mätning"],
      ["heading", "4 kap. Tillsyn"],
    ]);
  });

  it("reads a long numbered title as a heading, and a long unnumbered line as text", () => {
    const numbered = "7. Kommunens yttersta ansvar och ansvarsfördelning mellan folkbokföringskommun, bosättningskommun och vistelsekommun";
    const plain = "Ansvarsfördelningen mellan folkbokföringskommunen, bosättningskommunen och vistelsekommunen enligt lagen";
    expect(kinds([numbered, "Kommunen har det yttersta ansvaret.", plain, "Mer text."].join("\n\n")).map(([kind]) => kind)).toEqual(["heading", "paragraph", "paragraph", "paragraph"]);
  });

  it("reads a bullet followed by a tab as a list item with a hanging indent, not a table row", () => {
    const text = "Utredaren får nu dessutom i uppdrag att\n• \tanalysera vilka rättsliga förutsättningar som finns, och\n• \tlämna de författningsförslag som behövs.";
    expect(kinds(text, "pdf")).toEqual([
      ["paragraph", "Utredaren får nu dessutom i uppdrag att"],
      ["item", "- analysera vilka rättsliga förutsättningar som finns, och"],
      ["item", "- lämna de författningsförslag som behövs."],
    ]);
  });

  it("reads a numbered title right after a sentence, on top of its paragraph, as a heading in text", () => {
    const text = "4.3 Trygghetslarm\nAvgiften för trygghetslarm tas ut för varje påbörjad kalendermånad.\n4.4 Servicehus\nDen som bor på servicehus betalar en servicehusavgift som är högst en tolftedel av prisbasbeloppet.";
    expect(kinds(text)).toEqual([
      ["heading", "4.3 Trygghetslarm"],
      ["paragraph", "Avgiften för trygghetslarm tas ut för varje påbörjad kalendermånad."],
      ["heading", "4.4 Servicehus"],
      ["paragraph", "Den som bor på servicehus betalar en servicehusavgift som är högst en tolftedel av prisbasbeloppet."],
    ]);
  });

  it("treats a numbered line after a bullet list as a heading", () => {
    expect(kinds("- ett mål\n- ett annat mål\n\n3. Inriktning\n\nText här.")[2]).toEqual(["heading", "3. Inriktning"]);
  });

  it("reads a title right above its paragraph in text whose lines are paragraphs as a heading", () => {
    const long = "I kommunen är det viktigt att medborgarna känner sig trygga i sina egna hem och får stöd.";
    const text = [
      "Innehåll",
      "Inledning\t6\nSamtycke\t6",
      `Samtycke\n${long}`,
      "1. God man och förvaltare\nBestämmelserna finns i föräldrabalken.",
      // A hard-wrapped sentence, and a short line above another short one, stay text.
      `Enligt beslut i\n${long}`,
      "Kort rad\nMed en kort rad under.",
    ].join("\n\n");
    expect(kinds(text).filter(([kind]) => kind !== "row")).toEqual([
      ["heading", "Innehåll"],
      ["heading", "Samtycke"],
      ["paragraph", long],
      ["heading", "1. God man och förvaltare"],
      ["paragraph", "Bestämmelserna finns i föräldrabalken."],
      ["paragraph", `Enligt beslut i ${long}`],
      ["paragraph", "Kort rad Med en kort rad under."],
    ]);
  });

  it("ends a PDF paragraph at a sentence closed by its amendment reference, and reads no such sentence as a title", () => {
    const text = [
      "Arbetsgivaren ska dokumentera den uppmätta eller uppskattade graden av exponering för ämnet",
      "i riskbedömningen. (AFS 2014:43)",
      "Skyltning",
      "Arbetsgivaren ska se till att det finns skyltar vid ingången till lokaler där farliga kemiska",
      "produkter förvaras och hanteras i större mängder, så att den som går in vet vad som finns där.",
      "Uppdraget redovisas senast 2017. (Justitiedepartementet)",
      "Utredaren ska samråda med berörda myndigheter och organisationer under hela arbetet med det.",
    ].join("\n");
    expect(normalise([{ page: 1, text }], "pdf").blocks.map((b) => [b.kind, b.text])).toEqual([
      ["paragraph", "Arbetsgivaren ska dokumentera den uppmätta eller uppskattade graden av exponering för ämnet i riskbedömningen. (AFS 2014:43)"],
      ["heading", "Skyltning"],
      ["paragraph", "Arbetsgivaren ska se till att det finns skyltar vid ingången till lokaler där farliga kemiska produkter förvaras och hanteras i större mängder, så att den som går in vet vad som finns där. Uppdraget redovisas senast 2017. (Justitiedepartementet)"],
      ["paragraph", "Utredaren ska samråda med berörda myndigheter och organisationer under hela arbetet med det."],
    ]);
  });

  it("starts a heading of its own at a title after a sentence that ran to the end of its PDF line", () => {
    const text = [
      "Utredaren ska analysera hur bestämmelserna i det kompletterande",
      "regelverket bör förhålla sig till annan lag och lämna förslag till",
      "lämpliga och behövliga övergångsbestämmelser i hela regelverket.",
      "Övriga frågor",
      "Utredaren är oförhindrad att inom de ramar som anges i de allmänna",
      "riktlinjerna ta upp och belysa även andra frågeställningar i sak.",
    ].join("\n");
    expect(normalise([{ page: 1, text }], "pdf").blocks.map((b) => [b.kind, b.text])).toEqual([
      ["paragraph", "Utredaren ska analysera hur bestämmelserna i det kompletterande regelverket bör förhålla sig till annan lag och lämna förslag till lämpliga och behövliga övergångsbestämmelser i hela regelverket."],
      ["heading", "Övriga frågor"],
      ["paragraph", "Utredaren är oförhindrad att inom de ramar som anges i de allmänna riktlinjerna ta upp och belysa även andra frågeställningar i sak."],
    ]);
  });

  it("reads bullets set in Word's Symbol font (private-use characters) as list items", () => {
    const text = "Utredaren ska mot denna bakgrund\n\uF0B7 analysera för- och nackdelar med en lägre åldersgräns,\n\uF0B7 lämna förslag till författningsändringar.";
    expect(normalise([{ page: 1, text }], "pdf").blocks.map((b) => [b.kind, b.text])).toEqual([
      ["paragraph", "Utredaren ska mot denna bakgrund"],
      ["item", "- analysera för- och nackdelar med en lägre åldersgräns,"],
      ["item", "- lämna förslag till författningsändringar."],
    ]);
  });

  it("drops footnote reference marks, keeping the footnote's text", () => {
    expect(kinds("Avgiften fastställs enligt SoL[footnoteRef:7]. [7: Se riktlinjen för avgifter.] Den betalas månadsvis.\n\nSe bilagan[^2].")).toEqual([
      ["paragraph", "Avgiften fastställs enligt SoL. [7: Se riktlinjen för avgifter.] Den betalas månadsvis."],
      ["paragraph", "Se bilagan."],
    ]);
  });

  it("strips Markdown emphasis, photo credits and table syntax, keeping cell text", () => {
    const text = "Vi har en **internationell strategi** och *mål*.\n\nFoto: Fredrik Larsson\n\n| Dnr KS/2012:935 | Giltighetstid Tillsvidare |\n|---|---|";
    expect(kinds(text)).toEqual([
      ["paragraph", "Vi har en internationell strategi och mål."],
      ["row", "Dnr KS/2012:935\nGiltighetstid Tillsvidare"],
    ]);
  });

  it("reads a field line without a space after its colon, but not a value with a colon in it", () => {
    expect(kinds("**SFS**: 2023:000\n**Ikraftträdande**:1 januari 2024", "markdown")).toEqual([["row", "SFS: 2023:000\nIkraftträdande:1 januari 2024"]]);
    expect(kinds("Beslutsunderlag: Prop. 2023/24:32\nSFS 2023:000 gäller från den dag lagen träder i kraft.")).toEqual([
      ["paragraph", "Beslutsunderlag: Prop. 2023/24:32 SFS 2023:000 gäller från den dag lagen träder i kraft."],
    ]);
  });

  it("splits tab-separated header fields into lines", () => {
    expect(kinds("Dokumentägare: Kommundirektör\tDokumentansvarig: KLF stabschef")).toEqual([
      ["row", "Dokumentägare: Kommundirektör\nDokumentansvarig: KLF stabschef"],
    ]);
  });

  it("joins a paragraph broken mid-sentence by a page break", () => {
    expect(kinds("möjligheter att växla upp\n\nutvecklingsinsatser genom att komplettera.")).toEqual([
      ["paragraph", "möjligheter att växla upp utvecklingsinsatser genom att komplettera."],
    ]);
  });

  it("reads Markdown front matter into fields and keeps it out of the text", () => {
    const n = normalise([{ page: null, text: "---\ntitle: Riktlinje för anhörigstöd\nurl: https://example.se/a\n---\n# Riktlinje\n\nText." }], "markdown");
    expect(n.frontMatter).toEqual({ title: "Riktlinje för anhörigstöd", url: "https://example.se/a" });
    expect(n.text).toBe("Riktlinje\n\nText.");
  });

  it("keeps block offsets exact in the normalised text", () => {
    const n = normalise([{ page: null, text: "Rubrik\n\nFörsta stycket.\n\n- punkt ett\n- punkt två" }], "text");
    for (const block of n.blocks) expect(n.text.slice(block.start, block.end)).toBe(block.text);
    expect(n.text).toBe("Rubrik\n\nFörsta stycket.\n\n- punkt ett\n- punkt två");
  });

  it("removes PDF page numbers and running headers, undoes hyphenation and records page starts", () => {
    const page = (n: number, body: string) => ({ page: n, text: `Gävle kommun – Riktlinje\n${body}\n${n}` });
    const n = normalise(
      [
        page(1, "Kommunen ska följa upp det internationel-\nla arbetet varje år och redovisa det."),
        page(2, "Nämnderna ansvarar för kommun- och\nlandstingsfrågor i sina verksamheter."),
        page(3, "Uppföljningen redovisas till kommunstyrelsen."),
      ],
      "pdf",
    );
    expect(n.text).not.toContain("Riktlinje");
    expect(n.text).toContain("det internationella arbetet varje år");
    expect(n.text).toContain("kommun- och landstingsfrågor");
    expect(n.text).not.toMatch(/\n[123]\n|\n[123]$/);
    expect(n.pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(n.text.slice(n.pages[1]!.start)).toMatch(/^Nämnderna/);
  });

  it("reads an e-mail or web address alone on a line as text, not as a heading", () => {
    for (const address of ["Karl.Berg@regeringskansliet.se", "www.kammarkollegiet.se", "https://example.se/remiss"]) {
      expect(kinds(`Kopia:\n\n${address}\n\nRemissvar gällande betänkandet.`, "text")[1]).toEqual(["paragraph", address]);
    }
    expect(kinds("Kopia:\n\nRemissvar\n\nKammarkollegiet har inga synpunkter.", "text")[1]).toEqual(["heading", "Remissvar"]);
  });

  it("removes a letter template's page marker from a one-page PDF, which has no running header", () => {
    for (const marker of ["Sid 1 (1)", "Sida 1 (2)", "sid. 2 (3)", "Sida 1 av 1"]) {
      const n = normalise([{ page: 1, text: `${marker}\n\nRemissvar gällande betänkandet En ny lag\n\nKammarkollegiet har inga synpunkter.` }], "pdf");
      expect(n.text).not.toContain(marker);
      expect(n.blocks[0]!.text).toMatch(/^Remissvar gällande betänkandet/);
    }
  });
});
