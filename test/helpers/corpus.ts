/** The project's own corpus documents, normalised the way ingest does it. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { normalise, type NormalisedText } from "../../src/ingest/normalise";

export const CORPUS_DIR = path.resolve(import.meta.dirname, "../../corpus");

export function corpusText(file: string): NormalisedText {
  return normalise([{ page: null, text: readFileSync(path.join(CORPUS_DIR, file), "utf8") }], "text");
}

export const CORPUS_FILES = {
  gavle: "gavle-inriktning-internationellt-arbete-2018-2020.txt",
  ornskoldsvik: "ornskoldsvik-internationell-strategi-2016.txt",
  umea: "umea-internationellt-program.txt",
  vasby: "upplands-vasby-policy-internationella-kontakter-2010.txt",
  vaxjo: "vaxjo-internationell-strategi-2013.txt",
} as const;
