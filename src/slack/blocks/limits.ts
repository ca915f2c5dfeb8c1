/**
 * Slack's limits, enforced where messages are built: a section's text is at most 3,000 characters,
 * a message at most 50 blocks, a Home tab at most 100. Beyond them Slack rejects the whole message
 * (`invalid_blocks`), so the builders cut first and say what was left out.
 */
import type { types } from "@slack/bolt";
import { truncate } from "../mrkdwn";

export type Block = types.KnownBlock;

/** What every builder returns: blocks, and the plain-text fallback notifications and screen readers use. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export const MAX_TEXT_CHARS = 3000;
export const MAX_MESSAGE_BLOCKS = 50;
export const MAX_HOME_BLOCKS = 100;

export function section(mrkdwn: string): Block {
  return { type: "section", text: { type: "mrkdwn", text: truncate(mrkdwn, MAX_TEXT_CHARS) } };
}

export function context(mrkdwn: string): Block {
  return { type: "context", elements: [{ type: "mrkdwn", text: truncate(mrkdwn, MAX_TEXT_CHARS) }] };
}

export function message(text: string, blocks: Block[]): SlackMessage {
  return { text: truncate(text, MAX_TEXT_CHARS), blocks };
}

/**
 * Lines joined into as few sections as fit: a section is closed before it would pass the limit.
 * A single line longer than the limit is cut.
 */
export function sectionsOf(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current = "";
  for (const line of lines) {
    if (current && current.length + 1 + line.length > MAX_TEXT_CHARS) {
      blocks.push(section(current));
      current = "";
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) blocks.push(section(current));
  return blocks;
}

/** At most `max` blocks: when there are more, the last ones give way to a note built from how many were left out. */
export function fitBlocks(blocks: Block[], max: number, note: (omitted: number) => Block): Block[] {
  if (blocks.length <= max) return blocks;
  const kept = blocks.slice(0, max - 1);
  return [...kept, note(blocks.length - kept.length)];
}
