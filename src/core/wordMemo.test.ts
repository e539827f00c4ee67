import { WordMemo } from './wordMemo';

describe('WordMemo', () => {
  it('gives back what each key was set to, whatever the order keys come back in', () => {
    const memo = new WordMemo<string | number, number>();
    const words = ['Yes', 'No', 'n/a', 'Oui', 'Nee', 0, 1];
    words.forEach((w, i) => memo.set(w, i * 10));
    // Keys met in turn, two at a time and out of order: the recent ones and the older ones alike.
    const asked = ['Yes', 'Yes', 'No', 'Yes', 'No', 'Nee', 1, 'n/a', 0, 'Oui', 'Oui', 'Yes'];
    expect(asked.map((w) => memo.get(w))).toEqual(asked.map((w) => words.indexOf(w) * 10));
  });

  it('matches text by content, not by the string object (each cell is a string of its own)', () => {
    const memo = new WordMemo<string, string>();
    memo.set(['Clo', 'sed'].join(''), 'closed');
    memo.set('Open', 'open');
    const fresh = JSON.parse('["Closed","Open","Closed"]') as string[];
    expect(fresh.map((w) => memo.get(w))).toEqual(['closed', 'open', 'closed']);
  });

  it('knows nothing it was not told, and keeps no key for a value never set', () => {
    const memo = new WordMemo<string | number, number>();
    expect(memo.get('Yes')).toBeUndefined();
    memo.set('Yes', 1);
    expect(memo.get('yes')).toBeUndefined();
    expect(memo.get(1)).toBeUndefined();
    expect(memo.get('Yes')).toBe(1);
  });
});
