import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HoursString } from '../../../src/lib/budget/hours';
import {
  ZERO_MONEY,
  addMoney,
  addQuantity,
  formatMoney,
  quantityToString,
  toMoneyString,
  type MoneyString,
} from '../../../src/lib/money';
import { checkAll, checkStatement, periodBudget } from '../../../src/lib/money-check/check';
import {
  STATEMENT_PERIODS,
  lastDayOfPeriod,
  weeksOfSupport,
} from '../../../src/lib/money-check/periods';
import type { Statement, StatementLine } from '../../../src/lib/money-check/statement';
import { PLANNED, WEEK_AS_PLANNED, line, supportLine } from './fixtures';

describe('checkStatement', () => {
  it('leaves nothing and banks no hours for a week delivered as planned', () => {
    const check = checkStatement(PLANNED, WEEK_AS_PLANNED);
    expect(toMoneyString(check.budget)).toBe('378.00');
    expect(toMoneyString(check.spentOnSupport)).toBe('348.00');
    expect(toMoneyString(check.fees)).toBe('30.00');
    expect(toMoneyString(check.left)).toBe('0.00');
    expect(check.hours.map((hours) => quantityToString(hours.banked))).toEqual(['0', '0']);
  });

  it('banks the hours not delivered, and leaves their money', () => {
    const check = checkStatement(PLANNED, {
      ...WEEK_AS_PLANNED,
      lines: [supportLine('care', '10', '240.00'), line('fee', '30.00')],
    });
    expect(check.hours.map((hours) => quantityToString(hours.banked))).toEqual(['120', '180']);
    expect(toMoneyString(check.left)).toBe('108.00');
  });

  it('counts hours used from the bank as banked hours below 0', () => {
    const check = checkStatement(PLANNED, {
      ...WEEK_AS_PLANNED,
      lines: [supportLine('care', '14', '336.00'), supportLine('out', '3', '60.00')],
    });
    expect(quantityToString(check.hours[0]?.banked as never)).toBe('-120');
    expect(formatMoney(check.left)).toBe('-£18');
  });

  it('takes a credit off what was spent, and its hours off what was delivered', () => {
    const credit: StatementLine = { ...supportLine('care', '1', '24.00'), credit: true };
    const check = checkStatement(PLANNED, {
      ...WEEK_AS_PLANNED,
      lines: [...WEEK_AS_PLANNED.lines, credit],
    });
    expect(toMoneyString(check.spentOnSupport)).toBe('324.00');
    expect(quantityToString(check.hours[0]?.delivered as never)).toBe('660');
    expect(toMoneyString(check.left)).toBe('24.00');
  });

  it('counts money for a month as a year ÷ 12 (£378 × 52 ÷ 12 = £1,638), and hours from its days (12 hours × 31 ÷ 7)', () => {
    const month: Statement = { ...WEEK_AS_PLANNED, period: 'month', lines: [] };
    const check = checkStatement(PLANNED, month);
    expect(toMoneyString(check.budget)).toBe('1638.00');
    // 12 hours × 31 days ÷ 7 = 53 hours 8.57 minutes, to the nearest minute: 3,189 minutes.
    expect(quantityToString(check.hours[0]?.planned as never)).toBe('3189');
    expect(quantityToString(check.hours[1]?.planned as never)).toBe('797');
  });

  it('rounds planned hours to the nearest minute: 7 hours 20 minutes a week is 1,948.57 minutes in March', () => {
    const planned = {
      ...PLANNED,
      support: [{ ...PLANNED.support[0]!, hoursAWeek: '7:20' as HoursString }],
    };
    const check = checkStatement(planned, { ...WEEK_AS_PLANNED, period: 'month', lines: [] });
    expect(quantityToString(check.hours[0]?.planned as never)).toBe('1949');
  });

  it('counts 4 weeks as 4 weeks', () => {
    expect(toMoneyString(periodBudget(PLANNED, { ...WEEK_AS_PLANNED, period: 'four-weeks' }))).toBe(
      '1512.00',
    );
  });
});

const pennies = fc
  .integer({ min: 0, max: 5_000_000 })
  .map(
    (pence) => `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}` as MoneyString,
  );
const hundredths = fc
  .integer({ min: 0, max: 20_000 })
  .map((value) => String(value / 100) as HoursString);
const statementLine: fc.Arbitrary<StatementLine> = fc.oneof(
  fc.record({
    for: fc.constantFrom(
      { kind: 'support', id: 'care' } as const,
      { kind: 'support', id: 'out' } as const,
    ),
    words: fc.string(),
    hours: hundredths,
    amount: pennies,
    credit: fc.boolean(),
  }),
  fc.record({
    for: fc.constantFrom(
      { kind: 'item', id: 'swim' } as const,
      { kind: 'fee' } as const,
      { kind: 'other' } as const,
    ),
    words: fc.string(),
    amount: pennies,
    credit: fc.boolean(),
  }),
);
const statement: fc.Arbitrary<Statement> = fc.record({
  id: fc.uuid(),
  period: fc.constantFrom(...STATEMENT_PERIODS),
  start: fc.constant('2027-03-01'),
  lines: fc.array(statementLine, { maxLength: 30 }),
});
const budgetAWeek = pennies;
const weeksPerYear = fc.constantFrom('52', '52.14', '52.18');

describe('the money check always adds up', () => {
  it('left + spent + fees = budget, to the penny, for any statements', () => {
    fc.assert(
      fc.property(
        fc.array(statement, { maxLength: 6 }),
        budgetAWeek,
        weeksPerYear,
        (statements, budget, weeks) => {
          const planned = { ...PLANNED, budgetAWeek: budget, weeksPerYear: weeks };
          for (const check of [
            ...statements.map((one) => checkStatement(planned, one)),
            checkAll(planned, statements),
          ]) {
            const total = addMoney(addMoney(check.left, check.spent), check.fees);
            expect(toMoneyString(total)).toBe(toMoneyString(check.budget));
          }
        },
      ),
    );
  });

  it('hours delivered + hours banked = hours planned, to the minute, for any statements', () => {
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 6 }), weeksPerYear, (statements, weeks) => {
        const planned = { ...PLANNED, weeksPerYear: weeks };
        const year = checkAll(planned, statements);
        for (const hours of year.hours) {
          expect(quantityToString(addQuantity(hours.delivered, hours.banked))).toBe(
            quantityToString(hours.planned),
          );
        }
      }),
    );
  });

  it('the year so far is the sum of its statements', () => {
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 6 }), (statements) => {
        const year = checkAll(PLANNED, statements);
        const left = statements
          .map((one) => checkStatement(PLANNED, one).left)
          .reduce(addMoney, ZERO_MONEY);
        expect(formatMoney(year.left)).toBe(formatMoney(left));
      }),
    );
  });
});

describe('the time a statement covers', () => {
  it.each([
    ['2027-03-01', 'week', '2027-03-07'],
    ['2027-03-01', 'four-weeks', '2027-03-28'],
    ['2027-03-01', 'month', '2027-03-31'],
    ['2027-01-15', 'month', '2027-02-14'],
    ['2027-01-31', 'month', '2027-02-28'],
    ['2028-01-30', 'month', '2028-02-29'],
    ['2027-12-01', 'month', '2027-12-31'],
  ] as const)('from %s, %s, ends on %s', (start, period, last) => {
    expect(lastDayOfPeriod(start, period)).toBe(last);
  });

  it('counts the weeks of support in a month from its days', () => {
    expect(quantityToString(weeksOfSupport('2027-02-01', 'month'))).toBe('4');
    expect(quantityToString(weeksOfSupport('2027-03-01', 'week'))).toBe('1');
  });
});
