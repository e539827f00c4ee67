import { sampleTickets } from '../../src/samples/sampleTickets';
import { build, refresh } from '../../src/taskpane/excel';
import { SETTINGS_KEY } from '../../src/taskpane/excel/settings';
import { FakeExcel } from '../fakeExcel/fakeExcel';

/** A Service desk sheet built from the sample, then edited by the user on the sheet, then refreshed. */
describe('refresh keeps the contract inputs edited on the Service desk sheet', () => {
  it('business hours, a holiday and an edited target survive the rebuild and reach the formulas', async () => {
    const data = sampleTickets();
    const fake = new FakeExcel({ sheets: [{ name: 'Data', data }] });
    const out = await build(
      {
        template: 'servicedesk',
        language: 'en',
        source: { kind: 'range', ref: `Data!A1:K${data.length}` },
        options: { currency: '€', endpoints: 250 },
      },
      fake.run,
    );
    if (!out.ok) throw new Error(out.error);
    const sheet = fake.find(out.sheetName)!;
    // The layout of the built sheet: business hours B6, holidays from B7, targets header row 10,
    // the sample's priorities (Critical, High, Medium, Low) below it.
    expect(sheet.cells.get('9,0')).toBe('Priority');
    expect([sheet.cells.get('10,0'), sheet.cells.get('10,1'), sheet.cells.get('10,2')]).toEqual(['Critical', 1, 4]);
    sheet.cells.set('5,1', 'Mon-Fri 08:00-18:00');
    sheet.cells.set('6,1', 45_838);
    sheet.cells.set('11,2', 6);

    const again = await refresh(out.sheetName, 'en', fake.run);
    expect(again).toMatchObject({ ok: true, sheetName: out.sheetName });
    const rebuilt = fake.find(out.sheetName)!;
    expect(rebuilt.cells.get('5,1')).toBe('Mon-Fri 08:00-18:00');
    expect(rebuilt.cells.get('6,1')).toBe(45_838);
    expect([rebuilt.cells.get('11,0'), rebuilt.cells.get('11,2')]).toEqual(['High', 6]);
    expect([...rebuilt.cells.values()].filter((v) => String(v).startsWith('=MSP.SLA('))).toEqual([
      "=MSP.SLA('Data'!$A$1:$K$301,$A$10:$C$14,$B$6,$B$7:$Q$7)",
    ]);
    const stored = JSON.parse(rebuilt.props.get(SETTINGS_KEY)!) as { options: Record<string, unknown> };
    expect(stored.options).toMatchObject({ businessHours: 'Mon-Fri 08:00-18:00', holidays: [45_838] });
  });
});
