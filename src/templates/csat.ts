import type { Cell } from '../core/cells';
import { headerKey } from '../core/tickets/headers';

/**
 * Survey answers are not one of the ticket roles of SPEC §2.2 (MSP.CSAT takes a column, not the
 * table); the service-desk template adds a CSAT line when the export carries such a column.
 * Headers in the five languages, matched like the ticket roles (case, accents, punctuation).
 */
const CSAT_HEADERS = [
  'CSAT',
  'CSAT score',
  'Satisfaction',
  'Satisfaction Score',
  'Custom field (Satisfaction)',
  'Customer satisfaction',
  'Satisfaction rating',
  'Survey rating',
  'Survey result',
  'Happiness rating',
  'Satisfaction client',
  'Note de satisfaction',
  'Évaluation',
  'Klanttevredenheid',
  'Tevredenheid',
  'Beoordeling',
  'Soddisfazione',
  'Soddisfazione cliente',
  'Valutazione',
  'Kundenzufriedenheit',
  'Zufriedenheit',
  'Bewertung',
].map(headerKey);

export function csatColumn(header: readonly Cell[]): { index: number; header: string } | undefined {
  const index = header.findIndex((h) => typeof h === 'string' && CSAT_HEADERS.includes(headerKey(h)));
  return index < 0 ? undefined : { index, header: String(header[index]) };
}
