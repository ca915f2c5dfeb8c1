/**
 * Slack mrkdwn in both directions: escaping document text for messages, and turning a user's
 * message (with its `<@U…>` mentions, `<#C…|name>` channels and `<url|label>` links) back into the
 * plain question the engine expects.
 *
 * Slack treats only `&`, `<` and `>` as control characters; everything else (`*`, `_`, `~`) cannot
 * be escaped and is left as it is, which is right for verbatim quotes.
 */

/** Escapes Slack's control characters, so `<!channel>` in a document never pings anyone. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Cuts text to at most `max` characters, ending in "…", without splitting an escape like `&amp;`. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, Math.max(0, max - 1)).replace(/&[a-z]*$/, "").trimEnd() + "…";
}

/**
 * A link `<url|label>`, or the escaped label alone when the URL is not http(s). The label may not
 * contain `|`; characters Slack reads as delimiters are percent-encoded in the URL.
 */
export function link(url: string | null | undefined, label: string): string {
  const text = escapeMrkdwn(label).replace(/\|/g, "¦");
  if (!url || !/^https?:\/\//i.test(url)) return text;
  const safeUrl = url.replace(/[<>|\s]/g, (c) => encodeURIComponent(c)).replace(/&/g, "&amp;");
  return `<${safeUrl}|${text}>`;
}

/** Text as a mrkdwn block quote: every line prefixed with `>`. */
export function blockQuote(escapedText: string): string {
  return escapedText
    .split(/\s*\n\s*/)
    .filter(Boolean)
    .map((line) => `>${line}`)
    .join("\n");
}

/**
 * The plain question in a Slack message: mentions of the bot removed, other mentions, channels
 * and links reduced to their readable part, escapes undone, whitespace collapsed.
 */
export function plainQuestion(slackText: string, botUserId?: string): string {
  return unescapeMrkdwn(
    slackText
      .replace(/<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g, (_, id: string, name?: string) => (id === botUserId ? " " : name ? `@${name}` : " "))
      .replace(/<#[A-Z0-9]+\|([^>]*)>/g, "#$1")
      .replace(/<#[A-Z0-9]+>/g, " ")
      .replace(/<!([a-z]+)(?:\^[^>|]*)?(?:\|([^>]*))?>/g, (_, name: string, label?: string) => label ?? `@${name}`)
      .replace(/<((?:https?|mailto):[^>|]+)\|([^>]*)>/g, "$2")
      .replace(/<((?:https?|mailto):[^>]+)>/g, "$1"),
  )
    .replace(/\s+/g, " ")
    .trim();
}
