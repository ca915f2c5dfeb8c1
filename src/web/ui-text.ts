/**
 * Every piece of interface text the web chat shows, in Swedish and English. The server renders
 * with it, and the page receives it as JSON so it can switch language to follow each answer.
 */
import type { Language } from "../domain";

const SV = {
  tagline: "Frågor om kommuners styrdokument – svar med ordagranna citat ur dokumenten.",
  questionLabel: "Din fråga",
  placeholder: "Skriv en fråga och tryck Enter",
  ask: "Fråga",
  newConversation: "Ny konversation",
  conversation: "Samtal",
  examples: "Exempelfrågor",
  documents: "Dokument i registret",
  noDocuments: "Inga dokument är indexerade ännu. Lägg filer i corpus/ och kör npm run ingest.",
  thinking: "Söker i styrdokumenten …",
  emptyQuestion: "Skriv en fråga först.",
  error: "Det gick inte att svara:",
  networkError: "Servern svarar inte. Kontrollera att styrdok körs och försök igen.",
  question: "Fråga",
  understoodAs: "Tolkad som",
  sources: "Källor",
  page: "s.",
  noneFoundHelp: "Formulera om frågan, nämn en kommun eller välj en exempelfråga. Se vilka dokument som finns:",
  otherPassages: "Andra stycken som sökningen hittade",
  adopted: "Antagen",
  validUntil: "Gäller till",
  revision: "Revidering",
  diarienummer: "Diarienummer",
  owner: "Dokumentägare",
  replaces: "Ersätter",
  passages: "Stycken",
  "status.current": "Gäller",
  "status.past-revision": "Revisionsdatum passerat",
  "status.replaced": "Ersatt av ett nyare dokument",
  "status.undated": "Inget slutdatum angivet",
};

export type UiKey = keyof typeof SV;

const EN: Record<UiKey, string> = {
  tagline: "Questions about municipalities' governing documents – answers with verbatim quotes from the documents.",
  questionLabel: "Your question",
  placeholder: "Type a question and press Enter",
  ask: "Ask",
  newConversation: "New conversation",
  conversation: "Conversation",
  examples: "Example questions",
  documents: "Documents in the register",
  noDocuments: "No documents are indexed yet. Put files in corpus/ and run npm run ingest.",
  thinking: "Searching the governing documents …",
  emptyQuestion: "Type a question first.",
  error: "Could not answer:",
  networkError: "The server does not respond. Check that styrdok is running and try again.",
  question: "Question",
  understoodAs: "Understood as",
  sources: "Sources",
  page: "p.",
  noneFoundHelp: "Rephrase the question, name a municipality or pick an example question. See which documents there are:",
  otherPassages: "Other passages the search found",
  adopted: "Adopted",
  validUntil: "Valid until",
  revision: "Revision",
  diarienummer: "Case number (diarienummer)",
  owner: "Document owner",
  replaces: "Replaces",
  passages: "Passages",
  "status.current": "In force",
  "status.past-revision": "Past its revision date",
  "status.replaced": "Replaced by a newer document",
  "status.undated": "No end date stated",
};

export const UI_TEXT: Record<Language, Record<UiKey, string>> = { sv: SV, en: EN };

export function uiText(language: Language, key: UiKey): string {
  return UI_TEXT[language][key];
}

/**
 * The page's language from the browser's Accept-Language header: Swedish unless English is
 * preferred over it. Quality values are honoured; the order breaks ties.
 */
export function pageLanguage(acceptLanguage: string | undefined): Language {
  const ranked = (acceptLanguage ?? "")
  .split(",")
  .map((part, i) => {
    const [tag = "", ...params] = part.trim().toLowerCase().split(";");
    const q = Number(params.find((p) => p.trim().startsWith("q="))?.split("=")[1] ?? 1);
    return { primary: tag.split("-")[0], q: Number.isFinite(q) ? q : 0, i };
  })
  .filter((l) => l.q > 0 && (l.primary === "sv" || l.primary === "en"))
  .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked[0]?.primary === "en" ? "en" : "sv";
}
