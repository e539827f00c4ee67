import type { DataInspection } from '../../templates';
import { contractOptions, emptyContract, holidaySerials, mergeContract, targetRows } from './contract';
import { type Action, buildRequest, initialState, reduce, type WizardState } from './state';

const run = (state: WizardState, ...actions: Action[]): WizardState => actions.reduce(reduce, state);

const inspection: DataInspection = {
  template: 'servicedesk',
  kind: 'tickets',
  rows: 3,
  columns: [],
  priorities: ['Critical', 'High', 'Medium', 'Low', 'Planning'],
  problems: [],
  blocking: false,
  lines: [],
  kpis: [],
  accepted: [],
};

/** A service-desk wizard on the Options step, its data checked and holding five priorities. */
const onOptions = (): WizardState =>
  run(
    initialState('en-US'),
    { type: 'chooseTemplate', template: 'servicedesk' },
    { type: 'next' },
    { type: 'chooseSource', kind: 'selection' },
    {
      type: 'checked',
      result: {
        status: 'done',
        value: { source: { kind: 'range', ref: "'T'!A1:K4" }, address: "'T'!A1:K4", inspection },
      },
    },
    { type: 'next' },
  );

describe('the contract clock on the Options step', () => {
  it('prefills the data’s priorities by rank: 1/4, 2/8, 4/24, 8/40, and 8/40 below the fourth', () => {
    expect(targetRows(emptyContract, inspection.priorities!).map((r) => [r.response, r.resolution])).toEqual([
      ['1', '4'],
      ['2', '8'],
      ['4', '24'],
      ['8', '40'],
      ['8', '40'],
    ]);
  });

  it('keeps each edited cell, field by field, and builds the settings from them', () => {
    const s = run(
      onOptions(),
      { type: 'setOption', patch: { contract: { businessHours: 'Mon-Fri 08:00-18:00' } } },
      { type: 'setOption', patch: { contract: { targets: { High: { response: '0,5' } } } } },
      { type: 'setOption', patch: { contract: { targets: { High: { resolution: '6' } } } } },
      { type: 'setOption', patch: { contract: { holidays: '2025-12-25, 2025-12-26' } } },
      { type: 'next' },
    );
    expect(s.step).toBe('build');
    const o = buildRequest(s).options;
    expect(o.businessHours).toBe('Mon-Fri 08:00-18:00');
    // 2025-12-25 is serial 46016.
    expect(o.holidays).toEqual([46_016, 46_017]);
    expect(o.targets![1]).toEqual({ priority: 'High', response: 0.5, resolution: 6 });
    expect(o.targets).toHaveLength(5);
  });

  it('refuses unreadable business hours, holidays and targets, naming each', () => {
    const s = run(
      onOptions(),
      { type: 'setOption', patch: { contract: { businessHours: 'Mon-Fri 18:00-08:00' } } },
      { type: 'setOption', patch: { contract: { holidays: 'Christmas' } } },
      { type: 'setOption', patch: { contract: { targets: { Low: { resolution: '0' } } } } },
      { type: 'next' },
    );
    expect(s.step).toBe('options');
    expect(s.problems).toEqual(['badBusinessHours', 'badHolidays', 'badTarget']);
  });

  it('leaves the settings without clock or targets when nothing is typed and the data has no priority', () => {
    expect(contractOptions(emptyContract, [])).toEqual({});
    expect(holidaySerials('  ')).toEqual([]);
    expect(mergeContract(emptyContract, { holidays: 'x' }).targets).toEqual({});
  });
});
