/**
 * Builds a LexicalIndex passage by passage, in ordinal order. A passage is either freshly analysed
 * terms, or a passage of the previous index kept as it was: its terms and frequencies are read back
 * from that index's postings and its words from its word lists, so an incremental ingest never
 * analyses unchanged text again. The result is the same index, term for term, as building from
 * every passage's analysed terms.
 */
import { LexicalIndex } from "./lexical";

/** An append-only typed array. */
class Column<T extends Uint32Array | Uint16Array> {
  private data: T;
  length = 0;

  constructor(private readonly make: (size: number) => T) {
    this.data = make(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i]!;
  }

  values(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

interface Kept {
  forward: ReturnType<LexicalIndex["forward"]>;
  /** Term id in the kept index → term id in this builder, -1 until first seen. */
  termIds: Int32Array;
}

export class LexicalBuilder {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Per passage, its distinct terms (builder ids) with their frequencies, passage after passage. */
  private readonly termColumn = new Column((n) => new Uint32Array(n));
  private readonly tfColumn = new Column((n) => new Uint16Array(n));
  private readonly ends = new Column((n) => new Uint32Array(n));
  private readonly wordColumn = new Column((n) => new Uint32Array(n));
  private readonly wordEnds = new Column((n) => new Uint32Array(n));
  private readonly lengths = new Column((n) => new Uint16Array(n));
  private readonly kept = new Map<LexicalIndex, Kept>();

  /** An index over passages given as analysed terms (all words), ordinal = position in the list. */
  static fromTerms(passages: readonly (readonly string[])[]): LexicalIndex {
    const builder = new LexicalBuilder();
    for (const terms of passages) builder.addTerms(terms);
    return builder.build();
  }

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  /**
   * The next passage, from its analysed terms in text order (repeats count) and its words: the
   * terms that are not compound parts, in order, for phrase matching.
   */
  addTerms(terms: readonly string[], words: readonly string[] = terms): void {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      this.termColumn.push(this.idOf(term));
      this.tfColumn.push(Math.min(tf, 0xffff));
    }
    this.lengths.push(Math.min(terms.length, 0xffff));
    this.ends.push(this.termColumn.length);
    for (const word of words) this.wordColumn.push(this.idOf(word));
    this.wordEnds.push(this.wordColumn.length);
  }

  /** The next passage: passage `ordinal` of `index`, unchanged. */
  addKept(index: LexicalIndex, ordinal: number): void {
    let kept = this.kept.get(index);
    if (!kept) this.kept.set(index, (kept = { forward: index.forward(), termIds: new Int32Array(index.terms().length).fill(-1) }));
    const { forward, termIds } = kept;
    const vocabulary = index.terms();
    const id = (old: number) => (termIds[old] === -1 ? (termIds[old] = this.idOf(vocabulary[old]!)) : termIds[old]!);
    for (let at = forward.starts[ordinal]!, end = forward.starts[ordinal + 1]!; at < end; at++) {
      this.termColumn.push(id(forward.termIds[at]!));
      this.tfColumn.push(forward.tfs[at]!);
    }
    this.lengths.push(index.passageLength(ordinal));
    this.ends.push(this.termColumn.length);
    for (const old of index.wordIdsOf(ordinal)) this.wordColumn.push(id(old));
    this.wordEnds.push(this.wordColumn.length);
  }

  build(): LexicalIndex {
    const order = this.terms.map((_, id) => id).sort((a, b) => (this.terms[a]! < this.terms[b]! ? -1 : this.terms[a]! > this.terms[b]! ? 1 : 0));
    const finalId = new Uint32Array(this.terms.length);
    order.forEach((id, rank) => (finalId[id] = rank));
    const entries = this.termColumn.values();
    const offsets = new Uint32Array(order.length + 1);
    for (const id of entries) offsets[finalId[id]! + 1]!++;
    for (let t = 0; t < order.length; t++) offsets[t + 1]! += offsets[t]!;
    const postings = new Uint32Array(entries.length);
    const tfs = new Uint16Array(entries.length);
    const cursor = offsets.slice(0, order.length);
    // Passages in ordinal order, so each term's postings come out sorted by ordinal.
    for (let ordinal = 0, at = 0; ordinal < this.ends.length; ordinal++) {
      for (const end = this.ends.get(ordinal); at < end; at++) {
        const t = finalId[entries[at]!]!;
        postings[cursor[t]!] = ordinal;
        tfs[cursor[t]!++] = this.tfColumn.get(at);
      }
    }
    const vocabulary = order.map((id) => this.terms[id]!);
    const words = this.wordColumn.values().map((id) => finalId[id]!);
    const wordStarts = new Uint32Array(this.wordEnds.length + 1);
    wordStarts.set(this.wordEnds.values(), 1);
    return LexicalIndex.fromArrays({ vocabulary, offsets, postings, tfs, lengths: this.lengths.values().slice(), wordStarts, words });
  }
}
