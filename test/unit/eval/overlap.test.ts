import { afterEach, describe, expect, it } from "vitest";
import { answerOverlap } from "../../../src/eval/overlap";
import { indexedDocuments, type TempRuntime } from "../../helpers/runtime";

let runtime: TempRuntime | undefined;
afterEach(() => runtime?.cleanup());

describe("how much of a question its answering passage covers", () => {
  it("is high when the passage holds the question's words, low when it holds none, null when no passage holds the quote", async () => {
    runtime = await indexedDocuments({
      "stod.txt": "Riktlinje för föreningsstöd i Exempelby\n\nAnsökan\n\nAnsökan om föreningsstöd lämnas till kultur- och fritidsförvaltningen senast den 1 mars.\n",
      "avfall.txt": "Avfallsplan för Exempelby\n\nSortering\n\nHushållen ska sortera matavfall och förpackningar vid återvinningscentralen.\n",
    });
    const overlap = async (question: string, quote: string) => {
      const { index, query } = await runtime!.engine.retrieve(question);
      return answerOverlap(index, runtime!.engine.kit, query, quote);
    };
    const quote = "Ansökan om föreningsstöd lämnas till kultur- och fritidsförvaltningen senast den 1 mars.";
    const inItsWords = (await overlap("när ska ansökan om föreningsstöd lämnas?", quote))!;
    // Read from the passage that holds the quote, not from the one the search puts first.
    const inNone = (await overlap("hur ska hushållen sortera matavfall?", quote))!;
    expect(inItsWords).toBeGreaterThan(0.6);
    expect(inNone).toBeLessThan(0.1);
    expect(await overlap("när ska ansökan om föreningsstöd lämnas?", "En mening som inte står i något dokument här.")).toBeNull();
  });
});
