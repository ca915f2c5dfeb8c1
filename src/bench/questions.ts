/**
 * The benchmark's fixed questions: written for timing, not taken from the eval sets. Most name a
 * municipality that issues documents in every corpus size (one of the first 100 synthetic
 * documents), so the municipality filter is exercised; some name none and search everything.
 */
const NAMED = [
  "vem ansvarar för uppföljningen av det internationella arbetet i {m}?",
  "vad säger {m} om vänortssamarbete?",
  "hur ska {m} finansiera sina EU-projekt?",
  "vilken roll har kommunstyrelsen i {m}s internationella arbete?",
  "vilka prioriterade områden har {m} för internationella kontakter?",
  "who follows up the international work in {m}?",
  "what does {m} say about external funding?",
  "how should the committees in {m} report international projects?",
  "why does {m} work internationally?",
  "which networks does {m} take part in?",
];

const UNNAMED = [
  "vem ansvarar för kompetensutveckling inom internationellt arbete?",
  "hur ofta ska den internationella strategin revideras?",
  "vad ska årsredovisningen innehålla om internationella projekt?",
  "vilka nämnder ska beskriva internationellt arbete i sin verksamhetsplan?",
  "what is the purpose of omvärldsbevakning in the municipality?",
  "who decides on the annual action plan for international work?",
  "how are EU projects reported to the municipal executive board?",
];

/** 27 questions over a corpus whose first documents are issued by `municipalities` (in order). */
export function benchQuestions(municipalities: readonly string[]): string[] {
  const picks = [3, 11, 27, 40, 52, 66, 71, 85, 93, 98].map((i) => municipalities[i % municipalities.length]!);
  const fill = (shift: number) => NAMED.map((template, i) => template.replace("{m}", picks[(i + shift) % picks.length]!));
  return [...fill(0), ...UNNAMED, ...fill(5)];
}
