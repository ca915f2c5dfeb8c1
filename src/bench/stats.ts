/** Summaries of repeated timings: median and 95th percentile (nearest rank). */
export interface Summary {
  n: number;
  median: number;
  p95: number;
}

function nearestRank(sorted: readonly number[], p: number): number {
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(samples: readonly number[]): Summary {
  if (!samples.length) return { n: 0, median: NaN, p95: NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { n: sorted.length, median: round(median), p95: round(nearestRank(sorted, 0.95)) };
}

/** Three significant decimals at most: enough for milliseconds, short in JSON. */
export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function elapsedMs(since: number): number {
  return performance.now() - since;
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  return round(process.resourceUsage().maxRSS / 1024, 1);
}
