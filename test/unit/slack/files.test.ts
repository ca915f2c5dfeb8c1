import { describe, expect, it } from "vitest";
import { downloadFile, downloadUrl, resolveFile, uploadName, type SlackFile } from "../../../src/slack/files";

const file: SlackFile = {
  id: "F04EEHX1EES",
  name: "namenamename.txt",
  mimetype: "text/plain",
  filetype: "text",
  size: 12,
  url_private_download: "https://files.slack.com/files-pri/T043DB835ML-F04EEHX1EES/download/namenamename.txt",
};

function fakeFetch(response: Response, seen: { url?: string; auth?: string } = {}): typeof fetch {
  return (async (url: URL | string, init?: RequestInit) => {
    seen.url = String(url);
    seen.auth = new Headers(init?.headers).get("authorization") ?? undefined;
    return response;
  }) as typeof fetch;
}

describe("downloadUrl", () => {
  it("keeps Slack's own file links", () => {
    expect(downloadUrl(file).href).toBe(file.url_private_download);
  });

  it("moves the link to SLACK_API_URL's host when that is set", () => {
    expect(downloadUrl(file, "http://127.0.0.1:9999/api/").href).toBe(
      "http://127.0.0.1:9999/files-pri/T043DB835ML-F04EEHX1EES/download/namenamename.txt",
    );
  });

  it("refuses links to anywhere but Slack, so the bot token goes nowhere else", () => {
    expect(() => downloadUrl({ ...file, url_private_download: "https://files.slack.com.evil.example/x.pdf" })).toThrow(/not at Slack/);
    expect(() => downloadUrl({ ...file, url_private_download: "http://files.slack.com/x.pdf" })).toThrow(/not at Slack/);
  });
});

describe("downloadFile", () => {
  it("sends the bot token and returns the bytes", async () => {
    const seen: { url?: string; auth?: string } = {};
    const bytes = await downloadFile(file, { botToken: "xoxb-1", maxBytes: 100, fetch: fakeFetch(new Response("hug a kitten"), seen) });
    expect(bytes.toString()).toBe("hug a kitten");
    expect(seen).toEqual({ url: file.url_private_download, auth: "Bearer xoxb-1" });
  });

  it("refuses a file whose declared size is over the limit without fetching it", async () => {
    const seen: { url?: string } = {};
    await expect(downloadFile({ ...file, size: 101 }, { botToken: "xoxb-1", maxBytes: 100, fetch: fakeFetch(new Response("x"), seen) })).rejects.toThrow(
      "too large (101 bytes; the limit is 100 bytes, set MAX_FILE_MB to change it)",
    );
    expect(seen.url).toBeUndefined();
  });

  it("stops reading a download that grows past the limit", async () => {
    const big = new Response(new Uint8Array(500));
    await expect(downloadFile({ ...file, size: undefined }, { botToken: "xoxb-1", maxBytes: 100, fetch: fakeFetch(big) })).rejects.toThrow(/too large/);
  });

  it("recognises Slack's sign-in page (a token without files:read) and says so", async () => {
    const page = new Response("<!DOCTYPE html><html>Sign in</html>", { headers: { "Content-Type": "text/html; charset=utf-8" } });
    await expect(downloadFile(file, { botToken: "xoxb-1", maxBytes: 1000, fetch: fakeFetch(page) })).rejects.toThrow(/files:read/);
  });
});

describe("resolveFile and uploadName", () => {
  it("asks files.info for a stub and keeps full file objects as they are", async () => {
    const asked: string[] = [];
    const client = { files: { info: async ({ file: id }: { file: string }) => (asked.push(id), { file: { ...file, id: undefined } }) } };
    expect(await resolveFile(client, file)).toBe(file);
    expect(await resolveFile(client, { id: "F12345678", mode: "file_access", file_access: "check_file_info" })).toEqual({ ...file, id: "F12345678" });
    expect(asked).toEqual(["F12345678"]);
  });

  it("adds the extension Slack's filetype implies when the name has none", () => {
    expect(uploadName({ id: "F1", name: "Riktlinje", filetype: "pdf" })).toBe("Riktlinje.pdf");
    expect(uploadName({ id: "F1", name: "plan.docx", filetype: "docx" })).toBe("plan.docx");
    expect(uploadName({ id: "F1", name: "budget.xlsx", filetype: "xlsx" })).toBe("budget.xlsx");
  });
});
