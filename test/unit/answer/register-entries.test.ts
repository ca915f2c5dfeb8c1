import { describe, expect, it } from "vitest";
import type { DocumentMetadata } from "../../../src/domain";
import type { DocumentEntry } from "../../../src/index/store";
import { documentRegister, isPastRevision, registerMunicipalities } from "../../../src/answer/register";

function entry(id: string, metadata: Partial<DocumentMetadata>): DocumentEntry {
  return {
    id,
    source: `/srv/styrdok/corpus/${id}.txt`,
    hash: "h",
    sidecarHash: null,
    bytes: 10,
    mtimeMs: 0,
    format: "text",
    metadata: {
      title: id,
      municipality: null,
      type: null,
      adoptedBy: null,
      adoptedOn: null,
      validUntil: null,
      revision: null,
      diarienummer: null,
      replaces: null,
      owner: null,
      sourceUrl: null,
      evidence: {},
      ...metadata,
    },
    pages: [],
    warnings: [],
    firstChunk: 0,
    chunkCount: 7,
  };
}

describe("isPastRevision", () => {
  it("is true only after the last day the document is valid", () => {
    expect(isPastRevision("2020-12-31", "2021-01-01")).toBe(true);
    expect(isPastRevision("2020-12-31", "2020-12-31")).toBe(false);
    expect(isPastRevision("2020", "2020-06-01")).toBe(false);
    expect(isPastRevision("2020", "2021-01-01")).toBe(true);
    expect(isPastRevision("2020-06", "2020-06-30")).toBe(false);
    expect(isPastRevision(null, "2021-01-01")).toBe(false);
  });
});

describe("documentRegister", () => {
  it("lists metadata, file name and status by municipality and title, without server paths", () => {
    const register = documentRegister(
      [
        entry("vaxjo", { title: "Strategi", municipality: "Växjö", type: "strategi", adoptedBy: "Kommunfullmäktige", adoptedOn: "2013-10-15", revision: "tillsvidare" }),
        entry("gavle", { title: "Inriktning", municipality: "Gävle", validUntil: "2020-12-31" }),
        entry("orebro", { title: "Program", municipality: "Örebro", validUntil: "2030-12-31" }),
      ],
      "2026-01-01",
    );
    expect(register.map((d) => [d.municipality, d.status])).toEqual([
      ["Gävle", "past-revision"],
      ["Växjö", "current"],
      ["Örebro", "current"],
    ]);
    expect(register[1]).toEqual({
      id: "vaxjo",
      file: "vaxjo.txt",
      title: "Strategi",
      municipality: "Växjö",
      type: "strategi",
      adoptedBy: "Kommunfullmäktige",
      adoptedOn: "2013-10-15",
      validUntil: null,
      revision: "tillsvidare",
      diarienummer: null,
      replaces: null,
      owner: null,
      sourceUrl: null,
      format: "text",
      passages: 7,
      status: "current",
      replacedBy: null,
    });
    expect(JSON.stringify(register)).not.toContain("/srv/");
    expect(registerMunicipalities(register)).toEqual(["Gävle", "Växjö", "Örebro"]);
  });
});
