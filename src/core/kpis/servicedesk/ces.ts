import { fail } from '../../errors';
import { defineFunction } from '../../spec';
import { tallyAnswers } from '../../tickets/survey';

export const CES = defineFunction({
  id: 'CES',
  family: 'servicedesk',
  description: 'Customer effort score: the average of the effort scores.',
  params: [{ name: 'scores', kind: 'range', description: 'Effort scores (numbers, e.g. 1–7).' }],
  unit: 'number',
  notes:
    'Blanks (and 0, which no effort scale uses) are ignored; a first row of text is taken as the header. No scores → #DIV/0!, like AVERAGE.',
  examples: [{ formula: '=MSP.CES(A1:A4)', args: [[[2], [3], [null], [7]]], result: 4 }],
  compute: (grid) => {
    const { scores, sum } = tallyAnswers('scores', grid, false);
    if (scores === 0) throw fail.div0('noScores', { arg: 'scores' });
    return sum / scores;
  },
});
