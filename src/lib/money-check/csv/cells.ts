/*
 * Reads one cell of a provider's spreadsheet: an amount, a date or hours (issue 20). Statements
 * write these in many ways, and each is read exactly or refused with a message that says what
 * to do. One guess is made: a date like 03/02/2027 is read day first, as in the UK, unless its
 * column shows it is month first; the person sees every date before the lines are added.
 *   Amounts: "£1,200.50", "1200.5", "1.200,50", "12,50", "GBP 12", "(45.00)", "-45", "45.00 CR".
 *     Brackets, a minus sign or "CR" mean money given back (a credit).
 *   Dates: "03/02/2027", "3/2/27", "2027-02-03", "03-02-2027", "03.02.2027", "3 Feb 2027".
 *     Day first, as in the UK, unless the column shows it is month first (see dayOrderOf).
 *   Hours: "12", "12.5", "12:30", "12 hrs", "12h 30m".
 * A cell that starts with "=" is a spreadsheet formula, not a value, and is refused.
 */
import { parseHours, type HoursString } from '../../budget/hours';
import { MONTH_NAMES } from '../../site/dates';
import { parseMoney, type MoneyString } from '../../money';
import { isIsoDate, type IsoDate } from '../../plan/dates';

/** A cell read, or a message that says what is wrong with it. */
export type CellReading<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** An amount read from a cell, with whether it was money given back. */
export interface CellAmount {
  readonly amount: MoneyString;
  readonly credit: boolean;
}

/** Which comes first in a column's dates written with numbers. */
export type DayOrder = 'day-first' | 'month-first';

/** The most hours one row may hold: every hour of a 31-day month. */
export const MOST_HOURS_IN_A_ROW = 31 * 24;

const FORMULA = /^[=@]|^[+-]\s*[A-Za-z(]/;
const FORMULA_MESSAGE =
  'is a spreadsheet formula, not a figure. Save the spreadsheet as CSV again, or type the figure in.';

/** The longest part of a cell quoted in a message. */
const MOST_QUOTED = 40;

/** A cell's words in quotes for a message, cut short when long. */
function shown(cell: string): string {
  const text = cell.trim();
  return `"${text.length > MOST_QUOTED ? `${text.slice(0, MOST_QUOTED - 1)}…` : text}"`;
}

function refused<T>(message: string): CellReading<T> {
  return { ok: false, message };
}

/** True when a cell holds a spreadsheet formula, like "=SUM(B2:B9)" or "=HYPERLINK(…)". */
export function isFormula(cell: string): boolean {
  return FORMULA.test(cell.trim());
}

/** The cell with its decimal comma or full stops for thousands made plain: "1.200,50" → "1200.50". */
function plainNumber(text: string): string | undefined {
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma !== -1 && lastDot !== -1) {
    // Both are used: the last one is the decimal point.
    return lastComma > lastDot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  }
  if (lastComma !== -1) {
    // "1,200" and "1,200,000" group thousands; "12,50" is a decimal comma.
    if (/^\d{1,3}(?:,\d{3})+$/.test(text)) return text.replace(/,/g, '');
    if (/^\d+,\d{1,2}$/.test(text)) return text.replace(',', '.');
    return undefined;
  }
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(text)) return text.replace(/\./g, '');
  return text;
}

/** Reads an amount of money from a cell. */
export function readAmountCell(cell: string): CellReading<CellAmount> {
  const example = 'like 20.50 or £1,200.50';
  let text = cell.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (text === '') return refused(`There is no amount. Type the amount, ${example}.`);
  if (isFormula(text)) return refused(`${shown(text)} ${FORMULA_MESSAGE}`);
  let credit = false;
  const bracketed = /^\((.*)\)$/.exec(text);
  if (bracketed !== null) {
    credit = true;
    text = (bracketed[1] ?? '').trim();
  }
  const creditWords = /^(.*?)\s*(?:cr|credit)$/i.exec(text);
  if (creditWords !== null) {
    credit = true;
    text = creditWords[1] ?? '';
  }
  text = text.replace(/^(?:gbp|£)\s*/i, '').replace(/\s*(?:gbp)$/i, '');
  const sign = /^[-−–]\s*(?:£\s*)?|^£\s*[-−–]\s*|[-−–]$/;
  if (sign.test(text)) {
    if (credit) return refused(`${shown(cell)} has 2 signs. Check the amount, ${example}.`);
    credit = true;
    text = text.replace(sign, '');
  }
  text = text.replace(/^£\s*/, '').replace(/\s/g, '');
  const plain = plainNumber(text);
  if (plain === undefined || !/^\d*\.?\d*$/.test(plain) || !/\d/.test(plain)) {
    return refused(`${shown(cell)} is not an amount of money. Check it, ${example}.`);
  }
  const decimals = plain.split('.')[1] ?? '';
  if (decimals.length > 2) {
    return refused(
      `${shown(cell)} has more than 2 numbers after the point. Check it is pounds and pence, ${example}.`,
    );
  }
  const reading = parseMoney(plain);
  if (reading.kind === 'error') return refused(`${shown(cell)}: ${reading.message}.`);
  return { ok: true, value: { amount: reading.value, credit } };
}

const NUMBER_DATE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/;
const WORD_DATE = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{2}|\d{4})$/i;

function fullYear(text: string): number | undefined {
  if (text.length === 4) return Number(text);
  if (text.length === 2) return 2000 + Number(text);
  return undefined;
}

function isoOf(year: number | undefined, month: number, day: number): IsoDate | undefined {
  if (year === undefined) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** The parts of a date written in numbers: year first, or 2 parts and a year. */
function numberDateParts(text: string):
  | {
      readonly yearFirst: IsoDate | undefined;
      readonly a: number;
      readonly b: number;
      readonly year: number | undefined;
    }
  | undefined {
  const match = NUMBER_DATE.exec(text);
  if (match === null) return undefined;
  const [first = '', second = '', third = ''] = match.slice(1);
  if (first.length === 4) {
    return {
      yearFirst: isoOf(Number(first), Number(second), Number(third)),
      a: 0,
      b: 0,
      year: undefined,
    };
  }
  return { yearFirst: undefined, a: Number(first), b: Number(second), year: fullYear(third) };
}

/**
 * Whether a column's dates put the day or the month first. Day first, as in the UK, unless some
 * date can only be month first ("02/13/2027") and none can only be day first.
 */
export function dayOrderOf(cells: readonly string[]): DayOrder {
  let onlyDayFirst = false;
  let onlyMonthFirst = false;
  for (const cell of cells) {
    const parts = numberDateParts(cell.trim());
    if (parts === undefined || parts.yearFirst !== undefined) continue;
    if (parts.a > 12 && parts.b <= 12) onlyDayFirst = true;
    if (parts.b > 12 && parts.a <= 12) onlyMonthFirst = true;
  }
  return onlyMonthFirst && !onlyDayFirst ? 'month-first' : 'day-first';
}

/** Reads a date from a cell. */
export function readDateCell(cell: string, order: DayOrder): CellReading<IsoDate> {
  const text = cell.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const example = 'like 24/05/2027';
  if (text === '') return refused(`There is no date. Type the date, ${example}.`);
  if (isFormula(text)) return refused(`${shown(text)} ${FORMULA_MESSAGE}`);
  const parts = numberDateParts(text);
  if (parts !== undefined) {
    const iso =
      parts.yearFirst ??
      (order === 'day-first'
        ? isoOf(parts.year, parts.b, parts.a)
        : isoOf(parts.year, parts.a, parts.b));
    if (iso !== undefined) return { ok: true, value: iso };
  }
  const words = WORD_DATE.exec(text);
  if (words !== null) {
    const name = (words[2] ?? '').toLowerCase();
    const month = MONTH_NAMES.findIndex(
      (full) => full.toLowerCase() === name || full.slice(0, 3).toLowerCase() === name,
    );
    const iso =
      month === -1 ? undefined : isoOf(fullYear(words[3] ?? ''), month + 1, Number(words[1]));
    if (iso !== undefined) return { ok: true, value: iso };
  }
  return refused(
    `${shown(text)} is not a date we can read. Write it as day, month and year, ${example}.`,
  );
}

/** Reads hours from a cell; an empty cell has no hours. */
export function readHoursCell(cell: string): CellReading<HoursString | undefined> {
  const text = cell.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: true, value: undefined };
  if (isFormula(text)) return refused(`${shown(text)} ${FORMULA_MESSAGE}`);
  const reading = parseHours(text.replace(/,(\d{1,2})$/, '.$1'), {
    field: 'the hours',
    maxHours: MOST_HOURS_IN_A_ROW,
  });
  if (reading.kind === 'error') return refused(`${shown(text)}: ${reading.message}.`);
  return { ok: true, value: reading.value };
}
