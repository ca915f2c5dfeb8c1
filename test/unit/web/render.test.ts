import { describe, expect, it } from "vitest";
import type { Answer, Citation, RankedPassage } from "../../../src/domain";
import { escapeHtml, renderAnswer, safeUrl, uncitedPassages } from "../../../src/web/render";

const citation = (over: Partial<Citation> = {}): Citation => ({
  n: 1,
  docId: "vaxjo",
  title: "Internationell strategi för Växjö kommun",
  municipality: "Växjö",
  section: "Uppföljning av strategin",
  page: null,
  quote: "Uppföljning av strategin skall göras av kommunstyrelsen minst en gång per mandatperiod.",
  sourceUrl: null,
  ...over,
});

const passage = (over: Partial<RankedPassage> = {}): RankedPassage => ({
  docId: "vaxjo",
  title: "Internationell strategi för Växjö kommun",
  municipality: "Växjö",
  section: "Uppföljning av strategin",
  page: null,
  text: "Uppföljning av strategin skall göras av kommunstyrelsen minst en gång per mandatperiod. Och mer.",
  score: 0.8,
  ...over,
});

const answer = (over: Partial<Answer> = {}): Answer => ({
  question: "who follows up international work in Växjö?",
  language: "en",
  abstained: false,
  answer: "According to Internationell strategi för Växjö kommun: ”Uppföljning …” [1]",
  citations: [citation()],
  passages: [passage()],
  warnings: [],
  ...over,
});

describe("escapeHtml", () => {
  it("escapes the five characters that matter in text and attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});

describe("safeUrl", () => {
  it("keeps http(s) links and drops every other scheme", () => {
    expect(safeUrl("https://www.umea.se/internationellt")).toBe("https://www.umea.se/internationellt");
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("file:///etc/passwd")).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});

describe("renderAnswer", () => {
  it("renders the question, the answer and numbered quotes with their source", () => {
    expect(renderAnswer(answer())).toBe(
      [
        '<article class="turn" lang="en">',
        '<h3 class="question"><span class="visually-hidden">Question: </span>who follows up international work in Växjö?</h3>',
        '<p class="answer-text">According to Internationell strategi för Växjö kommun: ”Uppföljning …” [1]</p>',
        '<ol class="citations" aria-label="Sources">',
        '<li class="citation"><span class="n">[1]</span> <blockquote>Uppföljning av strategin skall göras av kommunstyrelsen minst en gång per mandatperiod.</blockquote> <p class="source">Internationell strategi för Växjö kommun · Växjö · Uppföljning av strategin</p></li>',
        "</ol>",
        "</article>",
      ].join("\n"),
    );
  });

  it("links the title when the source URL is known, gives the page, and lists revision warnings", () => {
    const html = renderAnswer(
      answer({
        language: "sv",
        question: "vad säger Umeå?",
        citations: [citation({ title: "Internationellt program", municipality: "Umeå", section: "Syfte", page: 3, quote: "Citat.", sourceUrl: "https://www.umea.se/a?b=1&c=2" })],
        passages: [],
        warnings: ["Programmet skulle revideras senast 2020-12-31; kontrollera att det fortfarande gäller."],
      }),
    );
    expect(html).toContain(
      '<p class="source"><a href="https://www.umea.se/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">Internationellt program</a> · Umeå · Syfte · s. 3</p>',
    );
    expect(html).toContain(
      '<ul class="warnings">\n<li><span aria-hidden="true">⚠</span> Programmet skulle revideras senast 2020-12-31; kontrollera att det fortfarande gäller.</li>\n</ul>',
    );
  });

  it("escapes <script> in the question, the answer, a quote, its source and a passage", () => {
    const evil = "<script>alert('x')</script>";
    const html = renderAnswer(
      answer({
        question: `why ${evil}?`,
        answer: `Because ${evil} [1]`,
        citations: [citation({ quote: `Quote ${evil}`, title: `T${evil}`, section: `S${evil}`, sourceUrl: "javascript:alert(1)" })],
        passages: [passage({ text: `Passage ${evil}` })],
      }),
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("javascript:");
    expect(html).toContain(`<h3 class="question"><span class="visually-hidden">Question: </span>why &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;?</h3>`);
    expect(html).toContain("<blockquote>Quote &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</blockquote>");
    expect(html).toContain(
      '<p class="source">T&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; · Växjö · S&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>',
    );
    expect(html).toContain("<blockquote>Passage &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</blockquote>");
  });

  it("shows the standalone question when a follow-up was understood as one, escaped", () => {
    const html = renderAnswer(answer({ question: "who follows up international work in Gävle <b>?" }), { asked: "  and  in Gävle <b>?" });
    expect(html).toContain('<span class="visually-hidden">Question: </span>and in Gävle &lt;b&gt;?</h3>\n<p class="understood">Understood as: who follows up international work in Gävle &lt;b&gt;?</p>');
    expect(renderAnswer(answer(), { asked: " who follows up  international work in Växjö? " })).not.toContain("understood");
  });

  it("folds the passages no citation quotes under the answer", () => {
    const other = passage({ docId: "gavle", title: "Inriktning", municipality: "Gävle", section: "Ansvar", page: 2, text: "Ansvaret delas." });
    const html = renderAnswer(answer({ passages: [passage(), other] }));
    expect(html).toContain(
      [
        '<details class="passages"><summary>Other passages the search found (1)</summary>',
        "<ol>",
        '<li><p class="source">Inriktning · Gävle · Ansvar · p. 2</p> <blockquote>Ansvaret delas.</blockquote></li>',
        "</ol>",
        "</details>",
      ].join("\n"),
    );
  });

  it("turns 'nothing found' into help that points to the document register", () => {
    const html = renderAnswer(
      answer({
        language: "sv",
        question: "vad säger Kiruna om EU?",
        abstained: true,
        answer: "Jag har inga styrdokument från Kiruna. Jag har styrdokument från Gävle och Växjö.",
        citations: [],
        passages: [],
      }),
    );
    expect(html).toBe(
      [
        '<article class="turn abstained" lang="sv">',
        '<h3 class="question"><span class="visually-hidden">Fråga: </span>vad säger Kiruna om EU?</h3>',
        '<p class="answer-text">Jag har inga styrdokument från Kiruna. Jag har styrdokument från Gävle och Växjö.</p>',
        '<p class="help">Formulera om frågan, nämn en kommun eller välj en exempelfråga. Se vilka dokument som finns: <a href="#documents">Dokument i registret</a></p>',
        "</article>",
      ].join("\n"),
    );
  });

  it("adds no help to a reply to thanks, where nothing was searched for", () => {
    const html = renderAnswer(answer({ language: "sv", question: "tack!", abstained: true, answer: "Varsågod!", citations: [], passages: [] }));
    expect(html).toContain('<p class="answer-text">Varsågod!</p>');
    expect(html).not.toContain('class="help"');
  });
});

describe("uncitedPassages", () => {
  it("leaves out passages a citation quotes from and keeps the rank order, up to the limit", () => {
    const a = answer({ passages: [passage(), passage({ text: "A" }), passage({ docId: "other" }), passage({ text: "B" })] });
    expect(uncitedPassages(a, 2).map((p) => [p.docId, p.text.slice(0, 11)])).toEqual([
      ["vaxjo", "A"],
      ["other", "Uppföljning"],
    ]);
  });
});
