import { describe, expect, it } from "vitest";
import { blockQuote, escapeMrkdwn, link, plainQuestion, truncate } from "../../../src/slack/mrkdwn";

describe("escapeMrkdwn", () => {
  it("escapes Slack's three control characters and nothing else", () => {
    expect(escapeMrkdwn("A & B <!channel> > *fet* _kursiv_")).toBe("A &amp; B &lt;!channel&gt; &gt; *fet* _kursiv_");
  });
});

describe("link", () => {
  it("links http(s) URLs, escaping the label and the URL's delimiters", () => {
    expect(link("https://x.se/a?b=1&c=2", "Plan | del <1>")).toBe("<https://x.se/a?b=1&amp;c=2|Plan ¦ del &lt;1&gt;>");
    expect(link("https://x.se/a b>c", "Plan")).toBe("<https://x.se/a%20b%3Ec|Plan>");
  });

  it("gives the label alone without a URL, or for a URL that is not http(s)", () => {
    expect(link(null, "Plan & program")).toBe("Plan &amp; program");
    expect(link("javascript:alert(1)", "Plan")).toBe("Plan");
  });
});

describe("truncate and blockQuote", () => {
  it("cuts with an ellipsis, never inside an escape", () => {
    expect(truncate("abcdef", 6)).toBe("abcdef");
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("ab &amp; cd", 7)).toBe("ab…");
  });

  it("quotes every non-empty line", () => {
    expect(blockQuote("rad ett\n\n  rad två  \n")).toBe(">rad ett\n>rad två");
  });
});

describe("plainQuestion", () => {
  it("removes the bot's mention and undoes escapes", () => {
    expect(plainQuestion("<@U0BOT> vem följer upp &lt;strategin&gt; &amp; planen i Växjö?", "U0BOT")).toBe("vem följer upp <strategin> & planen i Växjö?");
  });

  it("reduces mentions, channels, special mentions and links to their readable part", () => {
    const text = "<@U0BOT> fråga från <@U043H11ES4V|jadel> i <#C043YJGBY49|general> <!here>: vad säger <https://www.umea.se/x|Umeås program> och <https://gavle.se>?";
    expect(plainQuestion(text, "U0BOT")).toBe("fråga från @jadel i #general @here: vad säger Umeås program och https://gavle.se?");
  });

  it("drops mentions of other users without a name", () => {
    expect(plainQuestion("<@W111> Hi there!", "U0BOT")).toBe("Hi there!");
  });
});
