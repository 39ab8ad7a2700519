/*
 * What the calculator and its printed summary show, worked out from the engine's result:
 * the big sentences, the rows of each table and the working by part. Every figure comes
 * straight from the engine, so the page and the printout can never disagree.
 */
import { formatMoney, type MoneyString } from '../money';
import type { BudgetResult } from '../budget/calculate';
import type { WorkingSection, WorkingStep } from '../budget/working';
import type { CalculatorPreset } from './presets';

export {
  budgetPaysForSentences,
  hoursSentences,
  leftSentences,
  providerSentences,
  spendingSentences,
} from '../budget/pays-for';

/** A row of a table: what it is, and its amount as a person reads it. */
export interface AmountRow {
  label: string;
  amount: string;
}

/** A row with an amount a week and a year. */
export interface WeekYearRow {
  label: string;
  perWeek: string;
  perYear: string;
}

const isZero = (amount: MoneyString): boolean => /^0(\.0+)?$/.test(amount);

/**
 * "Your budget is £12,480 a year." and "That is £240 a week." For figures that are not a whole
 * budget (a preset, like K's saved support), the preset's words: "That support cost £6,085.04 a year."
 */
export function headlineSentences(
  result: BudgetResult,
  preset?: Pick<CalculatorPreset, 'subject'>,
): { year: string; week: string } {
  return {
    year:
      preset === undefined
        ? `Your budget is ${formatMoney(result.budget.perYear)} a year.`
        : `${preset.subject} cost ${formatMoney(result.budget.perYear)} a year.`,
    week: `That is ${formatMoney(result.budget.perWeek)} a week.`,
  };
}

/** The budget a week, every 4 weeks, a month and a year. */
export function periodRows(result: BudgetResult): AmountRow[] {
  return [
    { label: 'A week', amount: formatMoney(result.budget.perWeek) },
    { label: 'Every 4 weeks', amount: formatMoney(result.budget.perFourWeeks) },
    { label: 'A month', amount: formatMoney(result.budget.perMonth) },
    { label: 'A year', amount: formatMoney(result.budget.perYear) },
  ];
}

/** Why a month is more than every 4 weeks, for wherever both are shown. */
export const MONTH_SENTENCE =
  'A month costs more than 4 weeks, because most months are longer than 4 weeks.';

/**
 * What the budget is made of: support, then any fee, travel and other costs, then the total.
 * Empty when support is the only part: a table of "Support" and "Budget" would say one figure twice.
 */
export function partRows(result: BudgetResult): WeekYearRow[] {
  const parts: [string, { perWeek: MoneyString; perYear: MoneyString }][] = [
    ['Support', result.support],
    ['Provider fee', result.managementFee],
    ['Travel', result.travel],
    ['Other costs', result.otherCosts],
  ];
  const rows = parts.filter(([label, amounts]) => label === 'Support' || !isZero(amounts.perYear));
  if (rows.length === 1) return [];
  const shown = rows.map(([label, amounts]) => ({
    label,
    perWeek: formatMoney(amounts.perWeek),
    perYear: formatMoney(amounts.perYear),
  }));
  shown.push({
    label: 'Budget',
    perWeek: formatMoney(result.budget.perWeek),
    perYear: formatMoney(result.budget.perYear),
  });
  return shown;
}

/** Who pays: the council's part and the person's own part. Empty when the person pays nothing. */
export function whoPaysRows(result: BudgetResult): WeekYearRow[] {
  if (isZero(result.personPart.perYear)) return [];
  return [
    {
      label: 'The council pays',
      perWeek: formatMoney(result.councilPart.perWeek),
      perYear: formatMoney(result.councilPart.perYear),
    },
    {
      label: 'You pay',
      perWeek: formatMoney(result.personPart.perWeek),
      perYear: formatMoney(result.personPart.perYear),
    },
  ];
}

/** The working steps of some parts of the budget, in order. */
export function stepsIn(
  result: BudgetResult,
  sections: readonly WorkingSection[],
): readonly WorkingStep[] {
  return result.working.filter((step) => sections.includes(step.section));
}

/** The parts of the working that explain the budget itself (not spending or a change). */
export const BUDGET_SECTIONS: readonly WorkingSection[] = [
  'weeks',
  'support',
  'costs',
  'budget',
  'who-pays',
];

/** The parts of the working about planned spending and what is left. */
export const SPENDING_SECTIONS: readonly WorkingSection[] = ['spending', 'left'];

/** Every step of the budget and of what is left, in order: the same on screen, in print and in Word. */
export function workingSteps(result: BudgetResult): readonly WorkingStep[] {
  return stepsIn(result, [...BUDGET_SECTIONS, ...SPENDING_SECTIONS]);
}

/** A name inside a sentence: "Support" becomes "support"; a name like "NHS visits" stays. */
function nameInSentence(name: string): string {
  const first = name.split(' ')[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase()) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** The sentences about a change to think about, or none when there is no change. */
export function changeSentences(result: BudgetResult): string[] {
  const change = result.change;
  if (!change) return [];
  const line = result.supportLines.find((candidate) => candidate.id === change.lineId);
  const name = line?.name ?? 'this support';
  const moreOrLess = change.direction === 'fewer' ? 'less' : 'more';
  return [
    `${change.direction === 'fewer' ? 'Fewer' : 'More'} hours of ${nameInSentence(name)}: ${change.hoursPerWeek} hours a week.`,
    `That is ${formatMoney(change.perWeek)} a week ${moreOrLess}.`,
    `That is ${formatMoney(change.perYear)} a year ${moreOrLess}.`,
  ];
}
