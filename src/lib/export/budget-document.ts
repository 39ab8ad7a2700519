/*
 * The calculator's summary as a document model (issues 7 and 17): drawn as the printed easy-read
 * summary and as the Word document, so the two show the same parts in the same order. Each key
 * figure (the budget, what the provider keeps, what is left, the hours it pays for) is an
 * easy-read point with its picture; the figures and sentences come from lib/calculator summary.ts,
 * so the page, the printout and the Word document can never disagree.
 */
import { summaryName } from '../calculator/summary-name';
import { budgetPictures } from '../budget/budget-pictures';
import type { BudgetResult } from '../budget/calculate';
import type { SpendingFrequency } from '../budget/schema';
import {
  changeSentences,
  headlineSentences,
  hoursSentences,
  leftSentences,
  partRows,
  providerSentences,
  stepsIn,
  whoPaysRows,
  workingSteps,
  type WeekYearRow,
} from '../calculator/summary';
import type { CalculatorPreset } from '../calculator/presets';
import { formatMoney } from '../money';
import { formatLongDate } from '../site/dates';
import {
  budgetPicturesBlocks,
  tableColumns,
  type DocumentBlock,
  type DocumentSection,
  type ExportDocument,
  type PictureRowBlock,
} from './model';
import { fileNamePart, oneLine } from './text';

/** The registry's ideas the summary shows: one beside each key figure, and one for each part of the split. */
export const BUDGET_SUMMARY_PICTURES = [
  'budget',
  'provider-fee',
  'money-left',
  'hour',
  'decide',
  'support-worker',
  'spending',
  'travel',
  'cost',
] as const;

/** An idea whose picture the summary shows. */
export type BudgetSummaryPicture = (typeof BUDGET_SUMMARY_PICTURES)[number];

/** Said at the top of every summary. */
export const BUDGET_ESTIMATE = 'This is an estimate. Your council decides your budget.';

/** Words for how often an item is paid for, as the plan's costed items say them. */
const HOW_OFTEN_WORDS: Readonly<Record<SpendingFrequency, string>> = {
  week: 'Every week',
  'four-weeks': 'Every 4 weeks',
  month: 'Every month',
  year: 'Every year',
  once: 'Once',
};

/** What the summary is for, beyond the figures. */
export interface BudgetSummaryOptions {
  /** Figures that are not a whole budget (K's saving): its words, not "Your budget". */
  readonly preset?: Pick<CalculatorPreset, 'subject'> | undefined;
  /**
   * Whose budget it is, like "Sam": the title says "Sam's budget summary". A name too long for
   * the name box (summaryNameProblem) is left off, as the box says.
   */
  readonly personName?: string | undefined;
}

/** An easy-read point, or nothing when it has no words. */
function point(
  picture: BudgetSummaryPicture,
  paragraphs: readonly string[],
  strongFirst = false,
): PictureRowBlock[] {
  if (paragraphs.length === 0) return [];
  return [{ kind: 'picture-row', picture, paragraphs, strongFirst }];
}

/** "Sam's budget summary", or "Your budget summary" when no name is given. */
export function budgetSummaryTitle(personName = ''): string {
  const name = oneLine(personName);
  return name === '' ? 'Your budget summary' : `${name}'s budget summary`;
}

/**
 * The fee and costs tables: what the budget is made of, then who pays for it. Two tables, so
 * no column adds the council's and the person's shares to the parts they pay for. Nothing when
 * support is all there is.
 */
function madeOfTable(result: BudgetResult): DocumentBlock[] {
  const table = (caption: string, first: string, rows: readonly WeekYearRow[]): DocumentBlock => ({
    kind: 'table',
    caption,
    columns: tableColumns([first], ['A week', 'A year']),
    // The Budget row is a row like the others, so each figure sits in its own column.
    rows: rows.map((row) => [row.label, row.perWeek, row.perYear]),
    totals: [],
  });
  const parts = partRows(result);
  const whoPays = whoPaysRows(result);
  return [
    ...(parts.length > 0 ? [table('What your budget is made of', 'Part', parts)] : []),
    ...(whoPays.length > 0 ? [table('Who pays for your budget', 'Who pays', whoPays)] : []),
  ];
}

function spendingSection(
  result: BudgetResult,
  pictures: readonly DocumentBlock[],
): DocumentSection {
  return {
    id: 'spending',
    title: 'What you would like to spend it on',
    blocks: [
      {
        kind: 'table',
        caption: 'What you would like to spend your budget on',
        columns: tableColumns(['What it is', 'How often'], ['Cost each time', 'Cost a year']),
        rows: result.spendingItems.map((item) => [
          oneLine(item.name),
          HOW_OFTEN_WORDS[item.frequency],
          formatMoney(item.amount),
          formatMoney(item.perYear),
        ]),
        totals: [
          { label: 'Planned spending a year', amount: formatMoney(result.spending.perYear) },
        ],
      },
      ...point('money-left', leftSentences(result)),
      ...point('hour', hoursSentences(result)),
      ...pictures,
    ],
  };
}

/**
 * The calculator's result as a document: first the budget, what it is made of and what the
 * provider keeps; then the spending, what is left and the hours it pays for; every step of the
 * working; and a change to think about. `today` is the date it is made, like "2026-11-24".
 */
export function budgetSummaryDocument(
  result: BudgetResult,
  today: string,
  options: BudgetSummaryOptions = {},
): ExportDocument {
  const headline = headlineSentences(result, options.preset);
  const hasSpending = result.spendingItems.length > 0;
  // Figures that are not a whole budget (K's saving) get no split of "your budget".
  const drawn = budgetPictures(result);
  const pictures = budgetPicturesBlocks(
    options.preset === undefined ? drawn : { ...drawn, split: null },
    hoursSentences(result),
  );
  // The budget comes straight after the title, which already says it is a budget summary.
  const intro: DocumentBlock[] = [
    { kind: 'paragraph', text: BUDGET_ESTIMATE, style: 'note' },
    ...point('budget', [headline.year, headline.week], true),
    ...madeOfTable(result),
    ...result.notes.map((note): DocumentBlock => ({
      kind: 'paragraph',
      text: note.message,
      style: 'note',
    })),
    ...point('provider-fee', providerSentences(result)),
    ...(hasSpending ? [] : [...point('hour', hoursSentences(result)), ...pictures]),
  ];
  const sections: DocumentSection[] = hasSpending ? [spendingSection(result, pictures)] : [];
  sections.push({
    id: 'working',
    title: 'How it was worked out',
    blocks: [{ kind: 'list', ordered: true, items: workingSteps(result).map((s) => s.sentence) }],
  });
  const change = changeSentences(result);
  if (change.length > 0) {
    sections.push({
      id: 'change',
      title: 'A change to think about',
      blocks: [
        ...point('decide', change),
        {
          kind: 'list',
          ordered: true,
          items: stepsIn(result, ['change']).map((step) => step.sentence),
        },
      ],
    });
  }
  const name = oneLine(summaryName(options.personName ?? ''));
  return {
    title: budgetSummaryTitle(name),
    subject: 'Budget summary',
    personName: name,
    dateText: formatLongDate(today),
    isoDate: today,
    intro,
    sections,
  };
}

/** The summary's file name: "Budget summary - 2026-11-24.docx", or "Budget summary - Sam - …". */
export function budgetWordFileName(today: string, personName = ''): string {
  const name = fileNamePart(summaryName(personName));
  return name === ''
    ? `Budget summary - ${today}.docx`
    : `Budget summary - ${name} - ${today}.docx`;
}
