/**
 * Gold quotes kept as places in a document rather than as its words. The held-out question sets
 * quote documents that may not be copied into this repository (`../shared/real/`); a set anchored
 * here names each quote's document (by file name), where the quote starts and ends in that
 * document's text as indexed (whitespace collapsed, lower case: what the metrics compare), and a
 * fingerprint of the words. `npm run eval` reads the words back from the index once the document
 * is ingested. A document read a little differently (a cleaning or extraction change elsewhere in
 * it) moves its quotes: a quote no longer at its place is looked for by its fingerprint along the
 * whole text (a rolling hash finds the candidates, the sha256 confirms one). Only a quote whose own
 * words changed is refused: the set needs anchoring again (`npm run anchor`).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { StyrdokError } from "../errors";
import type { LoadedIndex } from "../index/store";
import { squash, type EvalQuestion } from "./metrics";

export interface QuoteAnchor {
  /** File name of the quoted document, as ingested ("botkyrka__riktlinje-anhorigstod.txt"). */
  doc: string;
  /** Offsets into the document's squashed text (see `squash` in metrics.ts). */
  start: number;
  end: number;
  /** The first 16 hex digits of the sha256 of the squashed quote. */
  sha: string;
  /** The squashed quote's rolling hash (see rollingHash), to find it where it moved. */
  roll: number;
}

/** A question whose gold quotes are anchors; written without the quotes' words (or an answer). */
export type AnchoredQuestion = Omit<EvalQuestion, "quotes" | "answer"> & { anchors: QuoteAnchor[] };

/** The questions of a .jsonl set, one a line: with their quotes, or anchored. */
export function readQuestionSet(file: string): (EvalQuestion | AnchoredQuestion)[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalQuestion | AnchoredQuestion);
}

/** Each indexed document's squashed text, by its file name: what anchors point into. */
export function squashedTexts(index: LoadedIndex): Map<string, string> {
  const texts = new Map<string, string>();
  for (const doc of index.manifest.documents) texts.set(path.basename(doc.source), squash(index.texts[doc.id] ?? ""));
  return texts;
}

function fingerprint(squashed: string): string {
  return createHash("sha256").update(squashed).digest("hex").slice(0, 16);
}

const BASE = 257;
const MODULUS = 2_147_483_647;

/** A polynomial hash of the text's UTF-16 code units, modulo a prime: one window of a rolling hash. */
export function rollingHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * BASE + text.charCodeAt(i)) % MODULUS;
  return hash;
}

/** Where in `text` a span of `length` with these fingerprints starts, or -1. */
function find(text: string, length: number, roll: number, sha: string): number {
  if (length > text.length) return -1;
  let high = 1;
  for (let i = 1; i < length; i++) high = (high * BASE) % MODULUS;
  let hash = rollingHash(text.slice(0, length));
  for (let start = 0; ; start++) {
    if (hash === roll && fingerprint(text.slice(start, start + length)) === sha) return start;
    if (start + length >= text.length) return -1;
    hash = (hash - ((text.charCodeAt(start) * high) % MODULUS) + MODULUS) % MODULUS;
    hash = (hash * BASE + text.charCodeAt(start + length)) % MODULUS;
  }
}

function unreadable(id: string, detail: string): StyrdokError {
  return new StyrdokError("bad-request", `Question ${id}: ${detail}. Anchor the set again against the documents as they are read now: npm run anchor -- --questions FILE --add PATH --out FILE`);
}

/**
 * The question with its quotes as anchors into `texts` (see squashedTexts). A quote must stand
 * verbatim (whitespace and case aside) in the document the question names.
 */
export function anchorQuestion(question: EvalQuestion, texts: ReadonlyMap<string, string>): AnchoredQuestion {
  const { quotes, answer: _answer, ...rest } = question;
  const anchors = quotes.map((quote) => {
    const text = question.doc ? texts.get(question.doc) : undefined;
    if (text === undefined) throw unreadable(question.id, `its document ${question.doc ?? "(none named)"} is not in the index`);
    const wanted = squash(quote);
    const start = text.indexOf(wanted);
    if (start < 0 || !wanted) throw unreadable(question.id, `a quote is not in ${question.doc} as written`);
    return { doc: question.doc!, start, end: start + wanted.length, sha: fingerprint(wanted), roll: rollingHash(wanted) };
  });
  return { ...rest, anchors };
}

/** The question with its quotes read back from `texts` (see squashedTexts); a question written with quotes is returned as it is. */
export function resolveQuestion(question: EvalQuestion | AnchoredQuestion, texts: ReadonlyMap<string, string>): EvalQuestion {
  if (!("anchors" in question)) return question;
  const { anchors, ...rest } = question;
  const quotes = anchors.map(({ doc, start, end, sha, roll }) => {
    const text = texts.get(doc);
    if (text === undefined) throw unreadable(question.id, `its document ${doc} is not in the index; add it with --add`);
    const quote = text.slice(start, end);
    if (quote.length === end - start && fingerprint(quote) === sha) return quote;
    const moved = find(text, end - start, roll, sha);
    if (moved < 0) throw unreadable(question.id, `its quote is no longer in ${doc} as anchored`);
    return text.slice(moved, moved + end - start);
  });
  return { ...rest, quotes };
}
