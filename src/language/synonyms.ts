/**
 * Swedish near-synonyms (data/synonyms-sv.tsv) for questions worded away from the documents:
 * "hur snabbt" meets "skyndsamt", "vem bestämmer" meets "beslutar". Each line is a set of words or
 * short phrases that mean the same thing in a question about governing documents; a question word
 * or phrase that is a member of a set is searched for with the set's other members too.
 */
import { analyze } from "./analyzer";
import { dataLines } from "./data";

interface Synonyms {
  /** A member's words joined by spaces → the other members of its sets. */
  byKey: Map<string, string[][]>;
  /** Members of two words or more, by their first word, for finding them in a question. */
  phrasesByFirst: Map<string, string[][]>;
}

let synonyms: Synonyms | null = null;

/**
 * A member's analysed words (no compound parts): the sequence a passage must contain. Stop words
 * drop out as they do from documents, so "följa upp" is "folj", as the analyser indexes it. A
 * phrase that loses more than one word, or keeps only a word of under four letters ("se till" →
 * "se", "ha hand om" → "hand"), would match far more than it means, so it is left out.
 */
function wordsOf(member: string): string[] {
  const words = analyze(member).filter((t) => t.kind !== "part").map((t) => t.term);
  const written = member.trim().split(/\s+/).length;
  if (written > 1 && words.length === 1 && (written > 2 || words[0]!.length < 4)) return [];
  return words;
}

function load(): Synonyms {
  if (synonyms) return synonyms;
  const byKey = new Map<string, string[][]>();
  for (const line of dataLines("synonyms-sv.tsv")) {
    const members = line.split("|").map((m) => m.trim()).filter(Boolean).map(wordsOf).filter((w) => w.length);
    for (const member of members) {
      const key = member.join(" ");
      const known = byKey.get(key) ?? [];
      for (const other of members) if (other.join(" ") !== key && !known.some((k) => k.join(" ") === other.join(" "))) known.push(other);
      byKey.set(key, known);
    }
  }
  const phrasesByFirst = new Map<string, string[][]>();
  for (const words of [...byKey.keys()].map((key) => key.split(" ")).filter((w) => w.length > 1)) {
    phrasesByFirst.set(words[0]!, [...(phrasesByFirst.get(words[0]!) ?? []), words]);
  }
  synonyms = { byKey, phrasesByFirst };
  return synonyms;
}

/**
 * The other members of every set that has `words` (analysed words joined by spaces: "snabb",
 * "trad kraft") as a member, as analysed word sequences.
 */
export function synonymsOf(words: string): readonly string[][] {
  return load().byKey.get(words) ?? [];
}

/** The members of two words or more that start with `term` ("trad" → ["trad", "kraft"], from "träda i kraft"). */
export function synonymPhrasesFrom(term: string): readonly string[][] {
  return load().phrasesByFirst.get(term) ?? [];
}
