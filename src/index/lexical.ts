/**
 * A BM25 inverted index over analysed passage terms, built at ingest and loaded as flat typed
 * arrays: no per-query rebuilding, no per-query allocation beyond the result list. Beside the
 * postings it keeps each passage's words (its terms other than compound parts, in text order), so
 * re-scoring candidates never analyses their text again.
 *
 * File layout (little-endian): offsets Uint32[terms + 1] · postings Uint32[n] · tfs Uint16[n] ·
 * lengths Uint16[passages] · padding to 4 bytes · wordStarts Uint32[passages + 1] · words
 * Uint32[w] (term ids). The vocabulary is a JSON array in term-id order.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { PassageFilter } from "./filter";
import { readAligned } from "./read-aligned";
import { TopK } from "./top-k";

export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface LexicalHit {
  ordinal: number;
  score: number;
}

export interface LexicalHeader {
  terms: number;
  postings: number;
  passages: number;
  words: number;
  averageLength: number;
}

/** The index's arrays (see LexicalBuilder); passage ordinal = position in `lengths`. */
export interface LexicalArrays {
  vocabulary: string[];
  offsets: Uint32Array;
  postings: Uint32Array;
  tfs: Uint16Array;
  lengths: Uint16Array;
  wordStarts: Uint32Array;
  words: Uint32Array;
}

const K1 = 1.2;
const B = 0.75;


export class LexicalIndex {
  private readonly vocabulary: string[];
  private readonly offsets: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly tfs: Uint16Array;
  private readonly lengths: Uint16Array;
  private readonly wordStarts: Uint32Array;
  private readonly wordIds: Uint32Array;
  private readonly termIds: Map<string, number>;
  private readonly scores: Float64Array;
  private readonly touched: Uint32Array;
  /** Per passage, BM25's length normalisation K1·(1 − B + B·length/average): the same for every term. */
  private readonly norms: Float64Array;

  private constructor(
    arrays: LexicalArrays,
    readonly averageLength: number,
  ) {
    this.vocabulary = arrays.vocabulary;
    this.offsets = arrays.offsets;
    this.postings = arrays.postings;
    this.tfs = arrays.tfs;
    this.lengths = arrays.lengths;
    this.wordStarts = arrays.wordStarts;
    this.wordIds = arrays.words;
    this.termIds = new Map(this.vocabulary.map((term, id) => [term, id]));
    this.scores = new Float64Array(this.lengths.length);
    this.touched = new Uint32Array(this.lengths.length);
    const average = averageLength || 1;
    this.norms = Float64Array.from(this.lengths, (length) => K1 * (1 - B + (B * length) / average));
  }

  static fromArrays(arrays: LexicalArrays): LexicalIndex {
    const sum = arrays.lengths.reduce((a, b) => a + b, 0);
    return new LexicalIndex(arrays, arrays.lengths.length ? sum / arrays.lengths.length : 0);
  }

  get header(): LexicalHeader {
    const { vocabulary, postings, lengths, wordIds, averageLength } = this;
    return { terms: vocabulary.length, postings: postings.length, passages: lengths.length, words: wordIds.length, averageLength };
  }

  save(binaryFile: string, vocabularyFile: string): void {
    const padding = new Uint8Array((this.tfs.byteLength + this.lengths.byteLength) % 4);
    const parts = [this.offsets, this.postings, this.tfs, this.lengths, padding, this.wordStarts, this.wordIds];
    writeFileSync(binaryFile, Buffer.concat(parts.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))));
    writeFileSync(vocabularyFile, JSON.stringify(this.vocabulary));
  }

  static load(binaryFile: string, vocabularyFile: string, header: LexicalHeader): LexicalIndex {
    const vocabulary = JSON.parse(readFileSync(vocabularyFile, "utf8")) as string[];
    const buffer = readAligned(binaryFile);
    let at = 0;
    const take = <T>(make: (b: ArrayBuffer, o: number, n: number) => T, n: number, size: number): T => {
      const view = make(buffer, at, n);
      at += n * size;
      return view;
    };
    const u32 = (n: number) => take((b, o, count) => new Uint32Array(b, o, count), n, 4);
    const u16 = (n: number) => take((b, o, count) => new Uint16Array(b, o, count), n, 2);
    const offsets = u32(header.terms + 1);
    const postings = u32(header.postings);
    const tfs = u16(header.postings);
    const lengths = u16(header.passages);
    at += at % 4;
    const wordStarts = u32(header.passages + 1);
    const words = u32(header.words);
    if (at !== buffer.byteLength) throw new Error(`lexical index has ${buffer.byteLength} bytes, expected ${at}`);
    return new LexicalIndex({ vocabulary, offsets, postings, tfs, lengths, wordStarts, words }, header.averageLength);
  }

  get passageCount(): number {
    return this.lengths.length;
  }

  /** How many terms passage `ordinal` has (capped at 65,535), as BM25 counts its length. */
  passageLength(ordinal: number): number {
    return this.lengths[ordinal]!;
  }

  /**
   * The postings turned around: for each passage, its term ids and their frequencies. What an
   * incremental build reads kept passages from, instead of analysing their text again.
   */
  forward(): { starts: Uint32Array; termIds: Uint32Array; tfs: Uint16Array } {
    const passages = this.lengths.length;
    const starts = new Uint32Array(passages + 1);
    for (const ordinal of this.postings) starts[ordinal + 1]!++;
    for (let p = 0; p < passages; p++) starts[p + 1]! += starts[p]!;
    const cursor = starts.slice(0, passages);
    const termIds = new Uint32Array(this.postings.length);
    const tfs = new Uint16Array(this.postings.length);
    for (let term = 0; term < this.vocabulary.length; term++) {
      for (let at = this.offsets[term]!, end = this.offsets[term + 1]!; at < end; at++) {
        const ordinal = this.postings[at]!;
        termIds[cursor[ordinal]!] = term;
        tfs[cursor[ordinal]!++] = this.tfs[at]!;
      }
    }
    return { starts, termIds, tfs };
  }

  /** The passage's terms other than compound parts, in text order. */
  words(ordinal: number): string[] {
    const out: string[] = [];
    for (let at = this.wordStarts[ordinal]!, end = this.wordStarts[ordinal + 1]!; at < end; at++) out.push(this.vocabulary[this.wordIds[at]!]!);
    return out;
  }

  /** The passage's word ids, as `words` (for rebuilding). */
  wordIdsOf(ordinal: number): Uint32Array {
    return this.wordIds.subarray(this.wordStarts[ordinal]!, this.wordStarts[ordinal + 1]!);
  }

  /** Whether passage `ordinal` has `term` among its terms: a binary search in the term's postings. */
  contains(term: string, ordinal: number): boolean {
    const id = this.termIds.get(term);
    if (id === undefined) return false;
    const end = this.offsets[id + 1]!;
    const at = this.lowerBound(this.offsets[id]!, end, ordinal);
    return at < end && this.postings[at] === ordinal;
  }

  /** The term's id (what `wordIdsOf` holds), or undefined when no passage has it. */
  termId(term: string): number | undefined {
    return this.termIds.get(term);
  }

  has(term: string): boolean {
    return this.termIds.has(term);
  }

  documentFrequency(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.offsets[id + 1]! - this.offsets[id]!;
  }

  /** How many of the passages [from, to) have `term`: a document's passages are one such range. */
  countIn(term: string, from: number, to: number): number {
    const id = this.termIds.get(term);
    if (id === undefined) return 0;
    const start = this.lowerBound(this.offsets[id]!, this.offsets[id + 1]!, from);
    return this.lowerBound(start, this.offsets[id + 1]!, to) - start;
  }

  /** BM25 idf, floored at a small positive value so very common terms still count a little. */
  idf(term: string): number {
    const df = this.documentFrequency(term);
    const n = this.lengths.length;
    return Math.max(0.01, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }

  terms(): readonly string[] {
    return this.vocabulary;
  }

  /**
   * The k best passages by BM25, best first (ties by ordinal). With a filter, only postings inside
   * its ranges are read: each term's postings are sorted by ordinal, so a range is found by
   * binary search and read to its end.
   */
  search(query: readonly WeightedTerm[], k: number, filter?: PassageFilter): LexicalHit[] {
    let touched = 0;
    for (const { term, weight } of query) {
      const id = this.termIds.get(term);
      if (id === undefined || weight <= 0) continue;
      const idf = this.idf(term) * weight;
      const from = this.offsets[id]!;
      const to = this.offsets[id + 1]!;
      if (!filter) {
        touched = this.score(from, to, idf, touched);
        continue;
      }
      for (let r = 0; r < filter.rangeCount; r++) {
        const start = this.lowerBound(from, to, filter.starts[r]!);
        const end = this.lowerBound(start, to, filter.ends[r]!);
        touched = this.score(start, end, idf, touched);
      }
    }
    const best = new TopK(k);
    for (let i = 0; i < touched; i++) {
      const ordinal = this.touched[i]!;
      best.push(ordinal, this.scores[ordinal]!);
      this.scores[ordinal] = 0;
    }
    return best.results();
  }

  /** Adds one term's BM25 contribution for postings [from, to); returns the new touched count. */
  private score(from: number, to: number, idf: number, touched: number): number {
    const { scores, postings, tfs, norms } = this;
    for (let at = from; at < to; at++) {
      const ordinal = postings[at]!;
      const tf = tfs[at]!;
      const norm = norms[ordinal]!;
      if (scores[ordinal] === 0) this.touched[touched++] = ordinal;
      scores[ordinal]! += (idf * tf * (K1 + 1)) / (tf + norm);
    }
    return touched;
  }

  /** First position in postings[from, to) whose ordinal is at least `ordinal`. */
  private lowerBound(from: number, to: number, ordinal: number): number {
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.postings[mid]! < ordinal) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
