/*
 * The time a statement covers: a week, 4 weeks or a month, from its first day. A month is
 * counted as the calculator counts it, a year ÷ 12, so every figure for a month can be checked
 * from the figures for a year: 52 weeks ÷ 12 = 4.33… weeks.
 */
import type { IsoDate } from '../plan/dates';
import { formatLongDate } from '../site/dates';
import { divideQuantity, quantityFromInteger, quantityFromString, type Quantity } from '../money';

/** How long one statement is. */
export const STATEMENT_PERIODS = ['week', 'four-weeks', 'month'] as const;

/** How long one statement is. */
export type StatementPeriod = (typeof STATEMENT_PERIODS)[number];

/** Each period's name in a sentence: "a week", "4 weeks", "a month". */
export const PERIOD_WORDS: Readonly<Record<StatementPeriod, string>> = {
  week: 'a week',
  'four-weeks': '4 weeks',
  month: 'a month',
};

/** The weeks in one period, exact: 1, 4, or the weeks in a year ÷ 12. */
export function weeksInPeriod(period: StatementPeriod, weeksPerYear: string): Quantity {
  if (period === 'week') return quantityFromInteger(1);
  if (period === 'four-weeks') return quantityFromInteger(4);
  return divideQuantity(quantityFromString(weeksPerYear), quantityFromInteger(12));
}

function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const moved = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days));
  return moved.toISOString().slice(0, 10);
}

/** The last day a statement covers: 6 days on for a week, 27 for 4 weeks, the day before the same date next month. */
export function lastDayOfPeriod(start: IsoDate, period: StatementPeriod): IsoDate {
  if (period === 'week') return addDays(start, 6);
  if (period === 'four-weeks') return addDays(start, 27);
  const [year = 0, month = 1, day = 1] = start.split('-').map(Number);
  const daysInNext = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const next = new Date(Date.UTC(year, month, Math.min(day, daysInNext)));
  return addDays(next.toISOString().slice(0, 10), -1);
}

/** The period in words: "1 March 2027 to 7 March 2027". */
export function periodInWords(start: IsoDate, period: StatementPeriod): string {
  return `${formatLongDate(start)} to ${formatLongDate(lastDayOfPeriod(start, period))}`;
}
