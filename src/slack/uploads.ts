/**
 * A coordinator's files shared in a direct message: each one is checked (name, size, then type by
 * content when the engine parses it), added to the corpus and indexed; a file that fails changes
 * nothing. Anyone else is refused before a single byte is fetched.
 */
import path from "node:path";
import { userMessage } from "../errors";
import { safeFileName } from "../ingest/upload";
import type { Language } from "../domain";
import { uploadResultMessage, type UploadOutcome } from "./blocks/documents-added";
import { coordinatorsOnlyMessage, noFilesMessage, readingFilesMessage } from "./blocks/notices";
import { isCoordinator, type SlackDeps } from "./deps";
import { resolveFile, uploadName, type FilesClient, type SlackFile } from "./files";
import type { Place } from "./memory";
import { postMessage, ProgressiveReply, type ChatClient } from "./reply";

export interface Shared {
  place: Place;
  user: string;
  files: SlackFile[];
  language: Language;
}

/** The engine's reasons often start with the file name; the reply names the file already. */
function reasonFor(error: unknown, name: string): string {
  const message = userMessage(error);
  const names = [safeNameOr(name), path.basename(name)];
  for (const prefix of names.flatMap((n) => [`${n}: `, `${n} `])) {
    if (message.startsWith(prefix)) return message.slice(prefix.length);
  }
  return message;
}

function safeNameOr(name: string): string {
  try {
    return safeFileName(name);
  } catch {
    return name;
  }
}

async function addFile(stub: SlackFile, client: FilesClient, deps: SlackDeps): Promise<UploadOutcome> {
  let name = stub.name || stub.id;
  try {
    const file = await resolveFile(client, stub);
    name = uploadName(file);
    safeFileName(name); // refuses unsupported formats before the download
    const bytes = await deps.download(file);
    const added = await deps.engine.addDocument(name, bytes);
    const report = added.report.files.find((f) => path.resolve(f.path) === path.resolve(added.file));
    const entry = deps.engine.documents().find((d) => d.id === report?.docId);
    deps.logger.info("slack.upload.added", { file: name, docId: report?.docId, replaced: added.replaced });
    return {
      name,
      status: added.replaced ? "updated" : "added",
      title: entry?.metadata.title ?? name,
      municipality: entry?.metadata.municipality ?? null,
      passages: report?.chunks ?? 0,
      warnings: report?.warnings ?? [],
    };
  } catch (error) {
    deps.logger.warn("slack.upload.failed", { file: name, error });
    return { name, status: "failed", reason: reasonFor(error, name) };
  }
}

export async function addSharedFiles(client: ChatClient & FilesClient, shared: Shared, deps: SlackDeps): Promise<void> {
  if (!isCoordinator(deps.config, shared.user)) {
    deps.logger.info("slack.upload.refused", { user: shared.user, files: shared.files.length });
    await postMessage(client, shared.place, coordinatorsOnlyMessage("upload", shared.language));
    return;
  }
  if (!shared.files.length) {
    await postMessage(client, shared.place, noFilesMessage(shared.language));
    return;
  }
  const reply = new ProgressiveReply(client, shared.place, {
    placeholder: readingFilesMessage(shared.files.length, shared.language),
    ...deps.timing,
    logger: deps.logger,
  });
  const outcomes: UploadOutcome[] = [];
  // One at a time: each file is its own ingest, and a failure must not undo the others.
  for (const file of shared.files) outcomes.push(await addFile(file, client, deps));
  await reply.finish(uploadResultMessage(outcomes, shared.language));
}
