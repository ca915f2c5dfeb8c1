/**
 * Whom the bot answers: people. Not bots (itself included — two bots answering each other never
 * stop), not Slackbot's notices ("You have been removed from #…"), and not edits or deletions,
 * which arrive as message events with a subtype.
 */
export interface MessageLike {
  subtype?: string;
  user?: string;
  bot_id?: string;
  edited?: unknown;
}

export const SLACKBOT = "USLACKBOT";

export function isFromPerson(event: MessageLike, botUserId: string | undefined): event is MessageLike & { user: string } {
  if (!event.user || event.bot_id || event.user === SLACKBOT) return false;
  return event.user !== botUserId;
}
