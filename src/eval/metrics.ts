/**
 * Retrieval and abstention figures for a question set. A passage is a hit for a question when it
 * contains most (80%) of one of the question's gold quotes as one contiguous span, compared with
 * whitespace collapsed and case folded.
 */
import type { Answer, Language } from "../domain";

export interface EvalQuestion {
  id: string;
  lang: Language;
  question: string;
  municipality?: string | null;
  doc?: string | null;
  quotes: string[];
  kind: string;
  answer?: string;
}

export interface QuestionResult {
  id: string;
  lang: Language;
  kind: string;
  answerable: boolean;
  abstained: boolean;
  /** 1-based rank of the first passage that is a hit, or null. */
  firstHit: number | null;
  /** Share of the gold quotes found in the top 5 passages. */
  recall5: number;
  /** Whether a citation quotes (most of) a gold passage. */
  citedGold: boolean;
  /** The first gold quote as compared (see squash), or null for an unanswerable question. */
  gold: string | null;
  /** How much of the question the passage holding its first gold quote covers (see overlap.ts), when measured. */
  overlap?: number | null;
}

export const MOST = 0.8;

/** Whitespace collapsed, trimmed, lower case: the form in which quotes and passages are compared. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/** Length of the longest common substring of a and b (dynamic programming, two rows). */
export function longestCommonSubstring(a: string, b: string): number {
  let best = 0;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ch = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const value = ch === b.charCodeAt(j - 1) ? previous[j - 1]! + 1 : 0;
      current[j] = value;
      if (value > best) best = value;
    }
    [previous, current] = [current, previous];
    current.fill(0);
  }
  return best;
}

export function containsMost(passage: string, quote: string): boolean {
  const p = squash(passage);
  const q = squash(quote);
  if (!q) return false;
  if (p.includes(q)) return true;
  return longestCommonSubstring(q, p) >= Math.ceil(q.length * MOST);
}

export function scoreQuestion(question: EvalQuestion, answer: Answer): QuestionResult {
  const answerable = question.kind !== "unanswerable" && question.quotes.length > 0;
  const passages = answer.passages.map((p) => p.text);
  const isHit = (text: string) => question.quotes.some((q) => containsMost(text, q));
  const index = passages.slice(0, 10).findIndex(isHit);
  const top5 = passages.slice(0, 5);
  const found = question.quotes.filter((q) => top5.some((p) => containsMost(p, q))).length;
  return {
    id: question.id,
    lang: question.lang,
    kind: question.kind,
    answerable,
    abstained: answer.abstained,
    firstHit: answerable && index >= 0 ? index + 1 : null,
    recall5: answerable ? found / question.quotes.length : 0,
    citedGold: answerable && answer.citations.some((c) => question.quotes.some((q) => containsMost(c.quote, q) || containsMost(q, c.quote))),
    gold: answerable ? squash(question.quotes[0]!) : null,
  };
}

export interface Figures {
  questions: number;
  answerable: number;
  hitAt5: number;
  recallAt5: number;
  mrrAt10: number;
  citedGold: number;
  unanswerable: number;
  abstainedUnanswerable: number;
  abstainedAnswerable: number;
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

function pct(x: number): string {
  return x.toFixed(3);
}

export function figures(results: QuestionResult[]): Figures {
  const answerable = results.filter((r) => r.answerable);
  const unanswerable = results.filter((r) => !r.answerable);
  return {
    questions: results.length,
    answerable: answerable.length,
    hitAt5: mean(answerable.map((r) => (r.firstHit !== null && r.firstHit <= 5 ? 1 : 0))),
    recallAt5: mean(answerable.map((r) => r.recall5)),
    mrrAt10: mean(answerable.map((r) => (r.firstHit ? 1 / r.firstHit : 0))),
    citedGold: mean(answerable.map((r) => (r.citedGold ? 1 : 0))),
    unanswerable: unanswerable.length,
    abstainedUnanswerable: unanswerable.filter((r) => r.abstained).length,
    abstainedAnswerable: answerable.filter((r) => r.abstained).length,
  };
}

export function formatFigures(label: string, f: Figures): string {
  return `${label.padEnd(8)} n=${String(f.questions).padStart(3)}  hit@5 ${pct(f.hitAt5)}  recall@5 ${pct(f.recallAt5)}  MRR@10 ${pct(f.mrrAt10)}  cited-gold ${pct(f.citedGold)}  abstained: ${f.abstainedUnanswerable}/${f.unanswerable} unanswerable, ${f.abstainedAnswerable}/${f.answerable} answerable`;
}

export interface PerQuoteFigures {
  /** Distinct first gold quotes among the answerable questions. */
  quotes: number;
  hitAt5: number;
  mrrAt10: number;
  citedGold: number;
}

/**
 * The answerable questions' figures with each first gold quote counted once: the questions that
 * share it are averaged first. Sets written apart ask about the same sentence in other words (one
 * rule asked six ways), and a change that moves that sentence moves every copy; counted once, such a
 * sentence weighs what any other does.
 */
export function perGoldQuote(results: QuestionResult[]): PerQuoteFigures {
  const byQuote = new Map<string, QuestionResult[]>();
  for (const r of results) {
    if (r.gold === null) continue;
    const group = byQuote.get(r.gold);
    if (group) group.push(r);
    else byQuote.set(r.gold, [r]);
  }
  const groups = [...byQuote.values()];
  const over = (value: (r: QuestionResult) => number) => mean(groups.map((group) => mean(group.map(value))));
  return {
    quotes: groups.length,
    hitAt5: over((r) => (r.firstHit !== null && r.firstHit <= 5 ? 1 : 0)),
    mrrAt10: over((r) => (r.firstHit ? 1 / r.firstHit : 0)),
    citedGold: over((r) => (r.citedGold ? 1 : 0)),
  };
}

export function formatPerQuote(label: string, f: PerQuoteFigures): string {
  return `${label.padEnd(8)} ${f.quotes} distinct gold quotes, each counted once:  hit@5 ${pct(f.hitAt5)}  MRR@10 ${pct(f.mrrAt10)}  cited-gold ${pct(f.citedGold)}`;
}

/**
 * The answerable questions whose answering passage covers at least `split` of them, and the others
 * (see overlap.ts), with their figures; questions whose overlap was not measured are in neither.
 */
export function formatByOverlap(results: QuestionResult[], split: number): string[] {
  const measured = results.filter((r) => r.answerable && r.overlap !== undefined && r.overlap !== null);
  const side = (label: string, above: boolean) => {
    const group = measured.filter((r) => (r.overlap! >= split) === above);
    const f = figures(group);
    return `${label} n=${String(f.answerable).padStart(3)}  hit@5 ${pct(f.hitAt5)}  MRR@10 ${pct(f.mrrAt10)}  cited-gold ${pct(f.citedGold)}  abstained ${f.abstainedAnswerable}`;
  };
  const percent = Math.round(split * 100);
  return [side(`answering passage covers >= ${percent}% of the question:`, true), side(`answering passage covers  < ${percent}% of the question:`, false)];
}
