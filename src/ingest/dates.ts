/** Dates and decision-making bodies as Swedish documents write them. */

const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

const pad = (n: number) => String(n).padStart(2, "0");

function valid(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2013-10-15", "2013.10.15", "15 oktober 2013", "den 25 augusti 2009" → ISO date; else null. */
export function parseSwedishDate(text: string): string | null {
  const iso = /\b((?:19|20)\d{2})[-.](\d{1,2})[-.](\d{1,2})\b/.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return valid(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  const words = new RegExp(String.raw`\b(\d{1,2}) (${MONTHS.join("|")}) ((?:19|20)\d{2})\b`, "i").exec(text);
  if (words) {
    const [day, month, year] = [Number(words[1]), MONTHS.indexOf(words[2]!.toLowerCase()) + 1, Number(words[3])];
    return valid(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  return null;
}

const ABBREVIATED_BODIES: Record<string, string> = {
  ks: "Kommunstyrelsen",
  kf: "Kommunfullmäktige",
  rs: "Regionstyrelsen",
  rf: "Regionfullmäktige",
  fullmäktige: "Kommunfullmäktige",
};

/** "KS § 72/2016" → "Kommunstyrelsen"; "kommunfullmäktige" → "Kommunfullmäktige". */
export function normaliseBody(text: string): string | null {
  const cleaned = text.replace(/§.*$/, "").replace(/\s+/g, " ").trim().replace(/\s*[,.:;]$/, "");
  if (!cleaned || !/\p{L}/u.test(cleaned)) return null;
  const known = ABBREVIATED_BODIES[cleaned.toLowerCase()];
  if (known) return known;
  return cleaned.charAt(0).toUpperCase() + cleaned.slice(1);
}
