/**
 * Swedish near-synonyms (data/synonyms-sv.tsv) for questions worded away from the documents:
 * "hur snabbt" meets "skyndsamt", "vem bestämmer" meets "beslutar". Each line is a set of words or
 * short phrases that mean the same thing in a question about governing documents; a question word
 * that is a one-word member of a set is searched for with the set's other members too.
 */
import { analyze } from "./analyzer";
import { dataLines } from "./data";

let byTerm: Map<string, string[][]> | null = null;

/**
 * A member's analysed words (no compound parts): the sequence a passage must contain. A phrase
 * left with one word once its stop words are dropped ("se till" → "se") would match far more than
 * it means, so it is left out.
 */
function wordsOf(member: string): string[] {
  const words = analyze(member).filter((t) => t.kind !== "part").map((t) => t.term);
  return words.length === 1 && /\s/.test(member.trim()) ? [] : words;
}

function load(): Map<string, string[][]> {
  if (byTerm) return byTerm;
  byTerm = new Map();
  for (const line of dataLines("synonyms-sv.tsv")) {
    const members = line.split("|").map((m) => m.trim()).filter(Boolean).map(wordsOf).filter((w) => w.length);
    for (const member of members) {
      if (member.length !== 1) continue;
      const key = member[0]!;
      const others = members.filter((m) => m.join(" ") !== key);
      const known = byTerm.get(key) ?? [];
      for (const other of others) if (!known.some((k) => k.join(" ") === other.join(" "))) known.push(other);
      byTerm.set(key, known);
    }
  }
  return byTerm;
}

/** The other members of every set that has `term` (an analysed word) as a one-word member, as analysed word sequences. */
export function synonymsOf(term: string): readonly string[][] {
  return load().get(term) ?? [];
}
