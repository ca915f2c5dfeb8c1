/**
 * Approximate nearest-neighbour search over passage vectors with hnswlib (HNSW graphs, cosine space).
 * Labels are passage ordinals in the index. The raw vectors are kept beside the graph so a reindex
 * can rebuild the graph without embedding unchanged passages again.
 */
import hnswlib from "hnswlib-node";

const { HierarchicalNSW } = hnswlib;

export interface VectorHit {
  ordinal: number;
  similarity: number;
}

const M = 16;
const EF_CONSTRUCTION = 100;
const EF_SEARCH = 64;

export class VectorIndex {
  private constructor(
    private readonly graph: InstanceType<typeof HierarchicalNSW>,
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
    return new VectorIndex(graph, dimensions);
  }

  static load(file: string, dimensions: number): VectorIndex {
    const graph = new HierarchicalNSW("cosine", dimensions);
    graph.readIndexSync(file);
    graph.setEf(EF_SEARCH);
    return new VectorIndex(graph, dimensions);
  }

  save(file: string): void {
    this.graph.writeIndexSync(file);
  }

  get size(): number {
    return this.graph.getCurrentCount();
  }

  search(query: ArrayLike<number>, k: number, accept?: (ordinal: number) => boolean): VectorHit[] {
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    const result = this.graph.searchKnn(Array.from(query), n, accept);
    return result.neighbors.map((ordinal, i) => ({ ordinal, similarity: 1 - (result.distances[i] ?? 1) }));
  }
}
