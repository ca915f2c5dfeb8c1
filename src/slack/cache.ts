/**
 * A small in-memory map with a size bound and an expiry, for what the bot remembers between
 * events: events already handled, the last question of each thread, recent answers. Oldest
 * entries go first when it is full, so memory stays bounded however long the process runs.
 */
export interface CacheOptions {
  capacity: number;
  ttlMs: number;
  now?: () => number;
}

export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();
  private readonly now: () => number;

  constructor(private readonly options: CacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V, ttlMs = this.options.ttlMs): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + ttlMs });
    while (this.entries.size > this.options.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** Remembers the key unless it is already remembered; true when it was new. */
  add(key: string, value: V): boolean {
    if (this.get(key) !== undefined) return false;
    this.set(key, value);
    return true;
  }
}
