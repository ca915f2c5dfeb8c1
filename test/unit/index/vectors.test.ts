import path from "node:path";
import { describe, expect, it } from "vitest";
import { PassageFilter } from "../../../src/index/filter";
import { VectorIndex } from "../../../src/index/vectors";
import { tempDir } from "../../helpers/runtime";

const DIMS = 8;

/** Unit vectors that are each other's neighbours only by their own index. */
function vectors(seeds: number[]): Float32Array {
  const out = new Float32Array(seeds.length * DIMS);
  seeds.forEach((seed, i) => {
    let norm = 0;
    for (let d = 0; d < DIMS; d++) norm += (out[i * DIMS + d] = Math.sin(seed * (d + 1) * 1.7) + (d === seed % DIMS ? 2 : 0)) ** 2;
    for (let d = 0; d < DIMS; d++) out[i * DIMS + d]! /= Math.sqrt(norm);
  });
  return out;
}

const row = (v: Float32Array, i: number) => Array.from(v.subarray(i * DIMS, (i + 1) * DIMS));

describe("VectorIndex", () => {
  it("finds each passage as its own nearest neighbour, exactly when filtered", () => {
    const v = vectors([1, 2, 3, 4, 5, 6]);
    const index = VectorIndex.build(v, DIMS);
    for (let i = 0; i < 6; i++) expect(index.search(row(v, i), 1)[0]!.ordinal).toBe(i);
    const filtered = index.search(row(v, 4), 3, PassageFilter.fromRanges([{ start: 1, end: 2 }, { start: 4, end: 6 }]));
    expect(filtered.map((h) => h.ordinal).sort()).toEqual([1, 4, 5]);
    expect(filtered[0]).toMatchObject({ ordinal: 4 });
    expect(filtered[0]!.similarity).toBeCloseTo(1, 5);
  });

  it("updates in place: removed passages leave, new ones join, ordinals follow the new order", () => {
    const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
    const before = vectors(seeds);
    // Passage 5 removed, passage 10 replaced by a new one, one new passage at the end.
    const kept = seeds.map((_, i) => i).filter((i) => i !== 5 && i !== 10);
    const order = [...kept.slice(0, 9), -1, ...kept.slice(9), -1];
    const newSeeds = order.map((old, i) => (old >= 0 ? seeds[old]! : 100 + i));
    const after = vectors(newSeeds);
    const updated = VectorIndex.build(before, DIMS).update(after, Int32Array.from(order));
    // Updated, not rebuilt: kept passages keep their graph labels, new ones get fresh labels.
    expect(Array.from(updated.labels).filter((_, i) => order[i]! >= 0)).toEqual(kept);
    expect(Array.from(updated.labels).filter((_, i) => order[i]! < 0)).toEqual([40, 41]);
    const dir = tempDir();
    updated.save(path.join(dir, "g.hnsw"), path.join(dir, "g.labels"));
    const loaded = VectorIndex.load(path.join(dir, "g.hnsw"), path.join(dir, "g.labels"), after, DIMS);
    for (const index of [updated, loaded]) {
      expect(index.size).toBe(order.length);
      for (let i = 0; i < order.length; i++) expect(index.search(row(after, i), 1)[0]!.ordinal).toBe(i);
      expect(new Set(index.search(row(before, 5), 50).map((h) => h.ordinal)).size).toBe(order.length);
    }
  });
});
