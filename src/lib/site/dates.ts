/*
 * Dates and times as people in the UK read them: "24 November 2026" and "10:42" (GOV.UK
 * style guide). Written by hand rather than with Intl: making an Intl formatter loads the
 * browser's locale data, which held up the first load of the pages that use these.
 */

/** The months' names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const pad = (value: number): string => String(value).padStart(2, '0');

/** Thrown when a date is not a real calendar date in the form 2026-11-24. */
export class InvalidDateError extends Error {
  constructor(value: string) {
    super(`"${value}" is not a real date in the form 2026-11-24.`);
    this.name = 'InvalidDateError';
  }
}

/** Turns an ISO date ("2026-11-24") into "24 November 2026". */
export function formatLongDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new InvalidDateError(isoDate);
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.toISOString().slice(0, 10) !== isoDate) throw new InvalidDateError(isoDate);
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

/** Turns an ISO month ("2027-06") into "June 2027". */
export function formatMonthYear(isoMonth: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(isoMonth);
  const name = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  if (!match || name === undefined) throw new InvalidDateError(isoMonth);
  return `${name} ${Number(match[1])}`;
}

/** A month of a year as stored, like "2027-06": a year and a month with no day. */
const MONTH_ONLY = /^\d{4}-\d{2}$/;

/** A date as "24 November 2026", or a month as "June 2027". */
export function formatDateOrMonth(value: string): string {
  return MONTH_ONLY.test(value) ? formatMonthYear(value) : formatLongDate(value);
}

/** Today's date on this device, as an ISO date like "2026-11-24" (local time, not UTC). */
export function todayIsoDate(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A moment as a 24-hour clock time on this device: "10:42", "09:05". */
export function formatClockTime(moment: Date): string {
  return `${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}
