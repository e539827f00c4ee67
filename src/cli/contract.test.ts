import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from './main';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), colour: false });
  return { code, out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), 'msp-contract-'));
const file = (name: string, text: string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

// A P3 opened Friday 17:55, solved Monday 09:00 (1.08 business hours, 63 h wall-clock); a P1 opened
// Monday 07:00 before opening, answered 08:30, solved 11:30 (0.5 and 3.5 business hours).
const TICKETS = file(
  'tickets.csv',
  'Ticket,Priority,Created,First Response,Resolved\n' +
    '1,P3,2025-03-07 17:55,2025-03-07 17:58,2025-03-10 09:00\n' +
    '2,P1,2025-03-10 07:00,2025-03-10 08:30,2025-03-10 11:30\n',
);
const TARGETS = file('targets.csv', 'Priority,Response (h),Resolution (h)\nP1,1,4\nP3,4,24\n');
const HOLIDAYS = file('holidays.csv', 'Date\n2025-12-25\n2025-12-26\n');

const kpis = (out: string) => {
  const json = JSON.parse(out) as { kpis: { tickets: { id: string; value: number }[] } };
  return (id: string) => json.kpis.tickets.find((k) => k.id === id)!.value;
};

describe('msp-kpi report with the contract clock', () => {
  it('--business-hours, --targets and --holidays reach every service-desk figure', async () => {
    const r = await run(
      'report',
      '--tickets',
      TICKETS,
      '--business-hours',
      'Mon-Fri 08:00-18:00',
      '--targets',
      TARGETS,
      '--holidays',
      HOLIDAYS,
      '--json',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const kpi = kpis(r.out);
    // Both met on the contract clock: 1.08 h ≤ 24 and 3.5 h ≤ 4; responses 0.05 h ≤ 4 and 0.5 h ≤ 1.
    expect(kpi('SLA')).toBe(1);
    expect(kpi('RESPONSESLA')).toBe(1);
    expect(kpi('TTR')).toBeCloseTo((13 / 12 + 3.5) / 2, 9);
  });

  it('without the clock the same targets are breached on the wall clock', async () => {
    const r = await run('report', '--tickets', TICKETS, '--targets', TARGETS, '--json');
    expect(r.code).toBe(0);
    // 63.08 h > 24 and 4.5 h > 4.
    expect(kpis(r.out)('SLA')).toBe(0);
  });

  it('refuses unreadable business hours or targets as a usage error naming the option', async () => {
    const hours = await run('report', '--tickets', TICKETS, '--business-hours', 'Mon-Fri 18:00-08:00');
    expect(hours.code).toBe(1);
    expect(hours.err).toMatch(/--business-hours: business_hours: in "18:00-08:00" the closing time must be after/);
    const bad = file('bad-targets.csv', 'P1,1,4\nP2,2,soon\n');
    const targets = await run('report', '--tickets', TICKETS, '--targets', bad);
    expect(targets.code).toBe(1);
    expect(targets.err).toMatch(
      /--targets: .*bad-targets\.csv, row 2, column C of the range: "soon" is not a number of hours/,
    );
    const days = await run('report', '--tickets', TICKETS, '--holidays', file('bad-days.csv', '2025-12-25\nXmas\n'));
    expect(days.code).toBe(2);
    expect(days.err).toMatch(/"Xmas" is not a date \(row 2\)/);
  });
});
