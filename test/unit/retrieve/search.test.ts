import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLanguageKit } from "../../../src/language/kit";
import { parseSearchWeights, search, type SearchOptions } from "../../../src/retrieve/search";
import { indexedDocuments, type TempRuntime } from "../../helpers/runtime";

let runtime: TempRuntime;

/**
 * Two documents with the same words, equally often, in passages of the same length: one says the
 * question's words in one sentence, the other scatters them over unrelated sentences. BM25 cannot
 * tell them apart.
 */
const filler = [
  "Parkerna sköts av tekniska förvaltningen under sommaren.",
  "Biblioteket har öppet på lördagar.",
  "Skolmaten lagas i kommunens egna kök.",
  "Vägarna plogas när snön faller.",
];

beforeAll(async () => {
  runtime = await indexedDocuments({
    "together.txt": `Riktlinje för verksamheten\n\nKulturnämnden följer upp vänortsarbetet varje år. ${filler.join(" ")}\n`,
    "scattered.txt": `Riktlinje för verksamheten\n\nKulturnämnden. ${filler[0]} Följer upp. ${filler[1]} ${filler[2]} ${filler[3]} Vänortsarbetet varje år.\n`,
  });
});

afterAll(() => runtime.cleanup());

/** A numbered section of a test document. */
const section = (n: number, title: string, text: string) => `${n} ${title}\n\n${text}`;

/** Runs `check` on a runtime that has indexed only `files`, and removes it afterwards. */
async function withDocuments(files: Record<string, string>, check: (runtime: TempRuntime) => Promise<void>): Promise<void> {
  const documents = await indexedDocuments(files);
  try {
    await check(documents);
  } finally {
    documents.cleanup();
  }
}

describe("search", () => {
  it("ranks first the passage that says the question's words together", async () => {
    const found = await runtime.engine.retrieve("vem följer upp vänortsarbetet?");
    const docs = found.hits.map((h) => found.index.chunks[h.ordinal]!.docId);
    expect(docs.slice(0, 2)).toEqual(["together", "scattered"]);
  });
});

describe("search and a table of contents", () => {
  it("ranks a section that answers above the table of contents that lists the titles asked about", async () => {
    await withDocuments(
      {
        "riktlinje.txt": [
          "Riktlinje för avgifter i Exempelby",
          "Innehållsförteckning",
          "1 Avgift för trygghetslarm\n2 Avgift för matlåda\n3 Avgift för hemtjänst\n4 Avgift för dagverksamhet",
          "Allmänt",
          "Avgifterna beslutas av kommunfullmäktige varje år och gäller från januari.",
          "1 Avgift för trygghetslarm",
          "Den som har larm betalar en fast summa varje månad, som beslutas av nämnden.",
          "2 Avgift för matlåda",
          "Matlådan kostar lika mycket som en lunch i skolans matsal.",
        ].join("\n\n"),
      },
      async (documents) => {
        const found = await documents.engine.retrieve("avgift för trygghetslarm och matlåda");
        const first = found.index.chunks[found.hits[0]!.ordinal]!;
        expect(first.section).not.toContain("Innehållsförteckning");
      },
    );
  });
});

describe("search across documents that share their words", () => {
  it("prefers, between two passages alike, the one whose document more of the question's passages come from", async () => {
    await withDocuments(
      {
        // Says it in a passage of its own, a little more briefly: BM25 would put it first.
        "anvisning.txt": ["Anvisning för personalen", section(1, "Larm", "Avgiften för trygghetslarm betalas varje månad."), section(2, "Nycklar", "Nycklar lämnas till enhetschefen.")].join("\n\n"),
        "hemtjanst.txt": [
          "Riktlinje för hemtjänsten",
          section(1, "Larm", "Avgiften för trygghetslarm betalas varje månad till kommunen."),
          section(2, "Installation", "Trygghetslarm installeras av larmcentralen, och installationen ingår i avgiften."),
          section(3, "Byte", "Ett trasigt trygghetslarm byts utan ny avgift."),
          section(4, "Uppsägning", "Avgiften för trygghetslarm upphör när larmet sägs upp."),
        ].join("\n\n"),
      },
      async (documents) => {
        const found = await documents.engine.retrieve("när betalas avgiften för trygghetslarm?");
        const [top] = found.hits.map((h) => found.index.chunks[h.ordinal]!);
        expect(top!.docId).toBe("hemtjanst");
        expect(top!.text).toContain("betalas varje månad");
      },
    );
  });
});

describe("search across a broad document and one about the question's subject", () => {
  it("prefers, between two passages alike, the one whose document is about the question's words throughout", async () => {
    const same = "Anhörigträffar är kostnadsfria och hålls varje månad.";
    await withDocuments(
      {
        // A broad document: the same passage among others on every kind of subject.
        "uppdrag.txt": [
          "Uppdragsbeskrivning för verksamheten",
          section(1, "Bibliotek", "Lån på biblioteket är kostnadsfria för alla invånare."),
          section(2, "Parkering", "Parkering vid kommunhuset är kostnadsfri på helger."),
          section(3, "Träffar", same),
          section(4, "Nycklar", "Nycklar lämnas till enhetschefen."),
          section(5, "Snöröjning", "Gångvägarna plogas före klockan sju."),
          section(6, "Sophämtning", "Soporna hämtas varannan vecka."),
        ].join("\n\n"),
        "anhorigstod.txt": [
          "Riktlinje för anhörigstöd",
          section(1, "Anhöriga", "Anhöriga som vårdar en närstående kan få stöd av kommunen."),
          section(2, "Träffar", same),
          section(3, "Samordnare", "Anhörigsamordnaren ordnar stödet till anhöriga."),
        ].join("\n\n"),
      },
      async (documents) => {
        const found = await documents.engine.retrieve("är anhörigträffarna gratis?");
        const [top] = found.hits.map((h) => found.index.chunks[h.ordinal]!);
        expect(top!.text).toContain(same);
        expect(top!.docId).toBe("anhorigstod");
      },
    );
  });
});

describe("search and a background section", () => {
  // The background says every word of the question; the rule says "äldre" in other words ("pensionärer"), and sets the fee.
  const files = {
    "riktlinje.txt": [
      "Riktlinje för trygghetslarm",
      section(1, "Bakgrund", "Nämnden har sett över avgiften för trygghetslarm, eftersom allt fler äldre har trygghetslarm."),
      section(2, "Avgift", "För pensionärer är avgiften för trygghetslarm 250 kronor per månad."),
      section(3, "Installation", "Larmet installeras av larmcentralen inom en vecka."),
    ].join("\n\n"),
  };

  it("ranks the section that sets a rule above the background that names its subject", async () => {
    await withDocuments(files, async (documents) => {
      const found = await documents.engine.retrieve("vilken avgift har äldre för trygghetslarm?");
      const first = found.index.chunks[found.hits[0]!.ordinal]!;
      expect(first.text).toContain("250 kronor");
    });
  });

  it("lets the background answer a question that asks why", async () => {
    await withDocuments(files, async (documents) => {
      const found = await documents.engine.retrieve("varför har nämnden sett över avgiften för trygghetslarm för äldre?");
      const first = found.index.chunks[found.hits[0]!.ordinal]!;
      expect(first.section.join(" ")).toContain("Bakgrund");
    });
  });
});

describe("search and a judgment", () => {
  it("ranks the court's reasons above the parties' claims that use the same words", async () => {
    await withDocuments(
      {
        "dom.txt": [
          "Arbetsdomstolens dom",
          "Yrkanden och inställning",
          // The claim says the question's words as asked; the court's reasons say most of them.
          "Förbundet har gjort gällande att arbetsgivaren inte får kräva läkarintyg från första dagen.",
          "Domskäl",
          "Ett krav på läkarintyg redan den första dagen saknar stöd i lag, och arbetsgivaren ska därför betala skadestånd.",
        ].join("\n\n"),
      },
      async (documents) => {
        const found = await documents.engine.retrieve("får arbetsgivaren kräva läkarintyg från första dagen?");
        const first = found.index.chunks[found.hits[0]!.ordinal]!;
        expect(first.section.join(" ")).toContain("Domskäl");
      },
    );
  });
});

describe("search weights", () => {
  it("ranks by the fused score alone when every re-scoring weight is 0", async () => {
    const found = await runtime.engine.retrieve("vem följer upp vänortsarbetet?");
    const kit = createLanguageKit();
    const order = (options: Partial<SearchOptions>) => search(found.index, kit, found.query, found.vector!, { k: 10, vectorWeight: 0.1, ...options }).map((h) => h.ordinal);
    const zero = { coverage: 0, phrase: 0, heading: 0, intent: 0, near: 0, document: 0, focus: 0 };
    // The features decide this question (see "search" above), so the fused order alone differs.
    expect(order({})).not.toEqual(order({ mode: "rrf" }));
    expect(order({ weights: zero })).toEqual(order({ mode: "rrf" }));
  });

  it("reads weights as name=value pairs and says which names there are", () => {
    expect(parseSearchWeights("near=0.03, vector=0.2")).toEqual({ near: 0.03, vector: 0.2 });
    expect(parseSearchWeights("")).toEqual({});
    expect(() => parseSearchWeights("nearness=1")).toThrow(/Unknown weight "nearness".*coverage, phrase, heading, intent, near, document, focus, vector/);
    expect(() => parseSearchWeights("near=-1")).toThrow(/near=-1 is not name=number/);
    expect(() => parseSearchWeights("near=")).toThrow(/not name=number/);
    expect(() => parseSearchWeights("near=1=2")).toThrow(/not name=number/);
  });
});
