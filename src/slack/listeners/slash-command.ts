/**
 * `/styrdok …` (SLACK_COMMAND): help, the document list, a reindex for coordinators, thanks
 * answered in kind, or a question answered privately. Slack wants an acknowledgement within 3
 * seconds, so slow work is acknowledged with a "searching …" reply first and its result replaces
 * it via response_url.
 * A response_url takes only five messages, so a streamed answer is not shown while it is written.
 */
import type { App } from "@slack/bolt";
import { documentRegister } from "../../answer/register";
import { detectLanguage } from "../../language/detect";
import { answerMessage } from "../blocks/answer";
import { reindexResultMessage } from "../blocks/documents-added";
import { documentsMessage } from "../blocks/documents";
import { helpMessage } from "../blocks/help";
import { coordinatorsOnlyMessage, lookingMessage, reindexingMessage, thanksMessage } from "../blocks/notices";
import { mentionOf } from "../conversation";
import { isCoordinator, today, type SlackDeps } from "../deps";
import { parseRequest } from "../requests";

const privately = { response_type: "ephemeral", replace_original: true } as const;

export function register(app: App, deps: SlackDeps): void {
  const { engine, config } = deps;
  app.command(config.slack.command, async ({ command, ack, respond, context }) => {
    const request = parseRequest(command.text);
    switch (request.kind) {
      case "help":
        await ack(helpMessage({ command: config.slack.command, mention: mentionOf(context.botUserId), municipalities: engine.municipalities(), language: request.language }));
        return;
      case "thanks":
        await ack(thanksMessage(request.language));
        return;
      case "documents":
        await ack(documentsMessage(documentRegister(engine.documents(), today(deps)), request.language));
        return;
      case "reindex": {
        if (!isCoordinator(config, command.user_id)) {
          deps.logger.info("slack.reindex.refused", { user: command.user_id });
          await ack(coordinatorsOnlyMessage("reindex", request.language));
          return;
        }
        await ack(reindexingMessage(request.language));
        deps.logger.info("slack.reindex", { user: command.user_id });
        const report = await engine.reindex();
        await respond({ ...reindexResultMessage(report, request.language), ...privately });
        return;
      }
      case "question": {
        await ack(lookingMessage(detectLanguage(request.question)));
        const answer = await engine.ask(request.question, { origin: { via: "slack-command", user: command.user_id, channel: command.channel_id } });
        const catalogue = answer.abstained ? engine.documents().map((d) => d.metadata) : [];
        await respond({ ...answerMessage(answer, { feedback: deps.answers.remember(answer), catalogue }), ...privately });
      }
    }
  });
}
