/**
 * What the bot remembers between events, in memory only (a restart forgets it, which costs little:
 * a follow-up is then answered as a question of its own, and feedback on an older answer is
 * recorded with its question but without the answer text).
 */
import { randomUUID } from "node:crypto";
import type { Answer } from "../domain";
import type { FeedbackRef } from "./blocks/actions";
import { BoundedCache } from "./cache";

export interface Place {
  channel: string;
  /** The thread, or none for a direct message's main conversation. */
  threadTs?: string;
}

const HOUR = 60 * 60 * 1000;

/**
 * The last question asked in each thread, so "och i Gävle?" can be read in its light. Outside a
 * thread (a direct message's main conversation) the context lapses after half an hour: a question
 * asked the next morning is not a follow-up to yesterday's.
 */
export class ThreadMemory {
  private readonly questions: BoundedCache<string>;

  constructor(now?: () => number) {
    this.questions = new BoundedCache({ capacity: 5000, ttlMs: 7 * 24 * HOUR, now });
  }

  previousQuestion(place: Place): string | undefined {
    return this.questions.get(key(place));
  }

  remember(place: Place, standaloneQuestion: string): void {
    this.questions.set(key(place), standaloneQuestion, place.threadTs ? undefined : HOUR / 2);
  }
}

function key(place: Place): string {
  return `${place.channel}:${place.threadTs ?? "main"}`;
}

/** Recent answers by id, so a feedback click can record the answer it is about. */
export class AnswerStore {
  private readonly answers: BoundedCache<Answer>;

  constructor(now?: () => number) {
    this.answers = new BoundedCache({ capacity: 2000, ttlMs: 7 * 24 * HOUR, now });
  }

  remember(answer: Answer): FeedbackRef {
    const answerId = randomUUID();
    // Feedback records the answer and its citations; the ranked passages would only weigh on memory.
    this.answers.set(answerId, { ...answer, passages: [] });
    return { answerId, question: answer.question };
  }

  find(answerId: string): Answer | undefined {
    return this.answers.get(answerId);
  }
}
