/**
 * Follow-up questions in a conversation ("och i Gävle?", "what about Umeå?", "vem följer upp det?")
 * made standalone from the question before them, without a model:
 * - a follow-up that names a municipality and little else moves the earlier question there;
 * - a follow-up with a single content word ("när antogs den?") continues the earlier question, as
 *   does a short one that opens with "och", "men", "and", "but" ("and how fast must it be done?")
 *   or asks about something more ("what about medical checks?", "gäller det även pengar?"); one
 *   in English after a Swedish question continues it in Swedish, by its glossary renderings
 *   ("vad kostar trygghetslarm?", "what about meals?" → "… – måltid");
 * - a full follow-up that names no municipality inherits the earlier question's.
 */
import type { LanguageKit } from "./kit";

function contentTerms(text: string, kit: LanguageKit): string[] {
  let rest = text;
  for (const m of [...kit.findMunicipalities(text)].reverse()) rest = rest.slice(0, m.start) + " " + rest.slice(m.end);
  return kit.queryTerms(rest).filter((t) => t.kind !== "part").map((t) => t.term);
}

const bare = (question: string) => question.replace(/[?.!\s]+$/, "");

/**
 * How a message that goes on from the one before opens: a conjunction, or asking whether what was
 * said holds for something else too. Not "vad gäller för …", which asks a question of its own.
 */
const GOES_ON =
  /^(och|men|samt|eller|plus|även|också|hur är det med|gäller (det|detta|detsamma|samma|samma sak)( även| också)?|samma (sak )?för|and|but|or|also|so|what about|how about|what if|same for|(does|do|would) (that|this|it|they|the same) (also )?apply|is (that|this|it) (also )?the same)\b/i;
/** Content words a follow-up opening with GOES_ON may have and still be read with the question before it. */
const SHORT_FOLLOW_UP = 3;

/** The earlier question with its municipality names replaced by `names` (or `names` added). */
function moveTo(previous: string, names: string[], kit: LanguageKit): string {
  const mentions = kit.findMunicipalities(previous);
  if (!mentions.length) return `${bare(previous)} (${names.join(", ")})?`;
  let out = previous;
  // From the last mention backwards, so earlier offsets stay valid; the first mention gets the names.
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    out = out.slice(0, m.start) + (i === 0 ? names.join(", ") : "") + out.slice(m.end);
  }
  return out.replace(/\s{2,}/g, " ").replace(/\s+([,?.!])/g, "$1").trim();
}

/**
 * A short English follow-up to a Swedish question, in Swedish: each English word or phrase the
 * glossary knows by its first rendering. Appended to the Swedish question as it is, its English
 * words would be searched as unknown Swedish ones. Any other follow-up as it is.
 */
function inLanguageOf(previous: string, question: string, kit: LanguageKit): string {
  if (kit.detectLanguage(previous) !== "sv" || kit.detectLanguage(question) !== "en") return question;
  const renderings = kit.expandEnglish(question).map((m) => m.swedish[0]!);
  return renderings.length ? `${renderings.join(" ")}?` : question;
}

export function standaloneQuestion(question: string, previous: string | undefined, kit: LanguageKit): string {
  if (!previous?.trim()) return question;
  const named = [...new Set(kit.findMunicipalities(question).map((m) => m.name))];
  const terms = contentTerms(question, kit);
  if (named.length) return terms.length <= 1 ? moveTo(previous, named, kit) : question;
  if (terms.length <= 1 || (GOES_ON.test(question.trim()) && terms.length <= SHORT_FOLLOW_UP)) return `${bare(previous)} – ${inLanguageOf(previous, question, kit)}`;
  const inherited = [...new Set(kit.findMunicipalities(previous).map((m) => m.name))];
  return inherited.length ? `${bare(question)} (${inherited.join(", ")})?` : question;
}
