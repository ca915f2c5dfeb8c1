/**
 * One reindex at a time per index directory. The lock is a file created exclusively, holding the
 * owner's pid; a lock whose owner is no longer alive (killed mid-ingest) is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { StyrdokError } from "../errors";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function tryCreate(file: string): boolean {
  try {
    const fd = openSync(file, "wx");
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

export interface Lock {
  release(): void;
}

/**
 * Waits (polling) until the lock is free, up to `timeoutMs`. Reindexes queue behind each other
 * instead of interleaving; a caller that cannot wait gets a message saying what is going on.
 */
export async function acquireLock(indexDir: string, timeoutMs = 10 * 60_000): Promise<Lock> {
  mkdirSync(indexDir, { recursive: true });
  const file = path.join(indexDir, "ingest.lock");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (tryCreate(file)) {
      return { release: () => rmSync(file, { force: true }) };
    }
    const content = readFileSafe(file);
    const owner = Number(content);
    // An empty lock file is one being created this instant; only an old empty one is abandoned.
    const abandoned = content === "" ? ageMs(file) > 5_000 : !Number.isInteger(owner) || owner <= 0 || !alive(owner);
    if (abandoned) {
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new StyrdokError("index-locked", `Another reindex (process ${owner}) is still running: wait for it to finish, then try again.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return "";
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}
