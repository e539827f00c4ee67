import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { crc32, deflateRawSync } from 'zlib';
import { main } from './main';
import { readInput } from './readInput';

/**
 * Files users really have, each ending in the right result or a clear error (SPEC §7): every input
 * is generated here; the large ones are written small (repetitive text, compressed zips).
 */

const dir = mkdtempSync(path.join(tmpdir(), 'msp-hostile-'));
const put = (name: string, bytes: string | Buffer): string => {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), colour: false });
  return { code, out, err };
}
const kpi = (json: { kpis: Record<string, { id: string; value: number }[]> }, group: string, id: string) =>
  json.kpis[group]!.find((k) => k.id === id)?.value;

/** A zip of `entries` (deflated), with each entry's declared unpacked size optionally overstated. */
function zip(entries: Record<string, string>, declare: Record<string, number> = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const size = declare[name] ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface SheetPart {
  readonly name: string;
  /** The rows: the content of `<sheetData>`. */
  readonly data: string;
}

/**
 * An .xlsx holding `sheets` (stored in the zip in this order, as sheet1.xml, sheet2.xml …) with the
 * parts Excel needs around them; `tabs` lists the sheets' indices in the workbook's tab order.
 */
function workbook(
  sheets: readonly SheetPart[],
  declare: Record<string, number> = {},
  tabs = sheets.map((_, i) => i),
): Buffer {
  const part = (i: number) => `worksheets/sheet${i + 1}.xml`;
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/${part(i)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  const rels = sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${DOC_REL}/worksheet" Target="${part(i)}"/>`)
    .join('');
  const tabList = tabs.map((i) => `<sheet name="${sheets[i]!.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const entries: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${DOC_REL}"><sheets>${tabList}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${REL_NS}">${rels}</Relationships>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="0" uniqueCount="0"/>`,
  };
  sheets.forEach((sheet, i) => {
    entries[`xl/${part(i)}`] =
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData>${sheet.data}</sheetData></worksheet>`;
  });
  return zip(entries, declare);
}
/** A one-sheet workbook, its sheet named Tickets. */
const xlsx = (data: string, declare: Record<string, number> = {}): Buffer =>
  workbook([{ name: 'Tickets', data }], declare);
const textCell = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

describe('CSV exports', () => {
  it('reads a 200 000-row export (no call-stack limit on rows)', async () => {
    // Row i: created 2025-03-01 + i minutes; SLA met on even rows; every fourth row still open.
    const lines = ['Ticket,Client,Created,Resolved,SLA met'];
    for (let i = 0; i < 200_000; i++) {
      const created = new Date(Date.UTC(2025, 2, 1) + i * 60_000).toISOString().slice(0, 16).replace('T', ' ');
      const resolved =
        i % 4 === 0
          ? ''
          : new Date(Date.UTC(2025, 2, 1) + i * 60_000 + 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
      lines.push(`T${i},Client ${i % 50},${created},${resolved},${i % 2 === 0 ? 'yes' : 'no'}`);
    }
    const r = await run('report', '--tickets', put('200k.csv', lines.join('\n')), '--json');
    expect(r.err).toBe('');
    const json = JSON.parse(r.out);
    expect(json.inputs.tickets.rows).toBe(200_000);
    expect(kpi(json, 'tickets', 'SLA')).toBe(0.5);
    expect(kpi(json, 'tickets', 'BACKLOG')).toBe(50_000);
    // Every resolved ticket took exactly one hour.
    expect(kpi(json, 'tickets', 'TTR')).toBeCloseTo(1, 9);
  }, 60_000);

  it("refuses 1 000 000 columns with Excel's limit", async () => {
    const header = Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',');
    const r = await run('report', '--tickets', put('wide.csv', `${header}\n1\n`));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/wide\.csv: 1,000,000 columns; Excel holds at most 16,384/);
  });

  const UNICODE_TEXT =
    'Ticket\tClient\tCreated\tResolved\tSLA met\n1\tSéverine\t2025-03-03 09:00\t2025-03-03 11:00\toui\n2\tZoë\t2025-03-03 10:00\t\tnon\n';

  it('reads UTF-16LE with a mark (Excel\'s "Unicode Text") and UTF-16BE, and says so', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UNICODE_TEXT, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const [name, bytes, label] of [
      ['le.txt', le, 'UTF-16LE'],
      ['be.txt', be, 'UTF-16BE'],
    ] as const) {
      const r = await run('report', '--tickets', put(name, bytes), '--json');
      expect(r.err).toBe('');
      const json = JSON.parse(r.out);
      expect(json.inputs.tickets.read).toBe(`${name} (${label}, tab-separated, decimal point)`);
      // oui, non → 1 of 2; ticket 2 has no resolved time.
      expect(kpi(json, 'tickets', 'SLA')).toBe(0.5);
      expect(kpi(json, 'tickets', 'BACKLOG')).toBe(1);
    }
  });

  it('reads Windows-1252 when the bytes are not UTF-8, keeping customers that differ by an accent apart', async () => {
    // Müller and Möller both pay 100 in January; Möller is gone in February: 1 of 2 lost, churn 0.5.
    const text = 'Customer;2025-01;2025-02\nMüller;100;100\nMöller;100;\n';
    const r = await run('report', '--ledger', put('cp1252.csv', Buffer.from(text, 'latin1')), '--json');
    expect(r.err).toBe('');
    const json = JSON.parse(r.out);
    expect(json.inputs.ledger.read).toMatch(/^cp1252\.csv \(Windows-1252, ";"-separated/);
    expect(kpi(json, 'ledger', 'CHURN')).toBe(0.5);
    expect(kpi(json, 'ledger', 'MRR')).toBe(100);
  });

  it('stops at the first row that switches delimiter, naming it', async () => {
    const text =
      'Ticket;Created;Resolved;SLA met\n1;2025-03-03 09:00;2025-03-03 10:00;yes\n2,2025-03-03 09:00,,no\n3,2025-03-03 09:00,,no\n';
    const r = await run('report', '--tickets', put('mixed.csv', text));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/mixed\.csv: row 3 is separated by "," where the header row uses ";"/);
    const tabbed = 'Ticket\tCreated\tResolved\n1\t2025-03-03 09:00\t2025-03-03 10:00\n2;2025-03-03 09:00;\n';
    const fr = await run('report', '--tickets', put('mixte.csv', tabbed), '--language', 'fr');
    expect(fr.err).toMatch(
      /mixte\.csv : la ligne 3 est séparée par ";" alors que la ligne d'en-tête utilise tabulation/,
    );
  });

  it('refuses a 10 MB field, naming its cell', async () => {
    const text = `Ticket,Created,Note\n1,2025-03-03 09:00,ok\n2,2025-03-03 09:00,"${'x'.repeat(10_000_000)}"\n`;
    const r = await run('report', '--tickets', put('huge-field.csv', text));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/huge-field\.csv: cell C3 holds 10,000,000 characters; an Excel cell holds at most 32,767/);
  });

  it('still refuses binary content', async () => {
    const r = await run('report', '--tickets', put('image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/image\.csv: this is not a text CSV file/);
  });
});

describe('.xlsx inputs', () => {
  it('reads a full 1 048 576-row sheet to the end', async () => {
    const rows = [`<row r="1">${textCell('A1', 'Ticket')}${textCell('B1', 'Created')}</row>`];
    for (let r = 2; r <= 1_048_576; r++)
      rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>45717.5</v></c></row>`);
    const file = put('full.xlsx', xlsx(rows.join('')));
    const table = await readInput(file);
    expect(table.grid).toHaveLength(1_048_576);
    expect(table.grid[0]).toEqual(['Ticket', 'Created']);
    expect(table.grid[1_048_575]).toEqual([1_048_576, 45717.5]);
    expect(table.describe('en')).toBe('full.xlsx (sheet "Tickets")');
  }, 120_000);

  it('reads the first sheet in tab order, wherever the zip stores it', async () => {
    const notes = { name: 'Notes', data: `<row r="1">${textCell('A1', 'not this one')}</row>` };
    const tickets = {
      name: 'Tickets',
      data: `<row r="1">${textCell('A1', 'Ticket')}</row><row r="2"><c r="A2"><v>7</v></c></row>`,
    };
    const table = await readInput(put('tabs.xlsx', workbook([notes, tickets], {}, [1, 0])));
    expect(table.describe('en')).toBe('tabs.xlsx (sheet "Tickets")');
    expect(table.grid).toEqual([['Ticket'], [7]]);
  });

  it('refuses a workbook that would unpack beyond the limit before inflating it, saying the limit', async () => {
    const rows = `<row r="1">${textCell('A1', 'Ticket')}</row>`;
    const bomb = put('bomb.xlsx', xlsx(rows, { 'xl/worksheets/sheet1.xml': 3 * 2 ** 30 }));
    const r = await run('report', '--tickets', bomb);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bomb\.xlsx: the workbook unpacks to 3,072 MiB, more than the 2,048 MiB this command reads/);
  });

  it('stops at a row or column beyond what a sheet holds (a bomb that unpacks within the limit)', async () => {
    const tall = `<row r="1">${textCell('A1', 'Ticket')}</row><row r="1048577"><c r="A1048577"><v>1</v></c></row>`;
    const r1 = await run('report', '--tickets', put('tall.xlsx', xlsx(tall)));
    expect(r1.code).toBe(2);
    expect(r1.err).toMatch(/tall\.xlsx: more than 1,048,576 rows, the most a worksheet holds/);
    const wide = `<row r="1">${textCell('A1', 'Ticket')}<c r="XFE1"><v>1</v></c></row>`;
    const r2 = await run('report', '--tickets', put('wide.xlsx', xlsx(wide)));
    expect(r2.code).toBe(2);
    // ExcelJS's own check: it knows no column beyond XFD.
    expect(r2.err).toMatch(/wide\.xlsx: not a readable \.xlsx workbook \(Out of bounds\. Invalid column letter: XFE\)/);
  });

  it('refuses a table of shared texts beyond what is held in memory, saying the limit', async () => {
    const rows = `<row r="1">${textCell('A1', 'Ticket')}</row>`;
    const texts = put('texts.xlsx', xlsx(rows, { 'xl/sharedStrings.xml': 600 * 2 ** 20 }));
    const r = await run('report', '--tickets', texts);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/texts\.xlsx: the workbook's shared texts unpack to 600 MiB, more than the 512 MiB/);
  });

  /** An OLE compound file (how Office stores an encrypted workbook) whose directory names `streams`. */
  function compoundFile(streams: string[]): Buffer {
    const header = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
    const directory = Buffer.alloc(512);
    ['Root Entry', ...streams].forEach((name, i) => {
      const bytes = Buffer.from(`${name}\0`, 'utf16le');
      bytes.copy(directory, i * 128);
      directory.writeUInt16LE(bytes.length, i * 128 + 64);
    });
    return Buffer.concat([header, directory]);
  }

  it('names a password-protected workbook as such, and an .xls saved under an .xlsx name', async () => {
    const locked = await run(
      'report',
      '--tickets',
      put('locked.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage'])),
    );
    expect(locked.code).toBe(2);
    expect(locked.err).toMatch(/locked\.xlsx: the workbook is password-protected/);
    const old = await run('report', '--tickets', put('old.xlsx', compoundFile(['Workbook'])));
    expect(old.code).toBe(2);
    expect(old.err).toMatch(/old\.xlsx: this is an old-format Excel file/);
  });

  it('names a file that is not a zip at all', async () => {
    const r = await run('report', '--tickets', put('text.xlsx', 'Ticket,Created\n'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/text\.xlsx: not a readable \.xlsx workbook/);
  });
});

describe('--out', () => {
  it('refuses to write more rows than a worksheet holds, writing nothing', async () => {
    // Header + 1 048 576 tickets = 1 048 577 rows: one more than a sheet holds.
    const file = put('tall.csv', `Ticket,Created\n${'1,2025-03-03\n'.repeat(1_048_576)}`);
    const out = path.join(dir, 'tall-report.xlsx');
    const r = await run('report', '--tickets', file, '--out', out);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/tall\.csv: 1,048,577 rows do not fit in a worksheet \(at most 1,048,576\)/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('is checked before any input is read', async () => {
    // The input is unreadable too: the output's error comes first, so nothing was read.
    const missing = path.join(dir, 'no-such-folder', 'report.xlsx');
    const r = await run('report', '--tickets', put('bad.csv', Buffer.from([0, 1, 2])), '--out', missing);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/no-such-folder.*does not exist/);
    const notXlsx = await run(
      'report',
      '--tickets',
      put('bad2.csv', Buffer.from([0, 1, 2])),
      '--out',
      path.join(dir, 'report.pdf'),
    );
    expect(notXlsx.code).toBe(1);
    expect(notXlsx.err).toMatch(/name the file \*\.xlsx/);
  });
});
