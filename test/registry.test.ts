import { isKpiError, type ErrorCode } from '../src/core/errors';
import { evaluate } from '../src/core/evaluate';
import { FUNCTIONS, getFunction } from '../src/core/registry';

/** SPEC §3, in order. Ids are stored in users' workbooks: this list may only grow. */
const SPEC_IDS = [
  'MRR',
  'MRRMOVES',
  'CHURN',
  'CHURNRATE',
  'RETENTION',
  'NRR',
  'GRR',
  'QUICKRATIO',
  'COHORTS',
  'ARPA',
  'CLV',
  'CUSTOMERVALUE',
  'CAC',
  'LTVCAC',
  'PAYBACK',
  'CONTRIBUTION',
  'RECURRINGSHARE',
  'COGS',
  'GROSSMARGIN',
  'NOI',
  'NOIMARGIN',
  'ADMINRATIO',
  'WORKINGCAPITAL',
  'CPL',
  'CONVERSION',
  'COSTPERHIRE',
  'TURNOVER',
  'UTILIZATION',
  'AVAILABILITY',
  'ONBOARDINGTIME',
  'PROACTIVERATE',
  'ACTIVERATIO',
  'SLA',
  'SLARATE',
  'FRT',
  'TTR',
  'FCR',
  'BACKLOG',
  'TICKETSPERENDPOINT',
  'TICKETSBYPERIOD',
  'TICKETSBYCLIENT',
  'CSAT',
  'CES',
  'BENCHMARK',
  'TARGET',
  'ADVICE',
  'KPIS',
];

/** A1 references up to XFD1048576, and R1C1 references, in any case. */
const looksLikeCellReference = (name: string) => /^[A-Z]{1,3}[0-9]+$/i.test(name) || /^R[0-9]*C[0-9]*$/i.test(name);

describe('the function registry', () => {
  it('exposes exactly the functions of SPEC §3, each once', () => {
    expect(FUNCTIONS.map((f) => f.id)).toEqual(SPEC_IDS);
  });

  it.each(FUNCTIONS.map((f) => [f.id, f] as const))(
    '%s has a valid id, documented parameters and examples',
    (id, f) => {
      expect(id).toMatch(/^[A-Z][A-Z0-9.]{2,}$/);
      expect(looksLikeCellReference(id)).toBe(false);
      expect(f.description.length).toBeGreaterThan(15);
      expect(new Set(f.params.map((p) => p.name)).size).toBe(f.params.length);
      for (const p of f.params) {
        expect(p.name).toMatch(/^[a-z][a-z_]*$/);
        expect(p.description.length).toBeGreaterThan(5);
      }
      // Optional parameters come last, as Excel requires.
      const optional = f.params.map((p) => p.optional === true);
      expect(optional).toEqual([...optional].sort()); // false before true
      expect(f.examples.length).toBeGreaterThan(0);
      for (const ex of f.examples) expect(ex.formula.startsWith(`=MSP.${id}(`)).toBe(true);
    },
  );

  it.each(FUNCTIONS.flatMap((f) => f.examples.map((ex) => [ex.formula, f.id, ex] as const)))(
    'example %s gives its documented result',
    (_formula, id, ex) => {
      const out = evaluate(getFunction(id)!, ex.args);
      if (typeof ex.result === 'string' && ex.result.startsWith('#')) {
        expect(isKpiError(out) ? out.code : out).toBe(ex.result as ErrorCode);
      } else if (typeof ex.result === 'number') {
        expect(out).toBeCloseTo(ex.result, 9);
      } else {
        expect(out).toEqual(ex.result);
      }
    },
  );

  it('rejects too many arguments with a message rather than ignoring them', () => {
    const out = evaluate(getFunction('CPL')!, [1, 2, 3]);
    expect(isKpiError(out) && out.code === '#VALUE!' && /at most 2/.test(out.message)).toBe(true);
  });

  it('finds functions case-insensitively, with or without the namespace', () => {
    expect(getFunction('msp.cpl')?.id).toBe('CPL');
    expect(getFunction('NOPE')).toBeUndefined();
  });
});
