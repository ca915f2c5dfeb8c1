/**
 * Files shared with the bot: what they are (files.info when the event carries only a stub), and
 * their bytes (url_private_download with the bot token). The token is only ever sent to Slack's
 * own file host, or to SLACK_API_URL's host when that is set (tests, proxies): a link in an event
 * can never make the bot hand its token to someone else.
 */
import path from "node:path";
import { StyrdokError } from "../errors";
import { SUPPORTED_EXTENSIONS } from "../ingest/loaders";
import { tooLarge } from "../ingest/loaders/failures";

/** The fields of Slack's file object the bot uses. */
export interface SlackFile {
  id: string;
  name?: string;
  title?: string;
  mimetype?: string;
  filetype?: string;
  size?: number;
  url_private?: string;
  url_private_download?: string;
  mode?: string;
  file_access?: string;
}

export interface FilesClient {
  files: { info(args: { file: string }): Promise<{ file?: Partial<SlackFile> }> };
}

/**
 * Slack Connect shares (and some others) arrive as a stub — `{ id, mode: "file_access",
 * file_access: "check_file_info" }` — with no name, size or link: files.info has them.
 */
export async function resolveFile(client: FilesClient, file: SlackFile): Promise<SlackFile> {
  if (file.url_private_download && file.file_access !== "check_file_info") return file;
  const info = await client.files.info({ file: file.id });
  if (!info.file) throw new StyrdokError("slack", `Slack did not describe file ${file.id}; share it again.`);
  return { ...info.file, id: info.file.id ?? file.id };
}

/** Slack's filetype for files named without an extension ("Riktlinje" uploaded from a phone). */
const FILETYPE_EXTENSIONS: Readonly<Record<string, string>> = { pdf: ".pdf", docx: ".docx", text: ".txt", markdown: ".md" };

export function uploadName(file: SlackFile): string {
  const name = file.name || file.title || file.id;
  if (SUPPORTED_EXTENSIONS.includes(path.extname(name).toLowerCase())) return name;
  return name + (FILETYPE_EXTENSIONS[file.filetype ?? ""] ?? "");
}

export interface DownloadOptions {
  botToken: string;
  /** SLACK_API_URL: when set, files are fetched from its host too. */
  apiUrl?: string;
  maxBytes: number;
  fetch?: typeof fetch;
}

export function downloadUrl(file: SlackFile, apiUrl?: string): URL {
  const link = file.url_private_download ?? file.url_private;
  if (!link) throw new StyrdokError("slack", "Slack gave no download link for the file; share it again.");
  const url = new URL(link);
  if (apiUrl) {
    const base = new URL(apiUrl);
    url.protocol = base.protocol;
    url.host = base.host;
    return url;
  }
  const slackHost = url.hostname === "slack.com" || url.hostname.endsWith(".slack.com");
  if (url.protocol !== "https:" || !slackHost) {
    throw new StyrdokError("slack", `the file link points at ${url.host}, not at Slack, so it was not fetched.`);
  }
  return url;
}

async function readBody(response: Response, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  if (!response.body) return Buffer.alloc(0);
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > maxBytes) throw tooLarge(total, maxBytes);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** The file's bytes; the size limit is checked before the download and again while reading. */
export async function downloadFile(file: SlackFile, options: DownloadOptions): Promise<Buffer> {
  if (file.size !== undefined && file.size > options.maxBytes) throw tooLarge(file.size, options.maxBytes);
  const response = await (options.fetch ?? fetch)(downloadUrl(file, options.apiUrl), {
    headers: { Authorization: `Bearer ${options.botToken}` },
  });
  if (!response.ok) {
    throw new StyrdokError("slack", `Slack refused the download (HTTP ${response.status}); check that the app has the files:read scope.`);
  }
  // Without files:read Slack answers a download with its sign-in page and status 200.
  if (/^text\/html/i.test(response.headers.get("content-type") ?? "") && !/html/i.test(file.mimetype ?? "")) {
    await response.body?.cancel();
    throw new StyrdokError("slack", "Slack sent a sign-in page instead of the file: add the files:read scope to the app and reinstall it.");
  }
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    throw tooLarge(declared, options.maxBytes);
  }
  return readBody(response, options.maxBytes);
}
