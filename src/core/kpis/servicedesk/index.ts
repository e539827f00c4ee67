import { SLA } from './sla';
import { SLARATE } from './slaRate';
import { FRT } from './frt';
import { TTR } from './ttr';
import { FCR } from './fcr';
import { BACKLOG } from './backlog';
import { TICKETSPERENDPOINT } from './ticketsPerEndpoint';
import { TICKETSBYPERIOD } from './ticketsByPeriod';
import { TICKETSBYCLIENT } from './ticketsByClient';
import { CSAT } from './csat';
import { CES } from './ces';
import { COLUMNS } from './columns';

/** The service-desk functions (SPEC §3.4), in the order of the spec. */
export const serviceDeskFunctions = [
  SLA,
  SLARATE,
  FRT,
  TTR,
  FCR,
  BACKLOG,
  TICKETSPERENDPOINT,
  TICKETSBYPERIOD,
  TICKETSBYCLIENT,
  CSAT,
  CES,
  COLUMNS,
];
