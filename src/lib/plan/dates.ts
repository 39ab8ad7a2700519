/*
 * Dates in a support plan: real calendar dates ("2026-05-24") and moments ("...T10:42:00.000Z").
 * The review date suggestion (6 months from today) comes from issue 6, section 9.
 */

/** A calendar date written the ISO way: "2026-05-24". */
export type IsoDate = string;

/** A moment written the ISO way, in UTC: "2026-05-24T10:42:00.000Z". */
export type IsoDateTime = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
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

function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
