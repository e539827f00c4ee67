import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { CliError } from './cliError';
import { type CsvSource, RowShape, detectDelimiter, streamCsvRows } from './csv';

const dir = mkdtempSync(path.join(tmpdir(), 'msp-csv-'));
function source(name: string, bytes: string | Buffer, extra: Partial<CsvSource> = {}): CsvSource {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return { file, encoding: 'utf-8', skip: 0, delimiter: ',', ...extra };
}
async function rows(s: CsvSource): Promise<string[][]> {
  const out: string[][] = [];
  await streamCsvRows(s, (fields) => out.push(fields));
  return out;
}
const checked = (delimiter: ',' | ';', lines: string[][]): void => {
  const shape = new RowShape('t.csv', delimiter);
  lines.forEach((fields, i) => shape.check(fields, i));
};

describe('CSV delimiter', () => {
  it('is read from the header line, not from decimal commas in the body', () => {
    expect(detectDelimiter('Ticket;Created;Hours\n1;2025-01-02;1,5\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1,5\t2\t3')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d\n')).toBe(','); // the ; is inside quotes
    expect(detectDelimiter('only\n1\n')).toBe(',');
  });
});

describe('CSV rows streamed', () => {
  it('keeps quoted delimiters, doubled quotes and line breaks, and skips a mark', async () => {
    const s = source('q.csv', '\uFEFFId;Client;Note\n1;"Dupont; fils";"a ""b""\nc"\n', {
      delimiter: ';',
      encoding: 'utf-8-bom',
      skip: 3,
    });
    expect(await rows(s)).toEqual([
      ['Id', 'Client', 'Note'],
      ['1', 'Dupont; fils', 'a "b"\nc'],
    ]);
  });

  it('skips blank lines, lines of delimiters and lines of spaces, counting only the rows kept', async () => {
    const s = source('blank.csv', 'Id,Client\n1,Acme\n\n,\n  ,  \n\t\n2,Beta\n,Gamma\n');
    const seen: [string[], number][] = [];
    await streamCsvRows(s, (fields, index) => seen.push([fields, index]));
    expect(seen).toEqual([
      [['Id', 'Client'], 0],
      [['1', 'Acme'], 1],
      [['2', 'Beta'], 2],
      [['', 'Gamma'], 3],
    ]);
  });

  it('reads a row split across read chunks whole', async () => {
    // 3 MiB of rows: the stream reads 1 MiB at a time, so rows straddle chunk ends.
    const line = 'T-000001,Client with a long name,2025-03-03 09:00\n';
    const count = Math.ceil((3 * 2 ** 20) / line.length);
    const got = await rows(source('big.csv', `Id,Client,Created\n${line.repeat(count)}`));
    expect(got).toHaveLength(count + 1);
    expect(got.every((r, i) => i === 0 || r[2] === '2025-03-03 09:00')).toBe(true);
  });

  it('refuses an unterminated quote with the row', async () => {
    await expect(rows(source('open.csv', 'a,b\n1,"open\n'))).rejects.toThrow(/open\.csv.*row 2.*quote/i);
  });

  it('stops when a row is refused, with the refusal', async () => {
    const s = source('stop.csv', 'a,b\n1,2\n3,4\n');
    const seen: number[] = [];
    const stop = streamCsvRows(s, (_, i) => {
      seen.push(i);
      if (i === 1) throw new CliError('row 2 refused', 2);
    });
    await expect(stop).rejects.toThrow('row 2 refused');
    expect(seen).toEqual([0, 1]);
  });

  it('rejects bytes that are not UTF-8 with the decoder error, and binary content', async () => {
    await expect(rows(source('latin.csv', Buffer.from('Client\nCaf\xe9\n', 'latin1')))).rejects.toMatchObject({
      code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
    });
    await expect(rows(source('bin.csv', Buffer.from([0x61, 0x0a, 0x00, 0x01])))).rejects.toThrow(/binary/);
  });
});

describe('CSV row shape', () => {
  it('accepts short rows (trailing empty fields dropped) and empty extra fields', () => {
    expect(() =>
      checked(',', [
        ['a', 'b', 'c'],
        ['1', '2'],
        ['1', '2', '3', ''],
      ]),
    ).not.toThrow();
  });

  it('names the first row separated by another delimiter', () => {
    expect(() =>
      checked(';', [
        ['Ticket', 'Created', 'Resolved'],
        ['1', '2025-03-03', '2025-03-04'],
        ['2,2025-03-05,2025-03-06'],
        ['3,2025-03-05,2025-03-06'],
      ]),
    ).toThrow(/t\.csv: row 3 is separated by "," where the header row uses ";"/);
  });

  it('names a row with more non-empty fields than the header', () => {
    expect(() =>
      checked(',', [
        ['a', 'b'],
        ['1', '2'],
        ['Smith', ' John', '3'],
      ]),
    ).toThrow(/row 3 has 3 fields where the header row has 2/);
  });

  it('refuses more columns than a sheet holds and a field longer than a cell holds, naming the cell', () => {
    expect(() => checked(',', [Array.from({ length: 16_385 }, (_, i) => `c${i}`)])).toThrow(
      /16,385 columns; Excel holds at most 16,384/,
    );
    expect(() => checked(',', [Array.from({ length: 16_384 }, (_, i) => `c${i}`)])).not.toThrow();
    expect(() =>
      checked(',', [
        ['a', 'b'],
        ['1', 'x'.repeat(32_767)],
      ]),
    ).not.toThrow();
    expect(() =>
      checked(',', [
        ['a', 'b'],
        ['1', '2'],
        ['1', 'x'.repeat(32_768)],
      ]),
    ).toThrow(/cell B3 holds 32,768 characters; an Excel cell holds at most 32,767/);
  });
});
