/*
 * The time a statement covers: a week, 4 weeks or a month, from its first day. Money for a month
 * is counted as the calculator counts it, a year ÷ 12, so it can be checked from the figures for
 * a year (52 weeks ÷ 12 = 4.33… weeks): councils pay a budget in equal parts. Hours for a month
 * are counted from its days (February has 4 weeks, March 4 weeks and 3 days), because support is
 * given week by week: 12 hours a week is 48 hours in February, not 52.
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

/** The weeks of money in one period, exact: 1, 4, or the weeks in a year ÷ 12. */
export function weeksInPeriod(period: StatementPeriod, weeksPerYear: string): Quantity {
  if (period === 'week') return quantityFromInteger(1);
  if (period === 'four-weeks') return quantityFromInteger(4);
  return divideQuantity(quantityFromString(weeksPerYear), quantityFromInteger(12));
}

/** The weeks of support in one period, exact: 1, 4, or the days of the month ÷ 7. */
export function weeksOfSupport(start: IsoDate, period: StatementPeriod): Quantity {
  if (period === 'week') return quantityFromInteger(1);
  if (period === 'four-weeks') return quantityFromInteger(4);
  return divideQuantity(
    quantityFromInteger(daysFrom(start, lastDayOfPeriod(start, period)) + 1),
    quantityFromInteger(7),
  );
}

function dayNumber(date: IsoDate): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The days from one date to a later one: 0 for the same day. */
function daysFrom(first: IsoDate, last: IsoDate): number {
  return dayNumber(last) - dayNumber(first);
}

function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const moved = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days));
  return moved.toISOString().slice(0, 10);
}

/**
 * The last day a statement covers: 6 days on for a week, 27 for 4 weeks, and for a month the day
 * before the same date next month, or the last day of next month when it has no such date (a
 * month from 31 January ends on 28 February).
 */
export function lastDayOfPeriod(start: IsoDate, period: StatementPeriod): IsoDate {
  if (period === 'week') return addDays(start, 6);
  if (period === 'four-weeks') return addDays(start, 27);
  const [year = 0, month = 1, day = 1] = start.split('-').map(Number);
  const daysInNext = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  if (day > daysInNext)
    return new Date(Date.UTC(year, month, daysInNext)).toISOString().slice(0, 10);
  return addDays(new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10), -1);
}

/** The period in words: "1 March 2027 to 7 March 2027". */
export function periodInWords(start: IsoDate, period: StatementPeriod): string {
  return `${formatLongDate(start)} to ${formatLongDate(lastDayOfPeriod(start, period))}`;
}
