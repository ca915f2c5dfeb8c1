import { afterEach, describe, expect, it } from "vitest";
import { documentRegister } from "../../../src/answer/register";
import { askedFields, askedOfDocument, metadataAnswer } from "../../../src/answer/metadata-answer";
import { tempRuntime, type TempRuntime } from "../../helpers/runtime";

let runtime: TempRuntime | undefined;
afterEach(() => runtime?.cleanup());

describe("document register", () => {
  it("gives each corpus document its status from its own text", async () => {
    runtime = await tempRuntime({ indexed: true });
    const register = documentRegister(runtime.engine.documents(), "2026-11-23");
    const byMunicipality = Object.fromEntries(register.map((r) => [r.municipality, r]));
    expect(byMunicipality["Örnsköldsvik"]).toMatchObject({ status: "past-revision", validUntil: "2020-12-31", adoptedBy: "Kommunstyrelsen" });
    expect(byMunicipality["Gävle"]).toMatchObject({ status: "past-revision", validUntil: "2020-12-31" });
    expect(byMunicipality["Växjö"]).toMatchObject({ status: "current", revision: "tillsvidare", adoptedOn: "2013-10-15" });
    expect(byMunicipality["Upplands Väsby"]).toMatchObject({ status: "undated" });
    expect(register.map((r) => r.municipality)).toEqual(["Gävle", "Umeå", "Upplands Väsby", "Växjö", "Örnsköldsvik"]);
  });

  it("marks a document replaced by a newer one in the corpus that names its diarienummer", async () => {
    runtime = await tempRuntime({
      copyCorpus: false,
      files: {
        "old.txt": "Riktlinje för resor\n\nDiarienummer: KS 2015:12\nBeslutad av: Kommunstyrelsen\n\nResor ska ske med tåg.\n",
        "new.txt": "Riktlinje för resor 2024\n\nDiarienummer: KS 2024:7\nErsätter: Riktlinje för resor, KS 2015:12\n\nResor ska ske med tåg eller buss.\n",
      },
      indexed: true,
    });
    const register = documentRegister(runtime.engine.documents(), "2026-01-01");
    expect(register.find((r) => r.id === "old")).toMatchObject({ status: "replaced", replacedBy: "new" });
    expect(register.find((r) => r.id === "new")!.status).not.toBe("replaced");
  });
});

describe("metadata answers", () => {
  it("recognises what a question asks about a document", () => {
    expect(askedFields("när antogs Växjös strategi och vad ersatte den?")).toEqual(["adoptedOn", "replaces"]);
    expect(askedFields("who owns the strategy document?")).toEqual(["owner"]);
    expect(askedFields("vilket dnr har riktlinjen?")).toEqual(["diarienummer"]);
    expect(askedFields("when is the programme up for revision?")).toEqual(["validity"]);
    expect(askedFields("vad säger strategin om vänorter?")).toEqual([]);
    expect(askedFields("who adopted the policy?")).toEqual(["adoptedBy"]);
    expect(askedFields("vem antog riktlinjen?")).toEqual(["adoptedBy"]);
    expect(askedFields("nar antogs Vaxjos strategi?")).toEqual(["adoptedOn"]);
    expect(askedFields("What date was Sundsvall's guideline adopted?")).toEqual(["adoptedOn"]);
    expect(askedFields("vilket datum blev riktlinjen antagen?")).toEqual(["adoptedOn"]);
    expect(askedFields("what date does the plan give for the next meeting?")).toEqual([]);
  });

  it("takes the words as asked of a document only when the question names or points back to one", () => {
    expect(askedOfDocument("how much vehicle debt does the owner need before the car is towed?")).toEqual({ fields: [], named: false });
    expect(askedOfDocument("hur länge gäller bostadsbidraget?")).toEqual({ fields: [], named: false });
    expect(askedOfDocument("vem är dokumentägare för Örnsköldsviks strategi?")).toEqual({ fields: ["owner"], named: true });
    expect(askedOfDocument("when does Upplands Väsby's international policy expire?")).toEqual({ fields: ["validity"], named: true });
    expect(askedOfDocument("och när antogs den?")).toEqual({ fields: ["adoptedOn"], named: false });
    expect(askedOfDocument("vilket dnr har ärendet?")).toEqual({ fields: ["diarienummer"], named: false });
  });

  it("leaves questions about who decides a matter to the document's text", () => {
    expect(askedFields("who decides on the state grant for preparedness?")).toEqual([]);
    expect(askedFields("vem beslutar om bistånd till boendestöd?")).toEqual([]);
    // "Who approves publishing" asks about a step the guideline sets; "who approves the guideline" about the document.
    expect(askedFields("the open source guideline from Försäkringskassan – who approves publishing?")).toEqual([]);
    expect(askedFields("who approves the guideline?")).toEqual(["adoptedBy"]);
    expect(askedFields("who approved the open source guideline?")).toEqual(["adoptedBy"]);
  });

  it("cites the header line that states each fact and says what is not stated", async () => {
    runtime = await tempRuntime({ indexed: true });
    const index = runtime.engine.index();
    const umea = index.manifest.documents.find((d) => d.metadata.municipality === "Umeå")!;
    const answer = metadataAnswer(index, [umea], ["adoptedOn", "adoptedBy"], "när antogs programmet och av vem?", "sv", "2026-11-23");
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain("antagen: anges inte i dokumentet");
    expect(answer.answer).toContain("antagen av: Kommunfullmäktige [1]");
    expect(answer.citations[0]!.quote).toBe("Programmet antas av kommunfullmäktige.");
    expect(index.texts[umea.id]).toContain(answer.citations[0]!.quote);
  });

  it("abstains when no document states what is asked", async () => {
    runtime = await tempRuntime({ indexed: true });
    const index = runtime.engine.index();
    const vasby = index.manifest.documents.find((d) => d.metadata.municipality === "Upplands Väsby")!;
    const answer = metadataAnswer(index, [vasby], ["validity"], "when does the policy expire?", "en", "2026-11-23");
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toContain("validity and revision: not stated in the document");
    expect(answer.citations).toEqual([]);
  });
});
