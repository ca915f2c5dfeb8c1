/**
 * Questions about the documents themselves — when adopted and by whom, what they replace, who owns
 * them, their diarienummer, how long they are valid, where to find them — answered from the
 * extracted metadata, each fact cited by the header line or sentence that states it. What a
 * document does not state is said to be not stated, never guessed.
 */
import { questionPattern, type QuestionPattern } from "../language/regex";
import { dataFileLines } from "../data-file";
import type { Answer, Citation, Evidence, Language, MetadataField } from "../domain";
import type { DocumentEntry, LoadedIndex } from "../index/store";
import { sectionLabel } from "./extractive";
import { documentWarnings } from "./warnings";

export type AskedField = "adoptedOn" | "adoptedBy" | "replaces" | "owner" | "diarienummer" | "validity" | "sourceUrl";

const LINES = dataFileLines(new URL("./data/metadata-questions.tsv", import.meta.url)).map((line) => {
  const [name, pattern] = line.split("\t");
  return { name: name!, pattern: questionPattern(pattern!) };
});
const REFERENCES = new Set(["document", "pronoun"]);
const PATTERNS = LINES.filter((l) => !REFERENCES.has(l.name)).map((l) => ({ field: l.name as AskedField, pattern: l.pattern }));
const reference = (name: string) => LINES.find((l) => l.name === name)!.pattern;
const NAMES_DOCUMENT = reference("document");
const POINTS_BACK = reference("pronoun");

/** The metadata fields a question asks for, whatever it asks them of. */
export function askedFields(question: string): AskedField[] {
  return PATTERNS.filter(({ pattern }) => pattern.test(question)).map(({ field }) => field);
}

/**
 * The metadata fields a question asks of a document, and whether it names the document's kind or
 * only points back to one ("när antogs den?"); a reference number is always a document's. When it
 * names neither, the words are about something in the documents and no field is asked. Where to
 * find something is asked of a document only when the question names one: "where can I find it?"
 * after "does Sundsvall publish its code?" asks where the code is.
 */
export function askedOfDocument(question: string): { fields: AskedField[]; named: boolean } {
  const fields = askedFields(question);
  const named = NAMES_DOCUMENT.test(question);
  if (named) return { fields, named };
  if (POINTS_BACK.test(question)) return { fields: fields.filter((f) => f !== "sourceUrl"), named };
  return { fields: fields.filter((f) => f === "diarienummer"), named: false };
}

const LABELS: Record<Language, Record<MetadataField | "validity", string>> = {
  sv: { adoptedOn: "antagen", adoptedBy: "antagen av", replaces: "ersätter", owner: "dokumentägare", diarienummer: "diarienummer", validUntil: "gäller till / revideras senast", revision: "revidering", validity: "giltighet och revidering", title: "titel", municipality: "kommun", type: "typ", sourceUrl: "länk" },
  en: { adoptedOn: "adopted", adoptedBy: "adopted by", replaces: "replaces", owner: "document owner", diarienummer: "reference number (dnr)", validUntil: "valid until / due for revision", revision: "revision", validity: "validity and revision", title: "title", municipality: "municipality", type: "type", sourceUrl: "link" },
};

const NOT_STATED: Record<Language, (field: string) => string> = {
  sv: (field) => `${field}: anges inte i dokumentet`,
  en: (field) => `${field}: not stated in the document`,
};

/** A document's web address is known from the document or its sidecar, or not at all. */
const NO_LINK: Record<Language, string> = {
  sv: "länk: jag har ingen länk till dokumentet, bara filen",
  en: "link: I have no link to the document, only the file",
};

/** The metadata fields that answer an asked field. */
function fieldsFor(asked: AskedField): MetadataField[] {
  return asked === "validity" ? ["validUntil", "revision"] : [asked];
}

interface Fact {
  doc: DocumentEntry;
  field: MetadataField | "validity";
  value: string | null;
  evidence: Evidence | undefined;
}

function factsOf(doc: DocumentEntry, asked: AskedField[]): Fact[] {
  const facts: Fact[] = [];
  for (const a of asked) {
    const present = fieldsFor(a).filter((f) => doc.metadata[f as keyof typeof doc.metadata]);
    if (!present.length) facts.push({ doc, field: a, value: null, evidence: undefined });
    for (const f of present) facts.push({ doc, field: f, value: String(doc.metadata[f as keyof typeof doc.metadata]), evidence: doc.metadata.evidence[f] });
  }
  return facts;
}

function citationForEvidence(index: LoadedIndex, doc: DocumentEntry, evidence: Evidence, n: number): Citation {
  const chunks = index.chunks.slice(doc.firstChunk, doc.firstChunk + doc.chunkCount);
  const chunk = chunks.find((c) => c.start <= evidence.start && evidence.start < c.end) ?? chunks[0];
  return {
    n,
    docId: doc.id,
    title: doc.metadata.title,
    municipality: doc.metadata.municipality,
    section: chunk ? sectionLabel(chunk.section) : "",
    page: chunk?.page ?? null,
    quote: index.texts[doc.id]!.slice(evidence.start, evidence.end),
    sourceUrl: doc.metadata.sourceUrl,
  };
}

/**
 * An answer about `docs` for the asked fields. When none of the documents states any of them, the
 * answer says so and is an abstention.
 */
export function metadataAnswer(index: LoadedIndex, docs: DocumentEntry[], asked: AskedField[], question: string, language: Language, today: string): Answer {
  const facts = docs.flatMap((doc) => factsOf(doc, asked));
  const citations: Citation[] = [];
  const numberOf = (doc: DocumentEntry, evidence: Evidence) => {
    const existing = citations.find((c) => c.docId === doc.id && c.quote === index.texts[doc.id]!.slice(evidence.start, evidence.end));
    if (existing) return existing.n;
    citations.push(citationForEvidence(index, doc, evidence, citations.length + 1));
    return citations.length;
  };
  const lines = docs.map((doc) => {
    const parts = facts
      .filter((f) => f.doc === doc)
      .map((f) => {
        const label = LABELS[language][f.field];
        if (!f.value) return f.field === "sourceUrl" ? NO_LINK[language] : NOT_STATED[language](label);
        return `${label}: ${f.value}${f.evidence ? ` [${numberOf(doc, f.evidence)}]` : ""}`;
      });
    const municipality = doc.metadata.municipality && !doc.metadata.title.includes(doc.metadata.municipality) ? ` (${doc.metadata.municipality})` : "";
    return `${doc.metadata.title}${municipality} – ${parts.join("; ")}.`;
  });
  return {
    question,
    language,
    abstained: !facts.some((f) => f.value),
    answer: lines.join("\n"),
    citations,
    passages: [],
    warnings: documentWarnings(docs, index.manifest.documents, language, today),
  };
}
