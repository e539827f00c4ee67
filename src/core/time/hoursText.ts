/**
 * Opening hours written as text, the way contracts and websites write them, in five languages:
 * `Mon-Fri 08:00-18:00`, `Mon-Thu 8:00-17:30; Fri 8:00-16:00`, `lun-ven 8h-12h, 13h30-17h`,
 * `ma t/m vr van 8 tot 18`, `dal lunedì al venerdì dalle 8 alle 18`, `Mo-Fr 8-18 Uhr Europe/Berlin`.
 * A tokenizer and a small left-to-right grammar rather than one big regex, so a problem can name
 * the exact word or range at fault.
 */
import { type Result, ok, problem } from './problems';
import { minutesOfText } from './timeOfDay';
import { type BusinessHours, type RangeEntry, alwaysOpen, buildWeek } from './week';
import { CLOSED_WORDS, DAYS, FILLER_WORDS, LIST_WORDS, RANGE_WORDS } from './words';
import { type Zone, readZone, splitZone } from './zone';
import { foldText } from '../options';

type Kind = 'day' | 'time' | 'to' | 'and' | 'group' | 'closed';

interface Token {
  readonly kind: Kind;
  /** Day (0 = Monday) or minutes since midnight (NaN for an impossible time). */
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

const ALWAYS = /^(?:24\s*[x×*/]\s*7|24\s*h?\s*\/\s*24\s*h?[\s,;]*7\s*[jdgt]?\s*\/\s*7)$/i;
const TOKEN =
  /\s+|(\d{1,4}(?:[:h.]\d{2})?(?:h(?!\p{L}))?(?:\s*[ap]\.?m\.?(?!\p{L}))?)|(t\/m(?!\p{L}))|(\p{L}+)\.?|([-–—])|([,/&+])|([;|\n])|(.)/iuy;

function tokenize(text: string): Result<Token[]> {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const [all, time, tm, word, dash, list, group, other] = m;
    const start = m.index;
    const end = start + all.length;
    const push = (kind: Kind, value = 0): void => void tokens.push({ kind, value, start, end });
    if (time !== undefined) push('time', minutesOfText(time) ?? NaN);
    else if (tm !== undefined || dash !== undefined) push('to');
    else if (list !== undefined) push('and');
    else if (group !== undefined) push('group');
    else if (other !== undefined) return problem('unexpected', other);
    else if (word !== undefined) {
      const w = foldText(word);
      const day = DAYS.get(w);
      if (day !== undefined) push('day', day);
      else if (RANGE_WORDS.has(w)) push('to');
      else if (LIST_WORDS.has(w)) push('and');
      else if (CLOSED_WORDS.has(w)) push('closed');
      else if (!FILLER_WORDS.has(w)) return problem('unknownWord', word);
    }
  }
  return ok(tokens);
}

/** The days of `Mon-Fri`, `Fri-Mon` (wrapping round the week) or `Sat`. */
function daySpan(from: number, to: number): number[] {
  const days = [from];
  for (let d = from; d !== to;) days.push((d = (d + 1) % 7));
  return days;
}

/** Parses the week part (no zone) into ranges per day. */
function weekOfText(text: string, zone: Zone | null): Result<BusinessHours> {
  if (text === '' || ALWAYS.test(text)) return ok(alwaysOpen(zone));
  const tokenized = tokenize(text);
  if (!tokenized.ok) return tokenized;
  const t = tokenized.value;
  const kind = (i: number): Kind | undefined => t[i]?.kind;
  const slice = (from: number, to: number): string => text.slice(t[from]!.start, t[to]!.end);
  /** A token's text; the last one when `i` is past the end (what was there instead of the missing word). */
  const word = (i: number): string => slice(Math.min(i, t.length - 1), Math.min(i, t.length - 1));
  const entries: RangeEntry[] = [];
  let i = 0;
  while (i < t.length) {
    while (kind(i) === 'group' || kind(i) === 'and') i++;
    if (i >= t.length) break;
    if (kind(i) === 'time') return problem('missingDays', word(i));
    if (kind(i) !== 'day') return problem('unexpected', word(i));
    // Days: `Mon`, `Mon-Fri`, `Mon, Wed`, `Mo Di`, `lun et mer`.
    const firstDay = i;
    const days = new Set<number>();
    for (;;) {
      const from = t[i++]!.value;
      if (kind(i) === 'to') {
        if (kind(i + 1) !== 'day') return problem('unexpected', word(i + 1));
        daySpan(from, t[i + 1]!.value).forEach((d) => days.add(d));
        i += 2;
      } else days.add(from);
      if (kind(i) === 'and' && kind(i + 1) === 'day') i++;
      else if (kind(i) !== 'day') break;
    }
    // Times: `8-18`, `8-12, 13-17`, `8-12 13-17`, or `closed`.
    if (kind(i) === 'closed') i++;
    else {
      if (kind(i) !== 'time') return problem('missingTimes', slice(firstDay, i - 1));
      for (;;) {
        if (kind(i + 1) !== 'to' || kind(i + 2) !== 'time')
          return problem('incompleteRange', slice(i, kind(i + 1) === 'to' ? i + 1 : i));
        const open = t[i]!.value;
        const close = t[i + 2]!.value;
        if (Number.isNaN(open)) return problem('badTime', word(i));
        if (Number.isNaN(close)) return problem('badTime', word(i + 2));
        if (close <= open) return problem('invertedRange', slice(i, i + 2));
        for (const day of days) entries.push({ day, range: [open, close], text: slice(i, i + 2) });
        i += 3;
        if (kind(i) === 'and' && kind(i + 1) === 'time') i++;
        else if (kind(i) !== 'time') break;
      }
    }
    const next = kind(i);
    if (next !== undefined && next !== 'group' && next !== 'day' && !(next === 'and' && kind(i + 1) === 'day'))
      return problem('unexpected', word(i));
  }
  return buildWeek(entries, zone);
}

/**
 * Business hours from their text form; `""` (and `24x7`, `24/7`, `24h/24 7j/7`) is every hour of
 * every day. The text may end with a time zone: an IANA name (`Europe/Paris`) or an offset
 * (`UTC+1`, `GMT-5`, `+01:00`).
 *
 * @example
 * parseHoursText('Mon-Fri 08:00-12:00, 13:00-17:00')
 * //=> { ok: true, value: { week: [[[480, 720], [780, 1020]], …, [], []], zone: null } }
 * parseHoursText('Mox-Fri 8-18') //=> { ok: false, problem: { key: 'unknownWord', text: 'Mox' } }
 */
export function parseHoursText(text: string): Result<BusinessHours> {
  const trimmed = text.trim();
  const split = splitZone(trimmed);
  if (!split) return weekOfText(trimmed, null);
  const zone = readZone(split.zone);
  const week = weekOfText(split.rest, zone.ok ? zone.value : null);
  if (split.bare && !week.ok) {
    // `8:00 -18:00` is a range written with spaces, not an offset.
    const whole = weekOfText(trimmed, null);
    if (whole.ok) return whole;
  }
  if (!week.ok) return week;
  return zone.ok ? week : problem('unknownZone', split.zone);
}
