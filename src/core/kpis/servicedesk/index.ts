import { SLA } from './sla';
import { RESPONSESLA } from './responseSla';
import { SLARATE } from './slaRate';
import { FRT } from './frt';
import { TTR } from './ttr';
import { FCR } from './fcr';
import { BACKLOG } from './backlog';
import { TICKETSPERENDPOINT } from './ticketsPerEndpoint';
import { TICKETSBYPERIOD } from './ticketsByPeriod';
import { TICKETSBYCLIENT } from './ticketsByClient';
import { TICKETSBY } from './ticketsBy';
import { CSAT } from './csat';
import { CES } from './ces';
import { COLUMNS } from './columns';

/** The service-desk functions (SPEC §3.4), in the order of the spec. */
export const serviceDeskFunctions = [
  SLA,
  RESPONSESLA,
  SLARATE,
  FRT,
  TTR,
  FCR,
  BACKLOG,
  TICKETSPERENDPOINT,
  TICKETSBYPERIOD,
  TICKETSBYCLIENT,
  TICKETSBY,
  CSAT,
  CES,
  COLUMNS,
];
