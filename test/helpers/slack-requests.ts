/**
 * Requests as Slack sends them: payloads shaped like the real ones (Events API wrappers with
 * `authorizations`, form-encoded slash commands, `payload=` interactivity), signed the way Slack
 * signs them — HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret, hex, prefixed
 * with `v0=` (https://api.slack.com/authentication/verifying-requests-from-slack).
 */
import { createHmac } from "node:crypto";
import { BOT_USER_ID, TEAM_ID } from "./slack-stand-in";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5-test";
export const APP_ID = "A0442TUPHGR";

export function slackSignature(secret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SendOptions {
  retryNum?: number;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Replaces the correct signature (forged requests). */
  signature?: string;
}

export interface SlackResponse {
  status: number;
  body: string;
}

export class SlackSender {
  constructor(
    private readonly url: string,
    private readonly secret = SIGNING_SECRET,
  ) {}

  async post(body: string, contentType: string, options: SendOptions = {}): Promise<SlackResponse> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      "Content-Type": contentType,
      "X-Slack-Request-Timestamp": String(timestamp),
      "X-Slack-Signature": options.signature ?? slackSignature(this.secret, timestamp, body),
    };
    if (options.retryNum !== undefined) {
      headers["X-Slack-Retry-Num"] = String(options.retryNum);
      headers["X-Slack-Retry-Reason"] = "http_timeout";
    }
    const response = await fetch(this.url, { method: "POST", headers, body });
    return { status: response.status, body: await response.text() };
  }

  event(envelope: object, options?: SendOptions): Promise<SlackResponse> {
    return this.post(JSON.stringify(envelope), "application/json", options);
  }

  command(fields: Record<string, string>, options?: SendOptions): Promise<SlackResponse> {
    return this.post(new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded", options);
  }

  interaction(payload: object, options?: SendOptions): Promise<SlackResponse> {
    return this.post(`payload=${encodeURIComponent(JSON.stringify(payload))}`, "application/x-www-form-urlencoded", options);
  }
}

let sequence = 0;
const nextTs = () => `${1_726_133_700 + ++sequence}.887259`;

/** The Events API wrapper, as in slackweb__messageIm.json. */
export function envelope(event: Record<string, unknown>, eventId = `Ev${Date.now()}${++sequence}`): Record<string, unknown> {
  return {
    token: "aaaa",
    team_id: TEAM_ID,
    api_app_id: APP_ID,
    event: { team: TEAM_ID, event_ts: event.ts, ...event },
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: "aaaa",
  };
}

/** An app_mention, as in boltpy__app_mention_event_callback.json. */
export function appMention(text: string, options: { user?: string; channel?: string; ts?: string; threadTs?: string } = {}): Record<string, unknown> {
  return {
    client_msg_id: "9cbd4c5b-7ddf-4ede-b479-ad21fca66d63",
    type: "app_mention",
    text: `<@${BOT_USER_ID}> ${text}`,
    user: options.user ?? "U043H11ES4V",
    ts: options.ts ?? nextTs(),
    channel: options.channel ?? "C043YJGBY49",
    ...(options.threadTs && { thread_ts: options.threadTs }),
  };
}

/** A direct message, as in slackweb__messageIm.json. */
export function directMessage(text: string, options: { user?: string; channel?: string; ts?: string; threadTs?: string } = {}): Record<string, unknown> {
  return {
    client_msg_id: "1efd76a1-5075-4c2c-ad38-1284820b429f",
    type: "message",
    text,
    user: options.user ?? "U043H11ES4V",
    ts: options.ts ?? nextTs(),
    channel: options.channel ?? "D0442US94JD",
    channel_type: "im",
    ...(options.threadTs && { thread_ts: options.threadTs }),
  };
}

/** A file object as Slack puts it in files[] (slackweb__FileObject_real.json). */
export function fileObject(id: string, name: string, options: { mimetype?: string; filetype?: string; size: number }): Record<string, unknown> {
  return {
    id,
    created: 1670631527,
    timestamp: 1670631527,
    name,
    title: name,
    mimetype: options.mimetype ?? "application/pdf",
    filetype: options.filetype ?? "pdf",
    user: "U043H11ES4V",
    size: options.size,
    mode: "hosted",
    is_external: false,
    url_private: `https://files.slack.com/files-pri/${TEAM_ID}-${id}/${encodeURIComponent(name)}`,
    url_private_download: `https://files.slack.com/files-pri/${TEAM_ID}-${id}/download/${encodeURIComponent(name)}`,
    file_access: "visible",
  };
}

/** The path the stand-in serves a file object's download from. */
export function downloadPath(file: Record<string, unknown>): string {
  return new URL(String(file.url_private_download)).pathname;
}

/** A DM with files (subtype file_share), as in slackweb__message_file_share.json. */
export function fileShare(files: Record<string, unknown>[], options: { user?: string; text?: string } = {}): Record<string, unknown> {
  return {
    type: "message",
    subtype: "file_share",
    text: options.text ?? "",
    files,
    upload: true,
    user: options.user ?? "U043H11ES4V",
    display_as_bot: false,
    ts: nextTs(),
    channel: "D0442US94JD",
    channel_type: "im",
  };
}

/** A slash command's form fields, as in boltpy__slash_command.form.txt. */
export function slashCommand(text: string, options: { user?: string; command?: string; responseUrl: string }): Record<string, string> {
  return {
    token: "verification_token",
    team_id: TEAM_ID,
    team_domain: "test-domain",
    channel_id: "C043YJGBY49",
    channel_name: "random",
    user_id: options.user ?? "U043H11ES4V",
    user_name: "kommunanstalld",
    command: options.command ?? "/styrdok",
    text,
    api_app_id: APP_ID,
    response_url: options.responseUrl,
    trigger_id: "111.111.xxx",
  };
}

/** A button click, as in boltpy__block_actions.json. */
export function buttonClick(
  action: { action_id: string; value: string; block_id?: string },
  options: { user?: string; responseUrl: string; messageText?: string; channel?: string },
): Record<string, unknown> {
  const channel = options.channel ?? "C043YJGBY49";
  return {
    type: "block_actions",
    user: { id: options.user ?? "U043H11ES4V", username: "kommunanstalld", name: "kommunanstalld", team_id: TEAM_ID },
    api_app_id: APP_ID,
    token: "verification_token",
    container: { type: "message", message_ts: "1700000001.000100", channel_id: channel, is_ephemeral: false },
    trigger_id: "111.222.valid",
    team: { id: TEAM_ID, domain: "workspace-domain" },
    channel: { id: channel, name: "test-channel" },
    ...(options.messageText !== undefined && { message: { type: "message", text: options.messageText, ts: "1700000001.000100" } }),
    response_url: options.responseUrl,
    actions: [
      {
        action_id: action.action_id,
        block_id: action.block_id ?? "styrdok_feedback",
        text: { type: "plain_text", text: "👍", emoji: true },
        value: action.value,
        type: "button",
        action_ts: "1596530385.194939",
      },
    ],
  };
}
