import { describe, expect, it } from "vitest";
import { isGarbledLine, looksGarbled } from "../../../../src/ingest/loaders/garbled";

const SWEDISH = [
  "Kommunfullmäktige beslutar att anta riktlinjerna för hantering av allmänna handlingar.",
  "Riktlinjerna gäller för samtliga nämnder och bolag i Växjö kommun och ska följas upp årligen.",
  "Varje förvaltning ansvarar för att personalen känner till reglerna om offentlighet och sekretess.",
  "Uppföljning av strategin skall göras av kommunstyrelsen i samband med årsredovisningen (SFS 2017:725).",
  "Den internationella strategin revideras varje mandatperiod; se https://www.vaxjo.se/strategi.",
  "Ansvarig: Åsa Öberg-Ström, kommunledningsförvaltningen, e-post asa.oberg@vaxjo.se",
].join("\n");
const ENGLISH =
  "The Copyright Office summary of the Digital Millennium Copyright Act explains the WIPO treaties.\n" +
  "JavaScript engines such as SpiderMonkey and TraceMonkey use trace-based compilation.";
const GERMAN =
  "Seien X, X1, X2 Hausdorff-Räume. Dann ist X1 × X2 hausdorffsch (vgl. Abbildung 1.4).\n" +
  "Die Geometrie und Topologie behandelt Stetigkeit, Zusammenhang und Kompaktheit.";
const CJK_AND_ARABIC = "我们都是黑体字\nわたくしといふ現象は\n침하게 흐린 품이 눈이 올 듯하더니\nاﻟﻌﺮﺑﻴﺔ اخلﻄﻮط اﻧﻮاع";

/** A font whose codes are offset by 0x1d, as in the Distiller PDFs of Swedish propositions. */
function misEncode(text: string, offset = -0x1d): string {
  return [...text].map((c) => (c === "\n" ? c : String.fromCharCode(Math.max(1, c.charCodeAt(0) + offset)))).join("");
}

describe("garbled text detection", () => {
  it("recognises a line of the real sample, a font encoding offset by 0x1d", () => {
    const line = "PHOODQ\u0003.RQXQJDULNHW\u00036YHULJHV\u0003UHJHULQJ\u0003RFK\u0003.RQXQJDULNHW\u0003'DQPDUNV";
    expect(misEncode("mellan Konungariket Sveriges regering och Konungariket Danmarks")).toBe(line);
    expect(isGarbledLine(line)).toBe(true);
  });

  it("flags Swedish prose under a shifted encoding", () => {
    expect(looksGarbled(misEncode(SWEDISH))).toBe(true);
  });

  it("flags shifted prose even when its spaces survived", () => {
    const shifted = misEncode(`${SWEDISH}\n${SWEDISH}\n${SWEDISH}`).replace(/\u0003/g, " ");
    expect(looksGarbled(shifted)).toBe(true);
  });

  it("flags a document where a few pages are garbled among normal ones", () => {
    const normal = Array.from({ length: 5 }, () => SWEDISH).join("\n");
    expect(looksGarbled(`${normal}\n${misEncode(SWEDISH)}`)).toBe(true);
  });

  it("accepts normal Swedish, English, German, math and non-Latin scripts", () => {
    for (const text of [SWEDISH, ENGLISH, GERMAN, CJK_AND_ARABIC, `${SWEDISH}\n${ENGLISH}\n${GERMAN}`.repeat(5)]) {
      expect(looksGarbled(text)).toBe(false);
    }
  });

  it("accepts a stray control character used as a hyphen in otherwise clean prose", () => {
    const text = `${SWEDISH}\nstatsbidrag till regioner för hälso\u0002och sjukvårdens beredskap`;
    expect(looksGarbled(text)).toBe(false);
  });

  it("does not judge lines too short to tell", () => {
    expect(isGarbledLine("Boende (VoB):")).toBe(false);
    expect(looksGarbled("")).toBe(false);
  });
});
