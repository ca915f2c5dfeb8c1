/**
 * What to do with an index generation that cannot be read (a disk fault, a file edited by hand):
 * unpublish it, so the next ingest finds no previous index and rebuilds from the documents.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { acquireLock } from "./lock";
import { currentGeneration, readManifest } from "./store";

/**
 * Unpublishes `generation` if it is still the current one (a reindex elsewhere may have replaced
 * it meanwhile). Returns the source files its manifest listed, when that much can still be read,
 * so the rebuild can include documents ingested from outside the corpus folder.
 */
export async function unpublishDamaged(indexDir: string, generation: string | null): Promise<string[]> {
  const lock = await acquireLock(indexDir);
  try {
    if (currentGeneration(indexDir) !== generation) return [];
    const sources = readManifest(indexDir)?.documents.map((d) => d.source) ?? [];
    rmSync(path.join(indexDir, "CURRENT"), { force: true });
    return sources;
  } finally {
    lock.release();
  }
}
