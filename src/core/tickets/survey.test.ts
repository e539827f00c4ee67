import { answerOf, tallyAnswers } from './survey';

describe('survey answers', () => {
  it('reads the "no value" markers as no answer, like a blank', () => {
    for (const marker of ['?', 'N/A', 'n/a', '-', 'null', '(blank)', '#N/A']) expect(answerOf(marker, true)).toBeNull();
    // Zendesk: Good, Bad, N/A, Offered → one positive of two answers
    const t = tallyAnswers('responses', [['Satisfaction Score'], ['Good'], ['Bad'], ['N/A'], ['Offered']], true);
    expect(t.words).toEqual({ positive: 1, neutral: 0, negative: 1 });
    // a score column with a marker: 4 and 5 are the scores
    expect(tallyAnswers('responses', [[4], ['?'], [5]], false)).toMatchObject({ scores: 2, sum: 9 });
  });
});
