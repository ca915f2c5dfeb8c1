import { describe, expect, it } from "vitest";
import type { Answer, Citation } from "../../../../src/domain";
import { answerMessage, partialAnswerMessage } from "../../../../src/slack/blocks/answer";
import { parseFeedbackValue } from "../../../../src/slack/blocks/actions";

const feedback = { answerId: "a1", question: "vem följer upp strategin i Umeå?" };
const VALUE = '{"a":"a1","q":"vem följer upp strategin i Umeå?"}';

function citation(n: number, extra: Partial<Citation> = {}): Citation {
  return {
    n,
    docId: "umea-internationellt-program",
    title: "Internationellt program för Umeå kommun",
    municipality: "Umeå",
    section: "Uppföljning",
    page: null,
    quote: "Programmet följs upp av kommunstyrelsen.",
    ...extra,
  };
}

const answered: Answer = {
  question: "vem följer upp strategin i Umeå?",
  language: "sv",
  abstained: false,
  answer: "Enligt programmet: ”Programmet följs upp av kommunstyrelsen.” [1] Budget & mål <2025> [2]",
  citations: [
    citation(1, { sourceUrl: "https://www.umea.se/internationellt?a=1&b=2", page: 4 }),
    citation(2, { title: "Policy <utkast>", municipality: null, section: "", quote: "Rad ett\nRad två & tre" }),
  ],
  passages: [],
  warnings: ["Internationellt program för Umeå kommun skulle revideras senast 2020-12-31; kontrollera att den fortfarande gäller."],
};

describe("answerMessage", () => {
  it("renders the answer, each citation as a numbered quote with its source, warnings and feedback buttons", () => {
    expect(answerMessage(answered, { feedback, catalogue: [] })).toEqual({
      text:
        "Enligt programmet: ”Programmet följs upp av kommunstyrelsen.” [1] Budget &amp; mål &lt;2025&gt; [2]\n" +
        "[1] Internationellt program för Umeå kommun · Umeå · Uppföljning · s. 4\n" +
        "[2] Policy &lt;utkast&gt;\n" +
        "⚠ Internationellt program för Umeå kommun skulle revideras senast 2020-12-31; kontrollera att den fortfarande gäller.",
      blocks: [
        { type: "section", text: { type: "mrkdwn", text: "Enligt programmet: ”Programmet följs upp av kommunstyrelsen.” [1] Budget &amp; mål &lt;2025&gt; [2]" } },
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: "*[1] <https://www.umea.se/internationellt?a=1&amp;b=2|Internationellt program för Umeå kommun>* · Umeå · Uppföljning · s. 4\n>Programmet följs upp av kommunstyrelsen.",
          },
        },
        { type: "section", text: { type: "mrkdwn", text: "*[2] Policy &lt;utkast&gt;*\n>Rad ett\n>Rad två &amp; tre" } },
        {
          type: "context",
          elements: [
            { type: "mrkdwn", text: ":warning: Internationellt program för Umeå kommun skulle revideras senast 2020-12-31; kontrollera att den fortfarande gäller." },
          ],
        },
        {
          type: "actions",
          block_id: "styrdok_feedback",
          elements: [
            { type: "button", action_id: "styrdok_feedback_helpful", text: { type: "plain_text", text: "👍 Hjälpsamt", emoji: true }, value: VALUE },
            { type: "button", action_id: "styrdok_feedback_not_helpful", text: { type: "plain_text", text: "👎 Inte hjälpsamt", emoji: true }, value: VALUE },
          ],
        },
      ],
    });
  });

  it("says which municipalities and documents exist when nothing was found", () => {
    const nothing: Answer = {
      question: "what does Umeå say about cat food?",
      language: "en",
      abstained: true,
      answer: "I couldn't find that in the documents. I have governing documents from Umeå and Växjö.",
      citations: [],
      passages: [],
      warnings: [],
    };
    const catalogue = [
      { title: "Internationell strategi för Växjö kommun", municipality: "Växjö" },
      { title: "Internationellt program för Umeå kommun", municipality: "Umeå" },
      { title: "Riktlinje A & B", municipality: null },
    ];
    const { text, blocks } = answerMessage(nothing, { feedback, catalogue });
    expect(text).toBe("I couldn't find that in the documents. I have governing documents from Umeå and Växjö.");
    expect(blocks.slice(0, 2)).toEqual([
      { type: "section", text: { type: "mrkdwn", text: "I couldn't find that in the documents. I have governing documents from Umeå and Växjö." } },
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: "The documents I can answer from: Riktlinje A &amp; B · Internationellt program för Umeå kommun (Umeå) · Internationell strategi för Växjö kommun (Växjö)",
          },
        ],
      },
    ]);
    expect(blocks[2]).toMatchObject({ type: "actions", elements: [{ text: { text: "👍 Helpful" } }, { text: { text: "👎 Not helpful" } }] });
  });

  it("keeps to 50 blocks and 3,000 characters a section, saying what was left out", () => {
    const many: Answer = { ...answered, answer: "x".repeat(5000), citations: Array.from({ length: 60 }, (_, i) => citation(i + 1)), warnings: [] };
    const { text, blocks } = answerMessage(many, { feedback, catalogue: [] });
    expect(blocks).toHaveLength(50);
    expect(blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: "x".repeat(2999) + "…" } });
    expect(blocks[48]).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "… och 13 källor till." }] });
    expect(blocks[49]!.type).toBe("actions");
    expect(text.length).toBe(3000);
  });

  it("gives an answer of many lines as many sections as it needs, cutting none of them", () => {
    const lines = Array.from({ length: 4 }, (_, i) => `• Rad ${i + 1}: ${"å".repeat(1000)}`);
    const long: Answer = { ...answered, answer: lines.join("\n"), citations: [], warnings: [] };
    const { blocks } = answerMessage(long, { feedback, catalogue: [] });
    const sections = blocks.filter((b) => b.type === "section").map((b) => (b as { text: { text: string } }).text.text);
    expect(sections).toEqual([lines.slice(0, 2).join("\n"), lines.slice(2).join("\n")]);
  });

  it("never cuts an escape in half when it shortens text", () => {
    const ampersands: Answer = { ...answered, answer: "&".repeat(1000), citations: [], warnings: [] };
    const [first] = answerMessage(ampersands, { feedback, catalogue: [] }).blocks;
    const text = (first as { text: { text: string } }).text.text;
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text).toMatch(/^(&amp;)+…$/);
  });

  it("fits a very long question into the button's 2,000-character value", () => {
    const long = { answerId: "a2", question: 'ä"'.repeat(1500) };
    const { blocks } = answerMessage(answered, { feedback: long, catalogue: [] });
    const value = (blocks.at(-1) as { elements: { value: string }[] }).elements[0]!.value;
    expect(value.length).toBeLessThanOrEqual(2000);
    const parsed = parseFeedbackValue(value)!;
    expect(parsed.answerId).toBe("a2");
    expect(long.question.startsWith(parsed.question)).toBe(true);
  });
});

describe("partialAnswerMessage", () => {
  it("shows the text so far, escaped, with an ellipsis", () => {
    expect(partialAnswerMessage("Enligt <programmet>")).toEqual({
      text: "Enligt &lt;programmet&gt; …",
      blocks: [{ type: "section", text: { type: "mrkdwn", text: "Enligt &lt;programmet&gt; …" } }],
    });
  });
});
