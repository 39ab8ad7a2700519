/*
 * Tables about a budget that both documents show (the plan and the calculator's summary),
 * kept small so the planner's first load does not carry the summary document.
 */
import type { BudgetResult } from '../budget/calculate';
import { periodRows } from '../calculator/summary';
import type { DocumentBlock } from './model';

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
