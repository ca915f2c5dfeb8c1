/**
 * Approximate nearest-neighbour search over passage vectors with hnswlib (HNSW graphs, cosine space).
 *
 * Graph labels are not passage ordinals: a reindex shifts ordinals, while an updated graph keeps
 * its unchanged passages' nodes. `labels` maps ordinal → label (a file beside the graph). A fresh
 * build labels ordinal i as i; an update marks the nodes of removed passages deleted and adds new
 * passages under fresh labels, reusing deleted nodes' slots, so one changed document costs its
 * own passages rather than a rebuild of the whole graph.
 *
 * The raw vectors are kept beside the graph: a small filtered search compares them exactly, and
 * a graph that has been updated too often is rebuilt from them without embedding anything again.
 */
import { readFileSync, writeFileSync } from "node:fs";
import hnswlib from "hnswlib-node";
import type { PassageFilter } from "./filter";
import { TopK } from "./top-k";

const { HierarchicalNSW } = hnswlib;
type Graph = InstanceType<typeof HierarchicalNSW>;

export interface VectorHit {
  ordinal: number;
  similarity: number;
}

const M = 16;
const EF_CONSTRUCTION = 100;
const EF_SEARCH = 64;
const SEED = 42;
/**
 * A filter accepting at most this many passages is searched exactly, by comparing each: a graph
 * walk that must skip nearly every node it meets costs far more than a few thousand dot products.
 */
const EXACT_LIMIT = 10_000;
/**
 * An update that replaces more than this share of the passages rebuilds the graph instead: many
 * replaced nodes make a worse graph than a fresh build, which then costs little more.
 */
const REBUILD_SHARE = 0.5;

function newGraph(dimensions: number, capacity: number): Graph {
  const graph = new HierarchicalNSW("cosine", dimensions);
  graph.initIndex({ maxElements: Math.max(capacity, 1), m: M, efConstruction: EF_CONSTRUCTION, randomSeed: SEED, allowReplaceDeleted: true });
  graph.setEf(EF_SEARCH);
  return graph;
}

function row(vectors: Float32Array, ordinal: number, dimensions: number): number[] {
  return Array.from(vectors.subarray(ordinal * dimensions, (ordinal + 1) * dimensions));
}

export class VectorIndex {
  /** Label → ordinal, -1 for labels of deleted nodes. */
  private readonly ordinals: Int32Array;

  private constructor(
    private readonly graph: Graph,
    /** One row of `dimensions` floats per passage ordinal. */
    private readonly vectors: Float32Array,
    /** Ordinal → graph label. */
    readonly labels: Uint32Array,
    readonly dimensions: number,
  ) {
    const top = labels.reduce((max, label) => Math.max(max, label), -1);
    this.ordinals = new Int32Array(top + 1).fill(-1);
    labels.forEach((label, ordinal) => (this.ordinals[label] = ordinal));
  }

  /** Builds a graph over `vectors`, one row of `dimensions` floats per passage ordinal. */
  static build(vectors: Float32Array, dimensions: number): VectorIndex {
    const count = vectors.length / dimensions;
    const graph = newGraph(dimensions, count);
    for (let i = 0; i < count; i++) graph.addPoint(row(vectors, i, dimensions), i);
    return new VectorIndex(graph, vectors, Uint32Array.from({ length: count }, (_, i) => i), dimensions);
  }

  static load(graphFile: string, labelsFile: string, vectors: Float32Array, dimensions: number): VectorIndex {
    const graph = new HierarchicalNSW("cosine", dimensions);
    graph.readIndexSync(graphFile, true);
    graph.setEf(EF_SEARCH);
    const bytes = readFileSync(labelsFile);
    const labels = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    if (labels.length * dimensions !== vectors.length) throw new Error(`${labelsFile} does not match the vectors`);
    return new VectorIndex(graph, vectors, labels, dimensions);
  }

  save(graphFile: string, labelsFile: string): void {
    this.graph.writeIndexSync(graphFile);
    writeFileSync(labelsFile, Buffer.from(this.labels.buffer, this.labels.byteOffset, this.labels.byteLength));
  }

  get size(): number {
    return this.labels.length;
  }

  /**
   * The index for a new passage list, built from this one: `previous[i]` is the ordinal the new
   * passage i had here, or -1 for a new passage (its vector is in `vectors`). Takes over this
   * index's graph: use only the returned index afterwards.
   */
  update(vectors: Float32Array, previous: Int32Array): VectorIndex {
    const dims = this.dimensions;
    const kept = new Uint8Array(this.size);
    let added = 0;
    for (const old of previous) {
      if (old >= 0) kept[old] = 1;
      else added++;
    }
    const removed = this.size - (previous.length - added);
    let nextLabel = this.ordinals.length;
    // Labels only grow, and deleted nodes stay until new passages take their slots.
    const sparse = nextLabel + added > 2 * previous.length + 1024;
    // Nodes marked deleted once the removed passages are (markDelete leaves the count as it is).
    const deleted = this.graph.getCurrentCount() - (this.size - removed);
    const dead = Math.max(0, deleted - added);
    if (added + removed > REBUILD_SHARE * previous.length || sparse || dead > previous.length / 2 + 1024) return VectorIndex.build(vectors, dims);
    kept.forEach((isKept, old) => isKept || this.graph.markDelete(this.labels[old]!));
    const needed = this.graph.getCurrentCount() + Math.max(0, added - deleted);
    if (needed > this.graph.getMaxElements()) this.graph.resizeIndex(Math.ceil(needed * 1.25));
    const labels = new Uint32Array(previous.length);
    previous.forEach((old, ordinal) => {
      if (old >= 0) labels[ordinal] = this.labels[old]!;
      else this.graph.addPoint(row(vectors, ordinal, dims), (labels[ordinal] = nextLabel++), true);
    });
    return new VectorIndex(this.graph, vectors, labels, dims);
  }

  search(query: ArrayLike<number>, k: number, filter?: PassageFilter): VectorHit[] {
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    if (filter && filter.size <= EXACT_LIMIT) return this.exact(query, n, filter);
    const accept = filter && ((label: number) => filter.has(this.ordinals[label]!));
    const result = this.graph.searchKnn(Array.from(query), n, accept);
    return result.neighbors.map((label, i) => ({ ordinal: this.ordinals[label]!, similarity: 1 - (result.distances[i] ?? 1) }));
  }

  /** Cosine similarity to every passage the filter accepts; the k most similar, ties by ordinal. */
  private exact(query: ArrayLike<number>, k: number, filter: PassageFilter): VectorHit[] {
    const dims = this.dimensions;
    const q = Float64Array.from(query);
    let qNorm = 0;
    for (let d = 0; d < dims; d++) qNorm += q[d]! * q[d]!;
    qNorm = Math.sqrt(qNorm);
    const best = new TopK(k);
    for (let r = 0; r < filter.rangeCount; r++) {
      for (let ordinal = filter.starts[r]!, end = filter.ends[r]!; ordinal < end; ordinal++) {
        let dot = 0;
        let norm = 0;
        for (let d = 0, at = ordinal * dims; d < dims; d++, at++) {
          const v = this.vectors[at]!;
          dot += q[d]! * v;
          norm += v * v;
        }
        best.push(ordinal, norm && qNorm ? dot / (Math.sqrt(norm) * qNorm) : 0);
      }
    }
    return best.results().map((hit) => ({ ordinal: hit.ordinal, similarity: hit.score }));
  }
}
