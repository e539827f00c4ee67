import { buildEngine, type SheetValue } from '../hyperformula/mspPlugin';

/** Values of a sheet built from rows (formulas included), read back by A1 address. */
function sheet(rows: SheetValue[][]): (a1: string) => unknown {
  const hf = buildEngine({ Sheet1: rows });
  const s = hf.getSheetId('Sheet1')!;
  return (a1) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return hf.getCellValue({ sheet: s, row: Number(m[2]) - 1, col });
  };
}

describe('=MSP.COLUMNS as a spreadsheet formula (HyperFormula)', () => {
  it('spills what a ticket table holds, its counts agreeing with COUNTA and COUNTIF', () => {
    // The apostrophe keeps the dates text, as a CSV pasted into an Excel of another locale leaves them.
    const at = sheet([
      [
        'Ticket #',
        'Created',
        'Closed',
        'Hours',
        null,
        '=MSP.COLUMNS(A1:D5)',
        null,
        null,
        null,
        null,
        null,
        '=COUNTA(C2:C5)',
        '=COUNTIF(C2:C5,"?")',
      ],
      [1, "'05/03/2025 09:00", "'05/03/2025 10:00", 1.5],
      [2, "'06/03/2025 09:00", 'n/a', 'two'],
      [3, "'07/03/2025 09:00", '?', 0.5],
      [4, "'08/03/2025 09:00", "'08/03/2025 17:00", 'N/A'],
    ]);
    expect(at('F1')).toBe('Role');
    expect(at('K1')).toBe('Problems');
    expect([at('F2'), at('H2'), at('I2')]).toEqual(['Layout', 'Ticket table', 4]);
    // Nothing above 12 in the first two parts: the evaluation's default, day-first, is assumed.
    expect(at('H3')).toBe('day/month/year (assumed)');
    // Roles in the vocabulary's order: id, created, closed, hours.
    expect([at('F4'), at('F5'), at('F6'), at('F7')]).toEqual([
      'ticket id',
      'created time',
      'closed time',
      'hours worked',
    ]);
    // Closed (C): two dates, "n/a" and "?" blank; COUNTA sees 4 filled cells, COUNTIF the one "?"
    expect([at('G6'), at('I6'), at('J6'), at('K6')]).toEqual(['C', 2, 2, 0]);
    expect(at('L1')).toBe(4);
    expect(at('M1')).toBe(1);
    // Hours (D): 1.5 and 0.5, N/A blank, "two" unreadable on row 3
    expect([at('I7'), at('J7'), at('K7')]).toEqual([2, 1, '1; first: row 3, column D of the range: "two"']);
    expect(at('F8')).toBeNull();
  });

  it('answers in the language asked, for a long ledger with two currencies', () => {
    const at = sheet([
      ['Client', 'Mois', 'Montant', 'Devise', null, '=MSP.COLUMNS(A1:D3, "fr")'],
      ['Dupont', '2025-01', 100, 'EUR'],
      ['Martin', '2025-02', 80, 'CHF'],
    ]);
    expect([at('F1'), at('G1'), at('K1')]).toEqual(['Rôle', 'Colonne', 'Problèmes']);
    expect([at('F2'), at('H2'), at('I2')]).toEqual(['Disposition', 'Registre, une ligne par client et période', 2]);
    expect(String(at('K2'))).toMatch(/plusieurs devises \(EUR, CHF\)/);
    expect(at('H3')).toBe('aucune date écrite en texte numérique');
    expect([at('F4'), at('F5'), at('F6'), at('F7')]).toEqual(['client', 'période', 'montant', 'devise']);
    expect([at('I6'), at('J6'), at('K6')]).toEqual([2, 0, 0]);
  });
});
