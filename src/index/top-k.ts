/**
 * The k best (ordinal, score) pairs of a stream, best first: higher score, then lower ordinal. A
 * bounded min-heap on typed arrays, so a query that touches 100,000 passages keeps 50 and sorts
 * 50, instead of allocating and sorting all of them. The order is total, so the result is exactly
 * what sorting everything and taking the first k gives.
 */
export class TopK {
  private readonly ordinals: Uint32Array;
  private readonly scores: Float64Array;
  private count = 0;

  constructor(private readonly k: number) {
    this.ordinals = new Uint32Array(Math.max(0, k));
    this.scores = new Float64Array(Math.max(0, k));
  }

  /** Whether (a, sa) ranks below (b, sb). */
  private static worse(sa: number, a: number, sb: number, b: number): boolean {
    return sa < sb || (sa === sb && a > b);
  }

  push(ordinal: number, score: number): void {
    if (this.count < this.k) {
      let at = this.count++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!TopK.worse(score, ordinal, this.scores[parent]!, this.ordinals[parent]!)) break;
        this.ordinals[at] = this.ordinals[parent]!;
        this.scores[at] = this.scores[parent]!;
        at = parent;
      }
      this.ordinals[at] = ordinal;
      this.scores[at] = score;
      return;
    }
    if (this.k === 0 || !TopK.worse(this.scores[0]!, this.ordinals[0]!, score, ordinal)) return;
    this.siftDown(ordinal, score);
  }

  /** Replaces the root (the worst kept) and restores the heap. */
  private siftDown(ordinal: number, score: number): void {
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= this.count) break;
      const right = left + 1;
      let child = left;
      if (right < this.count && TopK.worse(this.scores[right]!, this.ordinals[right]!, this.scores[left]!, this.ordinals[left]!)) child = right;
      if (!TopK.worse(this.scores[child]!, this.ordinals[child]!, score, ordinal)) break;
      this.ordinals[at] = this.ordinals[child]!;
      this.scores[at] = this.scores[child]!;
      at = child;
    }
    this.ordinals[at] = ordinal;
    this.scores[at] = score;
  }

  /** The kept pairs, best first. */
  results(): { ordinal: number; score: number }[] {
    const out: { ordinal: number; score: number }[] = [];
    for (let i = 0; i < this.count; i++) out.push({ ordinal: this.ordinals[i]!, score: this.scores[i]! });
    return out.sort((a, b) => b.score - a.score || a.ordinal - b.ordinal);
  }
}
