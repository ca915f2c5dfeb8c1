/**
 * The Slack bot with LLM answers: the model's answer is streamed into the message in place and
 * finished with its checked citations; a thread follow-up is made standalone by the model first.
 */
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startOpenAIServer, type ChatRequest, type OpenAITestServer } from "../../helpers/openai-server";
import { useTestBot } from "../../helpers/slack-bot";
import { appMention, envelope } from "../../helpers/slack-requests";

let model: OpenAITestServer;

const isFollowUp = (request: ChatRequest) => request.messages[0]!.content.startsWith("You rewrite a follow-up");

/** A message that is not a partial answer (those end with " …"). */
const finalMessage = (call: { name: string; args: Record<string, unknown> }) =>
  (call.name === "chat.update" || call.name === "chat.postMessage") && !String(call.args.text).endsWith(" …");

function texts(call: { args: Record<string, unknown> }): string[] {
  return (call.args.blocks as { text?: { text: string } }[]).map((b) => b.text?.text ?? "").filter(Boolean);
}

const t = useTestBot(async () => {
  model = await startOpenAIServer();
  return {
    env: { OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: model.baseUrl, OPENAI_TIMEOUT_MS: "5000" },
    timing: { updateEveryMs: 40 },
  };
});
afterAll(async () => {
  await model.close();
});
beforeEach(() => {
  model.reset();
});

describe("LLM answers in Slack", () => {
  it("streams the answer into one message and finishes it with checked citations", async () => {
    model.script(() => ({ text: "Nämnder och styrelser följer upp det internationella arbetet [1][7].", chunkDelayMs: 30 }));
    await t.send.event(envelope(appMention("vem följer upp det internationella arbetet i Växjö?", { channel: "C0LLM0001" })));

    const [final] = await t.slack.waitFor(finalMessage);
    const [first] = t.slack.callsTo("chat.postMessage");
    expect(model.chatRequests()[0]!.stream).toBe(true);
    expect(String(first!.args.text)).toMatch(/ …$/);
    expect(t.slack.callsTo("chat.postMessage")).toHaveLength(1);
    expect(final!.name).toBe("chat.update");
    expect(final!.args.ts).toBeDefined();
    expect(String(final!.args.text)).toContain("Nämnder och styrelser följer upp det internationella arbetet [1].");
    expect(String(final!.args.text)).not.toContain("[7]");
    expect(texts(final!).some((text) => text.startsWith("*[1] Internationell strategi för Växjö kommun* · Växjö"))).toBe(true);
  });

  it("has the model make a thread follow-up standalone", async () => {
    model.script((request) => (isFollowUp(request) ? { text: "Vem följer upp det internationella arbetet i Gävle?" } : { text: "Kommunstyrelsen [1]." }));
    const first = appMention("vem följer upp det internationella arbetet i Växjö?", { channel: "C0LLM0002" });
    await t.send.event(envelope(first));
    await t.slack.waitFor(finalMessage);
    model.reset();

    await t.send.event(envelope(appMention("och i Gävle?", { channel: "C0LLM0002", threadTs: String(first.ts) })));
    await t.slack.waitFor((call) => String(call.args.text).includes("Gävle"));
    const [rewrite] = model.chatRequests();
    expect(isFollowUp(rewrite!)).toBe(true);
    expect(rewrite!.messages[1]!.content).toContain("<earlier_question>\nvem följer upp det internationella arbetet i Växjö?\n</earlier_question>");
    expect(model.chatRequests()[1]!.messages[1]!.content).toContain("<question>\nVem följer upp det internationella arbetet i Gävle?\n</question>");
  });
});
