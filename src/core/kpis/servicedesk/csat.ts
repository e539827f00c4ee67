import { fail } from '../../errors';
import { defineFunction } from '../../spec';
import { tallyAnswers } from '../../tickets/survey';
import { LOGMEIN } from '../../benchmarks/sources';

export const CSAT = defineFunction({
  id: 'CSAT',
  family: 'servicedesk',
  description: 'Customer satisfaction: share of positive survey answers.',
  params: [
    {
      name: 'responses',
      kind: 'range',
      description: 'Survey answers: scores (1–5) or words such as positive/neutral/negative, good/bad, 👍/👎.',
    },
    {
      name: 'positive_min',
      kind: 'number',
      optional: true,
      defaultValue: 4,
      description: 'Lowest score counted as positive (default 4, on a 1–5 scale).',
    },
  ],
  unit: 'percent',
  benchmark: {
    better: 'higher',
    share: true,
    healthy: { value: 0.75 },
    best: { value: 0.9 },
    unit: 'percent',
    source: LOGMEIN,
  },
  scorecard: { share: ['csatPositive', 'csatResponses'], inputs: [85, 100] },
  notes:
    'Blanks are ignored, 0 included (survey scales start at 1); Zendesk\'s "Offered"/"Unoffered" (no answer) too. TRUE/FALSE are yes/no answers. ' +
    'A first row of text that holds no answer is taken as the column header. No answers → #DIV/0!.',
  examples: [
    { formula: '=MSP.CSAT(A1:A5)', args: [[[5], [4], [2], ['good'], ['😞']]], result: 0.6 },
    { formula: '=MSP.CSAT(A1:A3, 3)', args: [[[5], [3], [2]], 3], result: 2 / 3 },
  ],
  compute: (grid, positiveMin) => {
    const { scores, atLeast, words } = tallyAnswers('responses', grid, true, positiveMin);
    const positive = atLeast + words.positive;
    const answers = scores + words.positive + words.neutral + words.negative;
    if (answers === 0) throw fail.div0('noSurveyAnswer', { arg: 'responses' });
    return positive / answers;
  },
});
