import { describe, expect, it } from "vitest";
import { asksAcrossMunicipalities } from "../../../src/answer/grouped";

describe("asksAcrossMunicipalities", () => {
  it("reads a comparison as one across municipalities only when it compares municipalities", () => {
    for (const q of ["how do the municipalities differ on twin towns?", "hur skiljer sig kommunerna åt när det gäller vänorter?", "jämför kommunernas strategier", "compare the councils on EU funding", "vilka kommuner nämner Agenda 2030?"]) {
      expect(asksAcrossMunicipalities(q, 0), q).toBe(true);
    }
    for (const q of ["vad är skillnaden mellan god man och förvaltare?", "what's the difference between a trustee and an administrator?", "hur många fartyg fick stöd 2010 jämfört med 2012?", "vad skiljer regelbunden från tillfällig förekomst?", "hur skiljer sig avgiften i kommunen från förra året?"]) {
      expect(asksAcrossMunicipalities(q, 0), q).toBe(false);
    }
  });

  it("reads a question naming two municipalities as one across them, whatever it asks", () => {
    expect(asksAcrossMunicipalities("vad säger Umeå och Växjö om EU-projekt?", 2)).toBe(true);
    expect(asksAcrossMunicipalities("what does Växjö say about EU projects?", 1)).toBe(false);
  });
});
