/**
 * Runs one extraction in its own worker thread. A parser that loops forever is terminated at the
 * time limit; one that exhausts its heap kills only its worker. Either way the ingest carries on
 * with the next file. One worker per file: it costs ~0.1 s to start plus ~0.1 s to load pdf.js,
 * and every file starts with a clean heap.
 *
 * Limits: `resourceLimits` caps the V8 heap, not memory outside it (ArrayBuffers, which pdf.js
 * uses for decoded streams), so a decompression bomb can still grow the process; the time limit
 * bounds how long it can keep doing so.
 */
import { Worker } from "node:worker_threads";
import { damaged, outOfMemory, timedOut } from "./failures";
import type { Extraction, ExtractError, ExtractRequest, ExtractResponse } from "./types";

export const DEFAULT_TIMEOUT_MS = 60_000;
export const PARSER_HEAP_MB = 1024;

const WORKER_URL = new URL("./extract-worker.mjs", import.meta.url);

export class ExtractionFailed extends Error {
  constructor(readonly failure: ExtractError) {
    super(failure.message);
  }
}

export interface IsolateOptions {
  timeoutMs: number;
  heapMb?: number;
}

/**
 * An uncaught error in the worker is the parser choking on the file, except when the worker could
 * not even load its modules: that is a broken installation, reported as it is.
 */
function workerFailure(error: Error & { code?: string }, heapMb: number): Error {
  if (error.code === "ERR_WORKER_OUT_OF_MEMORY") return outOfMemory(heapMb);
  if (error.code?.startsWith("ERR_MODULE") || error instanceof SyntaxError) return error;
  return damaged(`the parser stopped: ${error.message}`, error);
}

/**
 * Resolves with the extraction, or rejects with a StyrdokError (timeout, memory, crash) or with
 * ExtractionFailed carrying the parser's own error for the format's loader to classify.
 */
export function extractIsolated(request: ExtractRequest, options: IsolateOptions): Promise<Extraction> {
  const heapMb = options.heapMb ?? PARSER_HEAP_MB;
  return new Promise<Extraction>((resolve, reject) => {
    // A Buffer can be a view into a larger pooled ArrayBuffer; hand the worker an exact copy.
    const data = new Uint8Array(request.data);
    const worker = new Worker(WORKER_URL, {
      workerData: { ...request, data },
      transferList: [data.buffer],
      // Not tsx's loader (inherited by default): the worker is plain JavaScript, see extract-worker.mjs.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
      // Captured and dropped: whatever pdf.js or mammoth print must not reach ingest output.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(timedOut(options.timeoutMs))), options.timeoutMs);
    worker.once("message", (response: ExtractResponse) =>
      settle(() => (response.ok ? resolve(response.result) : reject(new ExtractionFailed(response.error)))),
    );
    worker.once("error", (error: Error) => settle(() => reject(workerFailure(error, heapMb))));
    worker.once("exit", (code) =>
      settle(() => reject(damaged(`the parser stopped with exit code ${code} before it finished`))),
    );
  });
}
