/**
 * A set of passage ordinals as sorted, disjoint [start, end) ranges. A document's passages are
 * contiguous ordinals, so "only these documents" is a handful of ranges however large the index:
 * the lexical index scores only postings inside them and the vector side can compare the few
 * passages exactly instead of walking a graph that mostly holds passages it must skip.
 */
export interface OrdinalRange {
  start: number;
  end: number;
}

export class PassageFilter {
  private constructor(
    readonly starts: Uint32Array,
    readonly ends: Uint32Array,
    /** How many passages the filter accepts. */
    readonly size: number,
  ) {}

  static fromRanges(ranges: readonly OrdinalRange[]): PassageFilter {
    const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
    const merged: OrdinalRange[] = [];
    for (const r of sorted) {
      const last = merged.at(-1);
      if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
      else merged.push({ ...r });
    }
    const starts = Uint32Array.from(merged, (r) => r.start);
    const ends = Uint32Array.from(merged, (r) => r.end);
    return new PassageFilter(starts, ends, merged.reduce((n, r) => n + r.end - r.start, 0));
  }

  get rangeCount(): number {
    return this.starts.length;
  }

  has(ordinal: number): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (ordinal < this.starts[mid]!) hi = mid - 1;
      else if (ordinal >= this.ends[mid]!) lo = mid + 1;
      else return true;
    }
    return false;
  }
}
