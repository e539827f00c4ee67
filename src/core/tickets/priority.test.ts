import { caught } from '../../../test/helpers/kpiError';
import { priorityKey, priorityRank, readPriorityTargets } from './priority';

describe('priorityKey', () => {
  it.each([
    ['P1', 'p1'],
    [1, 'p1'],
    ['1', 'p1'],
    ['Priority 1', 'p1'],
    ['1 - Critical', 'p1'],
    ['p 2', 'p2'],
    ['Priorité 3', 'p3'],
    ['Prio.4', 'p4'],
    ['  High ', 'high'],
    ['Very High', 'veryhigh'],
  ] as const)('%p → %p', (label, key) => {
    expect(priorityKey(label)).toBe(key);
  });
});

describe('priorityRank', () => {
  it('numbers first by number, then the known words most urgent first, then anything else', () => {
    const keys = ['low', 'p10', 'whenever', 'p2', 'critical', 'hoch'];
    expect([...keys].sort((a, b) => priorityRank(a) - priorityRank(b))).toEqual([
      'p2',
      'p10',
      'critical',
      'hoch',
      'low',
      'whenever',
    ]);
  });
});

describe('readPriorityTargets', () => {
  const SHEET = [
    ['Priority', 'Response (h)', 'Resolution (h)'],
    ['P1', 1, 4],
    ['P2', '2', 8],
    [null, null, null],
    ['p1', 9, 9],
  ];

  it('3 columns: response hours for the response, resolution hours for the resolution; first listing wins', () => {
    expect([...readPriorityTargets(SHEET, 'target_hours', 'response').hours]).toEqual([
      ['p1', 1],
      ['p2', 2],
    ]);
    expect(readPriorityTargets(SHEET, 'target_hours', 'resolution').hours.get('p2')).toBe(8);
  });

  it('a shape other than 2 or 3 columns, an empty list, a priority without a name are errors', () => {
    expect(caught(() => readPriorityTargets([['P1']], 'target_hours', 'resolution')).code).toBe('#VALUE!');
    expect(caught(() => readPriorityTargets([['Priority', 'Hours']], 'target_hours', 'resolution')).message).toBe(
      'target_hours lists no target.',
    );
    expect(caught(() => readPriorityTargets([[null, 4]], 'target_hours', 'resolution')).message).toBe(
      'target_hours, row 1, column A of the range: a target needs its priority.',
    );
  });
});
