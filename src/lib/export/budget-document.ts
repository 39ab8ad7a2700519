/*
 * The calculator's summary as a document model, for "Download as a Word document" on the
 * budget page (issue 7). The same figures and sentences as the printed summary (lib/calculator
 * summary.ts), so the page, the printout and the Word document can never disagree.
 */
import type { BudgetResult } from '../budget/calculate';
import {
  MONTH_SENTENCE,
  budgetPaysForSentences,
  changeSentences,
  headlineSentences,
  partRows,
  spendingSentences,
  stepsIn,
  whoPaysRows,
  workingSteps,
} from '../calculator/summary';
import { formatMoney } from '../money';
import type { SpendingFrequency } from '../budget/schema';
import { formatLongDate } from '../site/dates';
import type { DocumentBlock, DocumentSection, ExportDocument, TableTotal } from './model';
import { oneLine } from './text';
import { leftTotal, periodTable, providerTotals } from './budget-tables';

/** Words for how often an item is paid for, as the plan's costed items say them. */
const HOW_OFTEN_WORDS: Readonly<Record<SpendingFrequency, string>> = {
  week: 'Every week',
  'four-weeks': 'Every 4 weeks',
  month: 'Every month',
  year: 'Every year',
  once: 'Once',
};

/** The calculator's result as a document: the budget, its parts, spending, the working, a change. */
export function budgetSummaryDocument(result: BudgetResult, today: string): ExportDocument {
  const headline = headlineSentences(result);
  const sections: DocumentSection[] = [];
  const parts = partRows(result);
  const whoPays = whoPaysRows(result);
  sections.push({
    id: 'budget',
    title: 'My budget',
    blocks: [
      { kind: 'paragraph', text: headline.year, style: 'strong' },
      { kind: 'paragraph', text: headline.week },
      periodTable(result),
      { kind: 'paragraph', text: MONTH_SENTENCE },
      ...budgetPaysForSentences(result).map((text): DocumentBlock => ({ kind: 'paragraph', text })),
      // The Budget row is a row like the others, so each figure sits in its own column.
      ...(parts.length === 0
        ? []
        : [
            {
              kind: 'table',
              caption: 'What my budget is made of',
              columns: [
                { label: 'Part', align: 'left' },
                { label: 'A week', align: 'right' },
                { label: 'A year', align: 'right' },
              ],
              rows: parts.map((row) => [row.label, row.perWeek, row.perYear]),
              totals: [],
            } satisfies DocumentBlock,
          ]),
      ...whoPays.map((row): DocumentBlock => ({
        kind: 'paragraph',
        text: `${row.label} ${row.perWeek} a week, ${row.perYear} a year.`,
      })),
    ],
  });

  if (result.spendingItems.length > 0) {
    const totals: TableTotal[] = [
      { label: 'Planned spending a year', amount: formatMoney(result.spending.perYear) },
      { label: 'My budget a year', amount: formatMoney(result.budget.perYear) },
      ...providerTotals(result),
      leftTotal(result),
    ];
    sections.push({
      id: 'spending',
      title: 'What I would like to spend it on',
      blocks: [
        {
          kind: 'table',
          caption: 'What I would like to spend my budget on',
          columns: [
            { label: 'What it is', align: 'left' },
            { label: 'How often', align: 'left' },
            { label: 'Cost each time', align: 'right' },
            { label: 'Cost a year', align: 'right' },
          ],
          rows: result.spendingItems.map((item) => [
            oneLine(item.name),
            HOW_OFTEN_WORDS[item.frequency],
            formatMoney(item.amount),
            formatMoney(item.perYear),
          ]),
          totals,
        },
        ...spendingSentences(result).map((text): DocumentBlock => ({ kind: 'paragraph', text })),
      ],
    });
  }

  sections.push({
    id: 'working',
    title: 'How it was worked out',
    blocks: [
      {
        kind: 'list',
        ordered: true,
        items: workingSteps(result).map((step) => step.sentence),
      },
    ],
  });

  const change = changeSentences(result);
  if (change.length > 0) {
    sections.push({
      id: 'change',
      title: 'A change to think about',
      blocks: [
        ...change.map((text): DocumentBlock => ({ kind: 'paragraph', text })),
        {
          kind: 'list',
          ordered: true,
          items: stepsIn(result, ['change']).map((step) => step.sentence),
        },
      ],
    });
  }

  const dateText = formatLongDate(today);
  return {
    title: 'Your budget summary',
    personName: '',
    dateText,
    isoDate: today,
    intro: [
      { kind: 'paragraph', text: `Made with the Open ISF budget calculator on ${dateText}.` },
      {
        kind: 'paragraph',
        text: 'This is an estimate. Your council decides your budget.',
        style: 'note',
      },
    ],
    sections,
  };
}

/** The calculator summary's file name: "Budget summary - 2026-11-24.docx". */
export function budgetWordFileName(today: string): string {
  return `Budget summary - ${today}.docx`;
}
