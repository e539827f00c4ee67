import { languageOf } from '../../core/i18n';
import type { DataInspection } from '../../templates';
import {
  type Action,
  buildRequest,
  type Checked,
  defaultCurrency,
  initialState,
  primaryAction,
  problemsOf,
  reduce,
  type WizardState,
} from './state';

const run = (state: WizardState, ...actions: Action[]): WizardState => actions.reduce(reduce, state);

const inspection = (blocking = false): DataInspection => ({
  template: 'servicedesk',
  kind: 'tickets',
  rows: 3,
  columns: [],
  problems: blocking ? ['No "Created" column.'] : [],
  blocking,
  lines: [],
  kpis: [],
  accepted: [],
});
const checked = (blocking = false): Checked => ({
  source: { kind: 'range', ref: "'Tickets'!A1:K4" },
  address: "'Tickets'!A1:K4",
  inspection: inspection(blocking),
});
const done = (blocking = false): Action => ({ type: 'checked', result: { status: 'done', value: checked(blocking) } });

/** A service-desk wizard on the Data step with the selection read and usable. */
const onData = (): WizardState =>
  run(
    initialState('en-US'),
    { type: 'chooseTemplate', template: 'servicedesk' },
    { type: 'next' },
    { type: 'chooseSource', kind: 'selection' },
    done(),
  );

describe('defaults from Office', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['nl-BE', 'nl'],
    ['de-CH', 'de'],
    ['it_IT', 'it'],
    ['EN-gb', 'en'],
    ['es-ES', 'en'],
    ['pt-BR', 'en'],
    [undefined, 'en'],
  ] as const)('display language %s → pane language %s', (office, lang) => {
    expect(languageOf(office)).toBe(lang);
  });

  it.each([
    ['en-US', '$'],
    ['en-GB', '£'],
    ['en-IE', '€'],
    ['fr-FR', '€'],
    ['fr-CH', 'CHF'],
    ['de-CH', 'CHF'],
    ['nl-BE', '€'],
    ['de', '€'],
    [undefined, '€'],
  ] as const)('display language %s → currency %s (the region decides)', (office, symbol) => {
    expect(defaultCurrency(office)).toBe(symbol);
  });

  it('starts on the template step with the labels in the pane language and month grouping', () => {
    const s = initialState('nl-NL');
    expect(s.step).toBe('template');
    expect(s.ui).toBe('nl');
    expect(s.options).toEqual({
      period: '',
      months: 1,
      interval: 'month',
      currency: '€',
      endpoints: '',
      language: 'nl',
      contract: { businessHours: '', holidays: '', targets: {} },
    });
    expect(s.problems).toEqual([]);
  });
});

describe('Next and Back', () => {
  it('refuses Next without a template and says why', () => {
    const s = run(initialState('en-US'), { type: 'next' });
    expect(s.step).toBe('template');
    expect(s.problems).toEqual(['needTemplate']);
    const t = run(s, { type: 'chooseTemplate', template: 'revenue' });
    expect(t.problems).toEqual([]);
    expect(run(t, { type: 'next' }).step).toBe('data');
  });

  it('lets templates without data (Scorecard, Benchmark reference) pass the Data step as they are', () => {
    for (const template of ['scorecard', 'benchmarks'] as const) {
      const s = run(initialState('en-US'), { type: 'chooseTemplate', template }, { type: 'next' }, { type: 'next' });
      expect(s.step).toBe('options');
    }
  });

  it('asks for a source, a table, a finished and usable reading before leaving the Data step', () => {
    const data = run(initialState('en-US'), { type: 'chooseTemplate', template: 'servicedesk' }, { type: 'next' });
    expect(run(data, { type: 'next' }).problems).toEqual(['needSource']);
    expect(run(data, { type: 'chooseSource', kind: 'table' }, { type: 'next' }).problems).toEqual(['needTable']);
    expect(
      run(data, { type: 'chooseSource', kind: 'table' }, { type: 'chooseTable', name: 'Tickets' }, { type: 'next' })
        .problems,
    ).toEqual(['needCheck']);
    expect(run(data, { type: 'chooseSource', kind: 'selection' }, { type: 'next' }).problems).toEqual(['needCheck']);
    expect(run(data, { type: 'chooseSource', kind: 'sample' }, { type: 'next' }).problems).toEqual(['needSample']);
    expect(
      run(
        data,
        { type: 'chooseSource', kind: 'selection' },
        { type: 'checked', result: { status: 'busy' } },
        { type: 'next' },
      ).problems,
    ).toEqual(['stillChecking']);
    expect(
      run(
        data,
        { type: 'chooseSource', kind: 'selection' },
        { type: 'checked', result: { status: 'failed', error: 'x' } },
        { type: 'next' },
      ).problems,
    ).toEqual(['needCheck']);
    const blocked = run(data, { type: 'chooseSource', kind: 'selection' }, done(true), { type: 'next' });
    expect(blocked.step).toBe('data');
    expect(blocked.problems).toEqual(['dataUnusable']);
    expect(run(data, { type: 'chooseSource', kind: 'selection' }, done(), { type: 'next' }).step).toBe('options');
  });

  it('forgets what was found when the template or the source changes (tickets and ledgers differ)', () => {
    const s = onData();
    expect(s.checked.status).toBe('done');
    expect(run(s, { type: 'chooseTemplate', template: 'servicedesk' }).checked.status).toBe('done');
    expect(run(s, { type: 'chooseTemplate', template: 'revenue' }).checked.status).toBe('idle');
    expect(run(s, { type: 'chooseSource', kind: 'sample' }).checked.status).toBe('idle');
    expect(run(s, { type: 'chooseSource', kind: 'selection' }).checked.status).toBe('done');
  });

  it('goes back one step at a time, not before the first, and not during a build', () => {
    const s = run(onData(), { type: 'next' });
    expect(s.step).toBe('options');
    expect(run(s, { type: 'back' }).step).toBe('data');
    expect(run(s, { type: 'back' }, { type: 'back' }, { type: 'back' }).step).toBe('template');
    const building = run(s, { type: 'next' }, { type: 'run', kind: 'build', sheet: null, result: { status: 'busy' } });
    expect(run(building, { type: 'back' }).step).toBe('build');
    expect(run(building, { type: 'goTo', step: 'template' }).step).toBe('build');
  });

  it('jumps back freely from the stepper but never forward over an unfinished step', () => {
    const s = run(initialState('en-US'), { type: 'chooseTemplate', template: 'revenue' }, { type: 'next' });
    expect(run(s, { type: 'goTo', step: 'build' }).step).toBe('data');
    expect(run(s, { type: 'goTo', step: 'template' }).step).toBe('template');
    expect(run(onData(), { type: 'goTo', step: 'build' }).step).toBe('build');
  });
});

describe('options', () => {
  const onOptions = (): WizardState => run(onData(), { type: 'next' });

  it.each([
    ['', true],
    ['250', true],
    [' 1 200 ', true],
    ['1.200', true],
    ['0', false],
    ['-5', false],
    ['2.5', false],
    ['douze', false],
  ])('endpoints "%s" accepted: %s', (text, ok) => {
    const s = run(onOptions(), { type: 'setOption', patch: { endpoints: text } }, { type: 'next' });
    expect(s.step).toBe(ok ? 'build' : 'options');
    expect(s.problems).toEqual(ok ? [] : ['badEndpoints']);
  });

  it('needs a currency symbol of 1 to 5 characters', () => {
    expect(run(onOptions(), { type: 'setOption', patch: { currency: '  ' } }, { type: 'next' }).problems).toEqual([
      'badCurrency',
    ]);
    expect(run(onOptions(), { type: 'setOption', patch: { currency: 'EUROS!' } }, { type: 'next' }).problems).toEqual([
      'badCurrency',
    ]);
    expect(run(onOptions(), { type: 'setOption', patch: { currency: 'CHF' } }, { type: 'next' }).step).toBe('build');
  });

  it('clears a shown problem as soon as the field is fixed', () => {
    const s = run(onOptions(), { type: 'setOption', patch: { endpoints: 'x', currency: '' } }, { type: 'next' });
    expect(s.problems).toEqual(['badCurrency', 'badEndpoints']);
    expect(run(s, { type: 'setOption', patch: { endpoints: '40' } }).problems).toEqual(['badCurrency']);
  });

  it('asks the build for exactly the options the template uses', () => {
    const desk = run(onOptions(), {
      type: 'setOption',
      patch: { endpoints: '1 200', interval: 'week', currency: ' CHF ', period: '2025-01', months: 12 },
    });
    expect(buildRequest(desk)).toEqual({
      template: 'servicedesk',
      language: 'en',
      source: { kind: 'range', ref: "'Tickets'!A1:K4" },
      options: { currency: 'CHF', endpoints: 1200, interval: 'week' },
    });
    const revenue = run(
      initialState('de-DE'),
      { type: 'chooseTemplate', template: 'revenue' },
      { type: 'next' },
      { type: 'chooseSource', kind: 'sample' },
      done(),
      { type: 'next' },
    );
    expect(buildRequest(revenue).options).toEqual({ currency: '€', period: null, months: 1 });
    expect(
      buildRequest(run(revenue, { type: 'setOption', patch: { period: ' 2025-03 ', months: 3 } })).options,
    ).toEqual({ currency: '€', period: '2025-03', months: 3 });
    const reference = run(
      initialState('fr-FR'),
      { type: 'chooseTemplate', template: 'benchmarks' },
      { type: 'next' },
      { type: 'next' },
    );
    expect(buildRequest(reference)).toEqual({
      template: 'benchmarks',
      language: 'fr',
      source: { kind: 'none', ref: '' },
      options: {},
    });
  });

  it('prefills the sample MSP’s endpoints with the sample tickets, never over a typed count nor for real data', () => {
    const sample: Action = {
      type: 'checked',
      result: { status: 'done', value: { ...checked(), sampleSheet: 'Sample tickets' } },
    };
    const data = run(
      initialState('en-US'),
      { type: 'chooseTemplate', template: 'servicedesk' },
      { type: 'next' },
      { type: 'chooseSource', kind: 'sample' },
    );
    expect(run(data, sample).options.endpoints).toBe('150');
    expect(run(data, { type: 'setOption', patch: { endpoints: '40' } }, sample).options.endpoints).toBe('40');
    expect(onData().options.endpoints).toBe('');
    // Back to the real data after the sample: the sample's fleet is not the user's.
    const real = run(data, sample, { type: 'chooseSource', kind: 'selection' }, done());
    expect(real.options.endpoints).toBe('');
    const typed = run(
      data,
      sample,
      { type: 'setOption', patch: { endpoints: '150' } },
      { type: 'chooseSource', kind: 'selection' },
      done(),
    );
    expect(typed.options.endpoints).toBe('150');
  });

  it('leaves endpoints out of the request when not given (the sheet has an input cell for it)', () => {
    expect(buildRequest(onOptions()).options).toEqual({ currency: '$', interval: 'month' });
  });
});

describe('language switching', () => {
  it('labels the sheet in the pane language unless the user picks another; the pane stays in its own', () => {
    const s = run(initialState('de-AT'), { type: 'chooseTemplate', template: 'benchmarks' });
    expect([s.ui, buildRequest(s).language]).toEqual(['de', 'de']);
    const picked = run(s, { type: 'setLanguage', language: 'it' });
    expect([picked.ui, buildRequest(picked).language]).toEqual(['de', 'it']);
    expect(buildRequest(run(picked, { type: 'setLanguage', language: 'en' })).language).toBe('en');
  });

  it('keeps the chosen label language and currency when starting over, and drops the rest', () => {
    const s = run(
      onData(),
      { type: 'setLanguage', language: 'nl' },
      { type: 'setOption', patch: { currency: 'CHF', endpoints: '9' } },
      { type: 'startOver' },
    );
    expect(s.step).toBe('template');
    expect(s.template).toBeNull();
    expect(s.checked.status).toBe('idle');
    expect(s.ui).toBe('en');
    expect(s.options).toMatchObject({ language: 'nl', currency: 'CHF', endpoints: '' });
  });
});

describe('build and refresh results', () => {
  const atBuild = (): WizardState => run(onData(), { type: 'next' }, { type: 'next' });

  it('keeps a successful outcome and turns a refused one into its plain-words error', () => {
    const ok = run(atBuild(), {
      type: 'run',
      kind: 'build',
      sheet: null,
      result: {
        status: 'done',
        value: { ok: true, sheetName: 'KPIs', report: ['3 formulas'], inspection: inspection(), syncs: 3 },
      },
    });
    expect(ok.run).toMatchObject({ kind: 'build', result: { status: 'done', value: { sheetName: 'KPIs' } } });
    const failed = run(atBuild(), {
      type: 'run',
      kind: 'refresh',
      sheet: 'KPIs',
      result: { status: 'done', value: { ok: false, error: 'The workbook is protected.', syncs: 1 } },
    });
    expect(failed.run).toEqual({
      kind: 'refresh',
      sheet: 'KPIs',
      result: { status: 'failed', error: 'The workbook is protected.' },
    });
  });

  it('offers Start over, never Build again, once built, also after a Refresh on the Build step', () => {
    const built = run(atBuild(), {
      type: 'run',
      kind: 'build',
      sheet: 'KPIs',
      result: {
        status: 'done',
        value: { ok: true, sheetName: 'KPIs', report: ['3 formulas'], inspection: inspection(), syncs: 3 },
      },
    });
    expect(primaryAction(atBuild())).toBe('build');
    expect(primaryAction(built)).toBe('startOver');
    const refreshing = run(built, { type: 'run', kind: 'refresh', sheet: 'Old', result: { status: 'busy' } });
    expect(primaryAction(refreshing)).toBe('startOver');
    const refreshed = run(refreshing, {
      type: 'run',
      kind: 'refresh',
      sheet: 'Old',
      result: { status: 'done', value: { ok: false, error: 'gone', syncs: 1 } },
    });
    expect(primaryAction(refreshed)).toBe('startOver');
    // Leaving the step and coming back is a new build (new options, new data).
    expect(primaryAction(run(refreshed, { type: 'back' }, { type: 'next' }))).toBe('build');
    expect(primaryAction(run(built, { type: 'back' }))).toBe('next');
  });

  it('has no problem to report on the Build step itself', () => {
    expect(problemsOf(atBuild())).toEqual([]);
  });
});
