import { parseHoursText } from './hoursText';
import type { OpenRange } from './week';

/** Minutes of h:mm, so expectations read like the text. */
const at = (h: number, m = 0): number => h * 60 + m;
const CLOSED: readonly OpenRange[] = [];
/** A week with the same ranges Monday to Friday and the weekend closed. */
const weekdays = (...ranges: OpenRange[]): (readonly OpenRange[])[] => [
  ranges,
  ranges,
  ranges,
  ranges,
  ranges,
  CLOSED,
  CLOSED,
];
const OFFICE = weekdays([at(8), at(18)]);

const week = (text: string) => {
  const r = parseHoursText(text);
  if (!r.ok) throw new Error(`${text}: ${JSON.stringify(r.problem)}`);
  return r.value;
};
const problemOf = (text: string) => {
  const r = parseHoursText(text);
  if (r.ok) throw new Error(`${text} parsed`);
  return r.problem;
};

describe('parseHoursText: the SPEC examples', () => {
  it('reads Mon-Fri 08:00-18:00 as five days of ten hours, no zone', () => {
    expect(week('Mon-Fri 08:00-18:00')).toEqual({ week: OFFICE, zone: null });
  });

  it('reads one range per group of days: Mon-Thu 8:00-17:30; Fri 8:00-16:00', () => {
    const r = [at(8), at(17, 30)] as const;
    expect(week('Mon-Thu 8:00-17:30; Fri 8:00-16:00').week).toEqual(
      [r, r, r, r, [at(8), at(16)], [], []].map((x) => (x.length ? [x] : [])),
    );
  });

  it.each(['24x7', '24/7', '24 x 7', '24×7', '', '  ', '24h/24 7j/7', '24/24 7/7'])(
    'reads %j as every hour of every day',
    (text) => {
      expect(week(text)).toEqual({ week: Array.from({ length: 7 }, () => [[0, 1440]]), zone: null });
    },
  );

  it('reads a lunch break as two ranges a day', () => {
    expect(week('Mon-Fri 08:00-12:00, 13:00-17:00').week).toEqual(weekdays([at(8), at(12)], [at(13), at(17)]));
  });
});

describe('parseHoursText: five languages', () => {
  it.each([
    ['Mo-Fr 8-18'],
    ['Monday to Friday 8am-6pm'],
    ['mon - fri from 8 to 18'],
    ['Mon, Tue, Wed, Thu and Fri 08:00 - 18:00'],
    ['Mon Tue Wed Thu Fri 0800-1800'],
    // French
    ['lun-ven 8h-18h'],
    ['du lundi au vendredi de 8h00 à 18h00'],
    ['Lun. – Ven. 8h à 18h'],
    ['lundi a vendredi 8.00-18.00'],
    // Dutch
    ['ma-vr 8:00-18:00'],
    ['maandag t/m vrijdag van 8 tot 18'],
    ['ma tm vr 8-18'],
    // Italian
    ['lun-ven 8-18'],
    ['dal lunedì al venerdì dalle 8 alle 18'],
    ['Lunedi - Venerdi 08:00-18:00'],
    // German
    ['Mo.-Fr. 8-18 Uhr'],
    ['Montag bis Freitag von 8 bis 18 Uhr'],
    ['Mo–Fr 08:00–18:00'],
  ])('reads %j as Monday to Friday 8:00-18:00', (text) => {
    expect(week(text).week).toEqual(OFFICE);
  });

  it.each([
    ['Sat 9-12', 5],
    ['sam 9h-12h', 5],
    ['samedi 9-12', 5],
    ['za 9-12', 5],
    ['zaterdag 9-12', 5],
    ['sab 9-12', 5],
    ['sabato 9-12', 5],
    ['Sa 9-12', 5],
    ['Samstag 9-12', 5],
    ['Sonnabend 9-12', 5],
    ['dim 9-12', 6],
    ['dimanche 9-12', 6],
    ['zo 9-12', 6],
    ['dom 9-12', 6],
    ['domenica 9-12', 6],
    ['So 9-12', 6],
    ['Sonntag 9-12', 6],
    ['Sunday 9-12', 6],
    ['mer 9-12', 2],
    ['mercredi 9-12', 2],
    ['mercoledì 9-12', 2],
    ['woensdag 9-12', 2],
    ['wo 9-12', 2],
    ['Mi 9-12', 2],
    ['Mittwoch 9-12', 2],
    ['jeu 9-12', 3],
    ['jeudi 9-12', 3],
    ['gio 9-12', 3],
    ['giovedi 9-12', 3],
    ['do 9-12', 3],
    ['Donnerstag 9-12', 3],
    ['donderdag 9-12', 3],
    ['Thurs 9-12', 3],
    ['mar 9-12', 1],
    ['martedì 9-12', 1],
    ['mardi 9-12', 1],
    ['di 9-12', 1],
    ['dinsdag 9-12', 1],
    ['Dienstag 9-12', 1],
    ['Tues. 9-12', 1],
  ])('reads %j as day %i only', (text, day) => {
    expect(week(text).week).toEqual(Array.from({ length: 7 }, (_, d) => (d === day ? [[at(9), at(12)]] : [])));
  });

  it('reads lists and ranges of days wrapping round the week', () => {
    expect(week('Fri-Mon 10-14').week.map((d) => d.length)).toEqual([1, 0, 0, 0, 1, 1, 1]);
    expect(week('Mo/Mi/Fr 10-14').week.map((d) => d.length)).toEqual([1, 0, 1, 0, 1, 0, 0]);
    expect(week('lun et mer 10-14').week.map((d) => d.length)).toEqual([1, 0, 1, 0, 0, 0, 0]);
  });

  it('reads times as 8, 8:30, 08h30, 8.30, 0830, 8:30am, 17:30 and 24:00', () => {
    expect(week('Mon 8-24:00').week[0]).toEqual([[at(8), 1440]]);
    for (const t of ['8:30', '08h30', '8.30', '0830', '8:30am', '8h30'])
      expect(week(`Mon ${t}-17:30`).week[0]).toEqual([[at(8, 30), at(17, 30)]]);
    expect(week('Mon 12am-12pm').week[0]).toEqual([[0, at(12)]]);
  });

  it('reads closed days and ranges across groups, merging ranges that touch', () => {
    expect(week('Mon-Fri 8-18; Sat closed; Sun fermé').week).toEqual(OFFICE);
    expect(week('Mon-Fri 8-12; Mon-Fri 12-18').week).toEqual(OFFICE);
    expect(week('Mon-Fri 8-12 13-17, Sat 9-12').week[5]).toEqual([[at(9), at(12)]]);
  });
});

describe('parseHoursText: time zones', () => {
  it.each([
    ['Mon-Fri 08:00-18:00 Europe/Paris', { kind: 'iana', name: 'Europe/Paris' }],
    ['Mon-Fri 08:00-18:00 america/new_york', { kind: 'iana', name: 'America/New_York' }],
    ['Mon-Fri 08:00-18:00 UTC+1', { kind: 'offset', minutes: 60 }],
    ['Mon-Fri 08:00-18:00 (UTC+05:30)', { kind: 'offset', minutes: 330 }],
    ['Mon-Fri 08:00-18:00 GMT-5', { kind: 'offset', minutes: -300 }],
    ['Mon-Fri 08:00-18:00 +01:00', { kind: 'offset', minutes: 60 }],
    ['Mon-Fri 08:00-18:00 -0330', { kind: 'offset', minutes: -210 }],
    ['Mon-Fri 08:00-18:00 UTC', { kind: 'offset', minutes: 0 }],
  ])('reads %j with its zone', (text, zone) => {
    expect(week(text)).toEqual({ week: OFFICE, zone });
  });

  it('reads a zone alone as 24x7 in that zone', () => {
    expect(week('Asia/Tokyo')).toEqual({
      week: Array.from({ length: 7 }, () => [[0, 1440]]),
      zone: { kind: 'iana', name: 'Asia/Tokyo' },
    });
    expect(week('24/7 Europe/Brussels').zone).toEqual({ kind: 'iana', name: 'Europe/Brussels' });
  });

  it('reads a spaced range ending like an offset as a range', () => {
    expect(week('Mon-Fri 8:00 -18:00')).toEqual({ week: OFFICE, zone: null });
  });
});

describe('parseHoursText: problems name the words at fault', () => {
  it.each([
    ['Mox-Fri 8-18', 'unknownWord', 'Mox'],
    ['Mon-Fri 8-18 (lunch)', 'unexpected', '('],
    ['Mon-Fri 8-18 - 19', 'unexpected', '-'],
    ['Mon- 8-18', 'unexpected', '8'],
    ['Mon-Fri 25:00-26:00', 'badTime', '25:00'],
    ['Mon-Fri 8:00-8:75', 'badTime', '8:75'],
    ['Mon-Fri 8-24:30', 'badTime', '24:30'],
    ['Mon 8', 'incompleteRange', '8'],
    ['Mon 8 to', 'incompleteRange', '8 to'],
    ['Mon 18:00-08:00', 'invertedRange', '18:00-08:00'],
    ['Mon 8-8', 'invertedRange', '8-8'],
    ['8-18', 'missingDays', '8'],
    ['Mon-Fri', 'missingTimes', 'Mon-Fri'],
    ['Sat closed', 'neverOpen', ''],
    ['Mon-Fri 8-18 Europe/Pariss', 'unknownZone', 'Europe/Pariss'],
    ['Mon-Fri 8-18 UTC+15', 'unknownZone', 'UTC+15'],
    ['Mon-Fri 8-18 +14:30', 'unknownZone', '+14:30'],
  ])('%j → %s %j', (text, key, fragment) => {
    expect(problemOf(text)).toEqual({ key, text: fragment });
  });

  it('says which day has overlapping ranges', () => {
    expect(problemOf('Mon-Fri 8-18; Fri 8-16')).toEqual({ key: 'overlap', text: '8-16', day: 4 });
    expect(problemOf('Mon 8-12, 11-13')).toEqual({ key: 'overlap', text: '11-13', day: 0 });
  });
});
