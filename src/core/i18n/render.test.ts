import { KpiError } from '../errors';
import { errorMessage } from './index';

/**
 * Expected texts are the catalogue's templates filled by hand: the function's localized name,
 * parameter names as that function's entry names them, column roles and places in the language.
 */
describe('renderError', () => {
  it('names a parameter as the function it belongs to names it', () => {
    const e = new KpiError('#NUM!', 'aboveMax', { arg: 'churn', max: 1, value: 1.5 }, 'CLV');
    expect(errorMessage(e, 'fr')).toBe('MSP.VVC: attrition doit être au plus égal à 1 (reçu 1.5).');
    expect(errorMessage(e, 'en')).toBe('MSP.CLV: churn must be at most 1 (got 1.5).');
  });

  it('leaves the function name out on request (the task pane), still naming its parameter its way', () => {
    const e = new KpiError('#NUM!', 'aboveMax', { arg: 'churn', max: 1, value: 1.5 }, 'CLV');
    expect(errorMessage(e, 'fr', false)).toBe('attrition doit être au plus égal à 1 (reçu 1.5).');
  });

  it('localizes a parameter name the English template used to hard-code', () => {
    const e = new KpiError('#N/A', 'noMonthsCovered', { arg: 'months' }, 'TICKETSPERENDPOINT');
    expect(errorMessage(e, 'de')).toBe(
      'MSP.TICKETS.PRO.ENDGERAET: kein Ticket hat ein Erstellungsdatum, um die abgedeckten Monate zu messen; geben Sie monate an.',
    );
    expect(errorMessage(e, 'en')).toBe(
      'MSP.TICKETSPERENDPOINT: no ticket has a creation date to measure the months covered; give months.',
    );
  });

  it('places a cell by argument, row, column and header in the language', () => {
    const e = new KpiError(
      '#VALUE!',
      'cellNotADate',
      { cell: { arg: 'tickets', row: 3, col: 1, header: 'Created' }, value: 'soon' },
      'FRT',
    );
    expect(errorMessage(e, 'nl')).toBe(
      'MSP.EERSTE.REACTIETIJD: tickets, rij 4, kolom B (Created) van het bereik: "soon" is geen datum (gebruik een Excel-datum of ISO-tekst zoals 2025-03-05).',
    );
  });

  it('names column roles and quantities in the language', () => {
    const missing = new KpiError('#VALUE!', 'missingColumn', { role: 'created', headers: '"Created"' }, 'SLA');
    expect(errorMessage(missing, 'it')).toBe(
      'MSP.RISPETTO.SLA: la tabella dei ticket non ha una colonna "data di creazione": è attesa un’intestazione come "Created".',
    );
    const zero = new KpiError('#DIV/0!', 'zero', { arg: 'atStart' }, 'CHURN');
    expect(errorMessage(zero, 'de')).toBe('MSP.ABWANDERUNG: zu Beginn des Zeitfensters aktive Kunden ist null.');
  });
});
