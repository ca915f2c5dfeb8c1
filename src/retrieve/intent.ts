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
}

/**
 * Intents read from a data file of lines "name <TAB> question pattern <TAB> answer cue", both
 * regular expressions (see data/intents.tsv); the question pattern also matches without å, ä, ö.
 */
export function intentsIn(file: URL): Intent[] {
  return dataFileLines(file).map((line) => {
    const [name, question, cue] = line.split("\t");
    return { name: name!, question: questionPattern(question!), cue: unicodeRegExp(cue!) };
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

/** Share of the question's intents whose cue the text shows (0 when the question has none). */
export function intentMatch(intents: readonly Intent[], text: string): number {
  if (!intents.length) return 0;
  return intents.filter((intent) => intent.cue.test(text)).length / intents.length;
}
