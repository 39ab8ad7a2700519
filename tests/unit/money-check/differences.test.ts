import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  moneyFromString,
  quantityFromInteger,
  quantityFromString,
  type MoneyString,
} from '../../../src/lib/money';
import {
  MOST_WORDS_QUOTED,
  findDifferences,
  plannedItemForPeriod,
} from '../../../src/lib/money-check/differences';
import { unspentMoney } from '../../../src/lib/money-check/unspent';
import { PLANNED, WEEK_AS_PLANNED, line, supportLine } from './fixtures';

describe('findDifferences', () => {
  it('finds none in a week delivered as planned', () => {
    expect(findDifferences(PLANNED, WEEK_AS_PLANNED)).toEqual([]);
  });

  it('asks about more hours than the plan, and whether they came from the bank', () => {
    const [difference] = findDifferences(PLANNED, {
      ...WEEK_AS_PLANNED,
      lines: [
        supportLine('care', '14', '336.00'),
        supportLine('out', '3', '60.00'),
        line('fee', '30.00'),
      ],
    });
    expect(difference?.kind).toBe('hours');
    expect(difference?.sentences).toEqual([
      'You charged 14 hours of personal care from 1 March 2027 to 7 March 2027.',
      'My plan says 12 hours.',
      'Were the extra 2 hours taken from my banked hours?',
    ]);
  });

  it('asks whether fewer hours than the plan are banked', () => {
    const differences = findDifferences(PLANNED, {
      ...WEEK_AS_PLANNED,
      lines: [
        supportLine('care', '10:30', '252.00'),
        supportLine('out', '3', '60.00'),
        line('fee', '30.00'),
      ],
    });
    expect(differences.map((one) => one.kind)).toEqual(['hours']);
    expect(differences[0]?.sentences.at(-1)).toBe(
      'Are the other 1 hour 30 minutes banked for me to use later?',
    );
  });

  it('asks why support cost more than its hours × the cost of 1 hour', () => {
    const differences = findDifferences(PLANNED, {
      ...WEEK_AS_PLANNED,
      lines: [
        supportLine('care', '12', '300.00'),
        supportLine('out', '3', '60.00'),
        line('fee', '30.00'),
      ],
    });
    expect(differences).toEqual([
      {
        statementId: 'week-1',
        kind: 'cost-of-support',
        sentences: [
          'You charged £300 for 12 hours of personal care.',
          'My plan says 1 hour costs £24.',
          'So 12 hours should cost £288.',
          'Why is it different?',
        ],
      },
    ]);
  });

  it('asks about a thing that cost more than planned, but not one that cost less', () => {
    const month = {
      ...WEEK_AS_PLANNED,
      period: 'month' as const,
      lines: [
        supportLine('care', '52', '1248.00'),
        supportLine('out', '13', '260.00'),
        line('fee', '130.00'),
        line('item', '30.00', 'Swim pass'),
      ],
    };
    const differences = findDifferences(PLANNED, month);
    expect(differences.map((one) => one.sentences)).toEqual([
      [
        'You charged £30 for swimming from 1 March 2027 to 31 March 2027.',
        'My plan says £20 for a month.',
        'Why is it more?',
      ],
    ]);
    const less = { ...month, lines: [...month.lines.slice(0, 3), line('item', '15.00')] };
    expect(findDifferences(PLANNED, less)).toEqual([]);
  });

  it('asks about a fee that is not the planned fee for the period', () => {
    const differences = findDifferences(PLANNED, {
      ...WEEK_AS_PLANNED,
      period: 'four-weeks',
      lines: [
        supportLine('care', '48', '1152.00'),
        supportLine('out', '12', '240.00'),
        line('fee', '150.00'),
      ],
    });
    expect(differences.map((one) => one.sentences)).toEqual([
      [
        'Your fee from 1 March 2027 to 28 March 2027 was £150.',
        'My plan says £120 for 4 weeks.',
        'Why is it different?',
      ],
    ]);
  });

  it('asks what a charge not in the plan is for, quoting its words as text', () => {
    const hostile = '=HYPERLINK("http://example.com","Click") <script>alert(1)</script>';
    const differences = findDifferences(PLANNED, {
      ...WEEK_AS_PLANNED,
      lines: [
        ...WEEK_AS_PLANNED.lines,
        line('other', '25.00', 'Admin  charge'),
        line('other', '9.99', hostile),
      ],
    });
    expect(differences.map((one) => one.sentences[0])).toEqual([
      'What is "Admin charge", for £25?',
      `What is "${hostile.slice(0, MOST_WORDS_QUOTED - 1)}…", for £9.99?`,
    ]);
  });

  it('does not ask about money given back', () => {
    expect(
      findDifferences(PLANNED, {
        ...WEEK_AS_PLANNED,
        lines: [...WEEK_AS_PLANNED.lines, line('other', '25.00', 'Refund', true)],
      }),
    ).toEqual([]);
  });
});

describe('plannedItemForPeriod', () => {
  it('turns a thing paid monthly into 4 weeks exactly: £20 × 12 × 4 ÷ 52 = £18.46', () => {
    const item = PLANNED.items[0]!;
    expect(formatMoney(plannedItemForPeriod(item, quantityFromInteger(4), '52'))).toBe('£18.46');
    expect(
      formatMoney(
        plannedItemForPeriod({ ...item, frequency: 'week' }, quantityFromString('4.33'), '52'),
      ),
    ).toBe('£86.60');
  });
});

describe('unspentMoney', () => {
  const notSpent = (value: string) => moneyFromString(value as MoneyString);

  it('sets the limit at weeks × budget a week: 8 × £378 = £3,024', () => {
    const result = unspentMoney(PLANNED, notSpent('100.00'));
    expect(result.limit === undefined ? '' : formatMoney(result.limit)).toBe('£3,024');
    expect(result.level).toBe('under');
  });

  it('warns when money not spent is three quarters of the limit or more, and when over it', () => {
    expect(unspentMoney(PLANNED, notSpent('2267.99')).level).toBe('under');
    expect(unspentMoney(PLANNED, notSpent('2268.00')).level).toBe('close');
    expect(unspentMoney(PLANNED, notSpent('3024.00')).level).toBe('close');
    expect(unspentMoney(PLANNED, notSpent('3024.01')).level).toBe('over');
  });

  it('has no limit when the person has not set one, or set one that is not a number of weeks', () => {
    for (const weeks of ['', 'eight', '0', '61', '8.5', '-8']) {
      expect(
        unspentMoney({ ...PLANNED, councilLimitWeeks: weeks }, notSpent('5000.00')).level,
      ).toBe('no-limit');
    }
  });
});
