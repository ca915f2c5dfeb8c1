import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempRuntime, type TempRuntime } from "../../helpers/runtime";

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
  runtime = await tempRuntime({
    copyCorpus: false,
    files: {
      "together.txt": `Riktlinje för verksamheten\n\nKulturnämnden följer upp vänortsarbetet varje år. ${filler.join(" ")}\n`,
      "scattered.txt": `Riktlinje för verksamheten\n\nKulturnämnden. ${filler[0]} Följer upp. ${filler[1]} ${filler[2]} ${filler[3]} Vänortsarbetet varje år.\n`,
    },
    indexed: true,
  });
});

afterAll(() => runtime.cleanup());

describe("search", () => {
  it("ranks first the passage that says the question's words together", async () => {
    const found = await runtime.engine.retrieve("vem följer upp vänortsarbetet?");
    const docs = found.hits.map((h) => found.index.chunks[h.ordinal]!.docId);
    expect(docs.slice(0, 2)).toEqual(["together", "scattered"]);
  });
});
