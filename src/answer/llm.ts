/**
 * Fluent answers written by a language model from the passages retrieval found — never at the cost
 * of the offline answer. The model sees the best passages as numbered data and answers with [n]
 * markers; the markers are checked and renumbered, and the quotes under the answer are sentences
 * the project picks from the cited passages, never model text. Whenever the model fails (time
 * limit, error, rate limit, empty reply, no valid citation) the extractive answer is returned
 * with a short note saying so.
 */
import type { Config } from "../config";
import type { Answer, Language } from "../domain";
import type { AnswerDraft, AnswerTurn, AnswerWriter } from "../engine";
import type { Logger } from "../log";
import type { LanguageKit } from "../retrieve/kit";
import { ChatClient, createChatModel, LlmError, logUsage, type Completion, type LlmFailureReason, type TokenUsage } from "./llm-chat";
import { checkCitations, type CheckedText } from "./llm-citations";
import {
  answerMessages,
  followUpMessages,
  PASSAGES_FOR_MODEL,
  readSearchTerms,
  readStandaloneQuestion,
  searchTermsMessages,
  type PromptMessage,
} from "./llm-prompt";
import { citationFor, passageQuote } from "./extractive";
import { documentWarnings } from "./warnings";

export interface LlmWriterOptions {
  chat: ChatClient;
  kit: LanguageKit;
  logger: Logger;
  /** Time allowed for all the model calls one question makes. */
  timeoutMs: number;
  queryHelp: boolean;
  maxQuestionChars: number;
}

type FallbackReason = LlmFailureReason | "uncited";

type Attempt = { ok: true; checked: CheckedText; removed: number[] } | { ok: false; reason: FallbackReason; removed: number[] };

const THEN = { sv: "så svaret citerar dokumenten direkt.", en: "so this answer quotes the documents directly." };

const FALLBACK_NOTES: Record<FallbackReason, Record<Language, string>> = {
  timeout: { sv: `Språkmodellen svarade inte i tid, ${THEN.sv}`, en: `The language model did not answer in time, ${THEN.en}` },
  "rate-limited": { sv: `Språkmodellen är överbelastad just nu, ${THEN.sv}`, en: `The language model is busy right now, ${THEN.en}` },
  error: { sv: `Språkmodellen svarade med ett fel, ${THEN.sv}`, en: `The language model returned an error, ${THEN.en}` },
  empty: { sv: `Språkmodellen gav ett tomt svar, ${THEN.sv}`, en: `The language model gave an empty answer, ${THEN.en}` },
  uncited: {
    sv: `Språkmodellens svar hänvisade inte till något av dokumenten, ${THEN.sv}`,
    en: `The language model's answer cited none of the documents, ${THEN.en}`,
  },
};

export function fallbackNote(reason: FallbackReason, language: Language): string {
  return FALLBACK_NOTES[reason][language];
}

export function createLlmWriter(config: Config, kit: LanguageKit, logger: Logger): LlmAnswerWriter {
  const chat = new ChatClient(createChatModel(config.openai), { logger, modelName: config.openai.chatModel });
  return new LlmAnswerWriter({
    chat,
    kit,
    logger,
    timeoutMs: config.openai.timeoutMs,
    queryHelp: config.openai.queryHelp,
    maxQuestionChars: config.limits.maxQuestionChars,
  });
}

export class LlmAnswerWriter implements AnswerWriter {
  constructor(private readonly options: LlmWriterOptions) {}

  begin(): AnswerTurn {
    return new LlmTurn(this.options);
  }
}

class LlmTurn implements AnswerTurn {
  private readonly tokens: TokenUsage = { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
  /** Set at the first model call, so loading the index or searching does not use up the model's time. */
  private deadline: AbortSignal | undefined;

  constructor(private readonly options: LlmWriterOptions) {}

  async standalone(question: string, previous: string): Promise<string | undefined> {
    try {
      const reply = await this.call(followUpMessages(question, previous), "follow-up", question);
      return readStandaloneQuestion(reply.text, this.options.maxQuestionChars);
    } catch {
      return undefined; // logged by the chat client; the offline rewrite takes over
    }
  }

  async searchTerms(question: string): Promise<string[]> {
    if (!this.options.queryHelp || this.options.kit.detectLanguage(question) !== "en") return [];
    try {
      return readSearchTerms((await this.call(searchTermsMessages(question), "search-terms", question)).text);
    } catch {
      return [];
    }
  }

  async write(draft: AnswerDraft, onPartialAnswer?: (textSoFar: string) => void): Promise<Answer> {
    const { query, extractive } = draft;
    const attempt = await this.attempt(draft, onPartialAnswer);
    const answer = attempt.ok ? this.grounded(draft, attempt.checked) : withNote(extractive, fallbackNote(attempt.reason, query.language));
    this.options.logger.info("llm.answer", {
      question: query.text,
      outcome: attempt.ok ? "ok" : attempt.reason,
      cited: [...new Set(answer.citations.map((c) => c.docId))],
      removedCitations: attempt.removed,
      usage: logUsage(this.tokens),
    });
    return answer;
  }

  private async attempt(draft: AnswerDraft, onPartialAnswer?: (textSoFar: string) => void): Promise<Attempt> {
    const { query, extractive } = draft;
    const given = extractive.passages.slice(0, PASSAGES_FOR_MODEL);
    const onText = onPartialAnswer && ((text: string) => this.showPartial(onPartialAnswer, checkCitations(text, given.length).text, query.text));
    try {
      const reply = await this.call(answerMessages(query.text, query.language, given), "answer", query.text, onText);
      const checked = checkCitations(reply.text, given.length);
      return checked.cited.length ? { ok: true, checked, removed: checked.removed } : { ok: false, reason: "uncited", removed: checked.removed };
    } catch (error) {
      return { ok: false, reason: error instanceof LlmError ? error.reason : "error", removed: [] };
    }
  }

  /** A front end that fails to show a partial answer (a Slack update refused) must not cost the answer. */
  private showPartial(onPartialAnswer: (textSoFar: string) => void, text: string, question: string): void {
    try {
      onPartialAnswer(text);
    } catch (error) {
      this.options.logger.warn("llm.partial-answer-failed", { question, error });
    }
  }

  /** The model's checked text, with one quote chosen by the project from each passage it cites. */
  private grounded(draft: AnswerDraft, checked: CheckedText): Answer {
    const { index, query, hits, extractive, today } = draft;
    const quotes = checked.cited.map((n) => passageQuote(index, this.options.kit, query, hits[n - 1]!));
    return {
      ...extractive,
      answer: checked.text,
      citations: quotes.map((quote, i) => citationFor(index, quote, i + 1)),
      warnings: documentWarnings(
        quotes.map((q) => q.doc),
        index.manifest.documents,
        query.language,
        today,
      ),
    };
  }

  private async call(prompt: PromptMessage[], purpose: string, question: string, onText?: (text: string) => void): Promise<Completion> {
    this.deadline ??= AbortSignal.timeout(this.options.timeoutMs);
    const completion = await this.options.chat.complete(prompt, { signal: this.deadline, purpose, question, onText });
    if (completion.usage) {
      this.tokens.inputTokens += completion.usage.inputTokens;
      this.tokens.outputTokens += completion.usage.outputTokens;
      this.tokens.totalTokens += completion.usage.totalTokens;
    }
    return completion;
  }
}

function withNote(answer: Answer, note: string): Answer {
  return { ...answer, warnings: [...answer.warnings, note] };
}
