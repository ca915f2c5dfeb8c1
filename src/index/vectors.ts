/**
 * Approximate nearest-neighbour search over passage vectors with hnswlib (HNSW graphs, cosine space).
 * Labels are passage ordinals in the index. The raw vectors are kept beside the graph so a reindex
 * can rebuild the graph without embedding unchanged passages again.
 */
import hnswlib from "hnswlib-node";
import type { PassageFilter } from "./filter";
import { TopK } from "./top-k";

const { HierarchicalNSW } = hnswlib;

export interface VectorHit {
  ordinal: number;
  similarity: number;
}

const M = 16;
const EF_CONSTRUCTION = 100;
const EF_SEARCH = 64;
/**
 * A filter accepting at most this many passages is searched exactly, by comparing each: a graph
 * walk that must skip nearly every node it meets costs far more than a few thousand dot products.
 */
const EXACT_LIMIT = 10_000;

export class VectorIndex {
  private constructor(
    private readonly graph: InstanceType<typeof HierarchicalNSW>,
    /** One row of `dimensions` floats per passage ordinal. */
    private readonly vectors: Float32Array,
    readonly dimensions: number,
  ) {}

  /** Builds a graph over `vectors`, one row of `dimensions` floats per passage ordinal. */
  static build(vectors: Float32Array, dimensions: number): VectorIndex {
    const count = vectors.length / dimensions;
    const graph = new HierarchicalNSW("cosine", dimensions);
    graph.initIndex(Math.max(count, 1), M, EF_CONSTRUCTION, 42);
    const row = new Array<number>(dimensions);
    for (let i = 0; i < count; i++) {
      for (let d = 0; d < dimensions; d++) row[d] = vectors[i * dimensions + d]!;
      graph.addPoint(row, i);
    }
    graph.setEf(EF_SEARCH);
    return new VectorIndex(graph, vectors, dimensions);
  }

  static load(file: string, vectors: Float32Array, dimensions: number): VectorIndex {
    const graph = new HierarchicalNSW("cosine", dimensions);
    graph.readIndexSync(file);
    graph.setEf(EF_SEARCH);
    return new VectorIndex(graph, vectors, dimensions);
  }

  save(file: string): void {
    this.graph.writeIndexSync(file);
  }

  get size(): number {
    return this.graph.getCurrentCount();
  }

  search(query: ArrayLike<number>, k: number, filter?: PassageFilter): VectorHit[] {
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    if (filter && filter.size <= EXACT_LIMIT) return this.exact(query, n, filter);
    const result = this.graph.searchKnn(Array.from(query), n, filter && ((ordinal: number) => filter.has(ordinal)));
    return result.neighbors.map((ordinal, i) => ({ ordinal, similarity: 1 - (result.distances[i] ?? 1) }));
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
