/**
 * Feedback on answers, one JSON object a line in DATA_DIR/feedback.jsonl.
 *
 * Each record is written with a single append (O_APPEND) and synced before the click is thanked.
 * A crash can at worst leave the last line cut short; the next append starts on a fresh line, so
 * a cut line never swallows a complete record (readers skip lines that do not parse).
 */
import { mkdir, open } from "node:fs/promises";
import path from "node:path";
import type { Citation, Language } from "../domain";
import type { Verdict } from "./blocks/actions";

export interface FeedbackRecord {
  time: string;
  user: string;
  verdict: Verdict;
  question: string;
  /** The answer as shown; null when it is no longer in memory and the message did not carry it. */
  answer: string | null;
  language: Language | null;
  abstained: boolean | null;
  citations: Citation[];
  answerId: string;
  channel: string | null;
  messageTs: string | null;
}

async function appendLine(file: string, line: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, "a+");
  try {
    const { size } = await handle.stat();
    let prefix = "";
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) prefix = "\n";
    }
    const bytes = Buffer.from(`${prefix}${line}\n`, "utf8");
    let written = 0;
    while (written < bytes.length) {
      const result = await handle.write(bytes, written, bytes.length - written);
      written += result.bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export class FeedbackLog {
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly file: string) {}

  /** Appends one record; appends from this process are written one after another, never interleaved. */
  append(record: FeedbackRecord): Promise<void> {
    const line = JSON.stringify(record);
    const next = this.queue.then(() => appendLine(this.file, line));
    this.queue = next.catch(() => undefined);
    return next;
  }
}
