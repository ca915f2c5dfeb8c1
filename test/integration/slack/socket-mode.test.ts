/**
 * Socket Mode (SLACK_APP_TOKEN set): the bot opens a connection with apps.connections.open, takes
 * events and commands as envelopes over the WebSocket, acknowledges each, and serves /healthz on PORT.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_TOKEN, startTestBot, type TestBot } from "../../helpers/slack-bot";
import { appMention, envelope, slashCommand } from "../../helpers/slack-requests";

let t: TestBot;

beforeAll(async () => {
  t = await startTestBot({ socketMode: true });
});
afterAll(async () => {
  await t.stop();
});

describe("Socket Mode", () => {
  it("connects with the app-level token", () => {
    expect(t.bot.mode).toBe("socket");
    const [open] = t.slack.callsTo("apps.connections.open");
    expect(open!.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
  });

  it("answers a mention that arrives over the socket, after acknowledging it", async () => {
    const mention = appMention("vem följer upp det internationella arbetet i Växjö?", { channel: "C0SOCKET1" });
    t.socket!.send({ envelope_id: "env-mention-1", type: "events_api", accepts_response_payload: false, retry_attempt: 0, retry_reason: "", payload: envelope(mention) });
    await t.socket!.waitForAck("env-mention-1");
    const [post] = await t.slack.waitFor("chat.postMessage");
    expect(post!.args).toMatchObject({ channel: "C0SOCKET1", thread_ts: mention.ts });
    expect(String(post!.args.text)).toContain("Nämnder och styrelser ansvarar");
  });

  it("answers a slash command in its acknowledgement", async () => {
    const payload = slashCommand("help", { responseUrl: t.slack.responseUrl("socket-1") });
    t.socket!.send({ envelope_id: "env-command-1", type: "slash_commands", accepts_response_payload: true, payload });
    const ack = await t.socket!.waitForAck("env-command-1");
    expect(ack.payload?.text).toBe("styrdok answers questions about municipalities' governing documents – with verbatim quotes and where they stand.");
  });

  it("serves GET /healthz on PORT", async () => {
    const response = await fetch(`http://127.0.0.1:${t.bot.port}/healthz`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { status: string }).status).toBe("ok");
    expect((await fetch(`http://127.0.0.1:${t.bot.port}/slack/events`, { method: "POST" })).status).toBe(404);
  });
});
