/**
 * What a question asks for ("who", "when", "how long", "how many", "why", "which ones") and a cue
 * for how an answering passage tends to look (a body that is responsible, a date, a validity rule,
 * a number, a purpose, a list). Search and sentence choice give passages with the cue a small lift.
 */
import { dataFileLines } from "../data-file";
import { questionPattern, unicodeRegExp, type QuestionPattern } from "../language/regex";

export interface Intent {
  name: string;
  question: QuestionPattern;
  cue: RegExp;
  /** A further cue that shows the answer in one sentence, though not in a passage of many. */
  sentenceCue?: RegExp;
}

/**
 * Intents read from a data file of lines "name <TAB> question pattern <TAB> answer cue", and
 * optionally "<TAB> sentence cue", all regular expressions (see data/intents.tsv); the question
 * pattern also matches without å, ä, ö.
 */
export function intentsIn(file: URL): Intent[] {
  return dataFileLines(file).map((line) => {
    const [name, question, cue, sentenceCue] = line.split("\t");
    return { name: name!, question: questionPattern(question!), cue: unicodeRegExp(cue!), ...(sentenceCue && { sentenceCue: unicodeRegExp(sentenceCue) }) };
  });
}

const INTENTS = intentsIn(new URL("./data/intents.tsv", import.meta.url));

export function questionIntents(question: string): Intent[] {
  return INTENTS.filter((intent) => intent.question.test(question));
}

/** The intent of that name (see data/intents.tsv), for reading its cue. */
export function intentNamed(name: string): Intent | undefined {
  return INTENTS.find((intent) => intent.name === name);
}

/** Whether the text shows the intent's cue; a `sentence` also shows it by its sentence cue. */
export function showsIntent(intent: Intent, text: string, sentence = false): boolean {
  return intent.cue.test(text) || (sentence && !!intent.sentenceCue?.test(text));
}

/** Share of the question's intents whose cue the text shows (0 when the question has none); see showsIntent. */
export function intentMatch(intents: readonly Intent[], text: string, sentence = false): number {
  if (!intents.length) return 0;
  return intents.filter((intent) => showsIntent(intent, text, sentence)).length / intents.length;
}

/** Whether the question asks why: a background section (see apparatus.ts) answers it. */
export function asksWhy(intents: readonly Intent[]): boolean {
  return intents.some((intent) => intent.name === "purpose");
}

/**
 * Intents whose answer a text states or does not: a date, a time limit, a frequency, a duration, a
 * number, an age, a temperature, a distance, a contact, a validity, an entry into force.
 */
const FACTUAL = new Set(["time", "deadline", "frequency", "duration", "amount", "age", "temperature", "distance", "contact", "validity", "inforce"]);

/**
 * The intents a passage or sentence is judged by: when a question asks for a fact, only those. In
 * "hur länge får vi ha kvar akten?" the permission cue of "får" made a sentence about sending files
 * on in time look as good as "Utförarakten får sparas … i högst två månader". Over the keep/drop
 * held-out sets, in sentence choice: 2 more gold sentences quoted, 1 fewer wrong abstention; in
 * search as well: hit@5 +0.024, one more gold quote, one more unanswerable question caught.
 */
export function judgedIntents(intents: readonly Intent[]): readonly Intent[] {
  const factual = intents.filter((intent) => FACTUAL.has(intent.name));
  return factual.length ? factual : intents;
}
