import { describe, expect, it } from 'vitest';
import { formatMoney, moneyFromString, type MoneyString } from '../../../src/lib/money';
import {
  MOST_WORDS_QUOTED,
  findDifferences,
  findDifferencesSoFar,
  plannedItemForPeriod,
} from '../../../src/lib/money-check/differences';
import { unspentMoney } from '../../../src/lib/money-check/unspent';
import type { HoursString } from '../../../src/lib/budget/hours';
import type { StatementLine } from '../../../src/lib/money-check/statement';
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
      start: '2027-02-01',
      lines: [
        supportLine('care', '48', '1152.00'),
        supportLine('out', '12', '240.00'),
        line('fee', '130.00'),
        line('item', '30.00', 'Swim pass'),
      ],
    };
    const differences = findDifferences(PLANNED, month);
    expect(differences.map((one) => one.sentences)).toEqual([
      [
        'You charged £30 for swimming from 1 February 2027 to 28 February 2027.',
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

describe('findDifferences, asking only real questions', () => {
  it('asks how many hours support was when the statement gives none, not why 0 hours cost £288', () => {
    const withoutHours: StatementLine = {
      for: { kind: 'support', id: 'care' },
      words: 'Personal care',
      amount: '288.00' as MoneyString,
      credit: false,
    };
    const differences = findDifferences(PLANNED, {
      ...WEEK_AS_PLANNED,
      lines: [withoutHours, supportLine('out', '3', '60.00'), line('fee', '30.00')],
    });
    expect(differences.map((one) => one.sentences)).toEqual([
      [
        'You charged £288 for personal care from 1 March 2027 to 7 March 2027.',
        'The statement does not say how many hours that was.',
        'How many hours was it?',
      ],
    ]);
  });

  it('asks about support missing from a statement as hours to bank', () => {
    const differences = findDifferences(PLANNED, {
      ...WEEK_AS_PLANNED,
      lines: [supportLine('care', '12', '288.00'), line('fee', '30.00')],
    });
    expect(differences.map((one) => one.sentences)).toEqual([
      [
        'The statement has no hours of going out from 1 March 2027 to 7 March 2027.',
        'My plan says 3 hours.',
        'Are the 3 hours banked for me to use later?',
      ],
    ]);
  });

  it('does not ask about 1p from rounding each line to the penny', () => {
    const planned = {
      ...PLANNED,
      support: [
        {
          ...PLANNED.support[0]!,
          costOfAnHour: '23.47' as MoneyString,
          hoursAWeek: '1' as HoursString,
        },
      ],
      items: [],
      providerFeeAWeek: '0.00' as MoneyString,
    };
    // 3 lines of 20 minutes: £7.82 each by line (£23.46); £23.47 for the hour as a whole.
    const lines = [1, 2, 3].map(() => supportLine('care', '0:20', '7.82'));
    expect(findDifferences(planned, { ...WEEK_AS_PLANNED, lines })).toEqual([]);
    const off = [...lines.slice(0, 2), supportLine('care', '0:20', '7.90')];
    expect(
      findDifferences(planned, { ...WEEK_AS_PLANNED, lines: off }).map((one) => one.kind),
    ).toEqual(['cost-of-support']);
  });

  it('counts the hours of a month from its days: 12 hours a week is 48 hours in February', () => {
    const february = {
      ...WEEK_AS_PLANNED,
      period: 'month' as const,
      start: '2027-02-01',
      lines: [
        supportLine('care', '48', '1152.00'),
        supportLine('out', '12', '240.00'),
        line('fee', '130.00'),
      ],
    };
    expect(findDifferences(PLANNED, february)).toEqual([]);
  });
});

describe('plannedItemForPeriod', () => {
  it('is the amount when the thing is paid once a period, and a share of its cost a year otherwise', () => {
    const item = PLANNED.items[0]!;
    expect(formatMoney(plannedItemForPeriod(item, 'month', '52'))).toBe('£20');
    // £10 a week: £520 a year × (52 ÷ 12) weeks ÷ 52 = £43.33 a month.
    const weekly = { ...item, amount: '10.00' as MoneyString, frequency: 'week' as const };
    expect(formatMoney(plannedItemForPeriod(weekly, 'month', '52'))).toBe('£43.33');
    expect(formatMoney(plannedItemForPeriod(weekly, 'four-weeks', '52'))).toBe('£40');
  });
});

describe('things paid less often than the statements come', () => {
  const weeks = ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22'].map((start, index) => ({
    ...WEEK_AS_PLANNED,
    id: `week-${index + 1}`,
    start,
  }));

  it('does not ask about a £20 monthly thing on a weekly statement', () => {
    const withSwim = { ...weeks[0]!, lines: [...WEEK_AS_PLANNED.lines, line('item', '20.00')] };
    expect(findDifferences(PLANNED, withSwim)).toEqual([]);
    expect(findDifferencesSoFar(PLANNED, [withSwim, ...weeks.slice(1)])).toEqual([]);
  });

  it('does not ask about 5 weekly payments in a long month, but does over the year', () => {
    const planned = {
      ...PLANNED,
      items: [
        { id: 'swim', name: 'a club', amount: '10.00' as MoneyString, frequency: 'week' as const },
      ],
    };
    const march = {
      ...WEEK_AS_PLANNED,
      period: 'month' as const,
      lines: [line('item', '50.00')],
    };
    expect(findDifferences(planned, march).filter((one) => one.kind === 'item')).toEqual([]);
    expect(findDifferencesSoFar(planned, [march])).toEqual([]);
    const fourWeeks = { ...march, period: 'four-weeks' as const };
    expect(findDifferences(planned, fourWeeks).filter((one) => one.kind === 'item')).toHaveLength(
      1,
    );
  });

  it('asks when all the statements so far charge more than its cost a year', () => {
    const dear = { ...weeks[0]!, lines: [...WEEK_AS_PLANNED.lines, line('item', '250.00')] };
    expect(findDifferencesSoFar(PLANNED, [dear])).toEqual([
      {
        statementId: null,
        kind: 'item',
        sentences: [
          'You charged £250 for swimming so far.',
          'My plan says £240 a year.',
          'Why is it more?',
        ],
      },
    ]);
  });

  it('asks when a thing bought once is charged more than once', () => {
    const planned = {
      ...PLANNED,
      items: [
        {
          id: 'swim',
          name: 'a tablet',
          amount: '300.00' as MoneyString,
          frequency: 'once' as const,
        },
      ],
    };
    const month = (start: string) => ({
      ...WEEK_AS_PLANNED,
      period: 'month' as const,
      start,
      lines: [line('item', '300.00')],
    });
    expect(findDifferencesSoFar(planned, [month('2027-03-01')])).toEqual([]);
    expect(
      findDifferencesSoFar(planned, [month('2027-03-01'), month('2027-04-01')])[0]?.sentences,
    ).toEqual([
      'You charged £600 for a tablet so far.',
      'My plan says £300, once.',
      'Why is it more?',
    ]);
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
