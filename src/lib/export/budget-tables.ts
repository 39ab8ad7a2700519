/*
 * Tables about a budget that both documents show (the plan and the calculator's summary),
 * kept small so the planner's first load does not carry the summary document.
 */
import type { BudgetResult } from '../budget/calculate';
import { periodRows } from '../calculator/summary';
import { formatMoney } from '../money';
import type { DocumentBlock, TableTotal } from './model';

const isZero = (amount: string): boolean => /^0(\.0+)?$/.test(amount);

/** "My provider keeps a year", a total row under planned spending when there is a provider fee. */
export function providerTotals(result: BudgetResult): TableTotal[] {
  if (isZero(result.managementFee.perYear)) return [];
  return [{ label: 'My provider keeps a year', amount: formatMoney(result.managementFee.perYear) }];
}

/** "Left a year" or "Over what I can plan with a year": the last total under planned spending. */
export function leftTotal(result: BudgetResult): TableTotal {
  if (isZero(result.overspentPerYear)) {
    return { label: 'Left a year', amount: formatMoney(result.leftPerYear) };
  }
  return {
    label: isZero(result.managementFee.perYear)
      ? 'Over my budget a year'
      : 'Over what I can plan with a year',
    amount: formatMoney(result.overspentPerYear),
  };
}

/** The budget a week, every 4 weeks, a month and a year, as a table (used by both documents). */
export function periodTable(result: BudgetResult): DocumentBlock {
  return {
    kind: 'table',
    caption: 'My budget in each period',
    columns: [
      { label: 'Period', align: 'left' },
      { label: 'Amount', align: 'right' },
    ],
    rows: periodRows(result).map((row) => [row.label, row.amount]),
    totals: [],
  };
}
