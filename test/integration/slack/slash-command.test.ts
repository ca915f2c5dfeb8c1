/** `/styrdok help | documents | reindex | <question>`, through the real Bolt app over signed HTTP. */
import { describe, expect, it, vi } from "vitest";
import { COORDINATOR, useTestBot } from "../../helpers/slack-bot";
import { slashCommand } from "../../helpers/slack-requests";
import { isResponseUrlPost } from "../../helpers/slack-stand-in";

const t = useTestBot();

interface Reply {
  text: string;
  blocks: { text?: { text: string } }[];
  response_type?: string;
  replace_original?: boolean;
}

async function command(text: string, user = "U043H11ES4V"): Promise<{ status: number; reply: Reply | null }> {
  const response = await t.send.command(slashCommand(text, { user, responseUrl: t.slack.responseUrl(`cmd-${Date.now()}`) }));
  return { status: response.status, reply: response.body ? (JSON.parse(response.body) as Reply) : null };
}

describe("/styrdok", () => {
  it("help: answers at once with how to use it", async () => {
    const { status, reply } = await command("help");
    expect(status).toBe(200);
    expect(reply!.text).toBe("styrdok answers questions about municipalities' governing documents – with verbatim quotes and where they stand.");
    expect(reply!.blocks[2]!.text!.text).toContain("`/styrdok reindex`");
  });

  it("with no text: the help, in Swedish", async () => {
    const { reply } = await command("");
    expect(reply!.blocks[0]!.text!.text).toBe("*styrdok svarar på frågor om kommunernas styrdokument* – med ordagranna citat och var de står.");
  });

  it("thanks: thanked back at once, nothing searched", async () => {
    const { reply } = await command("tack!");
    expect(reply!.text).toBe("Varsågod! Fråga gärna igen om det är något mer du undrar över i styrdokumenten.");
  });

  it("documents: lists the indexed documents with municipality, type, adoption and revision", async () => {
    const { reply } = await command("dokument");
    const texts = reply!.blocks.map((b) => b.text?.text ?? "");
    expect(texts[0]).toBe("*5 styrdokument* från 5 utgivare");
    expect(texts).toContain(
      "*Växjö*\n• *Internationell strategi för Växjö kommun* · strategi · antagen 2013-10-15 av Kommunfullmäktige · revideras tillsvidare",
    );
    expect(texts.join("\n")).toContain("gäller till 2020-12-31 :warning: revisionsdatumet har passerat");
  });

  it("a question: acknowledged at once, answered privately through response_url", async () => {
    const { status, reply } = await command("vem följer upp det internationella arbetet i Växjö?");
    expect(status).toBe(200);
    expect(reply!.text).toBe(":mag: Söker i styrdokumenten …");
    const [post] = await t.slack.waitFor(isResponseUrlPost);
    const body = post!.args as unknown as Reply;
    expect(body.response_type).toBe("ephemeral");
    expect(body.replace_original).toBe(true);
    expect(body.text).toContain("Nämnder och styrelser ansvarar");
    expect(t.slack.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("a slow question is still acknowledged within Slack's 3 seconds", async () => {
    const real = t.runtime.engine.ask.bind(t.runtime.engine);
    vi.spyOn(t.runtime.engine, "ask").mockImplementation(async (question, options) => {
      await new Promise((resolve) => setTimeout(resolve, 3500));
      return real(question, options);
    });
    const started = Date.now();
    const { status, reply } = await command("vem följer upp det internationella arbetet i Växjö?");
    expect(status).toBe(200);
    expect(reply!.text).toBe(":mag: Söker i styrdokumenten …");
    expect(Date.now() - started).toBeLessThan(1000);
    const [post] = await t.slack.waitFor(isResponseUrlPost);
    expect(String(post!.args.text)).toContain("Nämnder och styrelser ansvarar");
  });

  it("reindex by someone who is not a coordinator: refused, nothing reindexed", async () => {
    const reindex = vi.spyOn(t.runtime.engine, "reindex");
    const { reply } = await command("reindex");
    expect(reply!.text).toBe("Bara styrdoks samordnare kan indexera om dokumenten.");
    expect(reindex).not.toHaveBeenCalled();
  });

  it("reindex by a coordinator: reindexes and reports", async () => {
    const { reply } = await command("reindex", COORDINATOR);
    expect(reply!.text).toBe(":arrows_counterclockwise: Indexerar om styrdokumenten …");
    const [post] = await t.slack.waitFor(isResponseUrlPost);
    const body = post!.args as unknown as Reply;
    expect(body.text).toBe(
      "*Omindexering klar:* 0 tillagda, 0 uppdaterade, 0 borttagna, 0 misslyckade, 5 oförändrade. Indexet har 5 dokument.",
    );
    expect(body.replace_original).toBe(true);
  });
});
