import { isKpiError, type ErrorCode } from '../src/core/errors';
import { evaluate } from '../src/core/evaluate';
import { exprArgs } from '../src/core/formula/expr';
import { FUNCTIONS, getFunction } from '../src/core/registry';
import { headerRow } from '../src/core/spec';

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
  'RESPONSESLA',
  'SLARATE',
  'FRT',
  'TTR',
  'FCR',
  'BACKLOG',
  'TICKETSPERENDPOINT',
  'TICKETSBYPERIOD',
  'TICKETSBYCLIENT',
  'TICKETSBY',
  'CSAT',
  'CES',
  'COLUMNS',
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

  const scalarOnly = FUNCTIONS.filter((f) => f.scalar && f.params.every((p) => p.kind === 'number'));
  it.each(scalarOnly.map((f) => [f.id, f] as const))(
    '%s: its expression reads only its parameters, and every optional one declares its default',
    (_id, f) => {
      const names = new Set(f.params.map((p) => p.name));
      expect(exprArgs(f.scalar!).filter((n) => !names.has(n))).toEqual([]);
      expect(f.params.filter((p) => p.optional && p.defaultValue === undefined).map((p) => p.name)).toEqual([]);
    },
  );

  /** A parameter's value just outside each declared bound, with the other arguments of a worked example. */
  const outOfBounds = FUNCTIONS.flatMap((f) => {
    const base = f.examples.find(
      (e) =>
        e.args.length === f.params.length && e.args.every((a) => typeof a === 'number') && typeof e.result === 'number',
    );
    if (!base) return [];
    return f.params.flatMap((p, i) => {
      const bad = [
        ...(p.min !== undefined ? [p.min - 1] : []),
        ...(p.greaterThan !== undefined ? [p.greaterThan] : []),
        ...(p.max !== undefined ? [p.max + 0.5] : []),
        ...(p.integer ? [1.5] : []),
      ];
      return bad.map((v) => [f.id, p.name, v, base.args.map((a, j) => (j === i ? v : a))] as const);
    });
  });
  it('covers the declared bounds of most number parameters', () => {
    expect(outOfBounds.length).toBeGreaterThan(40);
  });
  it.each(outOfBounds)('%s with %s = %d is #NUM! naming the parameter', (id, name, _v, args) => {
    const out = evaluate(getFunction(id)!, args);
    expect(isKpiError(out) ? out.code : out).toBe('#NUM!');
    expect(isKpiError(out) && out.message).toContain(name);
  });

  it('spilled tables declare their columns, and their header row is that schema', () => {
    const spills = FUNCTIONS.filter((f) => f.unit === 'table');
    expect(spills.length).toBeGreaterThan(3);
    for (const f of spills) {
      expect(f.columns?.length).toBeGreaterThan(1);
      const ex = f.examples.find((e) => Array.isArray(e.result));
      if (!ex || f.id === 'KPIS') continue; // KPIS writes its header in the requested language
      const out = evaluate(f, ex.args) as unknown[][];
      expect(out[0]!.slice(0, f.columns!.length)).toEqual(headerRow(f.id, f.columns!));
    }
  });

  it('rejects too many arguments with a message rather than ignoring them', () => {
    const out = evaluate(getFunction('CPL')!, [1, 2, 3]);
    expect(isKpiError(out) && out.code === '#VALUE!' && /at most 2/.test(out.message)).toBe(true);
  });

  it('finds functions case-insensitively, with or without the namespace', () => {
    expect(getFunction('msp.cpl')?.id).toBe('CPL');
    expect(getFunction('NOPE')).toBeUndefined();
  });
});
