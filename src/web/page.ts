/**
 * The chat page: page.html with its placeholders filled — interface text in the page's language,
 * the example questions and the document register. Pure; the server reads the files.
 *
 * Interface text that the page switches when an answer comes in another language carries
 * `data-t="key"`; the page finds the other language's text in the embedded UI JSON.
 */
import type { Language } from "../domain";
import { escapeHtml, link, t } from "./render";
import type { RegisterEntry } from "../answer/register";
import { UI_TEXT, type UiKey } from "./ui-text";

export interface ExampleQuestion {
  language: Language;
  question: string;
}

/** Example questions from a TSV file (`sv|en <TAB> question`, `#` comments). */
export function parseExamples(tsv: string): ExampleQuestion[] {
  return tsv
    .split(/\r?\n/)
    .filter((line) => line.trim() && !line.trimStart().startsWith("#"))
    .map((line) => {
      const [language = "", question = ""] = line.split("\t").map((f) => f.trim());
      if ((language !== "sv" && language !== "en") || !question) throw new Error(`Bad example question line (want "sv|en<TAB>question"): ${line}`);
      return { language, question };
    });
}

/** The examples that name a municipality the index has documents from, so each can be answered. */
export function examplesFor(examples: ExampleQuestion[], municipalities: string[]): ExampleQuestion[] {
  const names = municipalities.map((m) => m.toLocaleLowerCase("sv"));
  return examples.filter((e) => names.some((m) => e.question.toLocaleLowerCase("sv").includes(m)));
}

export function renderExamples(examples: ExampleQuestion[]): string {
  return examples
    .map((e) => `<li><button type="button" class="example" lang="${e.language}" data-question="${escapeHtml(e.question)}">${escapeHtml(e.question)}</button></li>`)
    .join("\n");
}

function field(language: Language, key: UiKey, value: string | number | null): string[] {
  if (value === null || value === "") return [];
  return [`<div><dt data-t="${key}">${t(language, key)}</dt><dd>${escapeHtml(String(value))}</dd></div>`];
}

function documentItem(doc: RegisterEntry, language: Language): string {
  const adopted = [doc.adoptedOn, doc.adoptedBy].filter(Boolean).join(", ") || null;
  const status = `status.${doc.status}` as const;
  return [
    '<li class="document">',
    `<h3>${link(doc.title, doc.sourceUrl)}</h3>`,
    `<p class="doc-meta">${[doc.municipality, doc.type].filter((p): p is string => Boolean(p)).map(escapeHtml).join(" · ")}</p>`,
    "<dl>",
    ...field(language, "adopted", adopted),
    ...field(language, "validUntil", doc.validUntil),
    ...field(language, "revision", doc.revision),
    ...field(language, "diarienummer", doc.diarienummer),
    ...field(language, "owner", doc.owner),
    ...field(language, "replaces", doc.replaces),
    ...field(language, "passages", doc.passages),
    "</dl>",
    `<p class="status ${doc.status}" data-t="${status}">${t(language, status)}</p>`,
    "</li>",
  ].join("\n");
}

export function renderDocumentList(documents: RegisterEntry[], language: Language): string {
  if (!documents.length) return `<li class="empty" data-t="noDocuments">${t(language, "noDocuments")}</li>`;
  return documents.map((doc) => documentItem(doc, language)).join("\n");
}

export interface PageParts {
  language: Language;
  examples: ExampleQuestion[];
  documents: RegisterEntry[];
  maxQuestionChars: number;
}

/** JSON safe inside a <script> element: no "</script>" or "<!--" can end or confuse it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * Fills `{{name}}` placeholders (lang, ui-json, examples, documents, document-count,
 * max-question-chars) and `{{t:key}}` for interface text. An unknown placeholder is a bug in page.html, so it throws.
 */
export function renderPage(template: string, parts: PageParts): string {
  const { language } = parts;
  const values: Record<string, () => string> = {
    lang: () => language,
    "ui-json": () => scriptJson(UI_TEXT),
    examples: () => renderExamples(parts.examples),
    documents: () => renderDocumentList(parts.documents, language),
    "document-count": () => String(parts.documents.length),
    "max-question-chars": () => String(parts.maxQuestionChars),
  };
  return template.replace(/\{\{([\w:.-]+)\}\}/g, (_, name: string) => {
    if (name.startsWith("t:") && name.slice(2) in UI_TEXT[language]) return t(language, name.slice(2) as UiKey);
    const value = values[name];
    if (!value) throw new Error(`page.html has an unknown placeholder {{${name}}}`);
    return value();
  });
}
