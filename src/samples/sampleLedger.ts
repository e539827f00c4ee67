import { serialFromParts } from '../core/dates';
import { randomInt, seededRandom } from './prng';
import type { SampleGrid } from './sampleGrid';

/** Clients of a European MSP: small firms from France, Belgium, the Netherlands, Italy and Germany. */
const CUSTOMERS = [
  'Boulangerie Martin SARL', 'Cabinet Dubois & Associés', 'Garage Lefèvre', 'Pharmacie du Centre', 'Notaires Moreau Lambert',
  'Van Dijk Installatietechniek B.V.', 'Bakkerij De Vries', 'Tandartspraktijk Jansen', 'Accountantskantoor Peeters', 'Transport Vermeulen NV',
  'Studio Legale Rossi', 'Ferramenta Bianchi S.r.l.', 'Ottica Colombo', 'Studio Dentistico Ricci', 'Agenzia Immobiliare Greco',
  'Müller Steuerberatung GmbH', 'Schneider Elektrotechnik GmbH', 'Praxis Dr. Fischer', 'Weber Logistik KG', 'Autohaus Becker',
  'Hôtel Les Tilleuls', 'Clinique Vétérinaire Bernard', 'Architectes Petit & Roux', 'Brasserie Leroy', 'Imprimerie Fontaine',
  'Huisartsenpraktijk Bakker', 'Makelaardij Visser', 'Verhuur Smit & Zonen', 'Notariaat Claes', 'Boekhouding Mertens BV',
  'Caseificio Marino', 'Studio Commercialista Conti', 'Hotel Bellavista', 'Officina Gallo', 'Kanzlei Hoffmann & Partner',
  'Bäckerei Schulz', 'Zahnarztpraxis Koch', 'Ingenieurbüro Richter', 'Elektro Wagner GmbH', 'Fiduciaire Girard SA',
];

/** Service lines an MSP bills monthly: a price per unit (seat, device, server) and a plausible unit count. */
const SERVICES = [
  { name: 'Managed endpoints', price: 42, units: [5, 60] },
  { name: 'Microsoft 365 licences', price: 12.5, units: [5, 80] },
  { name: 'Backup & recovery', price: 95, units: [1, 4] },
  { name: 'Endpoint security (EDR)', price: 6.5, units: [5, 60] },
  { name: 'Managed firewall', price: 149, units: [1, 2] },
] as const;

const FIRST_YEAR = 2024;
const MONTHS = 18; // January 2024 to June 2025
/** Customers that leave and come back (a lost contract renegotiated): month they leave, months away. */
const COMEBACKS: Readonly<Record<number, readonly [number, number]>> = { 7: [5, 3], 23: [9, 2], 31: [11, 4] };
/** A customer seen only in the first month (ends its contract right after the baseline). */
const BASELINE_ONLY = 12;

interface Line {
  readonly service: (typeof SERVICES)[number];
  units: number;
}

/**
 * A synthetic billing export in the long layout: one row per customer, month and service line,
 * `Invoice #, Customer, Invoice date, Service, Monthly amount`, about 40 customers over 18 months
 * with new customers, upgrades and downgrades (seats added or removed), churn and comebacks.
 * Deterministic: the same rows on every call.
 */
export function sampleLedger(): SampleGrid {
  const random = seededRandom(20240101);
  const rows: { month: number; day: number; c: number; service: string; amount: number }[] = [];
  CUSTOMERS.forEach((_, c) => {
    const start = c < 22 ? 0 : randomInt(random, 1, 14);
    const billingDay = [1, 1, 1, 5, 15, 28][randomInt(random, 0, 5)]!;
    const lines: Line[] = [];
    const lineCount = random() < 0.6 ? 1 : 2;
    for (let i = 0; i < lineCount; i++) {
      const service = SERVICES[(c + i * 2) % SERVICES.length]!;
      lines.push({ service, units: randomInt(random, service.units[0], service.units[1]) });
    }
    const comeback = COMEBACKS[c];
    for (let month = start; month < MONTHS; month++) {
      if (c === BASELINE_ONLY && month > 0) break;
      if (comeback && month >= comeback[0] && month < comeback[0] + comeback[1]) continue;
      if (month > start) {
        // Churn about once in 80 customer-months; seats drift up more often than down.
        if (random() < 0.015 && !comeback) break;
        for (const line of lines) {
          const roll = random();
          if (roll < 0.06) line.units += randomInt(random, 1, Math.max(1, Math.round(line.units * 0.25)));
          else if (roll < 0.09 && line.units > 1) line.units -= randomInt(random, 1, Math.max(1, Math.round(line.units * 0.2)));
        }
        if (lines.length < 3 && random() < 0.02) {
          const service = SERVICES[randomInt(random, 0, SERVICES.length - 1)]!;
          if (!lines.some((l) => l.service === service)) lines.push({ service, units: service.units[0] });
        }
      }
      for (const line of lines) {
        rows.push({ month, day: billingDay, c, service: line.service.name, amount: Math.round(line.units * line.service.price * 100) / 100 });
      }
    }
  });
  rows.sort((a, b) => a.month - b.month || a.day - b.day || a.c - b.c);
  const invoices = new Map<string, string>();
  const grid: SampleGrid = [['Invoice #', 'Customer', 'Invoice date', 'Service', 'Monthly amount']];
  for (const r of rows) {
    const key = `${r.month}|${r.c}`;
    if (!invoices.has(key)) invoices.set(key, `INV-${FIRST_YEAR + Math.floor(r.month / 12)}-${String(invoices.size + 1).padStart(4, '0')}`);
    const date = serialFromParts(FIRST_YEAR + Math.floor(r.month / 12), (r.month % 12) + 1, r.day);
    grid.push([invoices.get(key)!, CUSTOMERS[r.c]!, date, r.service, r.amount]);
  }
  return grid;
}

/**
 * A small ledger in the wide layout (customers × months), hand-checkable: Martin expands in March
 * and has a second subscription on its own row (summed), Van Dijk contracts then churns, Rossi is
 * new in February, Müller churns in February and comes back in April.
 */
export function sampleWideLedger(): SampleGrid {
  return [
    ['Customer', '2025-01', '2025-02', '2025-03', '2025-04'],
    ['Boulangerie Martin SARL', 450, 450, 520, 520],
    ['Van Dijk Installatietechniek B.V.', 1200, 1100, 1100, 0],
    ['Studio Legale Rossi', 0, 800, 800, 800],
    ['Müller Steuerberatung GmbH', 600, 0, 0, 650],
    ['Boulangerie Martin SARL', 90, 90, 90, 90],
  ];
}
