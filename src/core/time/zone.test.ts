import { serialFromParts } from '../dates';
import fc from 'fast-check';
import { Transitions, intlOffset, readZone, splitZone } from './zone';

const HOUR = 1 / 24;

describe('splitZone and readZone', () => {
  it('splits IANA names, UTC/GMT offsets and bare offsets off the end', () => {
    expect(splitZone('Mon-Fri 8-18 Europe/Paris')).toEqual({ rest: 'Mon-Fri 8-18', zone: 'Europe/Paris', bare: false });
    expect(splitZone('Mon-Fri 8-18 America/Argentina/Buenos_Aires')?.zone).toBe('America/Argentina/Buenos_Aires');
    expect(splitZone('Mon-Fri 8-18 GMT -5')).toEqual({ rest: 'Mon-Fri 8-18', zone: 'GMT -5', bare: false });
    expect(splitZone('Mon-Fri 8-18 +0100')).toEqual({ rest: 'Mon-Fri 8-18', zone: '+0100', bare: true });
    expect(splitZone('Mo/Di 8-18')).toBeUndefined();
  });

  it('reads zones case-insensitively into canonical names and offsets in minutes', () => {
    expect(readZone('europe/paris')).toEqual({ ok: true, value: { kind: 'iana', name: 'Europe/Paris' } });
    expect(readZone('GMT -5')).toEqual({ ok: true, value: { kind: 'offset', minutes: -300 } });
    expect(readZone('UTC+5:30')).toEqual({ ok: true, value: { kind: 'offset', minutes: 330 } });
    expect(readZone('UTC−3')).toEqual({ ok: true, value: { kind: 'offset', minutes: -180 } });
    expect(readZone('+14:00')).toEqual({ ok: true, value: { kind: 'offset', minutes: 840 } });
    expect(readZone('gmt')).toEqual({ ok: true, value: { kind: 'offset', minutes: 0 } });
  });

  it.each(['Europe/Pariss', 'UTC+15', '+01:75', 'Mars/Olympus'])('refuses %j', (text) => {
    expect(readZone(text)).toEqual({ ok: false, problem: { key: 'unknownZone', text } });
  });
});

describe('Transitions', () => {
  it('finds the EU and US changes of 2025 to the second (EU: last Sundays of March and October at 01:00 UTC; US: 2nd Sunday of March, 1st of November at 2:00 local)', () => {
    const paris = new Transitions(intlOffset('Europe/Paris'));
    paris.cover(serialFromParts(2025, 1, 1), serialFromParts(2025, 12, 31));
    const in2025 = (t: Transitions) =>
      t.at.filter((x) => x >= serialFromParts(2025, 1, 1) && x < serialFromParts(2026, 1, 1));
    expect(in2025(paris)).toEqual(
      [serialFromParts(2025, 3, 30, 1), serialFromParts(2025, 10, 26, 1)].map((x) => expect.closeTo(x, 9)),
    );
    const ny = new Transitions(intlOffset('America/New_York'));
    ny.cover(serialFromParts(2025, 6, 1), serialFromParts(2025, 6, 1));
    expect(in2025(ny)).toEqual(
      [serialFromParts(2025, 3, 9, 7), serialFromParts(2025, 11, 2, 6)].map((x) => expect.closeTo(x, 9)),
    );
    const k = ny.countUpTo(serialFromParts(2025, 7, 1));
    expect(ny.offsetAfter(k)).toBeCloseTo(-4 * HOUR, 12);
  });

  it('keeps the list whole when the span grows backwards and forwards', () => {
    const paris = new Transitions(intlOffset('Europe/Paris'));
    paris.cover(serialFromParts(2025, 6, 1), serialFromParts(2025, 6, 1));
    paris.cover(serialFromParts(2019, 6, 1), serialFromParts(2031, 6, 1));
    const years = paris.at.map((x) => new Date(Math.round((x - 25_569) * 86_400_000)).getUTCFullYear());
    for (let y = 2019; y <= 2031; y++) expect(years.filter((v) => v === y)).toHaveLength(2);
    expect([...paris.at].sort((a, b) => a - b)).toEqual(paris.at);
  });

  it('converts wall-clock time to UTC, a skipped time with the offset before, a repeated time as its first occurrence', () => {
    const paris = new Transitions(intlOffset('Europe/Paris'));
    paris.cover(serialFromParts(2025, 1, 1), serialFromParts(2025, 12, 31));
    const utc = (y: number, mo: number, d: number, h: number, mi = 0) => paris.utcOf(serialFromParts(y, mo, d, h, mi));
    expect(utc(2025, 1, 15, 12)).toBeCloseTo(serialFromParts(2025, 1, 15, 11), 9);
    expect(utc(2025, 7, 15, 12)).toBeCloseTo(serialFromParts(2025, 7, 15, 10), 9);
    // 02:30 does not exist on 2025-03-30: read at +01:00, i.e. 01:30 UTC (03:30 CEST).
    expect(utc(2025, 3, 30, 2, 30)).toBeCloseTo(serialFromParts(2025, 3, 30, 1, 30), 9);
    expect(utc(2025, 3, 30, 3)).toBeCloseTo(serialFromParts(2025, 3, 30, 1), 9);
    // 02:30 happens twice on 2025-10-26: first at +02:00 (00:30 UTC).
    expect(utc(2025, 10, 26, 2, 30)).toBeCloseTo(serialFromParts(2025, 10, 26, 0, 30), 9);
    expect(utc(2025, 10, 26, 3)).toBeCloseTo(serialFromParts(2025, 10, 26, 2), 9);
  });
});

describe('Transitions.localWindow', () => {
  /** The definition, read from the transitions alone: the first window not yet ended decides. */
  function windowByDefinition(t: Transitions, local: number): number {
    const eps = 1 / 86_400_000;
    for (let j = 0; j < t.at.length; j++) {
      const start = t.at[j]! + Math.min(t.before[j]!, t.after[j]!);
      const end = t.at[j]! + Math.max(t.before[j]!, t.after[j]!);
      if (local < end - eps) return local >= start - eps ? ~j : j;
    }
    return t.at.length;
  }

  // Santiago and Beirut change at midnight: a window edge on a day boundary.
  const zones = [
    'Europe/Paris',
    'America/New_York',
    'Australia/Sydney',
    'Pacific/Chatham',
    'Asia/Kolkata',
    'America/Santiago',
    'Asia/Beirut',
  ];

  it.each(zones)('agrees with the definition anywhere, at the edges of the windows in %s too', (zone) => {
    const t = new Transitions(intlOffset(zone));
    t.cover(serialFromParts(2019, 1, 1), serialFromParts(2026, 12, 31));
    const lo = serialFromParts(2018, 1, 1);
    const hi = serialFromParts(2028, 1, 1);
    const edges = t.at.flatMap((at, j) => [at + t.before[j]!, at + t.after[j]!]);
    const ms = 1 / 86_400_000;
    const near = fc
      .tuple(
        fc.constantFrom(...(edges.length ? edges : [lo])),
        fc.integer({ min: -3, max: 3 }),
        fc.double({ min: -1, max: 1, noNaN: true }),
      )
      .map(([edge, k, f]) => edge + k * ms + (Math.abs(f) < 0.5 ? 0 : f * HOUR));
    const anywhere = fc.double({ min: lo, max: hi, noNaN: true });
    fc.assert(
      fc.property(fc.oneof(near, anywhere), (local) => {
        expect(t.localWindow(local)).toBe(windowByDefinition(t, local));
      }),
      { numRuns: 3000 },
    );
  });
});
