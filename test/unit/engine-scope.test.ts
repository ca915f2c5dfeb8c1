import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempRuntime, type TempRuntime } from "../helpers/runtime";

let runtime: TempRuntime;

beforeAll(async () => {
  runtime = await tempRuntime({
    copyCorpus: false,
    files: {
      "skatteverket-arkivering.txt":
        "Skatteverkets riktlinje för arkivering\n\nHandlingar ska arkiveras i myndighetens e-arkiv inom tre månader.\n\nGallring av handlingar sker enligt myndighetens gallringsbeslut.\n\nKommunstyrelsen följer upp arkivarbetet.\n",
      "umea-vanorter.txt": "Vänortsprogram för Umeå kommun\n\nNya vänortsavtal rapporteras till Skatteverket senast i mars varje år.\n\nKommunstyrelsen följer upp vänortsarbetet.\n",
    },
    indexed: true,
  });
});

afterAll(() => runtime.cleanup());

describe("a question naming an agency", () => {
  it("is answered from the agency's own documents when they answer it", async () => {
    const found = await runtime.engine.retrieve("hur länge får Skatteverket vänta med att arkivera handlingar?");
    const docs = new Set(found.hits.map((h) => found.index.chunks[h.ordinal]!.docId));
    expect(found.named).toEqual(["Skatteverket"]);
    expect([...docs]).toEqual(["skatteverket-arkivering"]);
  });

  it("searches every document when the agency's own do not answer: it may be what the text is about", async () => {
    const found = await runtime.engine.retrieve("när ska nya vänortsavtal rapporteras till Skatteverket?");
    expect(found.named).toEqual([]);
    expect(found.index.chunks[found.hits[0]!.ordinal]!.docId).toBe("umea-vanorter");
  });

  it("searches every document when another covers much more of the question than the agency's own, which do answer something", async () => {
    const found = await runtime.engine.retrieve("Skatteverket: vem följer upp vänortsarbetet?");
    expect(found.named).toEqual([]);
    expect(found.index.chunks[found.hits[0]!.ordinal]!.docId).toBe("umea-vanorter");
  });
});
