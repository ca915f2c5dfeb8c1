/**
 * Only COORDINATORS change the corpus, and the check is on the server side of every route that
 * could: the Slack upload (a file shared in a direct message), the slash command's reindex, and
 * the command words in mentions and messages. The web server has no route that changes anything.
 */
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadWebAssets } from "../../../src/web/assets";
import { webRoutes } from "../../../src/web/routes";
import { makePdf } from "../../helpers/fixtures";
import { COORDINATOR, startTestBot, type TestBot } from "../../helpers/slack-bot";
import { appMention, directMessage, downloadPath, envelope, fileObject, fileShare, slashCommand } from "../../helpers/slack-requests";
import { startTestWebServer, type TestWebServer } from "../../helpers/web";

describe("the web server", () => {
  let web: TestWebServer;
  beforeAll(async () => {
    web = await startTestWebServer();
  });
  afterAll(() => web.close());

  it("has one POST route, which only asks; everything else is read-only", () => {
    const routes = webRoutes(web.runtime, loadWebAssets(), () => new Date());
    const writable = Object.entries(routes).filter(([, methods]) => Object.keys(methods).some((m) => m !== "GET"));
    expect(writable.map(([path, methods]) => [path, Object.keys(methods)])).toEqual([["/api/ask", ["POST"]]]);
  });

  it("refuses every other method on every path, and the corpus stays as it was", async () => {
    const corpus = readdirSync(web.runtime.config.corpusDir).sort();
    const paths = [...Object.keys(webRoutes(web.runtime, loadWebAssets(), () => new Date())), "/api/reindex", "/api/upload", "/api/documents/x", "/slack/events"];
    for (const path of paths) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        if (path === "/api/ask" && method === "POST") continue;
        const res = await fetch(`${web.url}${path}`, { method, headers: { "content-type": "application/json" }, body: "{}" });
        expect([404, 405], `${method} ${path}`).toContain(res.status);
      }
    }
    expect(readdirSync(web.runtime.config.corpusDir).sort()).toEqual(corpus);
  });
});

describe("Slack", () => {
  let t: TestBot;
  const STRANGER = "U0STRANGER";
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(() => t.stop());
  beforeEach(() => {
    t.slack.calls.length = 0;
    vi.restoreAllMocks();
  });

  it("reindexes for no one but a coordinator, whatever the route or the word", async () => {
    const reindex = vi.spyOn(t.runtime.engine, "reindex");
    for (const word of ["reindex", "indexera", "omindexera", "REINDEX"]) {
      const response = await t.send.command(slashCommand(word, { user: STRANGER, responseUrl: t.slack.responseUrl(`r-${word}`) }));
      expect(JSON.parse(response.body).text).toBe("Bara styrdoks samordnare kan indexera om dokumenten.");
    }
    // A mention or a direct message never reindexes, not even a coordinator's: that is the slash command's.
    await t.send.event(envelope(appMention("reindex", { user: COORDINATOR })));
    await t.send.event(envelope(directMessage("omindexera", { user: STRANGER })));
    await t.slack.waitFor("chat.postMessage", 2);
    expect(reindex).not.toHaveBeenCalled();
  });

  it("takes shared files from coordinators only, and never fetches anyone else's", async () => {
    const corpus = readdirSync(t.runtime.config.corpusDir).sort();
    const pdf = await makePdf(["Riktlinje för intrång\n\nDenna fil ska aldrig hamna i korpusen."]);
    const file = fileObject("F0INTRUDE1", "../../intrang.pdf", { size: pdf.length });
    t.slack.downloads.set(downloadPath(file), { bytes: pdf, contentType: "application/pdf" });
    await t.send.event(envelope(fileShare([file], { user: STRANGER })));
    const [reply] = await t.slack.waitFor("chat.postMessage");
    expect(String(reply!.args.text)).toMatch(/^Bara styrdoks samordnare kan lägga till dokument/);
    expect(t.slack.calls.filter((c) => c.kind === "download" || c.name === "files.info")).toEqual([]);
    expect(readdirSync(t.runtime.config.corpusDir).sort()).toEqual(corpus);
  });

  it("with no COORDINATORS set, no one can reindex or add documents", async () => {
    const open = await startTestBot({ env: { COORDINATORS: "" } });
    try {
      const response = await open.send.command(slashCommand("reindex", { user: COORDINATOR, responseUrl: open.slack.responseUrl("nobody") }));
      expect(JSON.parse(response.body).text).toBe("Bara styrdoks samordnare kan indexera om dokumenten.");
      await open.send.event(envelope(fileShare([fileObject("F0NOBODY01", "a.pdf", { size: 10 })], { user: COORDINATOR })));
      const [reply] = await open.slack.waitFor("chat.postMessage");
      expect(String(reply!.args.text)).toMatch(/^Bara styrdoks samordnare/);
    } finally {
      await open.stop();
    }
  });
});
