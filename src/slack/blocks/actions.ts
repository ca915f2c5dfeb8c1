/**
 * Interactive parts shared by the builders that draw them and the listeners that handle them: the
 * feedback buttons' action ids and the value they carry.
 */
export const FEEDBACK_BLOCK_ID = "styrdok_feedback";

export const FEEDBACK_ACTIONS = {
  helpful: "styrdok_feedback_helpful",
  notHelpful: "styrdok_feedback_not_helpful",
} as const;

export type Verdict = keyof typeof FEEDBACK_ACTIONS;

export function verdictOf(actionId: string): Verdict | null {
  const found = (Object.keys(FEEDBACK_ACTIONS) as Verdict[]).find((verdict) => FEEDBACK_ACTIONS[verdict] === actionId);
  return found ?? null;
}

/** What a feedback button carries: the answer's id (to find it again) and its question (in case it is gone). */
export interface FeedbackRef {
  answerId: string;
  question: string;
}

/** Slack caps a button's value at 2,000 characters. */
const MAX_VALUE_CHARS = 2000;

export function feedbackValue(ref: FeedbackRef): string {
  let question = ref.question;
  for (;;) {
    const value = JSON.stringify({ a: ref.answerId, q: question });
    if (value.length <= MAX_VALUE_CHARS) return value;
    question = question.slice(0, question.length - (value.length - MAX_VALUE_CHARS) - 1);
  }
}

export function parseFeedbackValue(value: string | undefined): FeedbackRef | null {
  try {
    const parsed = JSON.parse(value ?? "") as { a?: unknown; q?: unknown };
    if (typeof parsed.a !== "string" || typeof parsed.q !== "string") return null;
    return { answerId: parsed.a, question: parsed.q };
  } catch {
    return null;
  }
}
