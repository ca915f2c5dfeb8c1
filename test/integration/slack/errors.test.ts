/** A failing listener logs, apologises to whoever addressed the bot, and the bot keeps answering. */
import { describe, expect, it, vi } from "vitest";
import { StyrdokError } from "../../../src/errors";
import { createLogger } from "../../../src/log";
import { useTestBot } from "../../helpers/slack-bot";
import { appMention, buttonClick, directMessage, envelope, slashCommand } from "../../helpers/slack-requests";
import { BOT_TOKEN, isResponseUrlPost } from "../../helpers/slack-stand-in";

const logLines: string[] = [];

const t = useTestBot({ logger: createLogger({ level: "debug", write: (line) => logLines.push(line) }) });

const APOLOGY = ":warning: Förlåt – något gick fel hos mig. Felet är loggat; försök gärna igen om en stund.";

describe("when a listener fails", () => {
  it("apologises in the thread, keeps the details in the log, and answers the next question", async () => {
    vi.spyOn(t.runtime.engine, "ask").mockRejectedValueOnce(new Error("embeddings exploded"));
    const mention = appMention("vem följer upp det internationella arbetet i Växjö?", { channel: "C0ERRORS1" });
    await t.send.event(envelope(mention));
    const [apology] = await t.slack.waitFor("chat.postMessage");
    expect(apology!.args).toMatchObject({ channel: "C0ERRORS1", thread_ts: mention.ts, text: APOLOGY });
    expect(logLines.some((line) => line.includes("slack.answer.failed") && line.includes("embeddings exploded"))).toBe(true);

    await t.send.event(envelope(directMessage("vem följer upp det internationella arbetet i Växjö?")));
    const [, answer] = await t.slack.waitFor("chat.postMessage", 2);
    expect(String(answer!.args.text)).toContain("Nämnder och styrelser ansvarar");
  });

  it("says what to do when the failure is one the person can act on", async () => {
    vi.spyOn(t.runtime.engine, "ask").mockRejectedValueOnce(new StyrdokError("index-missing", "No index yet: run npm run ingest."));
    await t.send.event(envelope(directMessage("who follows up the international work in Växjö?")));
    const [reply] = await t.slack.waitFor("chat.postMessage");
    expect(reply!.args.text).toBe(":warning: That did not work: No index yet: run npm run ingest.");
  });

  it("apologises through response_url when a slash command fails, replacing its 'searching' reply", async () => {
    vi.spyOn(t.runtime.engine, "ask").mockRejectedValueOnce(new Error("disk on fire"));
    const response = await t.send.command(slashCommand("vem följer upp arbetet i Växjö?", { responseUrl: t.slack.responseUrl("err-1") }));
    expect(response.status).toBe(200);
    const [apology] = await t.slack.waitFor(isResponseUrlPost);
    expect(apology!.args).toMatchObject({ response_type: "ephemeral", replace_original: true, text: APOLOGY });
    expect(logLines.some((line) => line.includes("slack.listener.failed") && line.includes("disk on fire"))).toBe(true);
  });

  it("survives a failure in a button handler and still acknowledges the click", async () => {
    vi.spyOn(t.runtime.engine, "documents").mockImplementationOnce(() => {
      throw new Error("manifest unreadable");
    });
    const event = { type: "app_home_opened", user: "U043H11ES4V", channel: "D0442US94JD", tab: "home", event_ts: "1740430328.659103" };
    expect((await t.send.event(envelope(event))).status).toBe(200);
    const click = buttonClick({ action_id: "styrdok_feedback_helpful", value: "not json" }, { responseUrl: t.slack.responseUrl("err-2") });
    expect((await t.send.interaction(click)).status).toBe(200);

    await t.send.event(envelope(directMessage("vem följer upp det internationella arbetet i Växjö?")));
    await t.slack.waitFor("chat.postMessage");
    expect(t.slack.callsTo("views.publish")).toHaveLength(0);
    expect(logLines.some((line) => line.includes("manifest unreadable"))).toBe(true);
  });

  it("never writes the bot token to the log", () => {
    expect(logLines.length).toBeGreaterThan(10);
    expect(logLines.filter((line) => line.includes(BOT_TOKEN))).toEqual([]);
  });
});
