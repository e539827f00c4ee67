import type { Cell } from '../cells';
import { isNoValueText } from '../noValue';
import { foldText } from '../options';
import { headerKey } from './headers';

/**
 * Status words meaning the ticket is finished (resolved, closed or cancelled), in the five languages
 * and in the tools' own vocabularies (ServiceNow, Jira Service Management, Zendesk, Autotask,
 * HaloPSA, Syncro, Atera, NinjaOne, Kaseya BMS, SuperOps). Every other status is open, among them
 * the tools' `New`, `In Progress`, `On Hold`, `Awaiting…`, `Waiting…`, `Pending…`.
 */
export const CLOSED_STATUS_WORDS: readonly string[] = [
  'resolved',
  'closed',
  'completed',
  'complete',
  'done',
  'solved',
  'cancelled',
  'canceled',
  'fixed',
  'declined',
  // Syncro: resolved and billed
  'invoiced',
  'résolu',
  'résolue',
  'fermé',
  'fermée',
  'clos',
  'clôturé',
  'clôturée',
  'terminé',
  'terminée',
  'annulé',
  'annulée',
  'opgelost',
  'gesloten',
  'afgesloten',
  'voltooid',
  'geannuleerd',
  'afgehandeld',
  'risolto',
  'risolta',
  'chiuso',
  'chiusa',
  'completato',
  'completata',
  'annullato',
  'annullata',
  'gelöst',
  'geschlossen',
  'erledigt',
  'abgeschlossen',
  'storniert',
];
const CLOSED = new Set(CLOSED_STATUS_WORDS.map(foldText));

/** ServiceNow's numeric incident states 6 Resolved, 7 Closed, 8 Canceled (1–3 are New, In Progress, On Hold). */
const SERVICENOW_CLOSED_STATES = new Set([6, 7, 8]);
const SERVICENOW_STATE_HEADERS = new Set(['incidentstate', 'state']);

/**
 * Whether a status cell says the ticket is finished: a closed word alone or leading the status
 * (ServiceNow's `Closed Complete`, `Closed - Incomplete`, `Resolved (auto)`), or, in ServiceNow's
 * state column, the numbers 6, 7 and 8. `header` is the status column's header.
 */
export function statusClosed(cell: Cell, header: string): boolean {
  if (typeof cell === 'number')
    return SERVICENOW_STATE_HEADERS.has(headerKey(header)) && SERVICENOW_CLOSED_STATES.has(cell);
  if (typeof cell !== 'string' || isNoValueText(cell)) return false;
  const folded = foldText(cell).trim();
  if (CLOSED.has(folded)) return true;
  const first = /^[^\s\-–—(:/,]+/.exec(folded);
  if (first && CLOSED.has(first[0])) return true;
  return /^\d+$/.test(folded) && statusClosed(Number(folded), header);
}
