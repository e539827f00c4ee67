import { defineFunction } from '../spec';
import { PULSEWAY } from '../benchmarks/sources';
import { add, arg, div, sub } from '../formula/expr';

const revenue = {
  name: 'revenue',
  kind: 'number',
  min: 0,
  description: 'Total revenue of the period (a number or a range, summed).',
} as const;

export const financeFunctions = [
  defineFunction({
    id: 'COGS',
    family: 'finance',
    description: 'Cost of goods sold: licensing + labour + delivery costs.',
    params: [
      { name: 'licensing', kind: 'number', min: 0, description: 'Licensing costs (a number or a range, summed).' },
      {
        name: 'labour',
        kind: 'number',
        min: 0,
        description: 'Labour costs of delivering the service (a number or a range, summed).',
      },
      {
        name: 'delivery',
        kind: 'number',
        min: 0,
        optional: true,
        defaultValue: 0,
        description: 'Delivery costs (a number or a range, summed); blank = 0.',
      },
    ],
    unit: 'currency',
    examples: [{ formula: '=MSP.COGS(12000, 30000, 3000)', args: [12000, 30000, 3000], result: 45000 }],
    scalar: add(add(arg('licensing'), arg('labour')), arg('delivery')),
  }),
  defineFunction({
    id: 'GROSSMARGIN',
    family: 'finance',
    description: 'Gross margin: (revenue − COGS) ÷ revenue, as a fraction.',
    params: [revenue, { name: 'cogs', kind: 'number', min: 0, description: 'Cost of goods sold of the same period.' }],
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
    scalar: div(sub(arg('revenue'), arg('cogs'), 'revenueMinusCogs'), arg('revenue')),
  }),
  defineFunction({
    id: 'NOI',
    family: 'finance',
    description: 'Net operating income: total revenue − operating expenses.',
    params: [
      revenue,
      { name: 'operating_expenses', kind: 'number', min: 0, description: 'Operating expenses of the same period.' },
    ],
    unit: 'currency',
    examples: [{ formula: '=MSP.NOI(500000, 440000)', args: [500000, 440000], result: 60000 }],
    scalar: sub(arg('revenue'), arg('operating_expenses')),
  }),
  defineFunction({
    id: 'NOIMARGIN',
    family: 'finance',
    description: 'Net operating income as a share of revenue: (revenue − operating expenses) ÷ revenue.',
    params: [
      revenue,
      { name: 'operating_expenses', kind: 'number', min: 0, description: 'Operating expenses of the same period.' },
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
    scalar: div(sub(arg('revenue'), arg('operating_expenses'), 'revenueMinusOpex'), arg('revenue')),
  }),
  defineFunction({
    id: 'ADMINRATIO',
    family: 'finance',
    description: 'Administrative (overhead) expenses as a share of revenue.',
    params: [
      {
        name: 'admin_expenses',
        kind: 'number',
        min: 0,
        description: 'Administrative expenses: rent, internal IT, office costs …',
      },
      revenue,
    ],
    unit: 'percent',
    benchmark: { better: 'lower', healthy: { value: 0.2 }, unit: 'percent', source: PULSEWAY },
    scorecard: {},
    examples: [{ formula: '=MSP.ADMINRATIO(90000, 500000)', args: [90000, 500000], result: 0.18 }],
    scalar: div(arg('admin_expenses'), arg('revenue')),
  }),
  defineFunction({
    id: 'WORKINGCAPITAL',
    family: 'finance',
    description: 'Working capital: current assets − current liabilities.',
    params: [
      { name: 'current_assets', kind: 'number', min: 0, description: 'Current assets (a number or a range, summed).' },
      {
        name: 'current_liabilities',
        kind: 'number',
        min: 0,
        description: 'Current liabilities (a number or a range, summed).',
      },
    ],
    unit: 'currency',
    examples: [{ formula: '=MSP.WORKINGCAPITAL(250000, 180000)', args: [250000, 180000], result: 70000 }],
    scalar: sub(arg('current_assets'), arg('current_liabilities')),
  }),
];
