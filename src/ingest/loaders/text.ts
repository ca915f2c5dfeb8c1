/**
 * Plain text and Markdown: decoded, otherwise as is (the normaliser handles Markdown syntax and
 * line endings). Swedish legacy text files are often Windows-1252, so text that is not valid UTF-8
 * is read as Windows-1252 rather than refused.
 */
import type { DocumentFormat } from "../../domain";
import { emptyText, unsupported } from "./failures";
import type { LoadedFile } from "./types";

/** Binary data is refused when control characters (other than tab, line breaks, form feed) exceed this share. */
const MAX_CONTROL_SHARE = 0.01;
const CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F]/g;

interface Decoded {
  text: string;
  warnings: string[];
}

/**
 * Windows-1252 bytes 0x80–0x9F (€, ’, ”, –, — …). Node's TextDecoder("windows-1252") decodes
 * them as ISO-8859-1 control characters since 20.18.3 (nodejs/node#56542, #60888), so map them here.
 */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    .toString("latin1")
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function hasBytes(data: Uint8Array, ...bytes: number[]): boolean {
  return bytes.every((byte, i) => data[i] === byte);
}

/** Notepad's "Unicode" is UTF-16 with a byte order mark; without one, NUL bytes mean binary. */
function decodeUtf16(data: Uint8Array): string | null {
  if (hasBytes(data, 0xff, 0xfe)) return new TextDecoder("utf-16le").decode(data.subarray(2));
  if (hasBytes(data, 0xfe, 0xff)) return new TextDecoder("utf-16be").decode(data.subarray(2));
  return null;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * Valid UTF-8 is decoded as such. Text that is not is either a legacy Windows-1252 file (its å, ä
 * and ö are lone high bytes, all invalid) or UTF-8 with a few damaged bytes (most of its non-ASCII
 * characters still decode); the share of characters that do decide which.
 */
function decodeUtf8OrLegacy(data: Uint8Array): Decoded {
  // The default (ignoreBOM: false) strips a UTF-8 byte order mark.
  const text = new TextDecoder("utf-8").decode(data);
  const invalid = count(text, /\uFFFD/g);
  if (invalid === 0) return { text, warnings: [] };
  const hasBom = hasBytes(data, 0xef, 0xbb, 0xbf);
  if (hasBom || count(text, /[^\u0000-\u007F\uFFFD]/g) > invalid) {
    return { text, warnings: [`${invalid} invalid UTF-8 sequences were replaced by "\uFFFD" — check the file`] };
  }
  return {
    text: decodeWindows1252(data),
    warnings: ["not valid UTF-8; read as Windows-1252 — check that å, ä and ö look right"],
  };
}

function decodeBytes(data: Uint8Array): Decoded {
  const utf16 = decodeUtf16(data);
  if (utf16 !== null) return { text: utf16, warnings: [] };
  if (data.includes(0)) throw unsupported();
  return decodeUtf8OrLegacy(data);
}

export function decodeText(data: Uint8Array): Decoded {
  const decoded = decodeBytes(data);
  const controls = decoded.text.match(CONTROLS)?.length ?? 0;
  if (controls > decoded.text.length * MAX_CONTROL_SHARE) throw unsupported();
  return decoded;
}

export function loadText(data: Uint8Array, format: DocumentFormat): LoadedFile {
  const { text, warnings } = decodeText(data);
  if (text.trim() === "") throw emptyText();
  return { format, pages: [{ page: null, text }], properties: {}, warnings };
}
