import { type Cell, type Grid, errorOf, metEveryCell, parseNumberText } from '../cells';
import { fail } from '../errors';
import type { Language } from '../i18n';
import { isNoValueText } from '../noValue';
import { foldText } from '../options';

/** A survey answer in words or emoji. */
export type Sentiment = 'positive' | 'neutral' | 'negative';

/** CSAT answer words (SPEC §3.4), per sentiment and language; emoji under `en`. */
export const CSAT_WORDS: Readonly<Record<Sentiment, Readonly<Record<Language, readonly string[]>>>> = {
  positive: {
    en: ['positive', 'satisfied', 'very satisfied', 'good', 'great', 'happy', '👍', '😀', '🙂', '😊', '😃', '😄'],
    fr: ['positif', 'positive', 'satisfait', 'satisfaite', 'très satisfait', 'bon', 'bien', 'content'],
    nl: ['positief', 'tevreden', 'zeer tevreden', 'goed', 'blij'],
    it: ['positivo', 'positiva', 'soddisfatto', 'soddisfatta', 'molto soddisfatto', 'buono', 'bene', 'contento'],
    de: ['positiv', 'zufrieden', 'sehr zufrieden', 'gut'],
  },
  neutral: {
    en: ['neutral', 'okay', 'average', '😐'],
    fr: ['neutre', 'moyen', 'correct'],
    nl: ['neutraal', 'gemiddeld', 'matig'],
    it: ['neutro', 'neutrale', 'medio', 'nella media'],
    de: ['neutral', 'mittel', 'durchschnittlich', 'teils teils'],
  },
  negative: {
    en: [
      'negative',
      'unsatisfied',
      'dissatisfied',
      'very unsatisfied',
      'very dissatisfied',
      'bad',
      'poor',
      'unhappy',
      '👎',
      '😞',
      '🙁',
      '☹',
      '😠',
      '😡',
    ],
    fr: ['négatif', 'négative', 'insatisfait', 'insatisfaite', 'mécontent', 'très insatisfait', 'mauvais'],
    nl: ['negatief', 'ontevreden', 'zeer ontevreden', 'slecht'],
    it: ['negativo', 'negativa', 'insoddisfatto', 'insoddisfatta', 'scontento', 'cattivo', 'scarso'],
    de: ['negativ', 'unzufrieden', 'sehr unzufrieden', 'schlecht'],
  },
};

/** Survey states that are no answer (Zendesk writes `Offered` / `Unoffered` for surveys sent or not): read as blank. */
export const NO_ANSWER_WORDS: readonly string[] = ['offered', 'unoffered', 'not offered', 'no response', 'not rated'];

/** Case and accents folded, emoji variation selectors and skin tones dropped, spaces collapsed. */
const answerKey = (text: string): string =>
  foldText(text.replace(/\uFE0F|[\u{1F3FB}-\u{1F3FF}]/gu, '')).replace(/\s+/g, ' ');

const SENTIMENT = new Map<string, Sentiment | null>();
for (const s of Object.keys(CSAT_WORDS) as Sentiment[]) {
  for (const words of Object.values(CSAT_WORDS[s])) for (const w of words) SENTIMENT.set(answerKey(w), s);
}
for (const w of NO_ANSWER_WORDS) SENTIMENT.set(answerKey(w), null);

/** One survey answer: a score, a sentiment, null for no answer, undefined when unreadable. */
export type Answer = number | Sentiment | null | undefined;

/**
 * Reads a survey cell. Blank (null, "", and 0: survey scales start at 1, and some Excel hosts send
 * blanks as 0) and the "no value" markers (`?`, `N/A` …) are no answer; numeric text is a score; TRUE/FALSE are yes/no answers.
 */
export function answerOf(cell: Cell, words: boolean): Answer {
  if (cell === null || cell === 0) return null;
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'boolean') return words ? (cell ? 'positive' : 'negative') : undefined;
  if (typeof cell === 'object') throw errorOf(cell);
  if (cell.trim() === '' || isNoValueText(cell)) return null;
  const n = parseNumberText(cell);
  if (n !== undefined) return n === 0 ? null : n;
  if (!words) return undefined;
  const key = answerKey(cell);
  return SENTIMENT.has(key) ? SENTIMENT.get(key) : undefined;
}

/** What the survey functions need of a range's answers: counts and sums, no list kept. */
export interface AnswerTally {
  /** Numeric answers (scores). */
  readonly scores: number;
  /** Their sum, added in row order (as AVERAGE would). */
  readonly sum: number;
  /** Scores at or above the `atLeast` threshold asked for. */
  readonly atLeast: number;
  /** Word answers, by sentiment. */
  readonly words: Readonly<Record<Sentiment, number>>;
}

/**
 * Tallies every answer of a survey range, row by row. A first row of text that holds no answer is
 * a header and is skipped (users select the column with its title). Unreadable cells are #VALUE!
 * naming the cell; every cell is read, so an Excel error anywhere in the range is thrown.
 */
export function tallyAnswers(arg: string, grid: Grid, words: boolean, atLeast = Infinity): AnswerTally {
  const first = grid[0] ?? [];
  const isHeader =
    grid.length > 1 &&
    first.some((c) => typeof c === 'string' && c.trim() !== '') &&
    first.every((c) => answerOf(c, words) === undefined || answerOf(c, words) === null);
  let scores = 0;
  let sum = 0;
  let high = 0;
  const counts: Record<Sentiment, number> = { positive: 0, neutral: 0, negative: 0 };
  // Answers repeat a handful of words and emoji down the column: each text is read once.
  const seen = new Map<string, number | Sentiment | null>();
  for (let r = isHeader ? 1 : 0; r < grid.length; r++) {
    const row = grid[r]!;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c]!;
      let a: Answer;
      // Scores and blanks, most of any survey column, without a call.
      if (typeof cell === 'number') a = cell === 0 ? null : cell;
      else if (cell === null) continue;
      else if (typeof cell === 'string') {
        a = seen.get(cell);
        if (a === undefined) {
          a = answerOf(cell, words);
          if (a !== undefined) seen.set(cell, a);
        }
      } else a = answerOf(cell, words);
      if (a === undefined) {
        throw fail.value(words ? 'notAnAnswer' : 'notAScore', { cell: { arg, row: r, col: c }, value: String(cell) });
      }
      if (typeof a === 'number') {
        scores++;
        sum += a;
        if (a >= atLeast) high++;
      } else if (a !== null) counts[a]++;
    }
  }
  metEveryCell(grid);
  return { scores, sum, atLeast: high, words: counts };
}
