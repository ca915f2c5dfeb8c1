/** The ingest report of DESIGN.md, and its human-readable form. */

export type FileStatus = "added" | "updated" | "unchanged" | "removed" | "failed" | "skipped";

export interface FileReport {
  path: string;
  docId: string | null;
  status: FileStatus;
  chunks: number;
  warnings: string[];
  error: string | null;
}

export interface IngestReport {
  files: FileReport[];
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  failed: number;
  skipped: number;
  /** Documents and passages in the index after this run. */
  documents: number;
  chunks: number;
  indexWritten: boolean;
  ms: number;
}

const MARK: Record<FileStatus, string> = {
  added: "+",
  updated: "~",
  unchanged: "=",
  removed: "-",
  failed: "!",
  skipped: "?",
};

/** One line per file (unchanged ones folded into the total when there are many), then the totals. */
export function formatReport(report: IngestReport): string {
  const lines: string[] = [];
  const quietUnchanged = report.unchanged > 10;
  for (const file of report.files) {
    if (quietUnchanged && file.status === "unchanged") continue;
    const detail = file.error ?? (file.status === "removed" ? "" : `${file.chunks} passages`);
    lines.push(`${MARK[file.status]} ${file.status.padEnd(9)} ${file.path}${detail ? `  (${detail})` : ""}`);
    for (const warning of file.warnings) lines.push(`    warning: ${warning}`);
  }
  const counts = (["added", "updated", "unchanged", "removed", "failed", "skipped"] as const)
    .map((status) => `${report[status]} ${status}`)
    .join(", ");
  lines.push("");
  lines.push(`${counts} in ${(report.ms / 1000).toFixed(1)} s.`);
  lines.push(
    report.indexWritten
      ? `Index written: ${report.documents} documents, ${report.chunks} passages.`
      : `Index unchanged: ${report.documents} documents, ${report.chunks} passages.`,
  );
  return lines.join("\n");
}
