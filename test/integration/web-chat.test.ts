/**
 * The web chat in a real browser: Debian's Chromium driven by playwright-core, against the real
 * server over the real corpus. Skipped (with the reason in its name) only when Chromium is absent;
 * .ci/run installs it.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestWebServer, type TestWebServer } from "../helpers/web";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`web-chat browser test skipped: ${CHROMIUM} not found. Install it with: apt-get install -y chromium`);
const title = hasChromium ? "the web chat in Chromium" : `the web chat in Chromium — SKIPPED: ${CHROMIUM} not found (apt-get install -y chromium)`;

/** Headless and quiet: without the background-networking flags Chromium keeps calling home. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

describe.skipIf(!hasChromium)(title, () => {
  let web: TestWebServer;
  let profile: string;
  let browser: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    web = await startTestWebServer();
    profile = mkdtempSync(path.join(tmpdir(), "styrdok-chromium-"));
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, locale: "en-US" });
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  beforeEach(async () => {
    problems = [];
    page = await browser.newPage();
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => void (message.type() === "error" && problems.push(`console error: ${message.text()}`)));
    page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
    await page.goto(web.url);
  });

  afterEach(async () => {
    await page.close();
    expect(problems).toEqual([]);
  });

  const lastTurn = () => page.locator("#conversation article.turn").last();

  async function send(question: string): Promise<void> {
    const box = page.getByRole("textbox", { name: /Your question|Din fråga/ });
    await box.fill(question);
    await box.press("Enter");
    await page.locator("#conversation article.turn:not(.pending)").last().waitFor();
  }

  it("answers a question sent with Enter with quotes from Växjö's strategy and its kommunstyrelsen passage", async () => {
    await send("who follows up international work in Växjö?");
    const turn = lastTurn();
    expect(await turn.locator("h3.question").textContent()).toBe("Question: who follows up international work in Växjö?");
    const sources = await turn.locator(".citation .source").allInnerTexts();
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(/^Internationell strategi för Växjö kommun · Växjö · /);
    const quotes = await turn.locator(".citation blockquote").allInnerTexts();
    for (const quote of quotes) expect(await turn.locator(".answer-text").innerText()).toContain(quote);
    await turn.locator("details.passages summary").click();
    expect(await turn.innerText()).toContain("Uppföljning av strategin skall göras av kommunstyrelsen minst en gång per mandatperiod");
    expect(await page.getByRole("textbox", { name: "Your question" }).inputValue()).toBe("");
  });

  it("asks an example question on click, switches to its language, and keeps the conversation for a follow-up", async () => {
    await page.getByRole("button", { name: "Vilka mål har Gävle för det internationella arbetet?" }).click();
    await page.locator("#conversation article.turn:not(.pending)").waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("sv");
    expect(await page.locator('label[for="question"]').innerText()).toBe("Din fråga");
    const first = lastTurn();
    for (const source of await first.locator(".citation .source").allInnerTexts()) expect(source).toMatch(/· Gävle · /);
    expect(await first.locator(".warnings").innerText()).toContain("skulle revideras senast 2020-12-31");

    await send("och i Umeå?");
    const followUp = lastTurn();
    expect(await followUp.locator(".understood").innerText()).toBe("Tolkad som: Vilka mål har Umeå för det internationella arbetet?");
    for (const source of await followUp.locator(".citation .source").allInnerTexts()) expect(source).toMatch(/· Umeå · /);

    await page.getByRole("button", { name: "Ny konversation" }).click();
    expect(await page.locator("#conversation article").count()).toBe(0);
  });

  it("lists the five documents of the register with their status", async () => {
    const documents = page.locator("#documents .document");
    expect(await documents.count()).toBe(5);
    const text = await page.locator("#documents").innerText();
    for (const name of ["Gävle", "Umeå", "Upplands Väsby", "Växjö", "Örnsköldsvik"]) expect(text).toContain(name);
    expect(await documents.filter({ hasText: "Internationell strategi för Växjö kommun" }).innerText()).toContain("KS/2012:935");
    expect(await documents.filter({ hasText: "Gävle" }).locator(".status").innerText()).toBe("Past its revision date");
  });

  it("asks for a question instead of sending an empty one", async () => {
    await page.getByRole("textbox", { name: "Your question" }).press("Enter");
    expect(await page.getByRole("status").innerText()).toBe("Type a question first.");
    expect(await page.locator("#conversation article").count()).toBe(0);
  });

  it("fits a phone's width without sideways scrolling", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await send("who follows up international work in Växjö?");
    // A string, because the tests are type-checked without the DOM library.
    const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
