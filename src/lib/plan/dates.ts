/*
 * Dates in a support plan: real calendar dates ("2026-05-24") and moments ("...T10:42:00.000Z").
 * The review date suggestion (6 months from today) comes from issue 6, section 9. Dates are typed
 * in 3 boxes (day, month, year), as the GOV.UK Design System's date input asks, and read here
 * with its error message rules: say which part is missing or wrong, and how to fix it.
 */
import { MONTH_NAMES, formatLongDate } from '../site/dates';

/** A calendar date written the ISO way: "2026-05-24". */
export type IsoDate = string;

/** A month of a year written the ISO way: "2027-06", for "by June 2027". */
export type IsoMonth = string;

/** A moment written the ISO way, in UTC: "2026-05-24T10:42:00.000Z". */
export type IsoDateTime = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?Z$/;

/** How many months after today the next review is suggested. */
export const REVIEW_AFTER_MONTHS = 6;

/** True when `value` is a real calendar date like "2026-02-28" (not "2026-02-30", not "2026-2-3"). */
export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** True when `value` is a month of a year like "2027-06" (not "2027-13", not "2027-6"). */
export function isIsoMonth(value: string): value is IsoMonth {
  const match = ISO_MONTH.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  return Number(match[1]) >= 1 && month >= 1 && month <= 12;
}

/** True when `value` is a real moment in UTC like "2026-05-24T10:42:00.000Z". */
export function isIsoDateTime(value: string): value is IsoDateTime {
  const match = ISO_DATE_TIME.exec(value);
  if (!match || match[1] === undefined || !isIsoDate(match[1])) return false;
  return Number(match[2]) < 24 && Number(match[3]) < 60 && Number(match[4]) < 60;
}

/** The moment `now` as stored in a plan: "2026-05-24T10:42:00.000Z". */
export function toIsoDateTime(now: Date): IsoDateTime {
  return now.toISOString();
}

/**
 * Today's date where the person is (their device's time zone), like "2026-05-24". Use this,
 * not the UTC date, for anything a person reads as "today".
 */
export function todayIsoDate(now: Date): IsoDate {
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The day of a moment on this device's calendar, for people: "24 November 2026". */
export function dayOfMoment(moment: IsoDateTime): string {
  return formatLongDate(todayIsoDate(new Date(moment)));
}

/**
 * The suggested next review date: 6 calendar months after `today`. When that month is shorter,
 * the last day of the month is used (31 August gives 28 or 29 February).
 */
export function suggestReviewDate(today: IsoDate): IsoDate {
  const match = ISO_DATE.exec(today);
  if (!match || !isIsoDate(today)) throw new InvalidIsoDateError(today);
  const monthIndex = Number(match[2]) - 1 + REVIEW_AFTER_MONTHS;
  const year = Number(match[1]) + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(Number(match[3]), daysInMonth(year, month));
  return formatIsoDate(year, month, day);
}

/**
 * True when a review date is a real date before `today`, so the planner can show a gentle note
 * ("This date has passed. You may want to choose a new one."). An empty or unreal date is not
 * "in the past".
 */
export function isReviewDateInPast(reviewDate: string, today: IsoDate): boolean {
  return isIsoDate(reviewDate) && isIsoDate(today) && reviewDate < today;
}

/** A date as a person typed it in the 3 boxes: each box's text exactly as typed. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/** The 3 boxes, empty. */
export const EMPTY_DATE_PARTS: DateParts = { day: '', month: '', year: '' };

/** What the 3 date boxes hold: nothing, a real date, or words that say how to fix them. */
export type DateReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly value: IsoDate }
  | {
      readonly kind: 'error';
      /** Says what to change, like "Add the year to the next review date, like 24 5 2027." */
      readonly message: string;
      /** The boxes to mark as wrong. */
      readonly boxes: readonly (keyof DateParts)[];
    };

const DATE_EXAMPLE = '24 5 2027';

/** What the 3 boxes need: a whole date, or (for "by when") a month and a year at least. */
export interface DateRule {
  /** True when a month and a year are enough, as in "by June 2027". */
  readonly dayOptional?: boolean;
}

/**
 * A stored date in the 3 boxes, as a person would type it: "2027-05-04" gives 4, 5 and 2027;
 * a month ("2027-06") leaves the day box empty.
 */
export function isoDateToParts(value: IsoDate | IsoMonth | ''): DateParts {
  const match = ISO_DATE.exec(value);
  if (match) {
    return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
  }
  const month = ISO_MONTH.exec(value);
  if (!month) return EMPTY_DATE_PARTS;
  return { day: '', month: String(Number(month[2])), year: month[1] ?? '' };
}

/**
 * Reads the 3 date boxes. `fieldWords` names the date inside a sentence ("the next review date").
 * Spaces around each box are ignored; a day or month may have a 0 in front ("05"). With
 * `dayOptional`, an empty day with a month and a year gives a month, like "2027-06".
 */
export function readDateParts(
  parts: DateParts,
  fieldWords: string,
  rule: DateRule = {},
): DateReading {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return { kind: 'empty' };
  const boxes = [
    ['day', day],
    ['month', month],
    ['year', year],
  ] as const;
  const missing = boxes
    .filter(([box, text]) => text === '' && !(box === 'day' && rule.dayOptional === true))
    .map(([box]) => box);
  if (missing.length > 0) {
    return {
      kind: 'error',
      message:
        rule.dayOptional === true
          ? `Add the ${missing.join(' and the ')} to ${fieldWords}, like 6 2027. The day can stay empty.`
          : `Add the ${missing.join(' and the ')} to ${fieldWords}, like ${DATE_EXAMPLE}.`,
      boxes: missing,
    };
  }
  const notNumbers = boxes
    .filter(([, text]) => text !== '' && !/^\d+$/.test(text))
    .map(([box]) => box);
  if (notNumbers.length > 0) {
    return {
      kind: 'error',
      message: `Write ${fieldWords} in numbers only, like ${DATE_EXAMPLE}.`,
      boxes: notNumbers,
    };
  }
  if (!/^[1-9]\d{3}$/.test(year)) {
    return {
      kind: 'error',
      message: `Write the year of ${fieldWords} with 4 numbers, like 2027.`,
      boxes: ['year'],
    };
  }
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) {
    return {
      kind: 'error',
      message: `Check the month of ${fieldWords}. It is a number from 1 to 12.`,
      boxes: ['month'],
    };
  }
  const yearNumber = Number(year);
  if (day === '') return { kind: 'ok', value: formatIsoMonth(yearNumber, monthNumber) };
  const dayNumber = Number(day);
  const days = daysInMonth(yearNumber, monthNumber);
  if (dayNumber < 1 || dayNumber > days) {
    return {
      kind: 'error',
      message: `Check the day of ${fieldWords}. ${MONTH_NAMES[monthNumber - 1] ?? ''} ${year} has ${days} days.`,
      boxes: ['day'],
    };
  }
  return { kind: 'ok', value: formatIsoDate(yearNumber, monthNumber, dayNumber) };
}

/** Thrown when a function that needs a real date is given something else. */
export class InvalidIsoDateError extends Error {
  constructor(value: string) {
    super(`"${value}" is not a real date written like 2026-05-24.`);
    this.name = 'InvalidIsoDateError';
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function formatIsoMonth(year: number, month: number): IsoMonth {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
