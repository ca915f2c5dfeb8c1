import { describe, expect, it } from "vitest";
import { loadWebAssets } from "../../../src/web/assets";
import { examplesFor, parseExamples, renderDocumentList, renderExamples, renderPage, scriptJson } from "../../../src/web/page";
import type { RegisterEntry } from "../../../src/answer/register";
import { pageLanguage, UI_TEXT } from "../../../src/web/ui-text";

const doc: RegisterEntry = {
  id: "gavle",
  file: "gavle.txt",
  title: "Inriktning <internationellt> arbete",
  municipality: "Gävle",
  type: "inriktning",
  adoptedBy: "Kommunstyrelsen",
  adoptedOn: "2018-02-05",
  validUntil: "2020-12-31",
  revision: null,
  diarienummer: "KS 2017/123",
  replaces: null,
  owner: null,
  sourceUrl: "https://www.gavle.se/inriktning",
  format: "text",
  passages: 12,
  status: "past-revision",
  replacedBy: null,
};

describe("renderDocumentList", () => {
  it("renders each document with its metadata, status and switchable labels", () => {
    expect(renderDocumentList([doc], "sv")).toBe(
      [
        '<li class="document">',
        '<h3><a href="https://www.gavle.se/inriktning" target="_blank" rel="noopener noreferrer">Inriktning &lt;internationellt&gt; arbete</a></h3>',
        '<p class="doc-meta">Gävle · inriktning</p>',
        "<dl>",
        '<div><dt data-t="adopted">Antagen</dt><dd>2018-02-05, Kommunstyrelsen</dd></div>',
        '<div><dt data-t="validUntil">Gäller till</dt><dd>2020-12-31</dd></div>',
        '<div><dt data-t="diarienummer">Diarienummer</dt><dd>KS 2017/123</dd></div>',
        '<div><dt data-t="passages">Stycken</dt><dd>12</dd></div>',
        "</dl>",
        '<p class="status past-revision" data-t="status.past-revision">Revisionsdatum passerat</p>',
        "</li>",
      ].join("\n"),
    );
  });

  it("says how to add documents when none are indexed", () => {
    expect(renderDocumentList([], "en")).toBe(
      '<li class="empty" data-t="noDocuments">No documents are indexed yet. Put files in corpus/ and run npm run ingest.</li>',
    );
  });
});

describe("example questions", () => {
  const examples = parseExamples("# comment\n\nsv\tVad säger Gävle om EU?\nen\tWhat does Kiruna say?\nen\tWho decides in <Växjö>?\n");

  it("are read from TSV and shown only for municipalities that have documents", () => {
    expect(examplesFor(examples, ["Gävle", "Växjö"]).map((e) => e.question)).toEqual(["Vad säger Gävle om EU?", "Who decides in <Växjö>?"]);
    expect(() => parseExamples("de\tWas?")).toThrow(/sv\|en<TAB>question/);
  });

  it("render as buttons carrying their question, escaped", () => {
    expect(renderExamples(examples.slice(2))).toBe(
      '<li><button type="button" class="example" lang="en" data-question="Who decides in &lt;Växjö&gt;?">Who decides in &lt;Växjö&gt;?</button></li>',
    );
  });

  it("in the shipped file all name a municipality of the bundled corpus", () => {
    const shipped = loadWebAssets().examples;
    const corpus = ["Gävle", "Umeå", "Upplands Väsby", "Växjö", "Örnsköldsvik"];
    expect(examplesFor(shipped, corpus)).toEqual(shipped);
    expect(new Set(shipped.map((e) => e.language))).toEqual(new Set(["sv", "en"]));
  });
});

describe("renderPage", () => {
  it("fills every placeholder of page.html", () => {
    const html = renderPage(loadWebAssets().pageTemplate, { language: "en", examples: [], documents: [doc], maxQuestionChars: 2000 });
    expect(html).not.toContain("{{");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<label for="question" data-t="questionLabel">Your question</label>');
    expect(html).toContain('maxlength="2000"');
    expect(html).toContain('<span data-t="documents">Documents in the register</span> (1)</h2>');
    expect(html).toContain('<ul class="example-list"></ul>');
  });

  it("throws on an unknown placeholder", () => {
    expect(() => renderPage("{{nope}}", { language: "sv", examples: [], documents: [], maxQuestionChars: 1 })).toThrow("{{nope}}");
  });

  it("embeds the interface text as JSON that cannot close its script element", () => {
    expect(scriptJson({ a: "</script><!--" })).toBe('{"a":"\\u003c/script>\\u003c!--"}');
    expect(JSON.parse(scriptJson(UI_TEXT))).toEqual(UI_TEXT);
  });
});

describe("pageLanguage", () => {
  it("follows Accept-Language between Swedish and English, Swedish by default", () => {
    expect(pageLanguage(undefined)).toBe("sv");
    expect(pageLanguage("en-US,en;q=0.9")).toBe("en");
    expect(pageLanguage("sv-SE,sv;q=0.9,en;q=0.8")).toBe("sv");
    expect(pageLanguage("de-DE,en;q=0.5,sv;q=0.7")).toBe("sv");
    expect(pageLanguage("de-DE,en;q=0.5")).toBe("en");
    expect(pageLanguage("fi")).toBe("sv");
  });
});
