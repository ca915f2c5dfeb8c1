/**
 * One reindex at a time per index directory. The lock is a file created exclusively, holding the
 * owner's pid and the time that process started; a lock whose owner is no longer alive (killed
 * mid-ingest) is taken over.
 *
 * Why the start time: after a container restart the new process often gets the very pid the killed
 * one had, and a pid alone would then make it wait for itself. Why the guard file: two processes
 * that both find an abandoned lock must not both remove it — the second would remove the lock the
 * first has just created, and both would ingest at once.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { StyrdokError } from "../errors";

/** Lock files this process holds: its own pid in a lock file it does not hold is a leftover. */
const held = new Set<string>();

/** The start time of a process (Linux: /proc/PID/stat field 22), or "" where that cannot be read. */
function startTime(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? "";
  } catch {
    return "";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether the lock content "PID START" names a live process that is the one that wrote it. */
function ownerAlive(file: string, content: string): boolean {
  const [pidText, started = ""] = content.split(" ");
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  // Asked only of a lock this process does not hold: one with its own pid was left by an earlier holder.
  if (pid === process.pid) return false;
  if (!alive(pid)) return false;
  const now = startTime(pid);
  return !started || !now || now === started;
}

function tryCreate(file: string, content = ""): boolean {
  try {
    const fd = openSync(file, "wx");
    try {
      if (content) writeSync(fd, content);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** An empty lock file is one being created this instant; only an old empty one is abandoned. */
const EMPTY_LOCK_GRACE_MS = 5_000;
/** A guard left by a process killed while breaking a lock (a window of microseconds). */
const STALE_GUARD_MS = 10_000;

function abandoned(file: string, content: string): boolean {
  return content === "" ? ageMs(file) > EMPTY_LOCK_GRACE_MS : !ownerAlive(file, content);
}

/**
 * Removes the abandoned lock, unless someone else got there first and a new lock is in its place.
 * False when another process is breaking it at this moment: wait a little, then look again.
 */
function breakAbandoned(file: string, content: string): boolean {
  const guard = `${file}.break`;
  if (!tryCreate(guard)) {
    if (ageMs(guard) > STALE_GUARD_MS) rmSync(guard, { force: true });
    return false;
  }
  try {
    if (readFileSafe(file) === content) rmSync(file, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
  return true;
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
    if (!held.has(file) && tryCreate(file, `${process.pid} ${startTime(process.pid)}`.trim())) {
      held.add(file);
      return {
        release: () => {
          held.delete(file);
          rmSync(file, { force: true });
        },
      };
    }
    const content = readFileSafe(file);
    if (!held.has(file) && abandoned(file, content) && breakAbandoned(file, content)) continue;
    if (Date.now() > deadline) {
      const owner = content.split(" ")[0] || "unknown";
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
