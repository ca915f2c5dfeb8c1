import { lexiconBaseForm, compoundBaseForm } from "../src/language/compounds";
import { inflectionBase } from "../src/language/inflection";
import { dictionaryBaseForm } from "../src/language/dictionary";
import { analyzeTerms } from "../src/language/analyzer";
for (const w of process.argv.slice(2)) console.log(w.padEnd(16), "base:", lexiconBaseForm(w) ?? inflectionBase(w) ?? compoundBaseForm(w) ?? dictionaryBaseForm(w) ?? w, " terms:", analyzeTerms(w).join(" "));
