/**
 * The one home for the words that say what a budget pays for: the provider's part, the money
 * left after the plans, and the hours of support it buys beside the assessed hours. The
 * calculator, its printout, its Word summary and the planner all use these sentences (issue 13).
 * The rule behind the figures is in calculate.ts ("What can be planned with").
 */
import { formatMoney, formatQuantity } from '../money';
import type { BudgetResult } from './calculate';

/** Who the words speak to: the calculator says "your budget"; a person's own plan says "my budget". */
export type Voice = 'you' | 'I';

const WORDS = {
  you: { Your: 'Your', your: 'your', You: 'You', you: 'you' },
  I: { Your: 'My', your: 'my', You: 'I', you: 'I' },
} as const;

const isZero = (amount: string): boolean => /^0(\.0+)?$/.test(amount);

/** "12 hours", "1 hour", "2.8 hours": a number of hours as the page writes it. */
export function hoursWords(hours: string): string {
  return `${formatQuantity(hours)} ${hours === '1' ? 'hour' : 'hours'}`;
}

/** "Your provider keeps £1,825.20 a year …", or nothing when there is no provider fee. */
export function providerSentences(result: BudgetResult, voice: Voice = 'you'): string[] {
  if (isZero(result.managementFee.perYear)) return [];
  const w = WORDS[voice];
  return [
    `${w.Your} provider keeps ${formatMoney(result.managementFee.perYear)} a year for looking after ${w.your} Individual Service Fund.`,
    `This money cannot pay for support or for ${w.your} plans.`,
  ];
}

/** "Your assessment: 18 hours a week.", or nothing when there are no hours (a typed-in budget). */
function assessmentSentence(result: BudgetResult, voice: Voice): string[] {
  if (result.supportLines.length === 0 || isZero(result.totalHoursPerWeek)) return [];
  return [`${WORDS[voice].Your} assessment: ${hoursWords(result.totalHoursPerWeek)} a week.`];
}

/**
 * The hours of support the budget pays for, beside the assessed hours. Before any plans:
 * "Your assessment: 18 hours a week. Your budget pays for all of these hours." With planned
 * spending, the hours the rest pays for (`spendingParts`). Empty when there are no hours to say.
 */
export function hoursSentences(result: BudgetResult, voice: Voice = 'you'): string[] {
  if (result.spendingItems.length > 0) return spendingParts(result, voice).hours;
  const assessment = assessmentSentence(result, voice);
  if (assessment.length === 0) return [];
  return [...assessment, `${WORDS[voice].Your} budget pays for all of these hours.`];
}

/**
 * What the budget pays for before any plans: the provider's part, and that the whole budget
 * pays for the assessed hours. With planned spending, only the provider's part (the rest is in
 * `spendingSentences`).
 */
export function budgetPaysForSentences(result: BudgetResult, voice: Voice = 'you'): string[] {
  const sentences = providerSentences(result, voice);
  if (result.spendingItems.length > 0) return sentences;
  return [...sentences, ...hoursSentences(result, voice)];
}

/**
 * Planned spending, what is left, and the hours of support the rest pays for:
 * "Your assessment: 18 hours a week. After your plans, the rest pays for about 14.6 hours a
 * week." Empty when nothing is planned.
 */
export function spendingSentences(result: BudgetResult, voice: Voice = 'you'): string[] {
  const { left, hours } = spendingParts(result, voice);
  return [...left, ...hours];
}

/** Planned spending and what is left: "You plan to spend £9,500 a year. £2,980 a year is left." */
export function leftSentences(result: BudgetResult, voice: Voice = 'you'): string[] {
  return spendingParts(result, voice).left;
}

/** The sentences of `spendingSentences`, in 2 parts: the money left, then the hours it pays for. */
function spendingParts(result: BudgetResult, voice: Voice): { left: string[]; hours: string[] } {
  if (result.spendingItems.length === 0) return { left: [], hours: [] };
  const w = WORDS[voice];
  const hasFee = !isZero(result.managementFee.perYear);
  const left = [`${w.You} plan to spend ${formatMoney(result.spending.perYear)} a year.`];
  if (!isZero(result.overspentPerYear)) {
    left.push(
      `That is ${formatMoney(result.overspentPerYear)} a year more than ${hasFee ? `${w.you} can plan with` : `${w.your} budget`}.`,
      'Take something away, or spend less on it.',
    );
    return { left, hours: [] };
  }
  if (isZero(result.leftPerYear)) {
    left.push(
      `That uses all of ${hasFee ? `the money ${w.you} can plan with` : `${w.your} budget`}.`,
      'Nothing is left for more hours of support.',
    );
    return { left, hours: [] };
  }
  left.push(`${formatMoney(result.leftPerYear)} a year is left.`);
  const hours = result.hoursAfterPlans;
  if (hours === null) return { left, hours: [] };
  if (result.leftPerYear !== hours.forSupportPerYear) {
    left.push(
      isZero(hours.forSupportPerYear)
        ? 'It pays for travel and other costs, not for hours of support.'
        : `${formatMoney(hours.forSupportPerYear)} of it pays for hours of support.`,
    );
    if (isZero(hours.forSupportPerYear)) return { left, hours: [] };
  }
  const sentences = [...assessmentSentence(result, voice)];
  const rate = formatMoney(hours.hourlyRate);
  if (hours.hoursPerYear === '0') {
    sentences.push(
      `After ${w.your} plans, the rest pays for less than 1 hour of support at ${rate} an hour.`,
    );
  } else if (isZero(hours.hoursPerWeek)) {
    sentences.push(
      `After ${w.your} plans, the rest pays for about ${hoursWords(hours.hoursPerYear)} a year.`,
      `That is less than 1 hour a week, at ${rate} an hour.`,
    );
  } else {
    sentences.push(
      `After ${w.your} plans, the rest pays for about ${hoursWords(hours.hoursPerWeek)} a week.`,
      `That is about ${hoursWords(hours.hoursPerYear)} a year, at ${rate} an hour.`,
    );
  }
  return { left, hours: sentences };
}
