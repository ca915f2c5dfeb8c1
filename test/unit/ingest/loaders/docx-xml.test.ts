import { describe, expect, it } from "vitest";
import { interpretDocx } from "../../../../src/ingest/loaders/docx";
import { coreProperties, decodeEntities, documentXmlText } from "../../../../src/ingest/loaders/docx-xml";

const STRICT = 'xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"';

describe("raw WordprocessingML reading", () => {
  it("takes paragraphs of w:t text whatever the namespace prefix", () => {
    const xml =
      `<w:document ${STRICT}><w:body><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>` +
      '<w:r><w:t xml:space="preserve">Första </w:t></w:r><w:r><w:tab/><w:t>stycket &amp; mer</w:t></w:r></w:p>' +
      "<w:p><w:r><w:delText>borttaget</w:delText><w:t>Andra</w:t><w:br/><w:t>raden</w:t></w:r></w:p></w:body></w:document>";
    expect(documentXmlText(xml)).toBe("Första \tstycket & mer\n\nAndra\nraden");
    expect(documentXmlText(xml.replace(/w:/g, "ns0:"))).toBe("Första \tstycket & mer\n\nAndra\nraden");
  });

  it("keeps the text of a text box once, not again from its VML fallback", () => {
    const box = (text: string): string => `<w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
    const xml =
      `<w:document ${STRICT}><w:body><w:p><w:r><mc:AlternateContent><mc:Choice>${box("Datum plane")}</mc:Choice>` +
      `<mc:Fallback>${box("Datum plane")}</mc:Fallback></mc:AlternateContent></w:r></w:p></w:body></w:document>`;
    expect(documentXmlText(xml)).toBe("Datum plane");
  });

  it("reads title, creator and creation date from core.xml", () => {
    const xml =
      '<cp:coreProperties><dc:title>Strategi för Umeå</dc:title><dc:creator> Kommunledningskontoret </dc:creator>' +
      '<dcterms:created xsi:type="dcterms:W3CDTF">2013-04-18T09:51:00Z</dcterms:created></cp:coreProperties>';
    expect(coreProperties(xml)).toEqual({
      title: "Strategi för Umeå",
      author: "Kommunledningskontoret",
      created: "2013-04-18T09:51:00.000Z",
    });
  });

  it("leaves out empty and unparsable properties", () => {
    expect(coreProperties("<cp:coreProperties><dc:title></dc:title><dcterms:created>igår</dcterms:created></cp:coreProperties>")).toEqual({});
  });

  it("decodes numeric character references", () => {
    expect(decodeEntities("V&#228;xj&#xF6; &amp;amp;")).toBe("Växjö &amp;");
  });

  it("falls back to the raw text, with a warning, when mammoth finds none", () => {
    const documentXml = `<w:document ${STRICT}><w:body><w:p><w:r><w:t>Bara rå text</w:t></w:r></w:p></w:body></w:document>`;
    const loaded = interpretDocx({ kind: "docx", html: "", coreXml: null, documentXml, pictures: false });
    expect(loaded.pages).toEqual([{ page: null, text: "Bara rå text" }]);
    expect(loaded.warnings).toEqual(["Word structure could not be read; text taken without headings, lists or tables"]);
  });
});
