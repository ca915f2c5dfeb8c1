/** The web chat's HTTP API against a real server on a random port over the real corpus. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/domain";
import { isStyrdokError } from "../../src/errors";
import { startWebServer } from "../../src/web/server";
import { startTestWebServer, type TestWebServer } from "../helpers/web";

let web: TestWebServer;

beforeAll(async () => {
  web = await startTestWebServer();
});
afterAll(async () => {
  await web?.close();
});

type AskResponse = Answer & { html: string };

function post(path: string, body: string | ReadableStream, headers: Record<string, string> = { "content-type": "application/json" }) {
  return fetch(`${web.url}${path}`, { method: "POST", headers, body, duplex: "half" } as RequestInit);
}

async function ask(payload: unknown): Promise<{ status: number; body: AskResponse & { error?: string } }> {
  const res = await post("/api/ask", JSON.stringify(payload));
  return { status: res.status, body: (await res.json()) as AskResponse & { error?: string } };
}

/** A refused request: the status, a JSON error that says what to send, and no stack trace. */
async function expectRefused(res: Response, status: number, message: RegExp): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
  const text = await res.text();
  expect(text).not.toMatch(/\n\s+at |\.ts:\d+:\d+/);
  expect((JSON.parse(text) as { error: string }).error).toMatch(message);
}

describe("GET /", () => {
  it("serves the chat page with the register, in the browser's language, loading nothing from elsewhere", async () => {
    const res = await fetch(`${web.url}/`, { headers: { "accept-language": "en-GB,en;q=0.9" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'; script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html.match(/<li class="document">/g)).toHaveLength(5);
    expect(html).toContain("Internationell strategi för Växjö kommun");
    expect(html).toContain('class="example"');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="(https?:)?\/\//);
  });

  it("is Swedish by default and answers HEAD without a body", async () => {
    expect(await (await fetch(`${web.url}/`)).text()).toContain('<html lang="sv">');
    const head = await fetch(`${web.url}/`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("serves the page's script, style sheet and icon", async () => {
    for (const [path, type] of [["/app.js", "text/javascript"], ["/style.css", "text/css"], ["/favicon.svg", "image/svg+xml"]] as const) {
      const res = await fetch(`${web.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain(type);
      expect((await res.text()).length).toBeGreaterThan(100);
    }
  });
});

describe("POST /api/ask", () => {
  it("answers with the Answer JSON of DESIGN.md plus its rendered HTML, and logs the question", async () => {
    const { status, body } = await ask({ question: "who follows up international work in Växjö?" });
    expect(status).toBe(200);
    expect(body).toMatchObject({ question: "who follows up international work in Växjö?", language: "en", abstained: false });
    expect(body.citations.length).toBeGreaterThan(0);
    expect(body.citations.every((c) => c.title === "Internationell strategi för Växjö kommun")).toBe(true);
    expect(body.passages.length).toBeGreaterThanOrEqual(10);
    expect(body.html).toMatch(/^<article class="turn" lang="en">/);
    expect(body.html).toContain(`<blockquote>${body.citations[0]!.quote}</blockquote>`);
    expect(body.passages.some((p) => /kommunstyrelsen/.test(p.text) && p.docId === "vaxjo-internationell-strategi-2013")).toBe(true);
    const line = web.logs.find((l) => l.event === "web.request" && l.question === "who follows up international work in Växjö?");
    expect(line).toMatchObject({ level: "info", method: "POST", path: "/api/ask", status: 200, abstained: false, cited: ["vaxjo-internationell-strategi-2013"] });
    expect(typeof line?.ms).toBe("number");
  });

  it("understands a follow-up from previousQuestion and says how", async () => {
    const { body } = await ask({ question: "och i Gävle?", previousQuestion: "vem följer upp det internationella arbetet i Växjö?" });
    expect(body.question).toBe("vem följer upp det internationella arbetet i Gävle?");
    expect(body.citations.every((c) => c.municipality === "Gävle")).toBe(true);
    expect(body.html).toContain('<p class="understood">Tolkad som: vem följer upp det internationella arbetet i Gävle?</p>');
    expect(body.warnings[0]).toMatch(/skulle revideras senast 2020-12-31/);
  });

  it("says which municipalities there are when it has nothing on the question", async () => {
    const { body } = await ask({ question: "what does Kiruna's international strategy say about EU projects?" });
    expect(body.abstained).toBe(true);
    expect(body.answer).toContain("Växjö");
    expect(body.html).toContain('<p class="help">');
  });

  it("refuses malformed JSON, non-objects, and missing, empty, non-string or oversized questions", async () => {
    await expectRefused(await post("/api/ask", '{"question": "who'), 400, /not valid JSON.*\{"question"/);
    await expectRefused(await post("/api/ask", '["who?"]'), 400, /JSON object/);
    await expectRefused(await post("/api/ask", "{}"), 400, /no "question"/);
    await expectRefused(await post("/api/ask", '{"question": " \\n\\t "}'), 400, /empty/);
    await expectRefused(await post("/api/ask", '{"question": 42}'), 400, /"question" must be a string/);
    await expectRefused(await post("/api/ask", '{"question": "why?", "previousQuestion": ["x"]}'), 400, /"previousQuestion" must be a string/);
    const long = "varför ".repeat(400);
    await expectRefused(await post("/api/ask", JSON.stringify({ question: long })), 400, /2800 characters long; ask in at most 2000/);
  });

  it("refuses a body that is not declared as JSON", async () => {
    await expectRefused(await post("/api/ask", '{"question":"who?"}', { "content-type": "text/plain" }), 415, /Content-Type: application\/json/);
  });

  it("refuses a huge body with 413, whether its length is declared or streamed", async () => {
    await expectRefused(await post("/api/ask", JSON.stringify({ question: "x".repeat(2_000_000) })), 413, /larger than 64 KB/);
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 32) controller.enqueue(chunk);
        else controller.close();
      },
    });
    await expectRefused(await post("/api/ask", stream), 413, /larger than 64 KB/);
  });

  it("refuses other methods with 405 and the allowed one", async () => {
    const res = await fetch(`${web.url}/api/ask`);
    expect(res.headers.get("allow")).toBe("POST");
    await expectRefused(res, 405, /GET is not allowed on \/api\/ask; use POST/);
    await expectRefused(await post("/", "{}"), 405, /use GET/);
  });
});

describe("GET /api/documents", () => {
  it("lists the five indexed documents with their metadata and revision status", async () => {
    const res = await fetch(`${web.url}/api/documents`);
    expect(res.status).toBe(200);
    const { documents, municipalities } = (await res.json()) as { documents: Record<string, unknown>[]; municipalities: string[] };
    expect(municipalities).toEqual(["Gävle", "Umeå", "Upplands Väsby", "Växjö", "Örnsköldsvik"]);
    expect(documents).toHaveLength(5);
    expect(documents.find((d) => d.municipality === "Växjö")).toMatchObject({
      title: "Internationell strategi för Växjö kommun",
      type: "strategi",
      adoptedBy: "Kommunfullmäktige",
      adoptedOn: "2013-10-15",
      diarienummer: "KS/2012:935",
      status: "current",
    });
    expect(documents.find((d) => d.municipality === "Gävle")).toMatchObject({ validUntil: "2020-12-31", status: "past-revision" });
  });
});

describe("other paths", () => {
  it("reports health at /healthz", async () => {
    const res = await fetch(`${web.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", index: { documents: 5 } });
  });

  it("answers an unknown path with 404 and where things are", async () => {
    await expectRefused(await fetch(`${web.url}/api/nope`), 404, /Nothing at \/api\/nope: the chat page is at \//);
  });
});

describe("failures", () => {
  it("before the first ingest: the page says how to add documents, questions and /healthz say 503", async () => {
    const empty = await startTestWebServer({ indexed: false });
    try {
      expect(await (await fetch(`${empty.url}/`)).text()).toContain('data-t="noDocuments"');
      const res = await fetch(`${empty.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"question":"who?"}' });
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: string }).error).toMatch(/run npm run ingest/);
      expect((await fetch(`${empty.url}/healthz`)).status).toBe(503);
    } finally {
      await empty.close();
    }
  });

  it("an unexpected error gives a 500 with a plain message, and the log has it", async () => {
    const broken = await startTestWebServer({
      indexed: false,
      engine: (runtime) =>
        Object.assign(Object.create(runtime.engine) as typeof runtime.engine, {
          ask: async () => {
            throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at secret (/srv/engine.ts:1:1)");
          },
        }),
    });
    try {
      const res = await fetch(`${broken.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"question":"who?"}' });
      await expectRefused(res, 500, /^Something went wrong on the server; the server log has the details/);
      expect(broken.logs.find((l) => l.level === "error")).toMatchObject({ event: "web.request", status: 500, error: expect.any(TypeError) });
    } finally {
      await broken.close();
    }
  });

  it("a port in use is a config error that says what to do", async () => {
    const port = Number(new URL(web.url).port);
    const error = await startWebServer({ ...web.runtime, config: { ...web.runtime.config, port } }).catch((e: unknown) => e);
    expect(isStyrdokError(error, "config")).toBe(true);
    expect((error as Error).message).toBe(`Port ${port} is already in use on 127.0.0.1: stop the other program or set PORT to a free port (PORT=0 picks one).`);
  });
});
