/** The web API's per-client limit (RATE_LIMIT_PER_MINUTE, here 2) on a real server. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestWebServer, type TestWebServer } from "../helpers/web";

let web: TestWebServer;

beforeAll(async () => {
  web = await startTestWebServer({ env: { RATE_LIMIT_PER_MINUTE: "2" } });
});
afterAll(async () => {
  await web?.close();
});

const ask = () =>
  fetch(`${web.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: "vem följer upp strategin i Växjö?" }) });

describe("POST /api/ask over the rate limit", () => {
  it("answers 429 with Retry-After and a message saying how long to wait; other routes are not limited", async () => {
    expect((await ask()).status).toBe(200);
    expect((await ask()).status).toBe(200);
    const refused = await ask();
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(50);
    expect(await refused.json()).toEqual({ error: `Too many questions from this address: wait ${wait} seconds, then ask again.` });
    expect((await fetch(`${web.url}/healthz`)).status).toBe(200);
    expect(web.logs.find((l) => l.status === 429)).toMatchObject({ level: "info", event: "web.request", path: "/api/ask" });
  });
});
