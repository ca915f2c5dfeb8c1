import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../src/language/detect";

describe("detectLanguage", () => {
  it.each([
    "who follows up international work in Växjö?",
    "Vaxjo strategy – how long is it valid?",
    "what about Umeå?",
    "when was the climate strategy in Malmö adopted?",
    "does Göteborg have a procurement policy?",
    "Which committee is responsible for elderly care in Örebro?",
    "is there an action plan for Agenda 2030 in Luleå?",
    "list the focus areas",
    "how is the budget followed up?",
    "who approves the guidelines for social media?",
    "Lund's waste plan – when does it expire?",
    "summarise the environmental programme",
    "Upplands Väsby twin towns?",
    "EU funding in Gävle",
    "Skellefteå sister cities",
    "how does Försäkringskassan assess sickness?",
    "What does Integritetsskyddsmyndigheten say about cameras?",
  ])("English: %s", (question) => {
    expect(detectLanguage(question)).toBe("en");
  });

  it.each([
    "vem ansvarar för uppföljningen?",
    "vad säger Gävle om EU-projekt?",
    "och i Gävle?",
    "när antogs strategin?",
    "hur länge gäller policyn i Umeå?",
    "vilka nämnder berörs?",
    "finns det en handlingsplan för äldreomsorgen?",
    "Vem beslutar om budgeten i Malmö stad?",
    "vad är syftet med programmet",
    "Växjö kommun klimatstrategi",
    "ge exempel på åtgärder",
    "ska alla förvaltningar ha en plan?",
    "vanorter i Umea",
    "hur foljs arbetet upp i Gavle",
    "Umeå vänorter",
    "kompetensutveckling för chefer i Borås",
    "extern finansiering – vem söker?",
    "vad kräver FK av arbetsgivaren?",
    "LSS i Umeå",
    "GDPR samtycke",
  ])("Swedish: %s", (question) => {
    expect(detectLanguage(question)).toBe("sv");
  });

  it("says Swedish when there is no evidence either way", () => {
    expect(detectLanguage("Gävle")).toBe("sv");
    expect(detectLanguage("")).toBe("sv");
    expect(detectLanguage("2018-2020")).toBe("sv");
  });
});
