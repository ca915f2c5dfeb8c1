/**
 * A local HTTP server standing in for Slack: the Web API under /api/<method>, file downloads under
 * /files-pri/…, and response_url endpoints under /response/<id>. It records every call, so tests
 * assert on what the bot sent rather than on mocks.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { parse as parseQuery } from "node:querystring";

export const TEAM_ID = "T043DB835ML";
export const BOT_USER_ID = "U0442US8QGH";
export const BOT_ID = "B0439P161B9";
export const BOT_TOKEN = "xoxb-1111-2222-standin";

export interface RecordedCall {
  kind: "api" | "download" | "response_url";
  /** The API method ("chat.postMessage"), or the path for downloads and response_url posts. */
  name: string;
  args: Record<string, unknown>;
  headers: IncomingHttpHeaders;
}

export interface ServedFile {
  bytes: Buffer;
  contentType?: string;
}

export const isResponseUrlPost = (call: RecordedCall): boolean => call.kind === "response_url";

export interface SlackStandIn {
  url: string;
  apiUrl: string;
  calls: RecordedCall[];
  /** Download path (e.g. "/files-pri/T1-F1/download/a.pdf") → bytes. */
  downloads: Map<string, ServedFile>;
  /** files.info: file id → file object. */
  fileInfo: Map<string, Record<string, unknown>>;
  /** apps.connections.open answers with this URL (Socket Mode). */
  socketUrl?: string;
  /** auth.test answers invalid_auth, as Slack does for a revoked or mistyped token. */
  rejectToken?: boolean;
  responseUrl(id: string): string;
  callsTo(name: string): RecordedCall[];
  /** Resolves once `count` calls match: an API method's name, or any test of a call. */
  waitFor(match: string | ((call: RecordedCall) => boolean), count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

function maybeJson(value: unknown): unknown {
  if (typeof value !== "string" || !/^[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.startsWith("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(parseQuery(raw)).map(([k, v]) => [k, maybeJson(v)]));
}

function apiResult(standIn: SlackStandIn, method: string, args: Record<string, unknown>, nextTs: () => string): Record<string, unknown> {
  switch (method) {
    case "auth.test":
      if (standIn.rejectToken) return { ok: false, error: "invalid_auth" };
      return { ok: true, url: "https://styrdok-test.slack.com/", team: "Test", user: "styrdok", team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID };
    case "chat.postMessage":
      return { ok: true, channel: args.channel, ts: nextTs(), message: { text: args.text } };
    case "chat.update":
      return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
    case "chat.postEphemeral":
      return { ok: true, message_ts: nextTs() };
    case "reactions.add":
    case "reactions.remove":
      return { ok: true };
    case "views.publish":
      return { ok: true, view: { id: "V1" } };
    case "files.info": {
      const file = standIn.fileInfo.get(String(args.file));
      return file ? { ok: true, file } : { ok: false, error: "file_not_found" };
    }
    case "apps.connections.open":
      return standIn.socketUrl ? { ok: true, url: standIn.socketUrl } : { ok: false, error: "socket_mode_not_enabled" };
    default:
      return { ok: false, error: "unknown_method" };
  }
}

export async function startSlackStandIn(): Promise<SlackStandIn> {
  let ts = 1_700_000_000;
  const nextTs = () => `${++ts}.000100`;
  const waiters = new Set<() => void>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      const raw = Buffer.concat(chunks).toString("utf8");
      const record = (call: RecordedCall) => {
        standIn.calls.push(call);
        for (const wake of waiters) wake();
      };
      if (path.startsWith("/api/")) {
        const method = path.slice("/api/".length);
        const args = parseBody(raw, req.headers["content-type"]);
        record({ kind: "api", name: method, args, headers: req.headers });
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(JSON.stringify(apiResult(standIn, method, args, nextTs)));
        return;
      }
      if (path.startsWith("/response/")) {
        record({ kind: "response_url", name: path, args: parseBody(raw, req.headers["content-type"]), headers: req.headers });
        res.writeHead(200, { "Content-Type": "text/plain" });
        res.end("ok");
        return;
      }
      record({ kind: "download", name: path, args: {}, headers: req.headers });
      const file = standIn.downloads.get(path);
      // Like Slack: a download without the bot token gets the sign-in page, with status 200.
      if (!file || req.headers.authorization !== `Bearer ${BOT_TOKEN}`) {
        res.writeHead(file ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
        res.end("<!DOCTYPE html><html><body>Sign in to Slack</body></html>");
        return;
      }
      res.writeHead(200, { "Content-Type": file.contentType ?? "application/octet-stream", "Content-Length": String(file.bytes.length) });
      res.end(file.bytes);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const standIn: SlackStandIn = {
    url,
    apiUrl: `${url}/api/`,
    calls: [],
    downloads: new Map(),
    fileInfo: new Map(),
    responseUrl: (id) => `${url}/response/${id}`,
    callsTo: (name) => standIn.calls.filter((c) => c.name === name),
    waitFor(match, count = 1, timeoutMs = 10_000) {
      const matches = typeof match === "string" ? (call: RecordedCall) => call.name === match : match;
      const name = typeof match === "string" ? match : "matching call";
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = standIn.calls.filter(matches);
          if (found.length < count) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          const seen = standIn.calls.map((c) => c.name).join(", ") || "none";
          reject(new Error(`timed out waiting for ${count} × ${name}; calls so far: ${seen}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return standIn;
}
