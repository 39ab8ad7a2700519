import { describe, expect, it } from 'vitest';
import { calculateBudget } from '../../../src/lib/budget/calculate';
import { budgetInputSchema, type BudgetInputDraft } from '../../../src/lib/budget/schema';
import { budgetSummaryDocument } from '../../../src/lib/export/budget-document';
import type { TableBlock } from '../../../src/lib/export/model';

const TODAY = '2026-11-24';

/** 12 hours at £20 and 6 hours at £18.50 a week, as in issue 13. */
const TWO_LINES: BudgetInputDraft['supportLines'] = [
  { id: 'a', name: 'Day support', hoursPerWeek: '12', hourlyRate: '20' },
  { id: 'b', name: 'Evening support', hoursPerWeek: '6', hourlyRate: '18.50' },
];

/** The summary's "What my budget is made of" table, or undefined when it has none. */
function madeOf(draft: BudgetInputDraft): TableBlock | undefined {
  const document = budgetSummaryDocument(calculateBudget(budgetInputSchema.parse(draft)), TODAY);
  return document.sections
    .flatMap((section) => section.blocks)
    .find(
      (block): block is TableBlock =>
        block.kind === 'table' && block.caption === 'What my budget is made of',
    );
}

describe('the "made of" table of the calculator summary', () => {
  it('puts the Budget row’s week and year in their own columns, like every other part', () => {
    const table = madeOf({
      supportLines: TWO_LINES,
      managementFee: { kind: 'percent', percent: '10' },
    });
    expect(table?.columns.map((column) => column.label)).toEqual(['Part', 'A week', 'A year']);
    expect(table?.rows).toEqual([
      ['Support', '£351', '£18,252'],
      ['Provider fee', '£35.10', '£1,825.20'],
      ['Budget', '£386.10', '£20,077.20'],
    ]);
    // The Budget row is not a total that squeezes "a week, a year" into the last column.
    expect(table?.totals).toEqual([]);
  });

  it('keeps every cell a single amount, whatever the parts', () => {
    const table = madeOf({
      supportLines: TWO_LINES,
      managementFee: { kind: 'year', amount: '1000' },
      travel: { kind: 'week', amount: '15' },
      otherCosts: [{ id: 'o', name: 'Insurance', amount: '120', frequency: 'year' }],
    });
    expect(table?.rows.at(-1)).toEqual(['Budget', '£387.54', '£20,152']);
    for (const row of table?.rows ?? []) {
      expect(row).toHaveLength(3);
      for (const cell of row.slice(1)) expect(cell).toMatch(/^£[\d,]+(\.\d\d)?$/);
    }
  });

  it('is left out when support is the only part, so no row repeats another', () => {
    expect(madeOf({ supportLines: TWO_LINES })).toBeUndefined();
  });
});
