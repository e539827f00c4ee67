import { evaluate } from '../evaluate';
import { KpiError } from '../errors';
import { messages } from '../i18n';
import { getFunction } from '../registry';
import { run } from '../../../test/helpers/kpiError';

const err = (v: unknown) => (v instanceof KpiError ? `${v.code} ${v.message}` : `not an error: ${JSON.stringify(v)}`);

describe('MSP.BENCHMARK', () => {
  it('rates against the catalogue in English by default', () => {
    expect(run('BENCHMARK', 'SLA', 0.95)).toBe('Best in class');
    expect(run('BENCHMARK', 'SLA', 0.9)).toBe('Healthy');
    expect(run('BENCHMARK', 'SLA', 0.72)).toBe('Watch');
    expect(run('BENCHMARK', 'SLA', 0.71)).toBe('Act now');
    expect(run('BENCHMARK', 'CHURN', 0.12, null)).toBe('Watch');
    expect(run('BENCHMARK', 'CHURN', 0.121, '')).toBe('Act now');
  });

  it('answers in the requested language, however it is named', () => {
    expect(run('BENCHMARK', 'SLA', 0.72, 'fr')).toBe('À surveiller');
    expect(run('BENCHMARK', 'SLA', 0.72, 'FR-fr')).toBe('À surveiller');
    expect(run('BENCHMARK', 'SLA', 0.72, 'français')).toBe('À surveiller');
    expect(run('BENCHMARK', 'SLA', 0.71, 'nl-BE')).toBe('Nu ingrijpen');
    expect(run('BENCHMARK', 'SLA', 0.71, 'Nederlands')).toBe('Nu ingrijpen');
    expect(run('BENCHMARK', 'SLA', 0.99, 'it')).toBe('Eccellente');
    expect(run('BENCHMARK', 'CPL', 200, 'Deutsch')).toBe('Gesund');
    expect(run('BENCHMARK', 'CPL', 200, 'German')).toBe('Gesund');
    expect(run('BENCHMARK', 'CPL', 200, [['de']])).toBe('Gesund');
  });

  it('accepts the kpi in any case, with MSP., or by its name in any language', () => {
    expect(run('BENCHMARK', 'msp.sla', 0.95)).toBe('Best in class');
    expect(run('BENCHMARK', "Taux d'attrition clients (annuel)", 0.05)).toBe('Best in class');
    expect(run('BENCHMARK', 'conversiepercentage', 0.03)).toBe('Healthy');
  });

  it('reads the value from text or a one-cell range, percent sign included', () => {
    expect(run('BENCHMARK', 'SLA', '95 %')).toBe('Best in class');
    expect(run('BENCHMARK', 'SLA', [[0.9]])).toBe('Healthy');
  });

  it('unknown kpi is #N/A naming it and listing the catalogue', () => {
    expect(err(run('BENCHMARK', 'ARR', 1))).toMatch(/^#N\/A MSP\.BENCHMARK: .*"ARR".*CHURN, NRR/);
  });

  it('an unknown language is #VALUE!, not English', () => {
    expect(err(run('BENCHMARK', 'SLA', 0.9, 'es'))).toMatch(
      /^#VALUE! MSP\.BENCHMARK: language "es" is not one of en, fr, nl, it, de/,
    );
    expect(err(run('BENCHMARK', 'SLA', 0.9, 'xx-FR'))).toMatch(/^#VALUE!/);
  });

  it('bad values: text, blank, a range, a 0–100 percentage, an impossible negative', () => {
    expect(err(run('BENCHMARK', 'SLA', 'high'))).toMatch(/^#VALUE! MSP\.BENCHMARK: value must be a number/);
    expect(err(run('BENCHMARK', 'SLA', true))).toMatch(/^#VALUE!/);
    expect(err(run('BENCHMARK', 'SLA', null))).toMatch(/^#VALUE! MSP\.BENCHMARK: value is required/);
    expect(err(run('BENCHMARK', 'SLA', [[0.9, 0.8]]))).toMatch(/^#VALUE! MSP\.BENCHMARK: value must be a single value/);
    expect(err(run('BENCHMARK', 'SLA', 95))).toMatch(/^#NUM! MSP\.BENCHMARK: value 95 is above 100 %/);
    expect(err(run('BENCHMARK', 'CPL', -1))).toMatch(/^#NUM!/);
    expect(run('BENCHMARK', 'CPL', 1200)).toBe('Act now'); // money above 1 is fine
    expect(run('BENCHMARK', 'NOIMARGIN', -0.3)).toBe('Act now'); // a loss is a margin, not an error
  });

  it('an error in the value cell propagates unchanged', () => {
    const upstream = new KpiError('#DIV/0!', { text: 'upstream' });
    expect(run('BENCHMARK', 'SLA', upstream)).toBe(upstream);
  });
});

describe('MSP.TARGET', () => {
  it('healthy by default, best on request, in option words of any language', () => {
    expect(run('TARGET', 'SLA')).toBe(0.9);
    expect(run('TARGET', 'SLA', 'best')).toBe(0.95);
    expect(run('TARGET', 'SLA', 'Meilleur')).toBe(0.95);
    expect(run('TARGET', 'churn', 'doel')).toBe(0.1);
    expect(run('TARGET', 'CPL', 'healthy')).toBe(300);
    expect(run('TARGET', 'TURNOVER')).toBe(0.15);
  });
  it('no best threshold is #N/A; a bad level is #VALUE!; an unknown kpi is #N/A', () => {
    expect(err(run('TARGET', 'ADMINRATIO', 'best'))).toMatch(
      /^#N\/A MSP\.TARGET: ADMINRATIO has no best-in-class threshold/,
    );
    expect(err(run('TARGET', 'SLA', 'great'))).toMatch(/^#VALUE! MSP\.TARGET: level "great"/);
    expect(err(run('TARGET', 'NOPE'))).toMatch(/^#N\/A/);
  });
});

describe('MSP.ADVICE', () => {
  it('is empty for Healthy and Best in class', () => {
    expect(run('ADVICE', 'SLA', 0.9)).toBe('');
    expect(run('ADVICE', 'SLA', 0.99, 'fr')).toBe('');
  });
  it('gives the seed advice for Watch and Act now, in the requested language', () => {
    expect(run('ADVICE', 'SLA', 0.8)).toBe(messages('en').advice.SLA);
    expect(run('ADVICE', 'SLA', 0.5)).toBe(messages('en').advice.SLA);
    expect(run('ADVICE', 'CSAT', 0.6, 'fr')).toMatch(/^Échangez avec vos clients/); // seed 002, word for word
    expect(run('ADVICE', 'NOIMARGIN', 0.05, 'nl')).toMatch(/kosten te verlagen of uw inkomsten te verhogen/); // seed 001
    expect(run('ADVICE', 'CHURN', 0.3, 'it')).toMatch(/capiscine il motivo/); // seed 003
    expect(run('ADVICE', 'TURNOVER', 0.3, 'de')).toMatch(/^Verstehen Sie, warum/);
  });
  it('errors like BENCHMARK', () => {
    expect(err(run('ADVICE', 'SLA', 0.5, 'klingon'))).toMatch(/^#VALUE! MSP\.ADVICE: language "klingon"/);
    expect(err(run('ADVICE', '', 0.5))).toMatch(/^#VALUE! MSP\.ADVICE: kpi is required/);
  });
});

describe('MSP.KPIS', () => {
  it('spills the catalogue under an English header by default', () => {
    const t = run('KPIS') as (string | number)[][];
    expect(t[0]).toEqual(['KPI', 'Name', 'Unit', 'Better', 'Healthy', 'Best in class', 'Source']);
    expect(t).toHaveLength(18);
    expect(t[1]!.slice(0, 6)).toEqual(['CHURN', 'Customer churn (annual)', '% per year', 'Lower', 0.1, 0.05]);
    const admin = t.find((r) => r[0] === 'ADMINRATIO')!;
    expect(admin[5]).toBe(''); // no best threshold: "" not null
    const sla = t.find((r) => r[0] === 'SLA')!;
    expect(sla[6]).toMatch(/LogMeIn Resolve.*; Healthy: project default$/);
    const tpe = t.find((r) => r[0] === 'TICKETSPERENDPOINT')!;
    expect(tpe.slice(2, 6)).toEqual(['tickets per endpoint per month', 'Lower', 1, 0.5]);
    expect(tpe[6]).toMatch(/; Best in class: secondary source$/);
  });
  it('localizes header, names, units, direction and markers', () => {
    const t = run('KPIS', 'fr') as (string | number)[][];
    expect(t[0]).toEqual(['KPI', 'Nom', 'Unité', 'Meilleur si', 'Sain', 'Meilleur de sa catégorie', 'Source']);
    const sla = t.find((r) => r[0] === 'SLA')!;
    expect(sla.slice(0, 6)).toEqual(['SLA', 'Respect des SLA', '%', 'Plus haut', 0.9, 0.95]);
    expect(sla[6]).toMatch(/; Sain : valeur par défaut du projet$/);
    const de = run('KPIS', 'de-DE') as (string | number)[][];
    expect(de[0]![6]).toBe('Quelle');
  });
  it('an unknown language is #VALUE!', () => {
    expect(err(run('KPIS', 'pt'))).toMatch(/^#VALUE! MSP\.KPIS/);
  });
});

describe('registry examples of the benchmark family', () => {
  it.each(['BENCHMARK', 'TARGET', 'ADVICE', 'KPIS'])('%s examples hold', (id) => {
    const spec = getFunction(id)!;
    expect(spec.examples.length).toBeGreaterThan(0);
    for (const ex of spec.examples) {
      const out = evaluate(spec, ex.args);
      expect(out instanceof KpiError ? out.code : out).toEqual(ex.result);
    }
  });
});
