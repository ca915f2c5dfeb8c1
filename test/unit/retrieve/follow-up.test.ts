import { describe, expect, it } from "vitest";
import { createLanguageKit } from "../../../src/language/kit";
import { standaloneQuestion } from "../../../src/retrieve/follow-up";

const kit = createLanguageKit();

describe("standaloneQuestion", () => {
  it("moves the earlier question to the municipality a short follow-up names", () => {
    expect(standaloneQuestion("och i Gävle?", "vem ansvarar för uppföljningen i Växjö?", kit)).toBe("vem ansvarar för uppföljningen i Gävle?");
    expect(standaloneQuestion("what about Umeå?", "who follows up international work in Växjö?", kit)).toBe("who follows up international work in Umeå?");
  });

  it("adds the municipality when the earlier question named none", () => {
    expect(standaloneQuestion("och Gävle?", "vilka mål har det internationella arbetet?", kit)).toBe("vilka mål har det internationella arbetet (Gävle)?");
  });

  it("continues the earlier question when the follow-up has one content word", () => {
    expect(standaloneQuestion("när antogs den?", "vad säger Växjös strategi om vänorter?", kit)).toBe("vad säger Växjös strategi om vänorter – när antogs den?");
  });

  it("continues the earlier question when a short follow-up opens with and, but, och, men", () => {
    expect(standaloneQuestion("and how fast must it be done?", "who signs a refusal to release documents?", kit)).toBe(
      "who signs a refusal to release documents – and how fast must it be done?",
    );
    expect(standaloneQuestion("men om brukaren säger nej då?", "får brukaren ha husdjur?", kit)).toBe("får brukaren ha husdjur – men om brukaren säger nej då?");
    // A longer one is a question of its own.
    expect(standaloneQuestion("och vilka regler gäller för gåvor från brukare till personalen?", "får brukaren ha husdjur?", kit)).toBe(
      "och vilka regler gäller för gåvor från brukare till personalen?",
    );
  });

  it("continues the earlier question when a short follow-up asks about something more", () => {
    expect(standaloneQuestion("what about medical checks?", "how long do we keep records of chemical exposure?", kit)).toBe(
      "how long do we keep records of chemical exposure – what about medical checks?",
    );
    expect(standaloneQuestion("gäller det även pengar?", "får personalen ta emot gåvor?", kit)).toBe("får personalen ta emot gåvor – gäller det även pengar?");
    expect(standaloneQuestion("hur är det med matlådor?", "vad kostar trygghetslarm?", kit)).toBe("vad kostar trygghetslarm – hur är det med matlådor?");
    // "vad gäller för …" asks a question of its own.
    expect(standaloneQuestion("vad gäller för parkering vid skolan?", "vad kostar trygghetslarm?", kit)).toBe("vad gäller för parkering vid skolan?");
  });

  it("continues a Swedish question in Swedish when the follow-up is in English", () => {
    expect(standaloneQuestion("what about meals?", "vad kostar trygghetslarm i Botkyrka?", kit)).toBe("vad kostar trygghetslarm i Botkyrka – måltid?");
    // An English follow-up to an English question stays as it is.
    expect(standaloneQuestion("what about meals?", "how much does a safety alarm cost?", kit)).toBe("how much does a safety alarm cost – what about meals?");
  });

  it("lets a full question inherit the earlier municipality, and leaves standalone questions alone", () => {
    expect(standaloneQuestion("vilka nätverk är kommunen med i?", "vad säger Umeå om vänorter?", kit)).toBe("vilka nätverk är kommunen med i (Umeå)?");
    expect(standaloneQuestion("vad säger Gävle om EU-projekt?", "vem följer upp arbetet i Växjö?", kit)).toBe("vad säger Gävle om EU-projekt?");
    expect(standaloneQuestion("vad säger Gävle om EU-projekt?", undefined, kit)).toBe("vad säger Gävle om EU-projekt?");
  });
});
