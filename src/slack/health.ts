/**
 * GET /healthz for the Slack bot: a custom route of Bolt's HTTP receiver in HTTP mode, and a tiny
 * server of its own in Socket Mode (which needs no public port but still wants a health check).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Engine } from "../engine";
import { healthReport } from "../web/health";

export const HEALTH_PATH = "/healthz";

export function serveHealth(engine: Pick<Engine, "status">) {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    const { code, body } = healthReport(engine);
    res.writeHead(code, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
    res.end(JSON.stringify(body));
  };
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

export async function startHealthServer(engine: Pick<Engine, "status">, port: number, host: string): Promise<HealthServer> {
  const health = serveHealth(engine);
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method === "GET" && path === HEALTH_PATH) return health(req, res);
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Not found. This is styrdok's Slack bot in Socket Mode; only GET /healthz is served here.\n");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
