/** Reading a binary index file so typed arrays can view it without copying. */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

/** A whole file in a fresh ArrayBuffer of its own, so typed arrays can view it at any aligned offset. */
export function readAligned(file: string): ArrayBuffer {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const buffer = new ArrayBuffer(size);
    const bytes = new Uint8Array(buffer);
    for (let at = 0; at < size; ) {
      const read = readSync(fd, bytes, at, size - at, at);
      if (read === 0) throw new Error(`${file} ended after ${at} of ${size} bytes`);
      at += read;
    }
    return buffer;
  } finally {
    closeSync(fd);
  }
}
