import { defineFunction } from '../spec';
import { nonNegative, ratio } from './ratio';
import { PULSEWAY } from '../benchmarks/sources';

const revenue = {
  name: 'revenue',
  kind: 'number',
  description: 'Total revenue of the period (a number or a range, summed).',
} as const;

export const financeFunctions = [
  defineFunction({
    id: 'COGS',
    family: 'finance',
    description: 'Cost of goods sold: licensing + labour + delivery costs.',
    params: [
      { name: 'licensing', kind: 'number', description: 'Licensing costs (a number or a range, summed).' },
      {
        name: 'labour',
        kind: 'number',
        description: 'Labour costs of delivering the service (a number or a range, summed).',
      },
      {
        name: 'delivery',
        kind: 'number',
        optional: true,
        description: 'Delivery costs (a number or a range, summed); blank = 0.',
      },
    ],
    unit: 'currency',
    examples: [{ formula: '=MSP.COGS(12000, 30000, 3000)', args: [12000, 30000, 3000], result: 45000 }],
    compute: (licensing, labour, delivery) =>
      nonNegative('licensing', licensing) + nonNegative('labour', labour) + nonNegative('delivery', delivery ?? 0),
  }),
  defineFunction({
    id: 'GROSSMARGIN',
    family: 'finance',
    description: 'Gross margin: (revenue − COGS) ÷ revenue, as a fraction.',
    params: [revenue, { name: 'cogs', kind: 'number', description: 'Cost of goods sold of the same period.' }],
    unit: 'percent',
    benchmark: {
      better: 'higher',
      share: true,
      signed: true,
      healthy: { value: 0.462 },
      best: { value: 0.494 },
      unit: 'percent',
      source: 'Service Leadership, managed services gross margin (2024 average; 2021 top quartile)',
    },
    scorecard: {},
    notes: 'COGS above revenue gives a negative margin (a loss), not an error.',
    examples: [
      { formula: '=MSP.GROSSMARGIN(100000, 54000)', args: [100000, 54000], result: 0.46 },
      { formula: '=MSP.GROSSMARGIN(0, 10)', args: [0, 10], result: '#DIV/0!' },
    ],
    compute: (rev, cogs) =>
      ratio(['revenueMinusCogs', rev - nonNegative('cogs', cogs)], ['revenue', rev], {
        signedNumerator: true,
      }),
  }),
  defineFunction({
    id: 'NOI',
    family: 'finance',
    description: 'Net operating income: total revenue − operating expenses.',
    params: [
      revenue,
      { name: 'operating_expenses', kind: 'number', description: 'Operating expenses of the same period.' },
    ],
    unit: 'currency',
    examples: [{ formula: '=MSP.NOI(500000, 440000)', args: [500000, 440000], result: 60000 }],
    compute: (rev, opex) => nonNegative('revenue', rev) - nonNegative('operating_expenses', opex),
  }),
  defineFunction({
    id: 'NOIMARGIN',
    family: 'finance',
    description: 'Net operating income as a share of revenue: (revenue − operating expenses) ÷ revenue.',
    params: [
      revenue,
      { name: 'operating_expenses', kind: 'number', description: 'Operating expenses of the same period.' },
    ],
    unit: 'percent',
    benchmark: {
      better: 'higher',
      share: true,
      signed: true,
      healthy: { value: 0.1 },
      best: { value: 0.2 },
      unit: 'percent',
      source: `${PULSEWAY}; Service Leadership (best-in-class profitability about 20–25 %)`,
    },
    scorecard: {},
    examples: [{ formula: '=MSP.NOIMARGIN(500000, 440000)', args: [500000, 440000], result: 0.12 }],
    compute: (rev, opex) =>
      ratio(['revenueMinusOpex', rev - nonNegative('operating_expenses', opex)], ['revenue', rev], {
        signedNumerator: true,
      }),
  }),
  defineFunction({
    id: 'ADMINRATIO',
    family: 'finance',
    description: 'Administrative (overhead) expenses as a share of revenue.',
    params: [
      {
        name: 'admin_expenses',
        kind: 'number',
        description: 'Administrative expenses: rent, internal IT, office costs …',
      },
      revenue,
    ],
    unit: 'percent',
    benchmark: { better: 'lower', healthy: { value: 0.2 }, unit: 'percent', source: PULSEWAY },
    scorecard: {},
    examples: [{ formula: '=MSP.ADMINRATIO(90000, 500000)', args: [90000, 500000], result: 0.18 }],
    compute: (admin, rev) => ratio(['admin_expenses', admin], ['revenue', rev]),
  }),
  defineFunction({
    id: 'WORKINGCAPITAL',
    family: 'finance',
    description: 'Working capital: current assets − current liabilities.',
    params: [
      { name: 'current_assets', kind: 'number', description: 'Current assets (a number or a range, summed).' },
      {
        name: 'current_liabilities',
        kind: 'number',
        description: 'Current liabilities (a number or a range, summed).',
      },
    ],
    unit: 'currency',
    examples: [{ formula: '=MSP.WORKINGCAPITAL(250000, 180000)', args: [250000, 180000], result: 70000 }],
    compute: (assets, liabilities) =>
      nonNegative('current_assets', assets) - nonNegative('current_liabilities', liabilities),
  }),
];
