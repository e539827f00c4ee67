import { statusClosed } from './status';

describe('status words', () => {
  it('closed, resolved and cancelled in the five languages and the tools’ vocabularies are not open', () => {
    for (const s of [
      'Closed',
      'resolved',
      'Canceled',
      'Cancelled',
      'Closed Complete',
      'Closed - Incomplete',
      'Done',
      'Solved',
      'Complete',
      'Résolue',
      'Clôturé',
      'Afgehandeld',
      'Chiusa',
      'Erledigt',
    ]) {
      expect([s, statusClosed(s, 'Status')]).toEqual([s, true]);
    }
  });

  it('new, in progress, on hold, awaiting, waiting and pending are open, and so is a no-value marker', () => {
    for (const s of [
      'New',
      'In Progress',
      'On Hold',
      'Awaiting User Info',
      'Waiting on Customer',
      'Pending Close',
      'Open',
      '?',
      'N/A',
      '',
    ]) {
      expect([s, statusClosed(s, 'Status')]).toEqual([s, false]);
    }
  });

  it('reads ServiceNow’s numeric states 6, 7, 8 as finished in its state columns only', () => {
    // incident_state: 1 New, 2 In Progress, 3 On Hold, 6 Resolved, 7 Closed, 8 Canceled
    expect([1, 2, 3, 6, 7, 8].map((n) => statusClosed(n, 'incident_state'))).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
    expect(statusClosed('7', 'state')).toBe(true);
    expect(statusClosed(7, 'Status')).toBe(false);
  });
});
