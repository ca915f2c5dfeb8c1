/**
 * A general Swedish word list for compound splitting: the stems of the hunspell Swedish spelling
 * dictionary (Göran Andersson, LGPL-3.0), as the npm package `dictionary-sv` ships it. Only
 * lower-case words of five letters or more are kept — proper names and short words ("temper",
 * "ras") would split more than they join — each also in its å/ä/ö-less spelling, since questions
 * are often typed that way ("hogskolepoang").
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { foldDiacritics } from "./normalize";

const WORD = /^[a-zåäöéü]{5,}$/;

let words: ReadonlySet<string> | undefined;

/** Words of a hunspell .dic file: one "word/FLAGS" a line after the count on the first. */
export function dictionaryWords(dic: string): Set<string> {
  const found = new Set<string>();
  for (const line of dic.split("\n").slice(1)) {
    const word = line.split("/", 1)[0]!.trim();
    if (!WORD.test(word)) continue;
    found.add(word);
    found.add(foldDiacritics(word));
  }
  return found;
}

/** The dictionary's words, read once. */
export function swedishWords(): ReadonlySet<string> {
  if (!words) {
    const entry = createRequire(import.meta.url).resolve("dictionary-sv");
    words = dictionaryWords(readFileSync(path.join(path.dirname(entry), "index.dic"), "utf8"));
  }
  return words;
}
