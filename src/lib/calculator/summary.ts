/*
 * What the calculator and its printed summary show, worked out from the engine's result:
 * the big sentences, the rows of each table and the working by part. Every figure comes
 * straight from the engine, so the page and the printout can never disagree.
 */
import { formatMoney, type MoneyString } from '../money';
import type { BudgetResult } from '../budget/calculate';
import type { WorkingSection, WorkingStep } from '../budget/working';

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

/** "Your budget is £12,480 a year." and "That is £240 a week." */
export function headlineSentences(result: BudgetResult): { year: string; week: string } {
  return {
    year: `Your budget is ${formatMoney(result.budget.perYear)} a year.`,
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

/** What the budget is made of: support, then any fee, travel and other costs, then the total. */
export function partRows(result: BudgetResult): WeekYearRow[] {
  const parts: [string, { perWeek: MoneyString; perYear: MoneyString }][] = [
    ['Support', result.support],
    ['Provider fee', result.managementFee],
    ['Travel', result.travel],
    ['Other costs', result.otherCosts],
  ];
  const rows = parts
    .filter(([label, amounts]) => label === 'Support' || !isZero(amounts.perYear))
    .map(([label, amounts]) => ({
      label,
      perWeek: formatMoney(amounts.perWeek),
      perYear: formatMoney(amounts.perYear),
    }));
  rows.push({
    label: 'Budget',
    perWeek: formatMoney(result.budget.perWeek),
    perYear: formatMoney(result.budget.perYear),
  });
  return rows;
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

/**
 * The steps worth printing: leaves out a sum of just one figure ("Support a week: £240 a
 * week" when there is one kind of support), which only repeats the step before it. Every
 * figure is still shown and can still be checked from the steps that remain.
 */
export function withoutRepeats(steps: readonly WorkingStep[]): WorkingStep[] {
  return steps.filter(
    (step) =>
      !(
        step.operation === 'add' &&
        step.inputs.length === 1 &&
        step.inputs[0]?.value === step.result.value
      ),
  );
}

/** The parts of the working that explain the budget itself (not spending or a change). */
export const BUDGET_SECTIONS: readonly WorkingSection[] = [
  'weeks',
  'support',
  'costs',
  'budget',
  'who-pays',
];

/** The sentences about planned spending and what is left, for the screen and the printout. */
export function spendingSentences(result: BudgetResult): string[] {
  if (result.spendingItems.length === 0) return [];
  const sentences = [`You plan to spend ${formatMoney(result.spending.perYear)} a year.`];
  if (!isZero(result.overspentPerYear)) {
    sentences.push(
      `That is ${formatMoney(result.overspentPerYear)} more than your budget. Take something away, or spend less on it.`,
    );
  } else if (isZero(result.leftPerYear)) {
    sentences.push('That uses all of your budget. Nothing is left.');
  } else {
    // "£2,980 left is about 149 hours of support at £20 an hour" says both at once.
    sentences.push(
      result.leftInHours
        ? `${result.leftInHours.sentence}.`
        : `${formatMoney(result.leftPerYear)} is left.`,
    );
  }
  return sentences;
}

/** The sentences about a change to think about, or none when there is no change. */
export function changeSentences(result: BudgetResult): string[] {
  const change = result.change;
  if (!change) return [];
  const line = result.supportLines.find((candidate) => candidate.id === change.lineId);
  const name = line?.name ?? 'this support';
  const moreOrLess = change.direction === 'fewer' ? 'less' : 'more';
  return [
    `${change.direction === 'fewer' ? 'Fewer' : 'More'} hours of ${name}: ${change.hoursPerWeek} hours a week.`,
    `That is ${formatMoney(change.perWeek)} a week ${moreOrLess}.`,
    `That is ${formatMoney(change.perYear)} a year ${moreOrLess}.`,
  ];
}
