/**
 * What a governing document says about itself: title, issuer, type, who adopted it and when, how long
 * it is valid, its diarienummer, what it replaces, who owns it. Read from header fields
 * ("Antagen av: KS § 72/2016", "Dnr KS/2012:935") and from sentences ("antogs av kommunfullmäktige
 * 15 oktober 2013 och ersätter …"). Each fact keeps the span that states it, so answers can cite it.
 */
import { dataFileLines } from "../data-file";
import type { DocumentMetadata, DocumentType, Evidence, MetadataField } from "../domain";
import type { NormalisedText } from "./normalise";
import { parseSwedishDate, normaliseBody } from "./dates";

export interface MunicipalityMention {
  name: string;
  /** kommun, region, myndighet, regering or riksdag; absent when the finder does not say. */
  kind?: string;
  start: number;
  end: number;
}

export interface MetadataContext {
  fileName: string;
  /** Title and author from the file's own properties (PDF info, DOCX core.xml). */
  properties?: { title?: string };
  /** Facts a coordinator wrote in a sidecar file; they win over anything extracted. */
  sidecar?: Partial<Omit<DocumentMetadata, "evidence">>;
  findPublicBodies: (text: string) => MunicipalityMention[];
}

type LabelField = MetadataField | "type";

const LABELS: { field: LabelField; label: string }[] = dataFileLines(new URL("./data/metadata-labels.tsv", import.meta.url))
  .map((line) => {
    const [field, label] = line.split("\t");
    return { field: field as LabelField, label: (label ?? "").trim() };
  })
  // Longest labels first, so "Ersätter dokument" wins over "Ersätter".
  .sort((a, b) => b.label.length - a.label.length);

const TYPE_WORDS: [RegExp, DocumentType][] = [
  [/handlingsplan/i, "handlingsplan"],
  [/inriktningsprogram|\binriktning\b/i, "inriktning"],
  [/strategi/i, "strategi"],
  [/policy/i, "policy"],
  [/riktlinje/i, "riktlinje"],
  [/reglemente/i, "reglemente"],
  [/föreskrift/i, "föreskrift"],
  [/direktiv/i, "direktiv"],
  [/proposition|\bprop\.\s/i, "proposition"],
  [/program/i, "program"],
  [/\bplan\b|plan för/i, "plan"],
];
const HEADER_CHARS = 2500;
const DNR = /[A-ZÅÄÖ][\p{L}-]{0,14}[ /]?\s?\d{4}[:.]\s?\d{1,6}/u;

export function documentType(text: string): DocumentType | null {
  return TYPE_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

interface Line {
  text: string;
  start: number;
}

function headerLines(normalised: NormalisedText): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const text of normalised.text.slice(0, HEADER_CHARS).split("\n")) {
    if (text.trim()) lines.push({ text, start: offset });
    offset += text.length + 1;
  }
  return lines;
}

function evidence(normalised: NormalisedText, start: number, end: number): Evidence {
  return { start, end, text: normalised.text.slice(start, end) };
}

/** "Label: value" or "Label value" header lines, first occurrence of each field. */
function labelledFields(normalised: NormalisedText): Map<LabelField, { value: string; evidence: Evidence }> {
  const found = new Map<LabelField, { value: string; evidence: Evidence }>();
  const lines = headerLines(normalised);
  lines.forEach((line, i) => {
    for (const { field, label } of LABELS) {
      if (found.has(field) || !line.text.toLowerCase().startsWith(label.toLowerCase())) continue;
      const rest = line.text.slice(label.length);
      if (rest && !/^[\s:]/.test(rest)) continue;
      let value = rest.replace(/^\s*:?\s*/, "").trim();
      let end = line.start + line.text.length;
      // "Dnr:" alone on its line, the value on the next (Tjänsteutlåtande layout).
      const next = lines[i + 1];
      if (!value && rest.includes(":") && next && field === "diarienummer" && DNR.test(next.text)) {
        value = next.text.trim();
        end = next.start + next.text.length;
      }
      if (value) found.set(field, { value, evidence: evidence(normalised, line.start, end) });
      break;
    }
  });
  return found;
}

function sentenceFact(normalised: NormalisedText, pattern: RegExp): { match: RegExpExecArray; evidence: Evidence } | null {
  const match = pattern.exec(normalised.text);
  if (!match) return null;
  const from = Math.max(normalised.text.lastIndexOf("\n", match.index) + 1, 0);
  const sentenceStart = Math.max(from, normalised.text.lastIndexOf(". ", match.index) + 2);
  const after = match.index + match[0].length;
  const stop = normalised.text.slice(after).search(/\.(?=\s|$)|\n/);
  const end = stop < 0 ? normalised.text.length : after + stop + (normalised.text[after + stop] === "." ? 1 : 0);
  const start = sentenceStart > match.index ? from : sentenceStart;
  return { match, evidence: evidence(normalised, start, Math.min(end, normalised.text.length)) };
}

const BODY = String.raw`(kommunfullmäktige|kommunstyrelsen|regionfullmäktige|regionstyrelsen|fullmäktige|regeringen|styrelsen|[\p{L}-]+nämnden|kommundirektörens ledningsgrupp)`;
const DATE = String.raw`(\d{4}-\d{2}-\d{2}|\d{1,2} (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4})`;

/**
 * A reference in one of the Swedish courts' report series, which is how a judgment is cited: "AD
 * 2013 nr 63" (Arbetsdomstolen), "NJA 2014 s. 499" (Högsta domstolen), "RÅ 2010 ref. 1", "HFD
 * 2015 ref. 12", "MÖD 2019:1", "MIG 2007:9", "RH 2011:3", "MD 2012:7", "PMÖD 2018:4".
 */
const CASE_REFERENCE = /^((?:AD|NJA|RÅ|HFD|MÖD|MIG|RH|MD|PMÖD)\s(?:19|20)\d{2}(?:\s(?:nr|s\.|ref\.?)\s?\d+|:\d+))(?:\s*\([^)]*\))?$/u;
/** A judgment's one-line subject, if short enough to stand in its title. */
const SUBJECT_CHARS = 80;

/**
 * A judgment's title: the case reference its header gives alone (on one of its first two lines, or
 * in a cell of them), with its "Rubrik:" when that is one short line ("NJA 2014 s. 499:
 * Diskrimineringsersättning (I och II)"). Null for a document without one. A judgment's first
 * heading names a party ("Nr 63", "… AB i Stockholm mot") or the court below ("I", "Solna
 * tingsrätt"), which is not what users cite it by.
 */
function judgmentTitle(normalised: NormalisedText): string | null {
  const lines = headerLines(normalised);
  const reference = lines
    .slice(0, 2)
    .flatMap((line) => line.text.split("\t"))
    .map((cell) => CASE_REFERENCE.exec(cell.trim())?.[1])
    .find((found) => found !== undefined);
  if (!reference) return null;
  const at = lines.findIndex((line) => /^rubrik\s*:/i.test(line.text.trim()));
  const subject = at < 0 ? "" : (lines[at]!.text.trim().replace(/^rubrik\s*:\s*/i, "") || lines[at + 1]?.text.trim() || "").replace(/\.$/, "");
  return subject && subject.length <= SUBJECT_CHARS ? `${reference}: ${subject}` : reference;
}

/** A code in an agency's statute collection: "NFS 2007:10", "AFS 2011:19", "HSLF-FS 2016:40". */
const STATUTE_CODE_PATTERN = String.raw`[A-ZÅÄÖ]{2,6}(?:-FS)? (?:19|20)\d{2}:\d+`;
/** A code and the name after it. */
const STATUTE_CODE = new RegExp(`^(${STATUTE_CODE_PATTERN})\\s+([^;]+)`, "u");
const STATUTE_CODE_ALONE = new RegExp(`^${STATUTE_CODE_PATTERN}$`, "u");

/**
 * An agency regulation's title: the code a block begins with and the name after it, up to a ";"
 * that begins the consolidation note ("NFS 2007:10 Naturvårdsverkets föreskrifter och allmänna råd
 * om inventering av björn, varg, järv, lodjur och kungsörn"), when that name says what kind of
 * document it is. Its first heading names the statute collection ("Naturvårdsverkets
 * författningssamling"), which all the agency's regulations share. Null for a document whose first
 * blocks begin with no such code and name.
 */
function statuteTitle(normalised: NormalisedText): string | null {
  const blocks = normalised.blocks.slice(0, 6);
  for (const [i, block] of blocks.entries()) {
    // The code may stand alone, its name in the block after it.
    const alone = STATUTE_CODE_ALONE.test(block.text.trim());
    const match = STATUTE_CODE.exec(alone ? `${block.text}\n${blocks[i + 1]?.text ?? ""}` : block.text);
    const name = match?.[2]!.replace(/\s+/g, " ").trim();
    if (match && name && documentType(name) && name.length <= 160) return `${match[1]} ${name}`;
  }
  return null;
}

function chooseTitle(normalised: NormalisedText, context: MetadataContext, labelled: string | undefined): string {
  const cited = judgmentTitle(normalised) ?? statuteTitle(normalised);
  if (cited) return cited;
  const early = normalised.blocks.slice(0, 15).filter((b) => b.text.length <= 140 && b.kind !== "item");
  const typed = early.find((b) => documentType(b.text) && b.kind !== "row");
  const heading = normalised.blocks.find((b) => b.kind === "heading");
  const fromFile = context.fileName.replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ");
  const property = context.properties?.title?.trim();
  const chosen = typed ?? heading;
  // A title from the file's own properties or name may carry the copy number a download added
  // ("Riktlinje Utlämnande av handling, antagen 2025-06-16 (1)", from "… (1).pdf").
  const uncopied = (title: string | undefined) => title?.replace(/\s+\(\d{1,2}\)$/, "");
  let candidate = uncopied(normalised.frontMatter.title) ?? chosen?.text ?? labelled ?? uncopied(property) ?? uncopied(fromFile)!;
  // A bare kind of document ("Kommittédirektiv", "Riktlinje") or a bare number ("Nr 63") is named
  // by the line after it; a short title of its own ("Regeringsförklaringen 2025") is not, since
  // that line is often a byline ("Statsminister …, riksdagen, den 9 september 2025").
  const next = chosen ? normalised.blocks[normalised.blocks.indexOf(chosen) + 1] : undefined;
  const bare = candidate.split(" ").length <= 2 && (documentType(candidate) !== null || !/\p{L}{4}/u.test(candidate));
  // A directive's title line may have run into its decision line ("… (Fi 2014:15) Beslut vid
  // regeringssammanträde den 18 december 2014 …") where the PDF set them side by side.
  const nextText = next?.text.replace(/\s*Beslut vid regeringssammanträde\b[\s\S]*$/u, "");
  if (candidate === chosen?.text && bare && next && nextText && next.kind !== "row" && nextText.length <= 100) {
    // A kind and a bare number ("Regeringens proposition", "2012/13:144") are named by the line
    // after both, which a proposition's title page sets beside its number again ("Prop. …").
    const after = normalised.blocks[normalised.blocks.indexOf(next) + 1];
    const name = !/\p{L}{4}/u.test(nextText) ? after?.text.split("\n")[0]?.replace(` Prop. ${nextText}`, "").trim() : undefined;
    candidate = name && /\p{L}{4}/u.test(name) && name.length <= 100 ? `${candidate} ${nextText}: ${name}` : `${candidate}: ${nextText}`;
  }
  // A closing abbreviation keeps its point ("mervärdesskatt m.m.").
  return candidate.replace(/(?<!\.\p{L})[.:]$/u, "").trim();
}

export function extractMetadata(normalised: NormalisedText, context: MetadataContext): DocumentMetadata {
  const fields = labelledFields(normalised);
  const meta: DocumentMetadata = {
    title: chooseTitle(normalised, context, fields.get("title")?.value),
    municipality: null,
    type: null,
    adoptedBy: null,
    adoptedOn: null,
    validUntil: null,
    revision: null,
    diarienummer: null,
    replaces: null,
    owner: null,
    sourceUrl: normalised.frontMatter.url ?? normalised.frontMatter.source_url ?? normalised.frontMatter.source ?? null,
    evidence: {},
  };
  applyLabelled(meta, fields);
  applySentences(meta, normalised);
  // A title that begins with its kind ("Regeringens proposition 2012/13:144: Sjöfartsstödets
  // inriktning") is of that kind, whatever kind of thing it is about.
  meta.type ??= documentType(meta.title.split(": ")[0]!) ?? documentType(meta.title) ?? documentType(fields.get("type")?.value ?? "");
  meta.sourceUrl ??= firstUrl(normalised);
  meta.municipality = issuer(normalised, meta.title, context.sidecar?.sourceUrl ?? meta.sourceUrl, meta.adoptedBy, context);
  const overrides = Object.entries(context.sidecar ?? {}).filter(([field, v]) => field !== "evidence" && v != null);
  return { ...meta, ...Object.fromEntries(overrides) };
}

function applyLabelled(meta: DocumentMetadata, fields: Map<LabelField, { value: string; evidence: Evidence }>): void {
  for (const [field, { value, evidence }] of fields) {
    if (field === "type" || field === "title") continue;
    if (field === "adoptedBy") {
      const date = parseSwedishDate(value);
      const body = normaliseBody(value.replace(DNR, "").replace(/§.*$/, "").replace(/\d{4}-\d{2}-\d{2}/, ""));
      if (body) set(meta, "adoptedBy", body, evidence);
      if (date) set(meta, "adoptedOn", date, evidence);
      else if (/§\s*\d+\s*\/\s*(\d{4})/.test(value)) set(meta, "adoptedOn", /\/\s*(\d{4})/.exec(value)![1]!, evidence);
    } else if (field === "validUntil") {
      const date = parseSwedishDate(value);
      if (date) set(meta, "validUntil", date, evidence);
      else set(meta, "revision", value.toLowerCase(), evidence);
    } else if (field === "adoptedOn") {
      const date = parseSwedishDate(value);
      if (date) set(meta, "adoptedOn", date, evidence);
    } else if (field === "diarienummer") {
      set(meta, "diarienummer", DNR.exec(value)?.[0] ?? value, evidence);
    } else if (field === "replaces" || field === "owner") {
      if (/^[\p{L}\d]/u.test(value) && !LABELS.some((l) => value.startsWith(l.label))) set(meta, field, value, evidence);
    }
  }
}

function applySentences(meta: DocumentMetadata, normalised: NormalisedText): void {
  const dnr = sentenceFact(normalised, new RegExp(String.raw`\b(?:Dnr|Diarienummer|Diarienr)[:.]?\s*(${DNR.source})`, "u"));
  if (dnr && dnr.match.index < HEADER_CHARS) set(meta, "diarienummer", dnr.match[1]!, dnr.evidence);
  const adopted = sentenceFact(normalised, new RegExp(String.raw`(?:antogs|antagen|antaget|fastställdes|beslutades) av ${BODY}(?: den)?(?: ${DATE})?`, "iu"));
  if (adopted) {
    set(meta, "adoptedBy", normaliseBody(adopted.match[1]!), adopted.evidence);
    if (adopted.match[2]) set(meta, "adoptedOn", parseSwedishDate(adopted.match[2]), adopted.evidence);
  }
  // Kommittédirektiv and other government decisions: "Beslut vid regeringssammanträde den 25 februari 2016".
  const government = sentenceFact(normalised, new RegExp(String.raw`Beslut vid regeringssammanträde(?: den)? ${DATE}`, "iu"));
  if (government && government.match.index < HEADER_CHARS) {
    set(meta, "adoptedBy", "Regeringen", government.evidence);
    set(meta, "adoptedOn", parseSwedishDate(government.match[1]!), government.evidence);
  }
  const adopter = sentenceFact(normalised, new RegExp(String.raw`(?:antas|beslutas|fastställs) av ${BODY}`, "iu"));
  if (adopter) set(meta, "adoptedBy", normaliseBody(adopter.match[1]!), adopter.evidence);
  const until = sentenceFact(normalised, new RegExp(String.raw`(?:gäller|giltig) (?:till|t\.o\.m\.|till och med) ${DATE}`, "iu"));
  if (until) set(meta, "validUntil", parseSwedishDate(until.match[1]!), until.evidence);
  const replaces = sentenceFact(normalised, /\bersätter ((?:den|det|de|tidigare)\b[^.\n]{5,160})/iu);
  if (replaces) set(meta, "replaces", replaces.match[1]!.trim(), replaces.evidence);
  const rule =
    sentenceFact(normalised, /\b(?:omprövas|revideras|ses över|revidera[ts]?)\b[^.\n]{0,40}?\b((?:i början av |minst en gång per |en gång per )?(?:varje |per )?mandatperiod(?:en)?|årligen|vartannat år)/iu) ??
    sentenceFact(normalised, /\b(för en period om [\p{L}\d]+ år), varefter (?:det|den|de) (?:revideras|omprövas)/iu);
  if (rule) set(meta, "revision", rule.match[1]!.toLowerCase(), rule.evidence);
  // A period in the title ("Inriktning internationellt arbete 2018-2020") ends the document's validity.
  const period = /\b(?:19|20)\d{2}\s*[-–]\s*((?:19|20)\d{2})\b/.exec(meta.title);
  const titleAt = normalised.text.indexOf(meta.title);
  if (period && !meta.validUntil && titleAt >= 0) set(meta, "validUntil", `${period[1]}-12-31`, evidence(normalised, titleAt, titleAt + meta.title.length));
}

/** Only the first source of a fact counts: header fields are read before sentences. */
function set(meta: DocumentMetadata, field: Exclude<MetadataField, "title">, value: string | null, evidence: Evidence): void {
  if (!value || meta[field]) return;
  (meta as unknown as Record<string, unknown>)[field] = value;
  meta.evidence[field] = evidence;
}

/** A public body named by a web address: municipal and agency sites are <name>.se. */
function issuerFromUrl(url: string | null, context: MetadataContext): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  const labels = host.split(".").slice(0, -1).filter((label) => label !== "www");
  for (const label of labels.reverse()) {
    const found = context.findPublicBodies(label.replace(/-/g, " "))[0];
    if (found) return found.name;
  }
  return null;
}

const LOCAL = new Set(["kommun", "region"]);

/**
 * The body a document's first line names and nothing else ("Arbetsdomstolen", "Botkyrka kommun",
 * "Försäkringskassan"): its letterhead. A judgment's first headings name a party ("… AB i
 * Stockholm mot") or the lower court ("Solna tingsrätt"), neither of which issued it.
 */
function letterheadBody(normalised: NormalisedText, context: MetadataContext): string | null {
  // The first line, not block: a judgment's header is a table whose first cell is the court.
  const first = normalised.text.trimStart().split("\n")[0]?.trim();
  if (!first) return null;
  const [mention, ...others] = context.findPublicBodies(first);
  if (!mention || others.length) return null;
  const rest = (first.slice(0, mention.start) + first.slice(mention.end)).trim();
  return /^(kommun|stad|region)?$/i.test(rest) ? mention.name : null;
}

/**
 * Who issued the document: the body its letterhead names, else a body named in its title, else in
 * its web address, else the municipality or region its opening mentions most (mentions on the
 * first page count five times, "X kommun" three times), else the national body that adopted it
 * ("Regeringen"), else a body named in its file name, else the agency or government body it
 * mentions most (a municipal guideline that cites Försäkringskassan on every page is still the
 * municipality's; an agency's guideline that cites "regeringen" is still the agency's).
 */
function issuer(normalised: NormalisedText, title: string, sourceUrl: string | null, adoptedBy: string | null, context: MetadataContext): string | null {
  const letterhead = letterheadBody(normalised, context);
  if (letterhead) return letterhead;
  const inTitle = context.findPublicBodies(title)[0];
  if (inTitle) return inTitle.name;
  const fromUrl = issuerFromUrl(sourceUrl, context);
  if (fromUrl) return fromUrl;
  const local = new Map<string, number>();
  const national = new Map<string, number>();
  const text = normalised.text.slice(0, 20_000);
  for (const m of context.findPublicBodies(text)) {
    const weight = (m.start < HEADER_CHARS ? 5 : 1) * (/^s? (kommun|stad|region)/i.test(text.slice(m.end, m.end + 8)) ? 3 : 1);
    const counts = m.kind === undefined || LOCAL.has(m.kind) ? local : national;
    counts.set(m.name, (counts.get(m.name) ?? 0) + weight);
  }
  const fromFile = context.findPublicBodies(context.fileName.replace(/[-_]+/g, " "))[0]?.name;
  // A document adopted by a national body ("Regeringen") was issued by it, whatever else it cites.
  const adopter = adoptedBy ? context.findPublicBodies(adoptedBy)[0]?.name : undefined;
  const most = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return most(local) ?? adopter ?? fromFile ?? most(national) ?? null;
}

function firstUrl(normalised: NormalisedText): string | null {
  const match = /\b(https?:\/\/[^\s)>\]]+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s)>\]]*)?)/i.exec(normalised.text.slice(0, HEADER_CHARS));
  if (!match?.[1]) return null;
  const url = match[1].replace(/[.,;]$/, "");
  return url.startsWith("http") ? url : `https://${url}`;
}
