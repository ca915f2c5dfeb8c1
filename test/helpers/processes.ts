/** styrdok's command-line scripts run as child processes, as an operator (or a crash) would. */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  finished: Promise<Finished>;
}

const TSX = import.meta.resolve("tsx");

/**
 * `node --import tsx <script> ...args` (a path from the project root, or absolute) in `cwd`, with only the given
 * environment on top of PATH and HOME: no .env and no Slack or OpenAI settings leak in from the
 * developer's shell or working directory.
 */
export function runScript(script: string, args: string[], options: { cwd: string; env: Record<string, string> }): Running {
  const child = spawn(process.execPath, ["--import", TSX, path.resolve(ROOT, script), ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const finished = new Promise<Finished>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, finished };
}

export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
