/**
 * Swedish particle verbs written as one word keep the verb they are made of as a part: a question
 * writes the particle apart ("tappat bort", "lämna ut", "betala in"), where it is a stop word, and
 * a document joins it in the participle or noun ("borttappad", "utlämnad", "inbetalning"). So the
 * document's word also gives the verb ("tappa", "lämna", "betalning"), and the two meet.
 *
 * Only where what follows the particle is a verb the dictionary knows (or its action noun in
 * -ning), of five letters or more, and only for verbs whose particle forms keep the verb's sense.
 * Many do not: "anställa" is not to put, "utgöra" not to do, "uppfatta" not to grasp, "upphandla"
 * not to shop, "uppskatta" not to tax. Those verbs are listed below, from Swedish usage, and give
 * no part.
 */
import { isDictionaryWord } from "./dictionary";
import { inflectionBase } from "./inflection";

/** Particles that join a verb; longer first, so "tillbaka" is read before "till" and "in" before "i". */
const PARTICLES = [
  ...["tillbaka", "bort", "upp", "ut", "in", "av", "på", "till", "fram", "över", "ner", "ned"],
  ...["ihop", "isär", "undan", "loss", "fast", "iväg", "igen", "om", "i"],
];

/**
 * Verbs whose particle forms mostly mean something of their own: the light verbs ("ställa":
 * anställa, fastställa, framställa; "föra": införa, utföra; "visa": anvisa, utvisa; "bilda":
 * utbilda), and verbs that take a new sense with a particle ("fatta": omfatta, uppfatta; "sluta":
 * avsluta; "rätta": upprätta, inrätta; "handla": upphandla; "skatta": uppskatta; "formera":
 * informera; "arbeta": utarbeta; "styrka": avstyrka, tillstyrka; "fråga": tillfråga).
 */
const OWN_SENSE = new Set([
  ...["ställa", "sätta", "hålla", "komma", "lägga", "ligga", "falla", "skriva", "göra", "föra", "bära", "sitta", "taga", "draga"],
  ...["vända", "träda", "gripa", "bryta", "visa", "lysa", "räkna", "verka", "leda", "tala", "bilda", "lösa", "peka", "nämna"],
  ...["vika", "märka", "trycka", "lyfta", "mäta"],
  ...["rätta", "fatta", "sluta", "fylla", "handla", "skatta", "formera", "träffa", "arbeta", "skaffa", "styrka", "hjälpa"],
  ...["fråga", "försäkra", "datera", "värdera"],
]);

/** Shortest verb read after a particle: shorter ones ("ta", "se", "dela", "reda") are too often another word. */
const MIN_VERB = 5;

/** The verb of an action noun ("betalning" → betala, "räkning" → räkna), to check it against OWN_SENSE. */
function nounVerbs(noun: string): string[] {
  const root = noun.slice(0, -"ning".length);
  return [`${root}a`, `${root}na`];
}

/**
 * The verb (or action noun) a particle word is made of, as written in it: "borttappad" → "tappad",
 * "inbetalning" → "betalning"; undefined for a word that is no particle verb, or whose verb takes
 * another sense with its particle ("anställd", "utbildning").
 */
export function particleVerb(word: string): string | undefined {
  for (const particle of PARTICLES) {
    if (!word.startsWith(particle)) continue;
    const rest = word.slice(particle.length);
    if (rest.length < MIN_VERB) continue;
    const base = inflectionBase(rest) ?? (isDictionaryWord(rest) ? rest : null);
    if (!base || base.length < MIN_VERB) continue;
    const verbs = base.endsWith("ning") ? nounVerbs(base) : base.endsWith("a") ? [base] : [];
    if (verbs.length && verbs.every((verb) => !OWN_SENSE.has(verb))) return rest;
  }
  return undefined;
}
