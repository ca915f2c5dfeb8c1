import { describe, expect, it } from "vitest";
import { documentsMessage, type DocumentSummary } from "../../../../src/slack/blocks/documents";

function doc(extra: Partial<DocumentSummary>): DocumentSummary {
  return { title: "T", municipality: null, type: null, adoptedBy: null, adoptedOn: null, validUntil: null, revision: null, sourceUrl: null, status: "current", ...extra };
}

const docs: DocumentSummary[] = [
  doc({ title: "Inriktning internationellt arbete 2018-2020", municipality: "Gävle", type: "inriktning", adoptedBy: "Kommunstyrelsen", validUntil: "2020-12-31", status: "past-revision" }),
  doc({ title: "Internationell strategi för Växjö kommun", municipality: "Växjö", type: "strategi", adoptedBy: "Kommunfullmäktige", adoptedOn: "2013-10-15", revision: "tillsvidare" }),
  doc({ title: "Internationellt program för Umeå kommun", municipality: "Umeå", type: "program", revision: "i början av varje mandatperiod", sourceUrl: "https://www.umea.se/internationellt" }),
  doc({ title: "Riktlinje för <test> & prov", validUntil: "2030-06-30" }),
];

describe("documentsMessage", () => {
  it("lists the documents by issuer with type, adoption and revision, flagging passed revision dates", () => {
    expect(documentsMessage(docs, "sv")).toEqual({
      text: "4 styrdokument från 4 utgivare: Gävle, Okänd utgivare, Umeå, Växjö",
      blocks: [
        { type: "section", text: { type: "mrkdwn", text: "*4 styrdokument* från 4 utgivare" } },
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: "*Gävle*\n• *Inriktning internationellt arbete 2018-2020* · inriktning · antagen av Kommunstyrelsen · gäller till 2020-12-31 :warning: revisionsdatumet har passerat",
          },
        },
        { type: "section", text: { type: "mrkdwn", text: "*Okänd utgivare*\n• *Riktlinje för &lt;test&gt; &amp; prov* · gäller till 2030-06-30" } },
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: "*Umeå*\n• *<https://www.umea.se/internationellt|Internationellt program för Umeå kommun>* · program · revideras i början av varje mandatperiod",
          },
        },
        {
          type: "section",
          text: { type: "mrkdwn", text: "*Växjö*\n• *Internationell strategi för Växjö kommun* · strategi · antagen 2013-10-15 av Kommunfullmäktige · revideras tillsvidare" },
        },
      ],
    });
  });

  it("speaks English when asked in English", () => {
    const { blocks } = documentsMessage(docs.slice(0, 1), "en");
    expect(blocks).toEqual([
      { type: "section", text: { type: "mrkdwn", text: "*1 governing document* from 1 issuer" } },
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: "*Gävle*\n• *Inriktning internationellt arbete 2018-2020* · inriktning · adopted by Kommunstyrelsen · valid until 2020-12-31 :warning: past its revision date",
        },
      },
    ]);
  });

  it("says how to add documents when there are none", () => {
    expect(documentsMessage([], "sv").blocks).toEqual([
      {
        type: "section",
        text: { type: "mrkdwn", text: "Inga styrdokument är indexerade ännu. En samordnare kan lägga till dokument genom att dela en fil med mig i ett direktmeddelande." },
      },
    ]);
  });

  it("keeps a long list within 50 blocks of at most 3,000 characters", () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      doc({ title: `Riktlinje nummer ${i} för en lång rad olika verksamheter i kommunen`, municipality: `Kommun ${String(i % 120).padStart(3, "0")}`, type: "riktlinje" }),
    );
    const { blocks } = documentsMessage(many, "sv");
    expect(blocks).toHaveLength(50);
    expect(blocks.at(-1)).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "… och 72 avsnitt till som inte ryms i ett meddelande." }] });
    for (const block of blocks) expect(JSON.stringify(block).length).toBeLessThan(3200);
  });
});

describe("documentsMessage statuses", () => {
  it("flags a document replaced by a newer one", () => {
    const { blocks } = documentsMessage([doc({ title: "Riktlinje för resor", municipality: "Exempelby", status: "replaced" })], "sv");
    expect(blocks[1]).toEqual({ type: "section", text: { type: "mrkdwn", text: "*Exempelby*\n• *Riktlinje för resor* · :warning: ersatt av ett nyare dokument" } });
  });
});
