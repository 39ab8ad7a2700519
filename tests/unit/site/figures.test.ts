import { describe, expect, it } from 'vitest';
import { keepFiguresTogether, sentencePieces } from '../../../src/lib/site/figures';

const figures = (sentence: string): string[] =>
  sentencePieces(sentence)
    .filter((piece) => piece.figure)
    .map((piece) => piece.text);

describe('keeping a figure and its unit together', () => {
  it('takes the unit with each amount', () => {
    expect(figures('Planner device: £1,400 a year')).toEqual(['£1,400 a year']);
    expect(figures('10 hours a week × £20 an hour = £200 a week.')).toEqual([
      '10 hours a week',
      '£20 an hour',
      '£200 a week',
    ]);
    expect(figures('Day trips: £40 every 4 weeks × 13 = £520 a year')).toEqual([
      '£40 every 4 weeks',
      '13',
      '£520 a year',
    ]);
    expect(figures('the rest pays for about 18.9 hours a week.')).toEqual(['18.9 hours a week']);
  });

  it('gives back the whole sentence, in order', () => {
    const sentence =
      'Budget a month: £33,021.56 a year ÷ 12 = £2,751.80 (rounded to the nearest penny).';
    expect(
      sentencePieces(sentence)
        .map((piece) => piece.text)
        .join(''),
    ).toBe(sentence);
  });

  it('leaves a sentence with no figure as one piece of words', () => {
    expect(sentencePieces('Your council decides your budget.')).toEqual([
      { text: 'Your council decides your budget.', figure: false },
    ]);
  });

  it('joins a figure to its unit with no-break spaces, for Word', () => {
    expect(keepFiguresTogether('That is £240 a week, for 12 hours a week.')).toBe(
      'That is £240\u00a0a\u00a0week, for 12\u00a0hours\u00a0a\u00a0week.',
    );
    expect(keepFiguresTogether('Your council decides.')).toBe('Your council decides.');
  });
});
