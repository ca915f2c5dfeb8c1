/**
 * Work in progress — questions being answered, uploads being indexed — counted, so that a
 * shutdown (SIGTERM from systemd, Docker or Kubernetes) can stop taking new work and wait for
 * what is under way instead of cutting answers off.
 */
export class InFlight {
  private count = 0;
  private waiting: (() => void)[] = [];

  get size(): number {
    return this.count;
  }

  async track<T>(work: () => Promise<T>): Promise<T> {
    this.count++;
    try {
      return await work();
    } finally {
      this.count--;
      if (this.count === 0) for (const resolve of this.waiting.splice(0)) resolve();
    }
  }

  /** Resolves true once nothing is in flight, or false when `timeoutMs` passes first. */
  settled(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiting.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}

/** How long a shutdown waits for answers in flight (a model may take OPENAI_TIMEOUT_MS, 20 s by default). */
export const SHUTDOWN_GRACE_MS = 25_000;
