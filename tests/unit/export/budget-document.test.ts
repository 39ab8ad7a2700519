import { MAX_SUMMARY_NAME_LENGTH } from '../../../src/lib/calculator/summary-name';
import { describe, expect, it } from 'vitest';
import { calculateBudget } from '../../../src/lib/budget/calculate';
import { budgetInputSchema, type BudgetInputDraft } from '../../../src/lib/budget/schema';
import {
  budgetSummaryDocument,
  budgetSummaryTitle,
  budgetWordFileName,
} from '../../../src/lib/export/budget-document';
import type { TableBlock } from '../../../src/lib/export/model';

const TODAY = '2026-11-24';

/** 12 hours at £20 and 6 hours at £18.50 a week, as in issue 13. */
const TWO_LINES: BudgetInputDraft['supportLines'] = [
  { id: 'a', name: 'Day support', hoursPerWeek: '12', hourlyRate: '20' },
  { id: 'b', name: 'Evening support', hoursPerWeek: '6', hourlyRate: '18.50' },
];

/** The summary's table with this caption, or undefined when it has none. */
function tableOf(
  draft: BudgetInputDraft,
  caption = 'What your budget is made of',
): TableBlock | undefined {
  const document = budgetSummaryDocument(calculateBudget(budgetInputSchema.parse(draft)), TODAY);
  return [...document.intro, ...document.sections.flatMap((section) => section.blocks)].find(
    (block): block is TableBlock => block.kind === 'table' && block.caption === caption,
  );
}

/** The summary's "What your budget is made of" table, or undefined when it has none. */
const madeOf = (draft: BudgetInputDraft) => tableOf(draft);

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

  it('shows who pays in a table of its own, so no column adds the shares to the parts', () => {
    const draft: BudgetInputDraft = {
      supportLines: TWO_LINES,
      managementFee: { kind: 'percent', percent: '10' },
      personContributionPerWeek: '25',
    };
    expect(madeOf(draft)?.rows.map((row) => row[0])).toEqual(['Support', 'Provider fee', 'Budget']);
    // The council's part and the person's part add up to the Budget row: £361.10 + £25 = £386.10.
    expect(tableOf(draft, 'Who pays for your budget')?.rows).toEqual([
      ['The council pays', '£361.10', '£18,777.20'],
      ['You pay', '£25', '£1,300'],
    ]);
    expect(tableOf({ supportLines: TWO_LINES }, 'Who pays for your budget')).toBeUndefined();
  });

  it('is left out when support is the only part, so no row repeats another', () => {
    expect(madeOf({ supportLines: TWO_LINES })).toBeUndefined();
  });
});

/** Every easy-read point of a summary: its picture and its words. */
function points(draft: BudgetInputDraft, personName?: string) {
  const document = budgetSummaryDocument(calculateBudget(budgetInputSchema.parse(draft)), TODAY, {
    personName,
  });
  return [...document.intro, ...document.sections.flatMap((section) => section.blocks)].flatMap(
    (block) => (block.kind === 'picture-row' ? [block] : []),
  );
}

describe('the summary, printed and as Word', () => {
  it('puts a picture beside each key figure: the budget, the fee, what is left, the hours', () => {
    const found = points({
      supportLines: TWO_LINES,
      managementFee: { kind: 'percent', percent: '10' },
      spending: [{ id: 's', name: 'Classes', amount: '3000', frequency: 'year' }],
    });
    expect(found.map((row) => row.picture)).toEqual([
      'budget',
      'provider-fee',
      'money-left',
      'hour',
    ]);
    const words = (picture: string) =>
      found.find((row) => row.picture === picture)?.paragraphs.join(' ');
    expect(words('budget')).toBe('Your budget is £20,077.20 a year. That is £386.10 a week.');
    expect(words('provider-fee')).toContain('Your provider keeps £1,825.20 a year');
    expect(words('money-left')).toBe('You plan to spend £3,000 a year. £15,252 a year is left.');
    expect(words('hour')).toContain('Your assessment: 18 hours a week.');
  });

  it('says the budget pays for all the assessed hours when nothing is planned yet', () => {
    const found = points({ supportLines: TWO_LINES });
    expect(found.map((row) => row.picture)).toEqual(['budget', 'hour']);
    expect(found.at(-1)?.paragraphs).toEqual([
      'Your assessment: 18 hours a week.',
      'Your budget pays for all of these hours.',
    ]);
  });

  it('has the same parts in the same order for the print and the Word document', () => {
    const document = budgetSummaryDocument(
      calculateBudget(
        budgetInputSchema.parse({
          supportLines: TWO_LINES,
          spending: [{ id: 's', name: 'Classes', amount: '3000', frequency: 'year' }],
          change: { lineId: 'a', direction: 'fewer', unit: 'hours-a-week', hoursPerWeek: '2' },
        }),
      ),
      TODAY,
    );
    expect(document.sections.map((section) => section.title)).toEqual([
      'What you would like to spend it on',
      'How it was worked out',
      'A change to think about',
    ]);
    expect(document.subject).toBe('Budget summary');
  });

  it('says whose budget it is in the title when a name is given', () => {
    const result = calculateBudget(budgetInputSchema.parse({ supportLines: TWO_LINES }));
    expect(budgetSummaryDocument(result, TODAY, { personName: 'Sam' }).title).toBe(
      "Sam's budget summary",
    );
    expect(budgetSummaryDocument(result, TODAY).title).toBe('Your budget summary');
    expect(budgetSummaryTitle('  ')).toBe('Your budget summary');
    expect(budgetWordFileName(TODAY, 'Sam')).toBe('Budget summary - Sam - 2026-11-24.docx');
    expect(budgetWordFileName(TODAY)).toBe('Budget summary - 2026-11-24.docx');
  });

  it('leaves off a name too long for the name box, as the box says', () => {
    const result = calculateBudget(budgetInputSchema.parse({ supportLines: TWO_LINES }));
    const tooLong = 'S'.repeat(MAX_SUMMARY_NAME_LENGTH + 1);
    const longest = 'S'.repeat(MAX_SUMMARY_NAME_LENGTH);
    expect(budgetSummaryDocument(result, TODAY, { personName: tooLong }).title).toBe(
      'Your budget summary',
    );
    expect(budgetSummaryDocument(result, TODAY, { personName: longest }).title).toBe(
      `${longest}'s budget summary`,
    );
    expect(budgetWordFileName(TODAY, tooLong)).toBe('Budget summary - 2026-11-24.docx');
  });
});

describe('the budget as pictures in the summary', () => {
  const picturesOf = (draft: BudgetInputDraft) => {
    const document = budgetSummaryDocument(calculateBudget(budgetInputSchema.parse(draft)), TODAY);
    return [...document.intro, ...document.sections.flatMap((section) => section.blocks)].filter(
      (block) => block.kind === 'budget-pictures',
    );
  };

  it('draws the clocks under the hours point, which says their figure', () => {
    const [block] = picturesOf({ supportLines: TWO_LINES });
    expect(block?.kind === 'budget-pictures' && block.clocks.map((row) => row.caption)).toEqual([
      null,
    ]);
    expect(block?.kind === 'budget-pictures' && block.clocks[0]?.clocks.hours).toBe('18');
  });

  it('says what each row of clocks is, and splits the budget, once there are plans', () => {
    const [block] = picturesOf({
      supportLines: TWO_LINES,
      spending: [{ id: 's', name: 'Cooking classes', amount: '1500', frequency: 'year' }],
    });
    if (block?.kind !== 'budget-pictures') throw new Error('The summary has its pictures');
    // The hours point just above says both sentences: each row says only which it is.
    expect(block.clocks.map((row) => row.caption)).toEqual(['Your assessment', 'After your plans']);
    expect(block.split?.parts.map((part) => part.label)).toEqual(['Planned spending', 'Left']);
  });

  it('says what the clocks are when the plans use it all and no hours point says it', () => {
    const [block] = picturesOf({
      supportLines: [{ id: 'a', name: 'Specialist care', hoursPerWeek: '40', hourlyRate: '20' }],
      spending: [{ id: 's', name: 'A team of carers', amount: '41600', frequency: 'year' }],
    });
    if (block?.kind !== 'budget-pictures') throw new Error('The summary has its pictures');
    expect(block.clocks.map((row) => row.caption)).toEqual(['Your assessment: 40 hours a week.']);
  });
});

describe('the spending table of the calculator summary', () => {
  const draft: BudgetInputDraft = {
    supportLines: TWO_LINES,
    managementFee: { kind: 'percent', percent: '10' },
    spending: [{ id: 's', name: 'Cooking classes', amount: '1500', frequency: 'year' }],
  };

  it('totals only the planned spending: its rows hold no budget or fee to take it from', () => {
    const table = tableOf(draft, 'What you would like to spend your budget on');
    expect(table?.rows.map((row) => row[0])).toEqual(['Cooking classes']);
    // A "Left a year" row here would be the budget less the fee and the plans, none of which
    // this table shows: what is left is said just below it, and the split adds it up.
    expect(table?.totals).toEqual([{ label: 'Planned spending a year', amount: '£1,500' }]);
  });

  it('says what is left beside it, in a split whose parts add up to the budget', () => {
    const document = budgetSummaryDocument(calculateBudget(budgetInputSchema.parse(draft)), TODAY);
    const blocks = document.sections.find((section) => section.id === 'spending')?.blocks ?? [];
    const left = blocks.find(
      (block) => block.kind === 'picture-row' && block.picture === 'money-left',
    );
    expect(left?.kind === 'picture-row' && left.paragraphs).toContain('£16,752 a year is left.');
    const pictures = blocks.find((block) => block.kind === 'budget-pictures');
    if (pictures?.kind !== 'budget-pictures') throw new Error('The summary has its pictures');
    expect(pictures.split?.parts.map((part) => [part.label, part.shown])).toEqual([
      ['Planned spending', '£1,500'],
      ['Provider fee', '£1,825.20'],
      ['Left', '£16,752'],
    ]);
    expect(pictures.split?.total.shown).toBe('£20,077.20');
  });
});
