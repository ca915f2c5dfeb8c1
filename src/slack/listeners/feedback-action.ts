/** 👍 / 👎 under an answer: thanked privately, and appended to DATA_DIR/feedback.jsonl. */
import type { App, BlockButtonAction, BlockAction } from "@slack/bolt";
import type { Answer } from "../../domain";
import { detectLanguage } from "../../language/detect";
import { FEEDBACK_ACTIONS, parseFeedbackValue, verdictOf, type FeedbackRef, type Verdict } from "../blocks/actions";
import { feedbackThanksMessage } from "../blocks/notices";
import type { SlackDeps } from "../deps";
import type { FeedbackRecord } from "../feedback-log";

interface Click {
  ref: FeedbackRef;
  verdict: Verdict;
  answer: Answer | undefined;
  body: BlockAction;
  time: Date;
}

function feedbackRecord({ ref, verdict, answer, body, time }: Click): FeedbackRecord {
  return {
    time: time.toISOString(),
    user: body.user.id,
    verdict,
    question: answer?.question ?? ref.question,
    // An answer no longer remembered (after a restart) is still in the message's fallback text.
    answer: answer?.answer ?? (typeof body.message?.text === "string" ? body.message.text : null),
    language: answer?.language ?? null,
    abstained: answer?.abstained ?? null,
    citations: answer?.citations ?? [],
    answerId: ref.answerId,
    channel: body.channel?.id ?? body.container?.channel_id ?? null,
    messageTs: body.container?.message_ts ?? null,
  };
}

export function register(app: App, deps: SlackDeps): void {
  for (const actionId of Object.values(FEEDBACK_ACTIONS)) {
    app.action<BlockButtonAction>(actionId, async ({ ack, body, action, respond }) => {
      await ack();
      const ref = parseFeedbackValue(action.value);
      const verdict = verdictOf(action.action_id);
      if (!ref || !verdict) {
        deps.logger.warn("slack.feedback.unreadable", { actionId: action.action_id });
        return;
      }
      const answer = deps.answers.find(ref.answerId);
      await deps.feedback.append(feedbackRecord({ ref, verdict, answer, body, time: deps.clock() }));
      deps.logger.info("slack.feedback", { verdict, question: ref.question, user: body.user.id });
      const language = answer?.language ?? detectLanguage(ref.question);
      await respond({ ...feedbackThanksMessage(verdict, language), response_type: "ephemeral", replace_original: false });
    });
  }
}
