import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../../src/ingest/loaders/docx-html";

/** The HTML below is what mammoth writes for the constructs named in each test. */
describe("mammoth HTML to Markdown-like text", () => {
  it("writes headings of every level and separates paragraphs by a blank line", () => {
    const html = "<h1>Mål</h1><p>Första stycket.</p><h3>Delmål</h3><p>Andra<br />raden.</p>";
    expect(htmlToText(html)).toBe("# Mål\n\nFörsta stycket.\n\n### Delmål\n\nAndra\nraden.");
  });

  it("skips bookmark anchors in headings and empty paragraphs", () => {
    const html = '<h1><a id="_Toc351721048"></a>Förslag till riksdagsbeslut</h1><p></p><p>Text.</p>';
    expect(htmlToText(html)).toBe("# Förslag till riksdagsbeslut\n\nText.");
  });

  it("indents nested lists under their parent item", () => {
    const html = "<ol><li>Ett<ul><li>a</li><li>b</li></ul></li><li>Två</li></ol>";
    expect(htmlToText(html)).toBe("1. Ett\n   - a\n   - b\n2. Två");
  });

  it("decodes entities and leaves no tags, dropping images and keeping link text", () => {
    const html = '<p>A &amp; B &lt;C&gt; &quot;D&quot; <img src="data:image/png;base64,AAAA" /><a href="https://example.se">länk</a></p>';
    expect(htmlToText(html)).toBe('A & B <C> "D" länk');
  });

  it("appends footnotes with the labels of their references, without back-links", () => {
    const html =
      '<p>Ouch<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>.</p>' +
      '<ol><li id="footnote-1"><p> A tachyon walks into a bar. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToText(html)).toBe("Ouch[1].\n\n[1] A tachyon walks into a bar.");
  });

  it("labels endnotes by the number shown at the reference, not by their id", () => {
    const html =
      '<p>Text<sup><a href="#endnote-2" id="endnote-ref-2">[1]</a></sup></p>' +
      '<ol><li id="endnote-2"><p>Slutnot. <a href="#endnote-ref-2">↑</a></p></li></ol>';
    expect(htmlToText(html)).toBe("Text[1]\n\n[1] Slutnot.");
  });

  it("keeps cells in their columns across colspan and rowspan", () => {
    const html =
      "<table><tr><td><p>1</p></td><td><p>2</p></td><td><p>3</p></td></tr>" +
      '<tr><td colspan="2" rowspan="2"><p>4</p></td><td><p>6</p></td></tr>' +
      "<tr><td><p>9</p></td></tr></table>";
    expect(htmlToText(html)).toBe("| 1 | 2 | 3 |\n| 4 |  | 6 |\n|  |  | 9 |");
  });

  it("marks a header row and drops rows and columns that are empty everywhere", () => {
    const html =
      "<table><thead><tr><th><p>Roll</p></th><th></th><th><p>Ansvar</p></th></tr></thead>" +
      "<tbody><tr><td></td><td></td><td></td></tr><tr><td><p>Chef</p></td><td></td><td><p>Allt</p></td></tr></tbody></table>";
    expect(htmlToText(html)).toBe("| Roll | Ansvar |\n| --- | --- |\n| Chef | Allt |");
  });

  it("flattens a nested table into its cell", () => {
    const html =
      "<table><tr><td><p>Före</p><table><tr><td><p>Inre</p></td></tr><tr><td><p>Tabell</p></td></tr></table>" +
      "<p>Efter</p></td></tr></table>";
    expect(htmlToText(html)).toBe("| Före Inre Tabell Efter |");
  });

  it("renders a layout row holding prose as paragraphs, not as one table line", () => {
    const prose = "Arbetsdomstolen har prövat frågan om läkarintyg vid tillfällig föräldrapenning. ".repeat(6);
    const html =
      "<table><tr><td><p>Domsnummer:</p></td><td><p>2013-63</p></td></tr>" +
      `<tr><td><h2>Domskäl</h2><p>${prose}</p><p>Slutsats.</p></td></tr></table>`;
    expect(htmlToText(html)).toBe(`| Domsnummer: | 2013-63 |\n\n## Domskäl\n\n${prose.trim()}\n\nSlutsats.`);
  });
});
