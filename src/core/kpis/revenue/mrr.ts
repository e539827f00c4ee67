import { sumArg } from '../../args';
import { type Cell, type Grid, errorOf, isBlankText, metEveryCell, parseNumberText, rowError } from '../../cells';
import { type Located, fail } from '../../errors';
import { BILLING_MONTHS, BILLING_WORDS, matchOption } from '../../options';
import { defineFunction } from '../../spec';

/** Where a billing_months cell is, for messages: the argument alone for a single value (row -1). */
const billingAt = (r: number, c: number): Located =>
  r < 0 ? { arg: 'billing_months' } : { arg: 'billing_months', row: r, col: c };

/**
 * Months a billing_months cell stands for: a number > 0, a number as text or a billing word;
 * blank (null, "" or 0) is the default, monthly. Undefined = one-time, not recurring. `texts`
 * remembers each text already read (0 for one-time): the same few words repeat down a column.
 */
function billingMonths(cell: Cell, r: number, c: number, texts: Map<string, number>): number | undefined {
  if (typeof cell === 'string') {
    const seen = texts.get(cell);
    if (seen !== undefined) return seen === 0 ? undefined : seen;
  }
  if (cell === null || cell === 0 || (typeof cell === 'string' && isBlankText(cell))) return remember(texts, cell, 1);
  let months: number | undefined;
  if (typeof cell === 'number') months = cell;
  else if (typeof cell === 'string') {
    months = parseNumberText(cell);
    if (months === undefined) {
      const term = matchOption(cell, BILLING_WORDS);
      if (term === undefined) {
        const accepted = Object.keys(BILLING_WORDS)
          .map((w) => `"${w}"`)
          .join(', ');
        throw fail.value('billingNotWord', { cell: billingAt(r, c), value: cell, accepted });
      }
      return remember(texts, cell, BILLING_MONTHS[term]);
    }
  } else throw fail.value('billingNotNumber', { cell: billingAt(r, c), value: String(cell).toUpperCase() });
  if (!(months > 0)) throw fail.num('billingNotPositive', { cell: billingAt(r, c), value: months });
  return remember(texts, cell, months);
}

/** Keeps the months of a text cell for the next time it is met; returns them. */
function remember(texts: Map<string, number>, cell: Cell, months: number | undefined): number | undefined {
  if (typeof cell === 'string') texts.set(cell, months ?? 0);
  return months;
}

function mrr(amounts: Grid, billing: Grid): number {
  const texts = new Map<string, number>();
  if (billing.length === 1 && billing[0]!.length === 1) {
    const months = billingMonths(billing[0]![0]!, -1, -1, texts);
    const total = sumArg('amounts', amounts);
    return months === undefined ? 0 : total / months;
  }
  const rows = amounts.length;
  const cols = amounts[0]?.length ?? 0;
  if (billing.length !== rows || billing.some((r) => r.length !== cols)) {
    throw fail.value('billingShape', {
      arg: 'billing_months',
      arg2: 'amounts',
      rows,
      cols,
      gotRows: billing.length,
      gotCols: billing[0]?.length ?? 0,
    });
  }
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const amountRow = amounts[r]!;
    const billingRow = billing[r]!;
    // Every cell of both ranges is met here.
    const extra = amountRow.length > cols ? rowError(amountRow, cols) : undefined;
    if (extra) throw extra;
    for (let c = 0; c < cols; c++) {
      const amount = amountRow[c];
      const term = billingRow[c]!;
      if (typeof term === 'object' && term !== null) throw errorOf(term);
      // SUM semantics: only numbers in the amounts range count.
      if (typeof amount !== 'number') {
        if (typeof amount === 'object' && amount !== null) throw errorOf(amount);
        continue;
      }
      const months = typeof term === 'number' && term > 0 ? term : billingMonths(term, r, c, texts);
      if (months !== undefined) total += amount / months;
    }
  }
  metEveryCell(amounts);
  metEveryCell(billing);
  return total;
}

export const MRR = defineFunction({
  id: 'MRR',
  family: 'revenue',
  description: 'Monthly recurring revenue: each amount divided by the months it pays for; one-time charges left out.',
  params: [
    {
      name: 'amounts',
      kind: 'range',
      description: 'Amounts billed: a number or a range (text and blanks inside it are ignored, like SUM).',
    },
    {
      name: 'billing_months',
      kind: 'range',
      optional: true,
      description:
        'Months each amount covers: a number, a word (monthly, quarterly, annual, one-time …) or a range the same shape as amounts; default 1.',
    },
  ],
  unit: 'currency',
  notes:
    'Billing words: monthly 1, quarterly 3, semiannual 6, annual/yearly 12, biennial 24, triennial 36, one-time (excluded), each also in French, Dutch, Italian and German (mensuel, kwartaal, annuale, jährlich, una tantum …). A blank billing cell (null, "" or 0) counts as monthly. Negative amounts (credit notes) reduce MRR as SUM would. A billing period of 0 or less is #NUM!; an unknown word is #VALUE! naming the cell.',
  examples: [
    { formula: '=MSP.MRR(3600, 12)', args: [3600, 12], result: 300 },
    // 300 ÷ 1 + 900 ÷ 3 + 1200 ÷ 12 = 300 + 300 + 100
    {
      formula: '=MSP.MRR(A2:A4, B2:B4)',
      args: [
        [[300], [900], [1200]],
        [['monthly'], ['trimestriel'], ['annual']],
      ],
      result: 700,
    },
    {
      formula: '=MSP.MRR(A2:A3, B2:B3)',
      args: [
        [[1200], [250]],
        [['jährlich'], ['one-time']],
      ],
      result: 100,
    },
    { formula: '=MSP.MRR(1200, "fortnightly")', args: [1200, 'fortnightly'], result: '#VALUE!' },
  ],
  compute: (amounts, billing) => mrr(amounts, billing),
});
