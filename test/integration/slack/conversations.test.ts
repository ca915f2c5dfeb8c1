/**
 * Mentions, direct messages, follow-ups in threads, retries and messages the bot must not answer —
 * driven through the real Bolt app over signed HTTP, against the local Slack stand-in.
 */
import { describe, expect, it, vi } from "vitest";
import { startTestBot, useTestBot } from "../../helpers/slack-bot";
import { appMention, directMessage, envelope } from "../../helpers/slack-requests";
import { BOT_ID, BOT_TOKEN, BOT_USER_ID } from "../../helpers/slack-stand-in";

const t = useTestBot();

function blockTexts(call: { args: Record<string, unknown> }): string[] {
  const blocks = call.args.blocks as { text?: { text: string } }[];
  return blocks.map((b) => b.text?.text ?? "").filter(Boolean);
}

describe("mentions in a channel", () => {
  it("answers in the thread of the message that mentioned the bot, quoting the passage", async () => {
    const mention = appMention("vem följer upp det internationella arbetet i Växjö?", { channel: "C0PUBLIC1" });
    const response = await t.send.event(envelope(mention));
    expect(response.status).toBe(200);

    const [post] = await t.slack.waitFor("chat.postMessage");
    expect(post!.args.channel).toBe("C0PUBLIC1");
    expect(post!.args.thread_ts).toBe(mention.ts);
    expect(post!.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const texts = blockTexts(post!);
    expect(texts).toContain(
      "*[1] Internationell strategi för Växjö kommun* · Växjö · Nämnder och bolagsstyrelser\n" +
        ">Nämnder och styrelser ansvarar för att styra och följa upp det strategiska internationella arbetet under målområde Arbete och Företag.",
    );
    expect(String(post!.args.text)).toContain("Nämnder och styrelser ansvarar");
  });

  it("reads a follow-up in a thread it answered in the light of the earlier question", async () => {
    const first = appMention("vem följer upp det internationella arbetet i Växjö?", { channel: "C0PUBLIC2" });
    await t.send.event(envelope(first));
    await t.slack.waitFor("chat.postMessage");
    const askSpy = vi.spyOn(t.runtime.engine, "ask");

    await t.send.event(envelope(appMention("och i Gävle?", { channel: "C0PUBLIC2", threadTs: String(first.ts) })));
    const [, followUp] = await t.slack.waitFor("chat.postMessage", 2);

    expect(askSpy).toHaveBeenCalledWith("och i Gävle?", expect.objectContaining({ previousQuestion: "vem följer upp det internationella arbetet i Växjö?" }));
    expect(followUp!.args.thread_ts).toBe(first.ts);
    expect(blockTexts(followUp!).some((text) => text.startsWith("*[1] Inriktning internationellt arbete 2018-2020* · Gävle"))).toBe(true);
  });

  it("does not carry one thread's question into another thread", async () => {
    await t.send.event(envelope(appMention("vem följer upp det internationella arbetet i Växjö?", { channel: "C0PUBLIC3" })));
    await t.slack.waitFor("chat.postMessage");
    const askSpy = vi.spyOn(t.runtime.engine, "ask");
    await t.send.event(envelope(appMention("och i Gävle?", { channel: "C0PUBLIC3" })));
    await t.slack.waitFor("chat.postMessage", 2);
    expect(askSpy).toHaveBeenCalledWith("och i Gävle?", expect.objectContaining({ previousQuestion: undefined }));
  });

  it("answers thanks in kind, and a later follow-up still reads the question before it", async () => {
    const first = appMention("vem följer upp det internationella arbetet i Växjö?", { channel: "C0PUBLIC4" });
    await t.send.event(envelope(first));
    await t.slack.waitFor("chat.postMessage");
    const askSpy = vi.spyOn(t.runtime.engine, "ask");

    await t.send.event(envelope(appMention("tack så mycket!", { channel: "C0PUBLIC4", threadTs: String(first.ts) })));
    const [, thanks] = await t.slack.waitFor("chat.postMessage", 2);
    expect(thanks!.args.thread_ts).toBe(first.ts);
    expect(blockTexts(thanks!)).toEqual(["Varsågod! Fråga gärna igen om det är något mer du undrar över i styrdokumenten."]);
    expect(askSpy).not.toHaveBeenCalled();

    await t.send.event(envelope(appMention("och i Gävle?", { channel: "C0PUBLIC4", threadTs: String(first.ts) })));
    await t.slack.waitFor("chat.postMessage", 3);
    expect(askSpy).toHaveBeenCalledWith("och i Gävle?", expect.objectContaining({ previousQuestion: "vem följer upp det internationella arbetet i Växjö?" }));
  });

  it("answers a bare mention with how to use it", async () => {
    await t.send.event(envelope(appMention("")));
    const [post] = await t.slack.waitFor("chat.postMessage");
    expect(blockTexts(post!)[0]).toBe("*styrdok svarar på frågor om kommunernas styrdokument* – med ordagranna citat och var de står.");
  });
});

describe("direct messages", () => {
  it("answers in the direct message, not in a thread", async () => {
    await t.send.event(envelope(directMessage("who follows up the international work in Växjö?", { channel: "D0DIRECT1" })));
    const [post] = await t.slack.waitFor("chat.postMessage");
    expect(post!.args.channel).toBe("D0DIRECT1");
    expect(post!.args.thread_ts).toBeUndefined();
    expect(String(post!.args.text)).toContain("Nämnder och styrelser ansvarar");
    const buttons = (post!.args.blocks as { type: string; elements?: { text: { text: string } }[] }[]).find((b) => b.type === "actions");
    expect(buttons!.elements!.map((e) => e.text.text)).toEqual(["👍 Helpful", "👎 Not helpful"]);
  });

  it("answers a greeting with how to use it", async () => {
    await t.send.event(envelope(directMessage("Hej!", { channel: "D0DIRECT3" })));
    const [post] = await t.slack.waitFor("chat.postMessage");
    expect(blockTexts(post!)[0]).toBe("*styrdok svarar på frågor om kommunernas styrdokument* – med ordagranna citat och var de står.");
  });

  it("answers a message inside a direct-message thread in that thread", async () => {
    await t.send.event(envelope(directMessage("vem följer upp det internationella arbetet i Växjö?", { channel: "D0DIRECT2", threadTs: "1726133698.626339" })));
    const [post] = await t.slack.waitFor("chat.postMessage");
    expect(post!.args).toMatchObject({ channel: "D0DIRECT2", thread_ts: "1726133698.626339" });
  });

  it("acknowledges the event at once, however long the answer takes", async () => {
    const real = t.runtime.engine.ask.bind(t.runtime.engine);
    vi.spyOn(t.runtime.engine, "ask").mockImplementation(async (question, options) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      return real(question, options);
    });
    const started = Date.now();
    expect((await t.send.event(envelope(directMessage("vem följer upp det internationella arbetet i Växjö?")))).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    await t.slack.waitFor("chat.postMessage");
  });

  it("posts a placeholder when the answer takes a moment, and replaces it with the answer", async () => {
    const slow = await startTestBot({ timing: { placeholderAfterMs: 10 } });
    try {
      const real = slow.runtime.engine.ask.bind(slow.runtime.engine);
      vi.spyOn(slow.runtime.engine, "ask").mockImplementation(async (question, options) => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        return real(question, options);
      });
      await slow.send.event(envelope(directMessage("vem följer upp det internationella arbetet i Växjö?")));
      const [update] = await slow.slack.waitFor("chat.update");
      const [placeholder] = slow.slack.callsTo("chat.postMessage");
      expect(placeholder!.args.text).toBe(":mag: Söker i styrdokumenten …");
      expect(update!.args.ts).toBe("1700000001.000100");
      expect(String(update!.args.text)).toContain("Nämnder och styrelser ansvarar");
      expect(slow.slack.callsTo("chat.postMessage")).toHaveLength(1);
    } finally {
      await slow.stop();
    }
  });

  it("shows a streamed answer in place while it is written", async () => {
    const streaming = await startTestBot({ timing: { placeholderAfterMs: 60_000, updateEveryMs: 0 } });
    try {
      const real = streaming.runtime.engine.ask.bind(streaming.runtime.engine);
      vi.spyOn(streaming.runtime.engine, "ask").mockImplementation(async (question, options) => {
        options?.onPartialAnswer?.("Nämnder och");
        await new Promise((resolve) => setTimeout(resolve, 50));
        return real(question);
      });
      await streaming.send.event(envelope(directMessage("vem följer upp det internationella arbetet i Växjö?")));
      const [update] = await streaming.slack.waitFor("chat.update");
      const [partial] = streaming.slack.callsTo("chat.postMessage");
      expect(partial!.args.text).toBe("Nämnder och …");
      expect(String(update!.args.text)).toContain("Nämnder och styrelser ansvarar");
    } finally {
      await streaming.stop();
    }
  });
});

describe("what the bot does not answer", () => {
  /** Sends the events, then one real question; only that question may be answered. */
  async function onlySentinelAnswered(events: Record<string, unknown>[]): Promise<void> {
    for (const event of events) expect((await t.send.event(event)).status).toBe(200);
    await t.send.event(envelope(directMessage("vem följer upp det internationella arbetet i Växjö?", { channel: "D0SENTINEL" })));
    await t.slack.waitFor("chat.postMessage");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(t.slack.callsTo("chat.postMessage").map((c) => c.args.channel)).toEqual(["D0SENTINEL"]);
  }

  it("answers an event once however often Slack retries it", async () => {
    const event = envelope(directMessage("vem följer upp det internationella arbetet i Växjö?", { channel: "D0RETRY" }), "Ev0RETRY01");
    expect((await t.send.event(event)).status).toBe(200);
    expect((await t.send.event(event, { retryNum: 1 })).status).toBe(200);
    expect((await t.send.event(event, { retryNum: 2 })).status).toBe(200);
    await t.slack.waitFor("chat.postMessage");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(t.slack.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("ignores bots (itself included), edits, deletions, Slackbot and mentions inside direct messages", async () => {
    const ts = "1664216870.477049";
    await onlySentinelAnswered([
      envelope({ bot_id: BOT_ID, type: "message", text: "TEST", user: BOT_USER_ID, ts, channel: "D0IGNORE1", channel_type: "im" }),
      envelope({ bot_id: "B0OTHERBOT", type: "message", text: "vem följer upp?", user: "U0OTHERBOT", ts, channel: "D0IGNORE2", channel_type: "im" }),
      envelope({
        type: "message",
        subtype: "message_changed",
        hidden: true,
        channel: "D0IGNORE3",
        channel_type: "im",
        ts,
        message: { type: "message", text: "vem följer upp arbetet i Växjö?", user: "U043H11ES4V", ts: "1663969333.524439" },
        previous_message: { type: "message", text: "vem följer upp?", user: "U043H11ES4V", ts: "1663969333.524439" },
      }),
      envelope({
        type: "message",
        subtype: "message_deleted",
        hidden: true,
        channel: "D0IGNORE4",
        channel_type: "im",
        ts,
        deleted_ts: "1663966382.046509",
        previous_message: { type: "message", text: "vem följer upp?", user: "U043H11ES4V", ts: "1663966382.046509" },
      }),
      envelope({ type: "message", text: "You have been removed from #testing-slack-app by <@U043H11ES4V>", user: "USLACKBOT", ts, channel: "D0IGNORE5", channel_type: "im" }),
      envelope(appMention("vem följer upp arbetet i Växjö?", { channel: "D0IGNORE6" })),
      envelope({ ...appMention("vem följer upp arbetet i Växjö?", { channel: "C0IGNORE7" }), edited: { user: "U043H11ES4V", ts } }),
    ]);
  });
});

describe("App Home", () => {
  it("publishes the Home tab with how to ask and the documents", async () => {
    const opened = { type: "app_home_opened", user: "U043H11ES4V", channel: "D0442US94JD", tab: "home", event_ts: "1740430328.659101" };
    await t.send.event(envelope(opened));
    const [publish] = await t.slack.waitFor("views.publish");
    expect(publish!.args.user_id).toBe("U043H11ES4V");
    const view = publish!.args.view as { type: string; blocks: { text?: { text: string } }[] };
    expect(view.type).toBe("home");
    expect(view.blocks.map((b) => b.text?.text ?? "").join("\n")).toContain("*Internationell strategi för Växjö kommun*");
  });

  it("does nothing when the Messages tab is opened", async () => {
    const opened = { type: "app_home_opened", user: "U043H11ES4V", channel: "D0442US94JD", tab: "messages", event_ts: "1740430328.659102" };
    await t.send.event(envelope(opened));
    await t.send.event(envelope(directMessage("vem följer upp det internationella arbetet i Växjö?")));
    await t.slack.waitFor("chat.postMessage");
    expect(t.slack.callsTo("views.publish")).toHaveLength(0);
  });
});

describe("the HTTP side", () => {
  it("answers Slack's URL verification with the challenge", async () => {
    const response = await t.send.event({ token: "verification_token", challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", type: "url_verification" });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
  });

  it("serves GET /healthz with the index status", async () => {
    const response = await fetch(`http://127.0.0.1:${t.bot.port}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; index: { documents: number } };
    expect(body.status).toBe("ok");
    expect(body.index.documents).toBe(5);
  });
});
