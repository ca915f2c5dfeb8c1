import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireLock } from "../../../src/index/lock";
import { ROOT, runScript } from "../../helpers/processes";
import { tempDir } from "../../helpers/runtime";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid!;
}

const lockFile = () => path.join(dir, "ingest.lock");

describe("the ingest lock", () => {
  it("takes over a lock whose owner was killed", async () => {
    dir = tempDir();
    writeFileSync(lockFile(), `${deadPid()} 12345`);
    const lock = await acquireLock(dir, 1_000);
    expect(readFileSync(lockFile(), "utf8").split(" ")[0]).toBe(String(process.pid));
    lock.release();
    expect(existsSync(lockFile())).toBe(false);
  });

  it("takes over a leftover lock naming this very process, as after a container restart", async () => {
    dir = tempDir();
    writeFileSync(lockFile(), String(process.pid));
    (await acquireLock(dir, 1_000)).release();
  });

  it.runIf(existsSync("/proc/self/stat"))("takes over a lock whose pid now belongs to another process", async () => {
    dir = tempDir();
    // The parent is alive, but it started at another time than the one the lock records.
    writeFileSync(lockFile(), `${process.ppid} 1`);
    (await acquireLock(dir, 1_000)).release();
  });

  it("waits for a live owner, and says so when it cannot wait longer", async () => {
    dir = tempDir();
    const held = await acquireLock(dir);
    const started = Date.now();
    await expect(acquireLock(dir, 300)).rejects.toMatchObject({
      code: "index-locked",
      message: `Another reindex (process ${process.pid}) is still running: wait for it to finish, then try again.`,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    held.release();
    (await acquireLock(dir, 1_000)).release();
  });

  it("lets processes that all find an abandoned lock take it one at a time", async () => {
    dir = tempDir();
    const script = path.join(dir, "hold.mts");
    const log = path.join(dir, "log.txt");
    writeFileSync(
      script,
      `import { appendFileSync } from "node:fs";
import { acquireLock } from ${JSON.stringify(path.join(ROOT, "src/index/lock.ts"))};
const lock = await acquireLock(${JSON.stringify(dir)});
appendFileSync(${JSON.stringify(log)}, "in " + process.pid + "\\n");
await new Promise((resolve) => setTimeout(resolve, 150));
appendFileSync(${JSON.stringify(log)}, "out " + process.pid + "\\n");
lock.release();
`,
    );
    writeFileSync(lockFile(), `${deadPid()} 12345`);
    const runs = await Promise.all(Array.from({ length: 4 }, () => runScript(script, [], { cwd: dir, env: {} }).finished));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const lines = readFileSync(log, "utf8").trim().split("\n");
    expect(lines).toHaveLength(8);
    for (let i = 0; i < lines.length; i += 2) {
      const [entered, left] = [lines[i]!.split(" "), lines[i + 1]!.split(" ")];
      expect([entered[0], left[0], left[1]]).toEqual(["in", "out", entered[1]]);
    }
  });
});
