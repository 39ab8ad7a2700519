import { describe, expect, it } from 'vitest';
import {
  answerSentence,
  NOT_CHOSEN,
  NOT_WRITTEN,
  questionSpeech,
} from '../../../src/lib/plan/listen';

describe('"Listen to this part": what the person has written', () => {
  it('reads the question, then the words as written', () => {
    expect(
      questionSpeech({
        question: 'What do you enjoy doing?',
        answer: { kind: 'words', text: 'Swimming on Tuesdays' },
      }),
    ).toBe('What do you enjoy doing? You wrote: Swimming on Tuesdays.');
  });

  it('says an empty box as "Not written yet."', () => {
    expect(questionSpeech({ question: 'Your name', answer: { kind: 'words', text: '  ' } })).toBe(
      `Your name. ${NOT_WRITTEN}`,
    );
    expect(answerSentence({ kind: 'money', text: '' })).toBe(NOT_WRITTEN);
    expect(answerSentence({ kind: 'date', day: '', month: '', year: '' })).toBe(NOT_WRITTEN);
  });

  it('says an answer not chosen as "Not chosen yet."', () => {
    expect(answerSentence({ kind: 'choice', chosen: '' })).toBe(NOT_CHOSEN);
    expect(answerSentence({ kind: 'choices', chosen: [] })).toBe(NOT_CHOSEN);
  });

  it.each([
    ['1500', 'You wrote: 1,500 pounds.'],
    ['£1,234.50', 'You wrote: 1,234 pounds and 50 pence.'],
    ['50p', 'You wrote: 50 pence.'],
    // An amount that cannot be read yet is said as typed.
    ['about 20', 'You wrote: about 20.'],
  ])('says the amount %s in pounds and pence', (typed, said) => {
    expect(answerSentence({ kind: 'money', text: typed })).toBe(said);
  });

  it('says money in the person’s own words in pounds', () => {
    expect(answerSentence({ kind: 'words', text: 'Gym, £25 a month' })).toBe(
      'You wrote: Gym, 25 pounds a month.',
    );
  });

  it.each([
    [{ day: '12', month: '3', year: '2027' }, 'You wrote: 12 March 2027.'],
    [{ day: '', month: '06', year: '2027' }, 'You wrote: June 2027.'],
    // Half typed, or not a real date: each box as typed, so nothing is hidden.
    [{ day: '24', month: '5', year: '' }, 'You wrote: day 24, month 5.'],
    [{ day: '30', month: '2', year: '2027' }, 'You wrote: day 30, month 2, year 2027.'],
  ])('says the date boxes %o', (boxes, said) => {
    expect(answerSentence({ kind: 'date', ...boxes })).toBe(said);
  });

  it('says the chosen answers', () => {
    expect(answerSentence({ kind: 'choice', chosen: 'Every week' })).toBe('You chose: Every week.');
    expect(
      answerSentence({ kind: 'choices', chosen: ['Go swimming', 'See friends', 'Cook'] }),
    ).toBe('You chose: Go swimming, See friends and Cook.');
  });
});
