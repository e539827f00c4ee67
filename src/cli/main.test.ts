import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from './main';

/** The command line run in-process on a system whose locale is `locale`, with its output captured. */
async function runIn(
  locale: string | undefined,
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { out: (t: string) => (out += `${t}\n`), err: (t: string) => (err += `${t}\n`), colour: false, locale };
  const code = await main(argv, io);
  return { code, out, err };
}

/** The command line run in-process on a system without a locale. */
const run = (...argv: string[]) => runIn(undefined, ...argv);

const dir = mkdtempSync(path.join(tmpdir(), 'msp-cli-'));
const file = (name: string, text: string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

// A Dutch PSA export as Excel saves it in Europe: BOM, `;`, decimal commas, day-first dates, a quoted `;`.
const EURO_TICKETS = file(
  'tickets-nl.csv',
  '\uFEFFTicket;Klant;Aangemaakt;Opgelost;SLA gehaald;Eerste contact oplossing;Bestede tijd\n' +
    '1;Jansen;03-03-2025 09:00;03-03-2025 11:30;ja;ja;1,5\n' +
    '2;"Peeters; Zn";03-03-2025 10:00;04-03-2025 10:00;nee;nee;2,25\n' +
    '3;De Vries;04-03-2025 08:00;04-03-2025 09:00;ja;ja;0,5\n' +
    '4;Smit;05-03-2025 14:00;;ja;;\n',
);
// A wide ledger with thousands dots and decimal commas.
const EURO_LEDGER = file('ledger-nl.csv', '\uFEFFKlant;2025-01;2025-02\nAlpha;1.000,50;1.200,00\nBeta;500,00;\n');

describe('msp-kpi report', () => {
  it('reads a European export and prints the KPIs as JSON', async () => {
    const r = await run('report', '--tickets', EURO_TICKETS, '--ledger', EURO_LEDGER, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const kpi = (group: string, id: string) => json.kpis[group].find((k: { id: string }) => k.id === id);
    expect(json.inputs.tickets.read).toMatch(/";"-separated, decimal comma/);
    // SLA flag: ja, nee, ja, ja → 3 of 4 = 0.75; rated Watch (≥ 0.72, < 0.90).
    expect(kpi('tickets', 'SLA').value).toBeCloseTo(0.75, 12);
    expect(kpi('tickets', 'SLA').rating).toBe('Watch');
    // Resolved rows: 2.5 h, 24 h, 1 h → (2.5 + 24 + 1) ÷ 3 = 9.1666… h.
    expect(kpi('tickets', 'TTR').value).toBeCloseTo(27.5 / 3, 9);
    // First contact: ja, nee, ja (the blank is unknown) → 2 ÷ 3.
    expect(kpi('tickets', 'FCR').value).toBeCloseTo(2 / 3, 12);
    // Ticket 4 has no resolved time: 1 open.
    expect(kpi('tickets', 'BACKLOG').value).toBe(1);
    // 2025-02: Alpha 1 200,00, Beta churned → MRR 1 200; 1 of 2 customers lost → churn 0.5.
    expect(kpi('ledger', 'MRR').value).toBe(1200);
    expect(kpi('ledger', 'CHURN').value).toBe(0.5);
    expect(json.workbook).toBeNull();
  });

  it('reads numeric dates in one order per file: assumed from --date-order or --language, said so in the JSON', async () => {
    const dmy = JSON.parse((await run('report', '--tickets', EURO_TICKETS, '--json')).out);
    // No day above 12: day-first by default, and assumed
    expect(dmy.inputs.tickets.dateOrder).toEqual({ order: 'dmy', basis: 'assumed' });
    expect(dmy.inputs.tickets.read).toMatch(/dates day\/month\/year \(assumed\)/);
    const mdy = JSON.parse((await run('report', '--tickets', EURO_TICKETS, '--date-order', 'mdy', '--json')).out);
    expect(mdy.inputs.tickets.dateOrder).toEqual({ order: 'mdy', basis: 'assumed' });
    // Month-first, ticket 2 runs from 3 March 10:00 to 3 April 10:00 (744 h) and ticket 3 from
    // 3 April 08:00 to 09:00: (2.5 + 744 + 1) ÷ 3.
    const ttr = mdy.kpis.tickets.find((k: { id: string }) => k.id === 'TTR');
    expect(ttr.value).toBeCloseTo(747.5 / 3, 9);
    const en = JSON.parse((await run('report', '--tickets', EURO_TICKETS, '--language', 'en', '--json')).out);
    expect(en.inputs.tickets.dateOrder).toEqual({ order: 'mdy', basis: 'assumed' });
    // A file proving both orders: the KPIs that read its dates say so, naming a cell of each; the
    // report is still made (SPEC §7: a KPI that cannot be computed is listed with its message).
    const both = file('both.csv', 'Ticket,Created\n1,13/02/2025 09:00\n2,02/14/2025 09:00\n');
    const listed = await run('report', '--tickets', both, '--json');
    expect(listed.code).toBe(0);
    const backlog = JSON.parse(listed.out).kpis.tickets.find((k: { id: string }) => k.id === 'BACKLOG');
    expect(backlog.error.message).toMatch(
      /row 2, column B \(Created\).*day\/month\/year.*row 3, column B \(Created\).*month\/day\/year/,
    );
    const bad = await run('report', '--tickets', EURO_TICKETS, '--date-order', 'ymd');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--date-order "ymd" is not one of dmy, mdy/);
  });

  it('says what was read in the chosen language: encoding, separators, date order; a conflict in it too', async () => {
    const fr = JSON.parse((await run('report', '--tickets', EURO_TICKETS, '--language', 'fr', '--json')).out);
    expect(fr.inputs.tickets.read).toBe(
      'tickets-nl.csv (UTF-8 avec BOM, séparateur ";", séparateur décimal virgule, dates jour/mois/année (supposé))',
    );
    const tabs = file('tabs.tsv', 'Ticket\tCreated\tHours\n1\t2025-03-03 09:00\t1.5\n');
    expect(
      JSON.parse((await run('report', '--tickets', tabs, '--language', 'de', '--json')).out).inputs.tickets.read,
    ).toBe('tabs.tsv (UTF-8, Trennzeichen Tabulator, Dezimaltrennzeichen Punkt)');
    const both = file('beide.csv', 'Ticket,Created\n1,13/02/2025 09:00\n2,02/14/2025 09:00\n');
    const nl = JSON.parse((await run('report', '--tickets', both, '--language', 'nl', '--json')).out).inputs.tickets;
    expect(nl.read).toMatch(
      /^beide\.csv \(UTF-8, scheidingsteken ",", decimaalteken punt, datums in beide volgordes: .*rij 2/,
    );
    expect(nl.dateOrder.conflict).toMatch(/rij 2.*rij 3/);
    const printed = await run('report', '--tickets', EURO_TICKETS, '--language', 'it');
    expect(printed.out).toContain(
      'tickets-nl.csv (UTF-8 con BOM, separatore ";", separatore decimale virgola, date giorno/mese/anno (presunto)), ',
    );
  });

  it('prints the headline table with ratings in the chosen language', async () => {
    const r = await run('report', '--tickets', EURO_TICKETS, '--language', 'fr');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Respect des SLA\s+75\.0 %\s+À surveiller/);
  });

  it('a missing column is the error of the KPIs that need it, naming the headers it accepts; the report is still made', async () => {
    const noCreated = file('no-created.csv', 'Ticket,Company,Resolved\n1,Acme,2025-03-03 10:00\n');
    const out = path.join(dir, 'no-created.xlsx');
    const r = await run('report', '--tickets', noCreated, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Time to resolution \(hours\)\s+—\s+#VALUE! .*created time column.*Date Opened/);
    expect(readdirSync(dir)).toContain('no-created.xlsx');
  });

  it('an input whose first row is blank has no header: the one data error that stops the report (exit 2)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Export');
    ws.getCell('A2').value = 'Created';
    ws.getCell('A3').value = '2025-03-03';
    const headless = path.join(dir, 'headless.xlsx');
    await wb.xlsx.writeFile(headless);
    const r = await run('report', '--tickets', headless);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/headless\.xlsx: the first row holds no header/);
  });

  it('names the cell of an unreadable date in the KPIs that read it and in the warnings, and still reports', async () => {
    // 31/02 does not exist: the field stays text and the core names its cell.
    const badDate = file(
      'bad-date.csv',
      'Ticket;Created;Resolved\n1;03/03/2025 09:00;03/03/2025 10:00\n2;31/02/2025 09:00;\n',
    );
    const r = await run('report', '--tickets', badDate, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const ttr = json.kpis.tickets.find((k: { id: string }) => k.id === 'TTR');
    expect(ttr.error.message).toMatch(/row 3, column B \(Created\).*"31\/02\/2025 09:00" is not a date/);
    expect(json.inputs.tickets.warnings).toContainEqual(
      'Created: 1 cell(s) cannot be read, the first in row 3 ("31/02/2025 09:00"); the KPIs reading this column show why',
    );
    // A "?" in the resolved column is no value: blank, and said so.
    const marked = file('marked.csv', 'Ticket;Created;Resolved\n1;2025-03-03 09:00;?\n2;2025-03-03 10:00;N/A\n');
    const m = JSON.parse((await run('report', '--tickets', marked, '--json')).out);
    expect(m.inputs.tickets.warnings).toContainEqual('Resolved: 2 "no value" marker(s) such as "?" read as blank');
    expect(m.kpis.tickets.find((k: { id: string }) => k.id === 'BACKLOG').value).toBe(2);
  });

  it('a ledger with a negative amount: every revenue KPI is that error, naming the cell; exit 0', async () => {
    const ledger = file('neg.csv', 'Customer,2025-01,2025-02\nAlpha,100,-5\n');
    const r = await run('report', '--ledger', ledger, '--json');
    expect(r.code).toBe(0);
    const [line] = JSON.parse(r.out).kpis.ledger;
    expect(line.error.message).toMatch(/row 2, column C \(2025-02\) of the range is negative/);
  });

  it('reports missing files, unknown options, languages and templates with their exit codes', async () => {
    expect((await run('report', '--tickets', path.join(dir, 'nope.csv'))).code).toBe(2);
    expect((await run('report', '--tickets', EURO_TICKETS, '--bogus')).code).toBe(1);
    const lang = await run('report', '--tickets', EURO_TICKETS, '--language', 'xx');
    expect(lang.code).toBe(1);
    expect(lang.err).toMatch(/--language "xx"/);
    expect((await run('report', '--tickets', EURO_TICKETS, '--template', 'revenue')).code).toBe(1);
    expect((await run('report', '--tickets', EURO_TICKETS, '--endpoints', '-3')).code).toBe(1);
    expect((await run('report')).code).toBe(1);
    expect((await run('frobnicate')).code).toBe(1);
  });

  it('answers in --language: a missing file, a bad option and the file written in French; a bad --language itself in English', async () => {
    const missing = path.join(dir, 'absent.csv');
    const fr = await run('report', '--tickets', missing, '--language', 'fr');
    expect(fr.code).toBe(2);
    expect(fr.err).toBe(`msp-kpi: ${missing} : fichier introuvable.\n`);
    const endpoints = await run('report', '--tickets', EURO_TICKETS, '--language', 'fr', '--endpoints', '0');
    expect(endpoints.err).toBe('msp-kpi: --endpoints doit être un nombre positif, reçu « 0 ».\n');
    const bad = await run('report', '--tickets', missing, '--language', 'klingon');
    expect(bad.err).toBe('msp-kpi: --language "klingon" is not one of en, fr, nl, it, de.\n');
    const form = path.join(dir, 'fiche.xlsx');
    const written = await run('template', 'scorecard', '--out', form, '--language', 'fr');
    expect(written.out).toBe(`${form} écrit : un Scorecard vide ; saisissez vos chiffres dans les cellules jaunes.\n`);
  });

  it('a mistyped option is told in the language asked for, or the locale’s, followed by the usage in it', async () => {
    const de = await run('report', '--tickets', EURO_TICKETS, '--language', 'de', '--jsn');
    expect(de.code).toBe(1);
    expect(de.err).toMatch(/^msp-kpi: Unbekannte Option „--jsn“\.\n\n[^]*--tickets/);
    const it = await runIn('it_IT.UTF-8', 'template', 'scorecard', '--out');
    expect(it.code).toBe(1);
    expect(it.err).toMatch(/^msp-kpi: L’opzione --out richiede un valore: --out VALORE o --out=VALORE\.\n/);
    const nl = await runIn('nl_BE.UTF-8', 'report', 'tickets.csv');
    expect(nl.err).toMatch(/^msp-kpi: Onverwacht argument "tickets\.csv"\.\n\nmsp-kpi — [^]*\nGebruik:\n/);
    // Among these, a bad --language is itself reported in the locale's language.
    const bad = await runIn('fr_FR.UTF-8', 'report', '--json=1', '--language', 'xx');
    expect(bad.err).toMatch(/^msp-kpi: L’option --json ne prend pas de valeur\./);
  });

  it('never overwrites an existing output without --force, and replaces it with --force', async () => {
    const out = path.join(dir, 'existing.xlsx');
    writeFileSync(out, 'precious');
    const refused = await run('report', '--tickets', EURO_TICKETS, '--out', out);
    expect(refused.code).toBe(3);
    expect(refused.err).toMatch(/already exists.*--force/);
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const forced = await run('report', '--tickets', EURO_TICKETS, '--out', out, '--force');
    expect(forced.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // The data sheet holds the numbers read with the decimal comma: 1,5 → 1.5 hours.
    expect(wb.getWorksheet('Tickets')!.getCell('G2').value).toBe(1.5);
    expect(wb.worksheets.map((w) => w.name)).toContain('Tickets');
  });

  it('reports what the workbook holds in --json', async () => {
    const out = path.join(dir, 'json.xlsx');
    const r = await run('report', '--tickets', EURO_TICKETS, '--ledger', EURO_LEDGER, '--out', out, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.workbook.file).toBe(out);
    // A chart on each table of periods, even of a single period.
    expect(json.workbook.charts).toEqual([
      'Service desk KPIs: Tickets by period',
      'Recurring revenue KPIs: MRR movements',
    ]);
    expect(json.workbook.sheets).toContain('Tickets');
    expect(json.workbook.nativeFormulas).toBeGreaterThan(0);
    expect(json.workbook.staticValues).toBeGreaterThan(0);
  });

  it('notes the add-in formula of a value or table it wrote, in the report’s language', async () => {
    const out = path.join(dir, 'notizen.xlsx');
    expect((await run('report', '--tickets', EURO_TICKETS, '--language', 'de', '--out', out)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const notes: string[] = [];
    book.eachSheet((ws) =>
      ws.eachRow((row) => row.eachCell((c) => void (typeof c.note === 'string' && notes.push(c.note)))),
    );
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes)
      expect(note).toMatch(
        /^(Wert|Statische Tabelle) von msp-kpi aus =MSP\.[A-Z]+\(.*\) berechnet\. Mit dem Add-In MSP KPI /,
      );
    expect(notes.some((n) => n.startsWith('Statische Tabelle'))).toBe(true);
  });
});

describe('msp-kpi template scorecard', () => {
  it('writes an empty input form with native formulas, once', async () => {
    const out = path.join(dir, 'scorecard.xlsx');
    expect((await run('template', 'scorecard', '--out', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const formulas: string[] = [];
    const notes: string[] = [];
    wb.worksheets[0]!.eachRow((row) =>
      row.eachCell((c) => {
        if (c.type === ExcelJS.ValueType.Formula) formulas.push(c.formula);
        if (c.note) notes.push(c.address);
      }),
    );
    expect(formulas.length).toBeGreaterThan(20);
    // Nothing needs the add-in: no MSP.* left, no static value notes.
    expect(formulas.filter((f) => /MSP\.[A-Z]+\(/.test(f))).toEqual([]);
    expect(notes).toEqual([]);
    expect((await run('template', 'scorecard', '--out', out)).code).toBe(3);
    expect((await run('template', 'dashboard', '--out', out)).code).toBe(1);
  });
});

describe('msp-kpi in the system’s language', () => {
  it('--help in the language of the locale, or of a --language given with it; English without one', async () => {
    const fr = await runIn('fr_BE.UTF-8', '--help');
    expect(fr.code).toBe(0);
    expect(fr.out).toMatch(/^msp-kpi — KPI de MSP et classeurs de benchmark/);
    expect(fr.out).toContain('séparées par des virgules : servicedesk, revenue, benchmarks\n');
    expect((await runIn('fr_BE.UTF-8', '--help', '--language', 'nl')).out).toMatch(/\nGebruik:\n/);
    expect((await runIn('C.UTF-8', 'help')).out).toMatch(/^msp-kpi — MSP KPIs .*\n\nUsage:\n/);
    expect((await run('-h')).out).toMatch(/\nUsage:\n/);
    // A --language that names none of the five does not stop the help.
    expect((await runIn('it_IT.UTF-8', '--help', '--language', 'xx')).out).toMatch(/\nUso:\n/);
    const unknown = await runIn('de_DE.UTF-8', 'frobnicate');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/\nAufruf:\n/);
  });

  it('a report without --language answers in the locale’s language; --language still wins', async () => {
    const missing = path.join(dir, 'fehlt.csv');
    expect((await runIn('de_DE.UTF-8', 'report', '--tickets', missing)).err).toBe(
      `msp-kpi: ${missing}: Datei nicht gefunden.\n`,
    );
    expect((await runIn('de_DE.UTF-8', 'report')).err).toBe(
      'msp-kpi: report erfordert --tickets DATEI und/oder --ledger DATEI.\n',
    );
    const de = await runIn('de_AT.UTF-8', 'report', '--tickets', EURO_TICKETS);
    expect(de.out).toMatch(/SLA-Einhaltung\s+75[.,]0 %/);
    expect((await runIn('de_DE.UTF-8', 'report', '--tickets', EURO_TICKETS, '--language', 'fr')).out).toMatch(
      /Respect des SLA\s+75\.0 %/,
    );
  });

  it('numeric dates: month-first on a US English system, day-first on any other; --language decides over it', async () => {
    const order = async (locale: string | undefined, ...flags: string[]) =>
      JSON.parse((await runIn(locale, 'report', '--tickets', EURO_TICKETS, '--json', ...flags)).out).inputs.tickets
        .dateOrder;
    expect(await order('en_US.UTF-8')).toEqual({ order: 'mdy', basis: 'assumed' });
    expect(await order('en_GB.UTF-8')).toEqual({ order: 'dmy', basis: 'assumed' });
    expect(await order('C.UTF-8')).toEqual({ order: 'dmy', basis: 'assumed' });
    expect(await order('en_US.UTF-8', '--language', 'fr')).toEqual({ order: 'dmy', basis: 'assumed' });
    expect(await order('fr_FR.UTF-8', '--language', 'en')).toEqual({ order: 'mdy', basis: 'assumed' });
  });
});
