/*
 * A plan and statements to check, built like a person's: 12 hours a week of personal care at
 * £24 an hour, 3 hours a week of going out at £20, swimming at £20 a month, a provider's fee of
 * £30 a week, and a budget of £378 a week (288 + 60 + 30).
 */
import type { HoursString } from '../../../src/lib/budget/hours';
import type { MoneyString } from '../../../src/lib/money';
import type { PlannedBudget } from '../../../src/lib/money-check/planned';
import type { Statement, StatementLine } from '../../../src/lib/money-check/statement';

export const PLANNED: PlannedBudget = {
  budgetAWeek: '378.00' as MoneyString,
  weeksPerYear: '52',
  support: [
    {
      id: 'care',
      name: 'personal care',
      hoursAWeek: '12' as HoursString,
      costOfAnHour: '24.00' as MoneyString,
    },
    {
      id: 'out',
      name: 'going out',
      hoursAWeek: '3' as HoursString,
      costOfAnHour: '20.00' as MoneyString,
    },
  ],
  items: [{ id: 'swim', name: 'swimming', amount: '20.00' as MoneyString, frequency: 'month' }],
  providerFeeAWeek: '30.00' as MoneyString,
  councilLimitWeeks: '8',
};

export function supportLine(id: string, hours: string, amount: string): StatementLine {
  return {
    for: { kind: 'support', id },
    words: id,
    hours: hours as HoursString,
    amount: amount as MoneyString,
    credit: false,
  };
}

export function line(
  kind: 'item' | 'fee' | 'other',
  amount: string,
  words: string = kind,
  credit = false,
  id = 'swim',
): StatementLine {
  const lineFor = kind === 'item' ? { kind, id } : { kind };
  return { for: lineFor, words, amount: amount as MoneyString, credit };
}

/** A week as planned: every hour delivered at the plan's cost, and the fee. */
export const WEEK_AS_PLANNED: Statement = {
  id: 'week-1',
  period: 'week',
  start: '2027-03-01',
  lines: [
    supportLine('care', '12', '288.00'),
    supportLine('out', '3', '60.00'),
    line('fee', '30.00'),
  ],
};
