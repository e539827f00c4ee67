import { MRR } from './mrr';
import { MRRMOVES } from './mrrMoves';
import { CHURN } from './churn';
import { CHURNRATE } from './churnRate';
import { RETENTION } from './retention';
import { NRR } from './nrr';
import { GRR } from './grr';
import { QUICKRATIO } from './quickRatio';
import { COHORTS } from './cohorts';
import { ARPA } from './arpa';
import { CLV } from './clv';
import { CUSTOMERVALUE } from './customerValue';
import { CAC } from './cac';
import { LTVCAC } from './ltvCac';
import { PAYBACK } from './payback';
import { CONTRIBUTION } from './contribution';
import { RECURRINGSHARE } from './recurringShare';

/** The recurring revenue and customer functions (SPEC §3.1), in the order of the spec. */
export const revenueFunctions = [
  MRR,
  MRRMOVES,
  CHURN,
  CHURNRATE,
  RETENTION,
  NRR,
  GRR,
  QUICKRATIO,
  COHORTS,
  ARPA,
  CLV,
  CUSTOMERVALUE,
  CAC,
  LTVCAC,
  PAYBACK,
  CONTRIBUTION,
  RECURRINGSHARE,
];
