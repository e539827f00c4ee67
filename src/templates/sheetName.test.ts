import { LANGUAGES, messages } from '../core/i18n';
import { ledgerGrid, noDataRequest, rangeRequest, ticketsGrid } from '../../test/helpers/planRequests';
import { buildPlan } from '.';
import { cleanSheetName, uniqueSheetName } from './sheetName';

describe('sheet names', () => {
  it('a taken name gets (2), (3) … compared without regard to case', () => {
    expect(uniqueSheetName('Service desk KPIs', ['Sheet1'])).toBe('Service desk KPIs');
    expect(uniqueSheetName('Service desk KPIs', ['SERVICE DESK KPIS'])).toBe('Service desk KPIs (2)');
    expect(uniqueSheetName('Service desk KPIs', ['service desk kpis', 'Service Desk KPIs (2)'])).toBe(
      'Service desk KPIs (3)',
    );
    expect(uniqueSheetName('Übersicht', ['ÜBERSICHT'])).toBe('Übersicht (2)');
  });

  it('stays within 31 characters with the suffix, without forbidden characters', () => {
    const long = 'A very long sheet name that goes on and on';
    const first = uniqueSheetName(long, []);
    expect(first).toHaveLength(31);
    const second = uniqueSheetName(long, [first]);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(cleanSheetName("'Q1: KPIs [draft] / v2?'")).toBe('Q1 KPIs draft v2');
  });

  it.each(LANGUAGES)('every template names its sheet validly in %s', (lang) => {
    const plans = [
      buildPlan(noDataRequest('scorecard', lang)),
      buildPlan(noDataRequest('benchmarks', lang)),
      buildPlan(rangeRequest('servicedesk', 'T', ticketsGrid(), lang).request),
      buildPlan(rangeRequest('revenue', 'L', ledgerGrid(), lang).request),
    ];
    for (const p of plans) {
      expect(p.sheetName.length).toBeLessThanOrEqual(31);
      expect(p.sheetName).not.toMatch(/[[\]:*?/\\]|^'|'$/);
      expect(cleanSheetName(p.sheetName)).toBe(p.sheetName);
    }
    // Sample sheets too (written by the Excel side under these names).
    for (const n of [messages(lang).sheet.sampleTicketsSheet, messages(lang).sheet.sampleLedgerSheet])
      expect(cleanSheetName(n)).toBe(n);
  });

  it.each(LANGUAGES)('no rating word of %s contains another (the colours match rating text by "contains")', (lang) => {
    const r = Object.values(messages(lang).ratings);
    for (const a of r) for (const b of r) if (a !== b) expect(a.toLowerCase().includes(b.toLowerCase())).toBe(false);
  });
});
