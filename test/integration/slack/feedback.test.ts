/** 👍 / 👎 under an answer: acknowledged, thanked privately, and one whole line in DATA_DIR/feedback.jsonl. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FEEDBACK_ACTIONS } from "../../../src/slack/blocks/actions";
import { useTestBot } from "../../helpers/slack-bot";
import { buttonClick, directMessage, envelope } from "../../helpers/slack-requests";
import { isResponseUrlPost } from "../../helpers/slack-stand-in";

const t = useTestBot();

function feedbackLines(): Record<string, unknown>[] {
  const file = path.join(t.runtime.config.dataDir, "feedback.jsonl");
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function answeredButtons(question: string): Promise<{ action_id: string; value: string }[]> {
  await t.send.event(envelope(directMessage(question)));
  const [post] = await t.slack.waitFor("chat.postMessage");
  const actions = (post!.args.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).find((b) => b.type === "actions");
  t.slack.calls.length = 0;
  return actions!.elements!;
}

describe("feedback buttons", () => {
  it("records a click with the question, the answer, its citations, the user and the verdict", async () => {
    const [helpful] = await answeredButtons("vem följer upp det internationella arbetet i Växjö?");
    expect(helpful!.action_id).toBe(FEEDBACK_ACTIONS.helpful);

    const response = await t.send.interaction(buttonClick(helpful!, { user: "U0CLICKER1", responseUrl: t.slack.responseUrl("fb-1") }));
    expect(response.status).toBe(200);

    const [thanks] = await t.slack.waitFor(isResponseUrlPost);
    expect(thanks!.args).toMatchObject({ response_type: "ephemeral", replace_original: false, text: "Tack för din återkoppling! :+1:" });
    const [line] = feedbackLines().slice(-1);
    expect(line).toMatchObject({
      user: "U0CLICKER1",
      verdict: "helpful",
      question: "vem följer upp det internationella arbetet i Växjö?",
      language: "sv",
      abstained: false,
      channel: "C043YJGBY49",
    });
    expect(String(line!.answer)).toContain("Nämnder och styrelser ansvarar");
    // The answer's citations, numbered in order, the first the one its text leads with.
    const citations = line!.citations as { n: number }[];
    expect(citations[0]).toEqual(expect.objectContaining({ n: 1, docId: "vaxjo-internationell-strategi-2013", section: "Nämnder och bolagsstyrelser" }));
    expect(citations.map((c) => c.n)).toEqual(citations.map((_, i) => i + 1));
    expect(Date.parse(String(line!.time))).not.toBeNaN();
  });

  it("records feedback on an answer it no longer remembers from the message itself", async () => {
    const value = JSON.stringify({ a: "forgotten-answer", q: "vad säger Umeå om EU?" });
    const click = buttonClick({ action_id: FEEDBACK_ACTIONS.notHelpful, value }, { responseUrl: t.slack.responseUrl("fb-2"), messageText: "Umeå: …" });
    expect((await t.send.interaction(click)).status).toBe(200);
    await t.slack.waitFor(isResponseUrlPost);
    expect(feedbackLines().slice(-1)[0]).toMatchObject({
      verdict: "notHelpful",
      question: "vad säger Umeå om EU?",
      answer: "Umeå: …",
      citations: [],
      answerId: "forgotten-answer",
    });
  });

  it("appends one line per click", async () => {
    const before = feedbackLines().length;
    const [, notHelpful] = await answeredButtons("who follows up the international work in Växjö?");
    await t.send.interaction(buttonClick(notHelpful!, { responseUrl: t.slack.responseUrl("fb-3") }));
    await t.send.interaction(buttonClick(notHelpful!, { responseUrl: t.slack.responseUrl("fb-4") }));
    const [thanks] = await t.slack.waitFor(isResponseUrlPost, 2);
    expect(thanks!.args.text).toBe("Thanks – that helps us improve. Feel free to say what was missing.");
    expect(feedbackLines()).toHaveLength(before + 2);
  });
});
