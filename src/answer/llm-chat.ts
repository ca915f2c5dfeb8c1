/**
 * The chat model behind LLM answers: `ChatOpenAI` for OpenAI and every OpenAI-compatible server
 * (Azure OpenAI's v1 API, vLLM, Ollama, llama.cpp), `AzureChatOpenAI` for Azure deployments
 * addressed with an api-version. `ChatClient` makes one completion with the limits styrdok needs:
 * a caller's deadline (an AbortSignal) that covers every attempt, at most two attempts, failures
 * sorted into the few kinds a user is told about, and token use logged for every call.
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import { AzureChatOpenAI, ChatOpenAI } from "@langchain/openai";
import type { OpenAIConfig } from "../config";
import { StyrdokError } from "../errors";
import { azureDeploymentsUrl } from "../index/embeddings";
import type { Logger } from "../log";
import type { PromptMessage } from "./llm-prompt";

export type LlmFailureReason = "timeout" | "rate-limited" | "error" | "empty";

export class LlmError extends StyrdokError {
  constructor(
    readonly reason: LlmFailureReason,
    message: string,
    readonly retryable = false,
    options?: { cause?: unknown },
  ) {
    super(reason === "timeout" ? "timeout" : reason === "rate-limited" ? "rate-limited" : "llm", message, options);
  }
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
}

export interface Completion {
  text: string;
  usage: TokenUsage | null;
}

export interface CompleteOptions {
  /** Ends every attempt, and the waits between them, when it aborts. */
  signal: AbortSignal;
  /** What the call is for and which question it serves, for the log. */
  purpose: string;
  question: string;
  /** Streams the reply: called with the visible text so far whenever it grows. */
  onText?: (textSoFar: string) => void;
}

const MAX_ATTEMPTS = 2;
const RETRY_PAUSE_MS = 500;
/** A rate limit asking for a longer wait than this is not waited for: the offline answer is better. */
const MAX_RETRY_AFTER_MS = 3_000;

/** Reasoning models (o1, o3, gpt-5 …) accept only their default temperature. */
const REASONING_MODEL = /^(o\d|gpt-5(?!-chat))/;

export function createChatModel(openai: OpenAIConfig): BaseChatModel {
  const common = {
    // styrdok retries itself, within the answer's deadline (ChatClient).
    maxRetries: 0,
    timeout: openai.timeoutMs,
    temperature: REASONING_MODEL.test(openai.chatModel) ? undefined : 0.1,
    streamUsage: true,
  };
  if (openai.apiVersion) {
    return new AzureChatOpenAI({
      ...common,
      azureOpenAIApiKey: openai.apiKey,
      azureOpenAIBasePath: azureDeploymentsUrl(openai.baseUrl!),
      azureOpenAIApiDeploymentName: openai.chatModel,
      azureOpenAIApiVersion: openai.apiVersion,
    });
  }
  return new ChatOpenAI({
    ...common,
    apiKey: openai.apiKey,
    model: openai.chatModel,
    configuration: openai.baseUrl ? { baseURL: openai.baseUrl } : undefined,
  });
}

/**
 * Text a user may see. Some self-hosted reasoning models (Qwen3, DeepSeek-R1 on Ollama or
 * llama.cpp) put their thinking in the content between <think> tags; it is not part of the answer.
 */
export function visibleText(raw: string): string {
  return raw
    .replace(/<think>[\s\S]*?<\/think>/g, "")
    .replace(/<think>[\s\S]*$/, "")
    .trimStart();
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}

function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as { headers?: { get?: (name: string) => string | null } } | null)?.headers;
  const value = typeof headers?.get === "function" ? headers.get("retry-after") : null;
  const seconds = value === null || value === undefined ? NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/** Any failure of a call as an LlmError: what happened in words a log reader can act on. */
export function toLlmError(error: unknown, signal: AbortSignal): LlmError {
  if (error instanceof LlmError) return error;
  if (signal.aborted) return new LlmError("timeout", "The model did not answer before the deadline.", false, { cause: error });
  const status = statusOf(error);
  // The client's messages start with the status ("500 …"); the status is said once, below.
  const detail = (error instanceof Error ? error.message.split("\n")[0]! : String(error)).replace(/^\d{3}\s+/, "");
  if (status === 429) return new LlmError("rate-limited", `The model server is rate limiting (HTTP 429): ${detail}`, true, { cause: error });
  if ((error as { name?: string } | null)?.name === "TimeoutError") {
    return new LlmError("timeout", "The model server did not answer in time.", false, { cause: error });
  }
  if (status !== undefined) {
    return new LlmError("error", `The model server answered HTTP ${status}: ${detail}`, status >= 500, { cause: error });
  }
  return new LlmError("error", `The model server could not be reached: ${detail}`, true, { cause: error });
}

function usageOf(message: BaseMessage): TokenUsage | null {
  const usage = (message as { usage_metadata?: { input_tokens: number; output_tokens: number; total_tokens: number } }).usage_metadata;
  return usage ? { inputTokens: usage.input_tokens, outputTokens: usage.output_tokens, totalTokens: usage.total_tokens } : null;
}

/** Token counts for a log line; not named "…tokens", which the logger masks as secrets. */
export function logUsage(usage: TokenUsage): { input: number; output: number; total: number } {
  return { input: usage.inputTokens, output: usage.outputTokens, total: usage.totalTokens };
}

function toMessages(prompt: PromptMessage[]): BaseMessage[] {
  return prompt.map((m) => (m.role === "system" ? new SystemMessage(m.content) : new HumanMessage(m.content)));
}

export class ChatClient {
  constructor(
    private readonly model: BaseChatModel,
    private readonly deps: { logger: Logger; modelName: string },
  ) {}

  /** One completion; throws an LlmError when there is none (after at most two attempts). */
  async complete(prompt: PromptMessage[], options: CompleteOptions): Promise<Completion> {
    const started = performance.now();
    const messages = toMessages(prompt);
    let shown = false;
    for (let attempt = 1; ; attempt++) {
      try {
        const completion = options.onText
          ? await this.stream(messages, options.signal, (text) => {
              shown = true;
              options.onText!(text);
            })
          : await this.invoke(messages, options.signal);
        if (!completion.text.trim()) throw new LlmError("empty", "The model returned an empty answer.");
        this.log("info", options, { attempts: attempt, started, usage: completion.usage, outcome: "ok" });
        return completion;
      } catch (error) {
        const failure = toLlmError(error, options.signal);
        // A reply already shown in part is not started over.
        if (attempt < MAX_ATTEMPTS && failure.retryable && !shown && (await this.pause(failure, options.signal))) continue;
        this.log("warn", options, { attempts: attempt, started, usage: null, outcome: failure.reason, error: failure.message });
        throw failure;
      }
    }
  }

  private async invoke(messages: BaseMessage[], signal: AbortSignal): Promise<Completion> {
    const reply = await this.model.invoke(messages, { signal });
    return { text: visibleText(reply.text).trim(), usage: usageOf(reply) };
  }

  private async stream(messages: BaseMessage[], signal: AbortSignal, onText: (text: string) => void): Promise<Completion> {
    let raw = "";
    let usage: TokenUsage | null = null;
    let shown = "";
    for await (const chunk of await this.model.stream(messages, { signal })) {
      raw += chunk.text;
      usage = usageOf(chunk) ?? usage;
      const visible = visibleText(raw);
      if (visible.trim() && visible !== shown) onText((shown = visible));
    }
    // LangChain ends an aborted stream quietly; a cut-off reply is not an answer.
    signal.throwIfAborted();
    return { text: visibleText(raw).trim(), usage };
  }

  /** Waits before the second attempt; false when the wait is too long or the deadline passes. */
  private async pause(failure: LlmError, signal: AbortSignal): Promise<boolean> {
    const wait = retryAfterMs(failure.cause) ?? RETRY_PAUSE_MS;
    if (wait > MAX_RETRY_AFTER_MS) return false;
    try {
      await sleep(wait, undefined, { signal });
      return true;
    } catch {
      return false;
    }
  }

  private log(
    level: "info" | "warn",
    options: CompleteOptions,
    fields: { attempts: number; started: number; usage: TokenUsage | null; outcome: string; error?: string },
  ): void {
    this.deps.logger[level]("llm.call", {
      purpose: options.purpose,
      question: options.question,
      model: this.deps.modelName,
      outcome: fields.outcome,
      attempts: fields.attempts,
      ms: Math.round(performance.now() - fields.started),
      ...(fields.usage ? { usage: logUsage(fields.usage) } : {}),
      ...(fields.error ? { error: fields.error } : {}),
    });
  }
}
