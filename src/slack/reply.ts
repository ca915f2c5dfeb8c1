/**
 * A reply in a conversation that may take a while. Fast answers are posted once. When the answer
 * is not ready after a moment, a placeholder ("Searching …") is posted and later updated in place;
 * while a model streams, the same message shows the text so far, updated at most once per
 * `updateEveryMs` (Slack rate-limits chat.update to about one call a second per message).
 * Every Slack call goes through one queue, so updates can never arrive out of order.
 */
import type { Logger } from "../log";
import type { Block, SlackMessage } from "./blocks/limits";

/** The part of Slack's Web API client a reply needs. */
export interface ChatClient {
  chat: {
    postMessage(args: {
      channel: string;
      thread_ts?: string;
      text: string;
      blocks: Block[];
      unfurl_links: boolean;
      unfurl_media: boolean;
    }): Promise<{ ts?: string }>;
    update(args: { channel: string; ts: string; text: string; blocks: Block[] }): Promise<unknown>;
  };
}

export interface ReplyTarget {
  channel: string;
  /** The thread to answer in; none for a top-level reply (a direct message). */
  threadTs?: string;
}

export interface ReplyOptions {
  placeholder: SlackMessage;
  placeholderAfterMs: number;
  updateEveryMs: number;
  logger: Logger;
}

export class ProgressiveReply {
  private ts: string | null = null;
  private queue: Promise<void> = Promise.resolve();
  private shown = false;
  private finished = false;
  private pending: SlackMessage | null = null;
  private lastUpdate = 0;
  private placeholderTimer: NodeJS.Timeout | undefined;
  private partialTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly client: ChatClient,
    private readonly target: ReplyTarget,
    private readonly options: ReplyOptions,
  ) {
    this.placeholderTimer = setTimeout(() => this.show(options.placeholder), options.placeholderAfterMs);
  }

  /** The text so far of an answer being written; shown in place, throttled. */
  partial(message: SlackMessage): void {
    if (this.finished) return;
    this.pending = message;
    clearTimeout(this.placeholderTimer);
    if (this.partialTimer) return;
    const wait = Math.max(0, this.lastUpdate + this.options.updateEveryMs - Date.now());
    this.partialTimer = setTimeout(() => {
      this.partialTimer = undefined;
      const next = this.pending;
      this.pending = null;
      if (!next || this.finished) return;
      this.lastUpdate = Date.now();
      this.show(next, true);
    }, wait);
  }

  /** The final message: replaces the placeholder, or is posted when there was none. */
  finish(message: SlackMessage): Promise<void> {
    this.finished = true;
    clearTimeout(this.placeholderTimer);
    clearTimeout(this.partialTimer);
    return this.enqueue(() => this.send(message));
  }

  private show(message: SlackMessage, replace = false): void {
    if (this.finished || (this.shown && !replace)) return;
    this.shown = true;
    this.enqueue(() => this.send(message)).catch((error: unknown) =>
      this.options.logger.warn("slack.reply.progress-failed", { channel: this.target.channel, error }),
    );
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.queue.then(step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async send(message: SlackMessage): Promise<void> {
    if (this.ts) {
      await this.client.chat.update({ channel: this.target.channel, ts: this.ts, text: message.text, blocks: message.blocks });
      return;
    }
    this.ts = await postMessage(this.client, this.target, message);
  }
}

/** Posts a message where it belongs; links to sources are not unfurled (they would bury the answer). */
export async function postMessage(client: ChatClient, target: ReplyTarget, message: SlackMessage): Promise<string | null> {
  const posted = await client.chat.postMessage({
    channel: target.channel,
    ...(target.threadTs && { thread_ts: target.threadTs }),
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
  return posted.ts ?? null;
}
