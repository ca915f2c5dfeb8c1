/**
 * The hunspell Swedish dictionary (Göran Andersson, LGPL-3.0) as the npm package `dictionary-sv`
 * ships it, read once: its words with their flags (.dic) and its suffix rules (.aff). Compound
 * splitting uses the words (dictionary.ts), inflection uses the rules (inflection.ts).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { foldDiacritics } from "./normalize";

/** `SFX flag strip add condition`: a word with `flag` that ends as `condition` says takes `add` for `strip`. */
export interface SuffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
}

export interface Hunspell {
  /** Lower-case words (letters only: no names, abbreviations or hyphenated words) and their flags. */
  flags: ReadonlyMap<string, string>;
  /** Suffix rules that make words of their own; forms that only begin a compound are left out. */
  suffixes: readonly SuffixRule[];
}

const LOWER_CASE_WORD = /^[a-zåäöéü]+$/;

/** Words of a .dic file (a count on the first line, then "word/FLAGS" a line) with their flags. */
export function parseDic(dic: string): Map<string, string> {
  const flags = new Map<string, string>();
  const lines = dic.split("\n");
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const slash = line.indexOf("/");
    const word = (slash < 0 ? line : line.slice(0, slash)).trim();
    if (!LOWER_CASE_WORD.test(word)) continue;
    // A word listed twice (as noun and verb) has the flags of both.
    const own = slash < 0 ? "" : line.slice(slash + 1).trim();
    flags.set(word, (flags.get(word) ?? "") + own);
  }
  return flags;
}

/** The suffix rules of an .aff file, without those whose forms carry flags of their own (compounding forms). */
export function parseSuffixRules(aff: string): SuffixRule[] {
  const rules: SuffixRule[] = [];
  for (const line of aff.split("\n")) {
    const fields = line.trim().split(/\s+/);
    // A rule has five fields (the header "SFX flag Y count" four); "ar/WXZ" is a form only a compound begins with.
    const [kind, flag = "", strip = "", add = "", condition = ""] = fields;
    if (kind !== "SFX" || fields.length < 5 || add.includes("/")) continue;
    rules.push({ flag, strip: strip === "0" ? "" : strip, add: add === "0" ? "" : add, condition: new RegExp(`${condition}$`, "u") });
  }
  return rules;
}

const plainCache = new WeakMap<ReadonlyMap<string, string>, ReadonlyMap<string, string>>();

/**
 * The words with å, ä, ö (or é, ü) by their spelling without them: "anhorig" → "anhörig", the first
 * listed where two fold alike. For words typed that way; worked out once per word list.
 */
export function plainSpellings(flags: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  let plain = plainCache.get(flags);
  if (!plain) {
    const found = new Map<string, string>();
    for (const word of flags.keys()) {
      const folded = foldDiacritics(word);
      if (folded !== word && !found.has(folded)) found.set(folded, word);
    }
    plainCache.set(flags, (plain = found));
  }
  return plain;
}

let loaded: Hunspell | undefined;

/** The installed dictionary, read on first use. */
export function hunspellSwedish(): Hunspell {
  if (!loaded) {
    const folder = path.dirname(createRequire(import.meta.url).resolve("dictionary-sv"));
    loaded = {
      flags: parseDic(readFileSync(path.join(folder, "index.dic"), "utf8")),
      suffixes: parseSuffixRules(readFileSync(path.join(folder, "index.aff"), "utf8")),
    };
  }
  return loaded;
}
