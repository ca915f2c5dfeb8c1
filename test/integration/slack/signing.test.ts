/** Only requests signed with the signing secret, within five minutes, reach the listeners. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestBot, type TestBot } from "../../helpers/slack-bot";
import { appMention, directMessage, envelope, SIGNING_SECRET, slackSignature } from "../../helpers/slack-requests";

let t: TestBot;

beforeAll(async () => {
  t = await startTestBot();
});
afterAll(async () => {
  await t.stop();
});

describe("request signatures", () => {
  it("refuses forged, stale and tampered requests with 401, and answers none of them", async () => {
    const body = JSON.stringify(envelope(appMention("vem följer upp det internationella arbetet i Växjö?")));
    const now = Math.floor(Date.now() / 1000);
    const stale = now - 6 * 60;

    const forged = await t.send.post(body, "application/json", { signature: slackSignature("not-the-secret", now, body) });
    const staleSigned = await t.send.post(body, "application/json", { timestamp: stale, signature: slackSignature(SIGNING_SECRET, stale, body) });
    const tampered = await t.send.post(body.replace("Växjö", "Gävle"), "application/json", { signature: slackSignature(SIGNING_SECRET, now, body) });
    const unsigned = await fetch(`http://127.0.0.1:${t.bot.port}/slack/events`, { method: "POST", headers: { "Content-Type": "application/json" }, body });

    expect([forged.status, staleSigned.status, tampered.status, unsigned.status]).toEqual([401, 401, 401, 401]);

    await t.send.event(envelope(directMessage("vem följer upp det internationella arbetet i Växjö?", { channel: "D0SIGNED" })));
    await t.slack.waitFor("chat.postMessage");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(t.slack.callsTo("chat.postMessage").map((c) => c.args.channel)).toEqual(["D0SIGNED"]);
  });
});
