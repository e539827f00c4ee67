/**
 * The vocabulary of written opening hours in English, French, Dutch, Italian and German, as words
 * folded to lower case without accents. Two-letter day forms are only the English, Dutch and German
 * ones: French and Italian two-letter forms clash with them (`ma` is Monday in Dutch, Tuesday in
 * French; `do` is Thursday in German, Sunday in Italian), so those languages use three letters.
 */

const DAY_WORDS: readonly (readonly string[])[] = [
  // Monday
  ['mon', 'monday', 'mo', 'lun', 'lundi', 'lunedi', 'ma', 'maa', 'maandag', 'montag'],
  // Tuesday
  ['tue', 'tues', 'tuesday', 'tu', 'mar', 'mardi', 'martedi', 'di', 'din', 'dinsdag', 'die', 'dienstag'],
  // Wednesday
  ['wed', 'wednesday', 'we', 'mer', 'mercredi', 'mercoledi', 'wo', 'woe', 'woensdag', 'mi', 'mit', 'mittwoch'],
  // Thursday
  ['thu', 'thur', 'thurs', 'thursday', 'th', 'jeu', 'jeudi', 'gio', 'giovedi', 'do', 'don', 'donderdag', 'donnerstag'],
  // Friday
  ['fri', 'friday', 'fr', 'ven', 'vendredi', 'venerdi', 'vr', 'vrij', 'vrijdag', 'fre', 'freitag'],
  // Saturday
  ['sat', 'saturday', 'sa', 'sam', 'samedi', 'sab', 'sabato', 'za', 'zat', 'zaterdag', 'samstag', 'sonnabend'],
  // Sunday
  ['sun', 'sunday', 'su', 'dim', 'dimanche', 'dom', 'domenica', 'zo', 'zon', 'zondag', 'so', 'son', 'sonntag'],
];

/** Folded word → day, 0 = Monday … 6 = Sunday. */
export const DAYS: ReadonlyMap<string, number> = new Map(DAY_WORDS.flatMap((words, day) => words.map((w) => [w, day])));

/** Between two days or two times: `Mon-Fri`, `8 to 18`, `lun au ven`, `8 à 18`, `ma t/m vr`, `8 tot 18`, `dalle 8 alle 18`, `8 bis 18`. */
export const RANGE_WORDS: ReadonlySet<string> = new Set([
  'to',
  'till',
  'until',
  'through',
  'thru',
  'a',
  'au',
  'tot',
  'tm',
  'al',
  'alle',
  'bis',
]);

/** Between days or ranges of a list: `Mon, Wed and Fri`, `lun et mer`, `ma en wo`, `lun e mer`, `Mo und Mi`. */
export const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'et', 'en', 'e', 'und']);

/**
 * Words that only accompany a day or a time: `from 8 to 18`, `du lundi au vendredi de 8h à 18h`,
 * `van 8 tot 18`, `dal lunedì`, `von 8 bis 18 Uhr`, `8 h`.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'from',
  'de',
  'du',
  'des',
  'van',
  'dal',
  'dalle',
  'von',
  'ab',
  'uhr',
  'h',
]);

/** A day explicitly closed: `Sat closed`, `sam fermé`, `za gesloten`, `sab chiuso`, `Sa geschlossen`. */
export const CLOSED_WORDS: ReadonlySet<string> = new Set(['closed', 'ferme', 'gesloten', 'chiuso', 'geschlossen']);
