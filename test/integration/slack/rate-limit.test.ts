/**
 * The per-person rate limit (RATE_LIMIT_PER_MINUTE, here 3) through the real Bolt app: over the
 * limit a person gets one private notice for a run of messages, never one per message; others are
 * still answered; bots never count.
 */
import { describe, expect, it } from "vitest";
import { delay } from "../../helpers/processes";
import { useTestBot } from "../../helpers/slack-bot";
import { appMention, directMessage, envelope, slashCommand } from "../../helpers/slack-requests";
import { BOT_USER_ID } from "../../helpers/slack-stand-in";

const t = useTestBot({ env: { RATE_LIMIT_PER_MINUTE: "3" } });

const QUESTION = "vem följer upp det internationella arbetet i Växjö?";

describe("the rate limit in Slack", () => {
  it("answers three mentions a minute, then tells the person once, privately, in the thread", async () => {
    const user = "U0FLOODER1";
    const mentions = Array.from({ length: 7 }, () => appMention(QUESTION, { user, channel: "C0FLOOD01" }));
    for (const mention of mentions) expect((await t.send.event(envelope(mention))).status).toBe(200);
    await t.slack.waitFor("chat.postMessage", 3);
    const [notice] = await t.slack.waitFor("chat.postEphemeral", 1);
    await delay(300);
    expect(t.slack.callsTo("chat.postMessage")).toHaveLength(3);
    expect(t.slack.callsTo("chat.postEphemeral")).toHaveLength(1);
    expect(notice!.args).toMatchObject({ channel: "C0FLOOD01", user, thread_ts: mentions[3]!.ts });
    expect(String(notice!.args.text)).toMatch(/^:hourglass: Du frågar snabbare än jag hinner med\. Vänta (\d+ sekunder|en minut) och fråga sedan igen\.$/);

    // Someone else is answered as usual.
    await t.send.event(envelope(directMessage(QUESTION, { user: "U0PATIENT1" })));
    await t.slack.waitFor("chat.postMessage", 4);
  });

  it("acknowledges a slash command over the limit with the notice, in the language of the question", async () => {
    const user = "U0FLOODER2";
    const replies: string[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await t.send.command(slashCommand("who follows up international work in Växjö?", { user, responseUrl: t.slack.responseUrl(`flood-${i}`) }));
      replies.push((JSON.parse(response.body) as { text: string }).text);
    }
    expect(replies.slice(3)).toEqual([expect.stringMatching(/^:hourglass: You are asking faster than I can keep up\./), expect.stringMatching(/^:hourglass: You are asking/)]);
  });

  it("counts a direct message that mentions the bot once, though Slack sends it as a mention too", async () => {
    const user = "U0DMMENTN1";
    const channel = "D0DMMENTN1";
    for (let i = 0; i < 3; i++) {
      const ts = `1700000${i}00.000100`;
      await t.send.event(envelope(directMessage(`<@${BOT_USER_ID}> ${QUESTION}`, { user, channel, ts })));
      await t.send.event(envelope(appMention(QUESTION, { user, channel, ts })));
    }
    await t.slack.waitFor("chat.postMessage", 3);
    await delay(300);
    expect(t.slack.callsTo("chat.postEphemeral")).toHaveLength(0);
  });

  it("does not count an edited mention, which is not answered again", async () => {
    const user = "U0EDITOR01";
    const first = appMention(QUESTION, { user, channel: "C0EDITS001" });
    await t.send.event(envelope(first));
    for (let i = 0; i < 4; i++) await t.send.event(envelope({ ...first, edited: { user, ts: `17000001${i}0.000100` } }));
    await t.send.event(envelope(appMention(QUESTION, { user, channel: "C0EDITS001" })));
    await t.slack.waitFor("chat.postMessage", 2);
    await delay(300);
    expect(t.slack.callsTo("chat.postEphemeral")).toHaveLength(0);
  });

  it("does not count messages from bots, which are never answered", async () => {
    for (let i = 0; i < 6; i++) {
      await t.send.event(envelope({ ...directMessage(QUESTION, { user: "U0BOTUSER1" }), bot_id: "B0OTHERBOT" }));
    }
    await t.send.event(envelope(directMessage(QUESTION, { user: "U0BOTUSER1" })));
    await t.slack.waitFor("chat.postMessage", 1);
    expect(t.slack.callsTo("chat.postEphemeral")).toHaveLength(0);
  });
});
