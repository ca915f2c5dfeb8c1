/**
 * Coordinators add documents by sharing files with the bot in a direct message. The bytes come
 * from the Slack stand-in (url_private_download with the bot token, files.info for stubs); a
 * failed upload changes nothing, and anyone else's file is never fetched.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COORDINATOR, useTestBot } from "../../helpers/slack-bot";
import { makePdf } from "../../helpers/fixtures";
import { directMessage, downloadPath, envelope, fileObject, fileShare } from "../../helpers/slack-requests";
import { BOT_TOKEN } from "../../helpers/slack-stand-in";

const POLICY_TEXT =
  "Bredbandspolicy för Testköpings kommun\n\nAntagen av kommunfullmäktige 2021-03-01.\n\n" +
  "Kommunen ska verka för att alla hushåll har tillgång till bredband om minst 1 Gbit/s senast år 2025. " +
  "Tekniska nämnden ansvarar för uppföljningen av bredbandsutbyggnaden.";

const t = useTestBot({ env: { MAX_FILE_MB: "1" } });

const corpusFiles = () => readdirSync(t.runtime.config.corpusDir).sort();
const downloads = () => t.slack.calls.filter((c) => c.kind === "download");

async function share(file: Record<string, unknown>, user = COORDINATOR): Promise<string> {
  expect((await t.send.event(envelope(fileShare([file], { user })))).status).toBe(200);
  const [reply] = await t.slack.waitFor("chat.postMessage");
  return String(reply!.args.text);
}

describe("a coordinator's upload", () => {
  it("downloads the file with the bot token from the Slack host, adds it and indexes it", async () => {
    const pdf = await makePdf([POLICY_TEXT]);
    const file = fileObject("F0POLICY01", "Bredbandspolicy Testköping.pdf", { size: pdf.length });
    t.slack.downloads.set(downloadPath(file), { bytes: pdf, contentType: "application/pdf" });

    const reply = await share(file);

    expect(reply).toMatch(/^:white_check_mark: \*Bredbandspolicy för Testköpings kommun\*.* är tillagt – 1 avsnitt indexerade\.$/);
    const [download] = downloads();
    expect(download!.name).toBe(downloadPath(file));
    expect(download!.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(corpusFiles()).toContain("Bredbandspolicy-Testköping.pdf");

    t.slack.calls.length = 0;
    await t.send.event(envelope(directMessage("vem ansvarar för uppföljningen av bredbandsutbyggnaden?")));
    const [answer] = await t.slack.waitFor("chat.postMessage");
    expect(String(answer!.args.text)).toContain("Tekniska nämnden ansvarar för uppföljningen av bredbandsutbyggnaden.");
  });

  it("asks files.info when the event carries only a stub, then downloads", async () => {
    const pdf = await makePdf(["Riktlinje för stubbar i Testköping\n\nStubbar ska hanteras varsamt av kommunstyrelsen."]);
    const full = fileObject("F12345678", "riktlinje-stubbar.pdf", { size: pdf.length });
    t.slack.fileInfo.set("F12345678", full);
    t.slack.downloads.set(downloadPath(full), { bytes: pdf, contentType: "application/pdf" });

    const reply = await share({ id: "F12345678", mode: "file_access", file_access: "check_file_info", created: 0, timestamp: 0, user: "" });

    expect(reply).toContain("är tillagt");
    expect(t.slack.callsTo("files.info").map((c) => c.args.file)).toEqual(["F12345678"]);
    expect(downloads().map((c) => c.name)).toEqual([downloadPath(full)]);
    expect(t.slack.calls.findIndex((c) => c.name === "files.info")).toBeLessThan(t.slack.calls.findIndex((c) => c.kind === "download"));
  });

  it("gives the reason for a password-protected PDF and leaves the corpus as it was", async () => {
    const pdf = await makePdf(["Hemlig plan"], { userPassword: "hemligt" });
    const file = fileObject("F0SECRET01", "hemlig-plan.pdf", { size: pdf.length });
    t.slack.downloads.set(downloadPath(file), { bytes: pdf, contentType: "application/pdf" });
    const before = corpusFiles();
    const documentsBefore = t.runtime.engine.documents().length;

    const reply = await share(file);

    expect(reply).toBe(
      ":x: *hemlig-plan.pdf*: password-protected — remove the password (or export an unprotected copy) and add it again. Ingenting ändrades.",
    );
    expect(corpusFiles()).toEqual(before);
    expect(t.runtime.engine.documents()).toHaveLength(documentsBefore);
  });

  it("refuses a file over MAX_FILE_MB before downloading it", async () => {
    const reply = await share(fileObject("F0HUGE0001", "stor-plan.pdf", { size: 5 * 1024 * 1024 }));
    expect(reply).toBe(":x: *stor-plan.pdf*: too large (5 MB; the limit is 1 MB, set MAX_FILE_MB to change it). Ingenting ändrades.");
    expect(downloads()).toHaveLength(0);
  });

  it("refuses a format it cannot read before downloading it", async () => {
    const reply = await share(fileObject("F0SHEET001", "budget.xlsx", { size: 2000, mimetype: "application/vnd.ms-excel", filetype: "xlsx" }));
    expect(reply).toBe(":x: *budget.xlsx*: is not a supported format: use PDF, DOCX, TXT or Markdown. Ingenting ändrades.");
    expect(downloads()).toHaveLength(0);
  });
});

describe("anyone else's upload", () => {
  it("is refused politely, and the file is neither looked up nor downloaded", async () => {
    const file = fileObject("F0STRANGER", "min-policy.pdf", { size: 1000 });
    const reply = await share(file, "U0NOTCOORD");
    expect(reply).toBe("Bara styrdoks samordnare kan lägga till dokument, så jag har inte hämtat filen. Be en samordnare att lägga till den.");
    expect(t.slack.callsTo("files.info")).toHaveLength(0);
    expect(downloads()).toHaveLength(0);
  });
});
