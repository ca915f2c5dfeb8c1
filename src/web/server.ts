/**
 * The local web chat: `GET /` the page, `POST /api/ask`, `GET /api/documents`, `GET /healthz` and
 * the page's static files. `createWebHandler` is a plain (req, res) function so another HTTP
 * server (the Slack bot's) can serve the same routes; `startWebServer` listens on HOST:PORT.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { finished } from "node:stream/promises";
import type { Runtime } from "../bootstrap";
import { StyrdokError, userMessage } from "../errors";
import { InFlight, SHUTDOWN_GRACE_MS } from "../in-flight";
import type { LogFields } from "../log";
import { loadWebAssets } from "./assets";
import { errorResponse, HttpError, sendError } from "./http";
import { webRoutes } from "./routes";

export interface WebOptions {
  /** Today's date for the register's revision status. */
  clock?: () => Date;
}

export type WebHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

const API = "the chat page is at /, the API at POST /api/ask, GET /api/documents and GET /healthz";

export function createWebHandler(runtime: Runtime, options: WebOptions = {}): WebHandler {
  const routes = webRoutes(runtime, loadWebAssets(), options.clock ?? (() => new Date()));
  const { logger } = runtime;

  return async (req, res) => {
    const started = performance.now();
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    let fields: LogFields | void = {};
    try {
      const route = routes[path];
      if (!route) throw new HttpError(404, `Nothing at ${path}: ${API}.`);
      // HEAD is answered as GET; Node leaves out the body.
      const handler = route[req.method === "HEAD" ? "GET" : (req.method as "GET" | "POST")];
      if (!handler) {
        const allow = Object.keys(route).join(", ");
        throw new HttpError(405, `${req.method} is not allowed on ${path}; use ${allow}.`, { allow });
      }
      fields = await handler(req, res);
    } catch (error) {
      const { status, message } = errorResponse(error);
      sendError(req, res, status, message, error instanceof HttpError ? error.headers : {});
      fields = status >= 500 ? { error: error instanceof Error ? error : userMessage(error) } : { message };
    }
    const entry = { method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started), ...fields };
    if (res.statusCode >= 500) logger.error("web.request", entry);
    else if (path.startsWith("/api/")) logger.info("web.request", entry);
    else logger.debug("web.request", entry);
  };
}

export interface WebServer {
  /** Where to open the chat, e.g. http://127.0.0.1:3000 */
  url: string;
  /** Stops taking requests and waits up to `graceMs` for those in flight to be answered. */
  close(graceMs?: number): Promise<void>;
}

/** An address a browser on this machine can open: a wildcard bind is reached on loopback. */
function browsableUrl(host: string, port: number): string {
  const name = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  return `http://${name.includes(":") ? `[${name}]` : name}:${port}`;
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): StyrdokError {
  const where = `${host}:${port}`;
  if (error.code === "EADDRINUSE") {
    return new StyrdokError("config", `Port ${port} is already in use on ${host}: stop the other program or set PORT to a free port (PORT=0 picks one).`, { cause: error });
  }
  if (error.code === "EACCES") return new StyrdokError("config", `Not allowed to listen on ${where}: set PORT to a number above 1023.`, { cause: error });
  if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") {
    return new StyrdokError("config", `HOST=${host} is not an address of this machine: use 127.0.0.1 (the default) or 0.0.0.0 for all.`, { cause: error });
  }
  return new StyrdokError("config", `Could not listen on ${where}: ${error.message}`, { cause: error });
}

export async function startWebServer(runtime: Runtime, options: WebOptions = {}): Promise<WebServer> {
  const handler = createWebHandler(runtime, options);
  const inFlight = new InFlight();
  // A request is in flight until its response has been handed to the operating system.
  const server = createServer((req, res) => void inFlight.track(() => handler(req, res).then(() => finished(res).catch(() => undefined))));
  const { host, port } = runtime.config;
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => reject(listenError(error, host, port)));
    server.listen(port, host, () => resolve());
  });
  const url = browsableUrl(host, (server.address() as AddressInfo).port);
  runtime.logger.info("web.listening", { url, host });
  return { url, close: (graceMs = SHUTDOWN_GRACE_MS) => closeGracefully(server, inFlight, graceMs) };
}

/**
 * Stops listening at once, lets requests in flight finish (up to `graceMs`), then closes every
 * connection. Idle keep-alive connections are closed straight away so they hold nothing up.
 */
async function closeGracefully(server: Server, inFlight: InFlight, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  server.closeIdleConnections();
  await inFlight.settled(graceMs);
  server.closeAllConnections();
  await closed;
}
