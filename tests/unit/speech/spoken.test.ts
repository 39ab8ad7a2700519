import { describe, expect, it } from 'vitest';
import {
  asSentence,
  sayAmount,
  sayHoursIn,
  sayMoneyIn,
  spokenText,
} from '../../../src/lib/speech/spoken';

describe('money in words for the voice', () => {
  it.each([
    ['£1,234.50', '1,234 pounds and 50 pence'],
    ['£12,480', '12,480 pounds'],
    ['£176.03', '176 pounds and 3 pence'],
    ['£1', '1 pound'],
    ['£1.01', '1 pound and 1 penny'],
    ['£0.50', '50 pence'],
    ['£0.01', '1 penny'],
    ['£0', '0 pounds'],
    ['-£20', 'minus 20 pounds'],
    ['£1,000,000.10', '1,000,000 pounds and 10 pence'],
  ])('says %s as "%s"', (shown, said) => {
    expect(sayMoneyIn(shown)).toBe(said);
  });

  it('keeps the words around an amount', () => {
    expect(sayMoneyIn('Your budget is £12,480 a year.')).toBe(
      'Your budget is 12,480 pounds a year.',
    );
    expect(sayMoneyIn('Cost of 1 hour (£)')).toBe('Cost of 1 hour (pounds)');
  });

  it('leaves figures that are not money alone', () => {
    expect(sayMoneyIn('52 weeks, 7.5 hours, like 20.50')).toBe('52 weeks, 7.5 hours, like 20.50');
  });

  it('says pence with no leading zero, and 1 pound and 1 penny in the singular', () => {
    expect(sayAmount('1', '05')).toBe('1 pound and 5 pence');
    expect(sayAmount('0', '01')).toBe('1 penny');
    expect(sayAmount('2', '00', true)).toBe('minus 2 pounds');
  });
});

describe('hours in words for the voice', () => {
  it.each([
    ['7.5 hours', '7 and a half hours'],
    ['7.50 hours', '7 and a half hours'],
    ['5.25 hours a week', '5 and a quarter hours a week'],
    ['1.75 hours', '1 and three quarter hours'],
    ['0.5 hours', 'half an hour'],
    ['0.25 hours', 'a quarter of an hour'],
    ['0.75 hours', 'three quarters of an hour'],
    // Other parts of an hour are left as figures: a voice says "2 point 8".
    ['2.8 hours', '2.8 hours'],
    ['12 hours', '12 hours'],
    // Not hours: an example of what to type stays as typed.
    ['like 7.5', 'like 7.5'],
  ])('says %s as "%s"', (shown, said) => {
    expect(sayHoursIn(shown)).toBe(said);
  });
});

describe('a shown sentence in words for the voice', () => {
  it('says a step of the working with the signs in words', () => {
    expect(spokenText('Support at home: 12 hours a week × £20 an hour = £240 a week.')).toBe(
      'Support at home: 12 hours a week times 20 pounds an hour makes 240 pounds a week.',
    );
    expect(spokenText('Budget a month: £12,480 a year ÷ 12 = £1,040.')).toBe(
      'Budget a month: 12,480 pounds a year divided by 12 makes 1,040 pounds.',
    );
    expect(spokenText('Planned spending a year: £1,500 + £8,000 = £9,500 a year.')).toBe(
      'Planned spending a year: 1,500 pounds plus 8,000 pounds makes 9,500 pounds a year.',
    );
    expect(spokenText('Left: £12,480 budget − £9,500 planned = £2,980 a year.')).toBe(
      'Left: 12,480 pounds budget take away 9,500 pounds planned makes 2,980 pounds a year.',
    );
  });

  it('says words in brackets as a short pause, without a comma before the full stop', () => {
    expect(
      spokenText(
        'Reminders: 5.25 hours a week × £22.29 an hour = £117.02 a week (rounded to the nearest penny).',
      ),
    ).toBe(
      'Reminders: 5 and a quarter hours a week times 22 pounds and 29 pence an hour makes 117 pounds and 2 pence a week, rounded to the nearest penny.',
    );
    expect(spokenText('£2,980 ÷ £20 an hour = 149 a year (about 149); ÷ 52 weeks')).toBe(
      '2,980 pounds divided by 20 pounds an hour makes 149 a year, about 149; divided by 52 weeks.',
    );
  });

  it('ends every sentence with a mark, so the voice pauses', () => {
    expect(spokenText('How we worked this out')).toBe('How we worked this out.');
    expect(asSentence('  Is this right?  ')).toBe('Is this right?');
    expect(asSentence('')).toBe('');
  });
});
