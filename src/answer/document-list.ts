/**
 * Questions about which governing documents there are, rather than what they say:
 * - "vilka dokument gäller för Växjö?", "which documents do you have?", "vilka riktlinjer har
 *   Botkyrka?" list the documents (of that kind, from the municipalities named), with their kind,
 *   when and by whom they were adopted, and whether they are past their revision date;
 * - "which documents mention Agenda 2030?", "vilka styrdokument tar upp EU-projekt?" ask for the
 *   documents that speak to a subject: a line per document, with the passage that does (grouped.ts).
 * Only the general words for documents take a subject: "vilka riktlinjer finns för gåvor?" asks
 * what the rules on gifts are, and is answered from the passages.
 */
import { dataFileLines } from "../data-file";
import type { Answer, DocumentType, Language, RankedPassage } from "../domain";
import type { LoadedIndex } from "../index/store";
import { foldDiacritics } from "../language/normalize";
import type { LanguageKit } from "../retrieve/kit";
import { listed } from "./abstain";
import { documentRegister, type RegisterEntry } from "./register";

type Role = "asks" | "document" | "municipalities" | "outdated" | "newest" | "filler" | "about" | DocumentType;

/** Each role's forms as word sequences, longest first, so "tar upp" is matched before "tar". */
const FORMS: ReadonlyMap<Role, string[][]> = new Map(
  dataFileLines(new URL("./data/document-list.tsv", import.meta.url)).map((line) => {
    const [role, forms] = line.split("\t");
    const words = forms!.split("|").map((form) => foldDiacritics(form.trim()).split(/\s+/));
    return [role as Role, words.sort((a, b) => b.length - a.length)];
  }),
);

const KINDS = [...FORMS.keys()].filter((role): role is DocumentType => !["asks", "document", "municipalities", "outdated", "newest", "filler", "about"].includes(role));

/**
 * The first words of the forms that name what is listed (documents, a kind of them, municipalities):
 * a question without one of them is no list question, whatever else it says.
 */
const NAMING_WORDS: ReadonlySet<string> = new Set(
  (["document", "municipalities", ...KINDS] as Role[]).flatMap((role) => FORMS.get(role)!.map((form) => form[0]!)),
);

/**
 * A question that asks for documents: of which kind (null: any), and whether it names a subject;
 * or, with `municipalities`, which municipalities (and other issuers) there are documents from.
 */
export interface DocumentListRequest {
  kind: DocumentType | null;
  subject: boolean;
  municipalities?: true;
  /** Only the documents past their revision date or replaced by a newer one. */
  outdated?: true;
  /** The most recently adopted first. */
  newest?: true;
}

/** How many words of `role` start at `at`: the longest form that does, or 0. */
function formAt(words: readonly string[], at: number, role: Role): number {
  const form = FORMS.get(role)!.find((f) => f.every((w, i) => words[at + i] === w));
  return form?.length ?? 0;
}

/**
 * Whether the question asks which documents there are, or which municipalities they are from. It
 * must open by asking ("vilka", "which", "list"), name documents or municipalities, and say nothing
 * else beyond filler and the municipalities or agencies it names, unless it goes on to a subject
 * after "mention", "handlar om", "about" … with a general word for documents.
 */
export function documentListAsked(question: string, kit: LanguageKit): DocumentListRequest | null {
  // Every question comes through here: most are let go before their names are looked for. Blanking
  // names only takes words away, so a question without a naming word has none after it either.
  if (!(foldDiacritics(question.toLowerCase()).match(/\p{L}+/gu) ?? []).some((w) => NAMING_WORDS.has(w))) return null;
  // The names are blanked in place: a municipality may also be found as a public body ("Region Gävleborg").
  const chars = question.split("");
  for (const m of [...kit.findMunicipalities(question), ...kit.findPublicBodies(question)]) chars.fill(" ", m.start, m.end);
  const words = foldDiacritics(chars.join("").toLowerCase()).match(/\p{L}+|\d+/gu) ?? [];
  let at = 0;
  const skip = (role: Role) => {
    const n = formAt(words, at, role);
    at += n;
    return n > 0;
  };
  while (skip("filler"));
  if (!skip("asks")) return null;
  let kind: DocumentType | null | undefined;
  let municipalities = false;
  let outdated = false;
  let newest = false;
  for (;;) {
    const named = kind === undefined ? KINDS.find((k) => formAt(words, at, k) > 0) : undefined;
    if (skip("document")) kind = null;
    else if (kind === undefined && skip("municipalities")) municipalities = true;
    else if (named) skip((kind = named));
    else if (skip("outdated")) outdated = true;
    else if (skip("newest")) newest = true;
    else if (!skip("filler")) break;
  }
  if (kind === undefined && !municipalities) return null;
  const asked = (subject: boolean): DocumentListRequest =>
    municipalities
      ? { kind: null, subject, municipalities }
      : { kind: kind ?? null, subject, ...(outdated && { outdated: true as const }), ...(newest && { newest: true as const }) };
  while (at < words.length) {
    if (skip("filler")) continue;
    if (skip("outdated")) {
      outdated = true;
      continue;
    }
    if (skip("newest")) {
      newest = true;
      continue;
    }
    if (!skip("about")) return null;
    const rest = words.slice(at);
    const subject = rest.some((_, i) => formAt(rest, i, "filler") === 0 && formAt(rest, i, "about") === 0);
    // "vilka riktlinjer gäller för hemtjänst?" asks for the rules, not for a list; "vilka kommuner
    // nämner Agenda 2030?" is answered municipality by municipality (grouped.ts).
    if (subject && (kind !== null || municipalities)) return null;
    return asked(subject);
  }
  return asked(false);
}

const KIND_NAMES: Record<Language, Record<DocumentType | "any", [string, string]>> = {
  sv: {
    any: ["styrdokument", "styrdokument"],
    strategi: ["strategi", "strategier"],
    program: ["program", "program"],
    policy: ["policy", "policyer"],
    riktlinje: ["riktlinje", "riktlinjer"],
    inriktning: ["inriktning", "inriktningar"],
    plan: ["plan", "planer"],
    handlingsplan: ["handlingsplan", "handlingsplaner"],
    reglemente: ["reglemente", "reglementen"],
    föreskrift: ["föreskrift", "föreskrifter"],
    direktiv: ["direktiv", "direktiv"],
    proposition: ["proposition", "propositioner"],
    beslut: ["beslut", "beslut"],
    övrigt: ["övrigt", "övriga"],
  },
  en: {
    any: ["governing document", "governing documents"],
    strategi: ["strategy", "strategies"],
    program: ["programme", "programmes"],
    policy: ["policy", "policies"],
    riktlinje: ["guideline", "guidelines"],
    inriktning: ["policy direction", "policy directions"],
    plan: ["plan", "plans"],
    handlingsplan: ["action plan", "action plans"],
    reglemente: ["rules of procedure", "rules of procedure"],
    föreskrift: ["regulation", "regulations"],
    direktiv: ["directive", "directives"],
    proposition: ["government bill", "government bills"],
    beslut: ["decision", "decisions"],
    övrigt: ["other", "other"],
  },
};

/** At most this many documents are listed in an answer; the register (`/styrdok dokument`, `GET /api/documents`) has them all. */
export const MAX_LISTED = 20;

const TEXT = {
  sv: {
    from: (names: string) => ` från ${names}`,
    listedAs: { all: "", outdated: " som passerat sitt revisionsdatum eller ersatts", newest: ", senast antagna först" },
    noneOfKind: (kinds: string, scope: string) => `Jag har inga ${kinds}${scope}.`,
    adopted: (on: string | null, by: string | null) => ["antagen", on, by ? `av ${by}` : null].filter(Boolean).join(" "),
    validUntil: (date: string, past: boolean) => `gäller till ${date}${past ? " (passerat)" : ""}`,
    revision: (rule: string) => `revideras ${rule}`,
    replaced: "ersatt av ett nyare dokument",
    more: (n: number) => `… och ${n} till.`,
    noneOutdated: (kinds: string, scope: string) => `Inga ${kinds}${scope} har passerat sitt revisionsdatum eller ersatts av ett nyare dokument.`,
    issuers: (n: number) => `Jag har styrdokument från ${n} utgivare:`,
    issuer: (name: string | null, docs: number) => `• ${name ?? "Okänd utgivare"} – ${docs} dokument`,
  },
  en: {
    from: (names: string) => ` from ${names}`,
    listedAs: { all: "", outdated: " past their revision date or replaced", newest: ", most recently adopted first" },
    noneOfKind: (kinds: string, scope: string) => `I have no ${kinds}${scope}.`,
    adopted: (on: string | null, by: string | null) => ["adopted", on, by ? `by ${by}` : null].filter(Boolean).join(" "),
    validUntil: (date: string, past: boolean) => `valid until ${date}${past ? " (passed)" : ""}`,
    revision: (rule: string) => `revision: ${rule}`,
    replaced: "replaced by a newer document",
    more: (n: number) => `… and ${n} more.`,
    noneOutdated: (kinds: string, scope: string) => `No ${kinds}${scope} are past their revision date or replaced by a newer document.`,
    issuers: (n: number) => `I have governing documents from ${n} ${n === 1 ? "issuer" : "issuers"}:`,
    issuer: (name: string | null, docs: number) => `• ${name ?? "Unknown issuer"} – ${docs} ${docs === 1 ? "document" : "documents"}`,
  },
} satisfies Record<Language, unknown>;

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function documentLine(doc: RegisterEntry, language: Language, showIssuer: boolean): string {
  const t = TEXT[language];
  const details: string[] = [];
  if (doc.type) details.push(KIND_NAMES[language][doc.type][0]);
  if (doc.adoptedOn || doc.adoptedBy) details.push(t.adopted(doc.adoptedOn, doc.adoptedBy));
  if (doc.validUntil) details.push(t.validUntil(doc.validUntil, doc.status === "past-revision"));
  else if (doc.revision) details.push(t.revision(doc.revision));
  if (doc.status === "replaced") details.push(t.replaced);
  const issuer = showIssuer && doc.municipality && !doc.title.includes(doc.municipality) ? ` (${doc.municipality})` : "";
  return `• ${doc.title}${issuer}${details.length ? ` – ${details.join(", ")}` : ""}`;
}

/**
 * The documents of the bodies named (all when none is), of the kind asked for. When there is none
 * of that kind, the answer says so and lists the others.
 */
export function documentListAnswer(
  index: LoadedIndex,
  request: DocumentListRequest,
  { question, language, named, today, passages }: { question: string; language: Language; named: readonly string[]; today: string; passages: RankedPassage[] },
): Answer {
  const t = TEXT[language];
  const scope = new Set(named);
  const register = documentRegister(index.manifest.documents, today).filter((doc) => !scope.size || (doc.municipality !== null && scope.has(doc.municipality)));
  if (request.municipalities) {
    const issuers = new Map<string | null, number>();
    for (const doc of register) issuers.set(doc.municipality, (issuers.get(doc.municipality) ?? 0) + 1);
    const lines = [t.issuers(issuers.size), ...[...issuers].map(([issuer, docs]) => t.issuer(issuer, docs))];
    return { question, language, abstained: false, answer: lines.join("\n"), citations: [], passages, warnings: [] };
  }
  const from = scope.size ? t.from(listed([...scope], language)) : "";
  const ofKind = request.kind ? register.filter((doc) => doc.type === request.kind) : register;
  const lines: string[] = [];
  if (request.kind && !ofKind.length) lines.push(t.noneOfKind(KIND_NAMES[language][request.kind][1], from));
  const kinds = KIND_NAMES[language][ofKind.length && request.kind ? request.kind : "any"][1];
  const candidates = ofKind.length ? ofKind : register;
  const current = request.outdated ? candidates.filter((doc) => doc.status === "past-revision" || doc.status === "replaced") : candidates;
  // Newest first by adoption date; a document that states none comes last.
  const shown = request.newest ? [...current].sort((a, b) => (b.adoptedOn ?? "").localeCompare(a.adoptedOn ?? "")) : current;
  const listedAs = t.listedAs[request.outdated ? "outdated" : request.newest ? "newest" : "all"];
  if (request.outdated && !shown.length) lines.push(t.noneOutdated(kinds, from));
  else lines.push(`${capitalised(kinds)}${from}${listedAs} (${shown.length}):`);
  lines.push(...shown.slice(0, MAX_LISTED).map((doc) => documentLine(doc, language, scope.size !== 1)));
  if (shown.length > MAX_LISTED) lines.push(t.more(shown.length - MAX_LISTED));
  return { question, language, abstained: false, answer: lines.join("\n"), citations: [], passages, warnings: [] };
}
