/*
 * Turns a spreadsheet's rows into statement lines, with the matching of its columns (issue 20).
 * Each row is read exactly or listed with a message that names the row, as the spreadsheet
 * numbers it, and says what to do. Empty rows are passed over. Rows that look like totals are
 * left out (a total would count its lines twice), and so are rows with no amount: the person is
 * told which. Nothing is saved here: the
 * person sees what was read, and adds it only when they say so.
 */
import type { MoneyString } from '../../money';
import type { IsoDate } from '../../plan/dates';
import type { PlannedBudget } from '../planned';
import type { LineFor, StatementLine } from '../statement';
import { type CellAmount, dayOrderOf, readAmountCell, readDateCell, readHoursCell } from './cells';
import { COLUMN_NAMES, type ColumnMatching, type StatementColumn } from './columns';

/** A problem with one row, ready to show in an error summary. */
export interface RowProblem {
  /** The row's number as the spreadsheet shows it: the first row is 1. */
  readonly row: number;
  readonly message: string;
}

/** A row left out on purpose, and why. */
export interface RowLeftOut {
  readonly row: number;
  readonly why: string;
}

/** A line read from a row. */
export interface RowLine {
  readonly row: number;
  readonly line: StatementLine;
}

/** What was read from a spreadsheet's rows. */
export interface RowsReading {
  readonly lines: readonly RowLine[];
  readonly problems: readonly RowProblem[];
  readonly leftOut: readonly RowLeftOut[];
}

const TOTAL_WORDS =
  /^(?:sub[- ]?total|total|grand total|balance|carried forward|brought forward)\b/i;
const FEE_WORDS = /\b(?:fees?|management)\b/i;

function tidy(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * What a line was most likely for, from its words: a kind of support or another thing the plan
 * names, the provider's fee, or else something not in the plan. A line with hours and no name
 * that matches is for the plan's only kind of support, when it has just one. The person checks
 * this before the lines are added.
 */
export function guessLineFor(words: string, hasHours: boolean, planned: PlannedBudget): LineFor {
  const text = tidy(words);
  const named = <T extends { readonly id: string; readonly name: string }>(
    list: readonly T[],
  ): T | undefined =>
    list.find((entry) => tidy(entry.name) !== '' && text.includes(tidy(entry.name)));
  const support = named(planned.support);
  if (support !== undefined) return { kind: 'support', id: support.id };
  const item = named(planned.items);
  if (item !== undefined) return { kind: 'item', id: item.id };
  if (FEE_WORDS.test(text)) return { kind: 'fee' };
  const [only] = planned.support;
  if (hasHours && only !== undefined && planned.support.length === 1) {
    return { kind: 'support', id: only.id };
  }
  return { kind: 'other' };
}

/** Reads the rows under the columns' names into statement lines. */
export function readRows(
  rows: readonly (readonly string[])[],
  namesRow: number,
  matching: ColumnMatching,
  planned: PlannedBudget,
): RowsReading {
  const lines: RowLine[] = [];
  const problems: RowProblem[] = [];
  const leftOut: RowLeftOut[] = [];
  const cellOf = (row: readonly string[], column: StatementColumn): string => {
    const index = matching[column];
    return index === undefined ? '' : (row[index] ?? '');
  };
  const body = rows.slice(namesRow + 1);
  const order = dayOrderOf(body.map((row) => cellOf(row, 'date')));

  body.forEach((row, index) => {
    const number = namesRow + index + 2;
    const problem = (column: StatementColumn, message: string): void => {
      problems.push({ row: number, message: `Row ${number}, ${COLUMN_NAMES[column]}: ${message}` });
    };
    const words = cellOf(row, 'words');
    const amountCell = cellOf(row, 'amount');
    const creditCell = cellOf(row, 'credit');
    if (row.every((cell) => cell === '')) return;
    const isTotal = row.some(
      (cell, at) => at !== matching.amount && at !== matching.credit && TOTAL_WORDS.test(cell),
    );
    if (isTotal) {
      leftOut.push({
        row: number,
        why: 'It looks like a total, and a total would count its lines twice.',
      });
      return;
    }
    if (amountCell === '' && creditCell === '') {
      leftOut.push({ row: number, why: 'It has no amount.' });
      return;
    }
    const before = problems.length;
    let date: IsoDate | undefined;
    if (matching.date !== undefined) {
      const reading = readDateCell(cellOf(row, 'date'), order);
      if (reading.ok) date = reading.value;
      else problem('date', reading.message);
    }
    const hours = readHoursCell(cellOf(row, 'hours'));
    if (!hours.ok) problem('hours', hours.message);
    const charged = amountCell === '' ? undefined : readAmountCell(amountCell);
    const givenBack = creditCell === '' ? undefined : readAmountCell(creditCell);
    if (charged?.ok === false) problem('amount', charged.message);
    if (givenBack?.ok === false) problem('credit', givenBack.message);
    if (problems.length > before || !hours.ok) return;
    const chargedValue = charged?.ok === true ? charged.value : undefined;
    const givenBackValue = givenBack?.ok === true ? givenBack.value : undefined;
    const isZero = (value: CellAmount | undefined): boolean =>
      value === undefined || value.amount === '0.00';
    if (!isZero(chargedValue) && !isZero(givenBackValue)) {
      problem(
        'credit',
        'This row has an amount and money given back. Split it into 2 rows, or type it in yourself.',
      );
      return;
    }
    const amount: CellAmount =
      givenBackValue !== undefined && !isZero(givenBackValue)
        ? { amount: givenBackValue.amount, credit: !givenBackValue.credit }
        : (chargedValue ?? givenBackValue ?? { amount: '0.00' as MoneyString, credit: false });
    lines.push({
      row: number,
      line: {
        for: guessLineFor(words, hours.value !== undefined, planned),
        words,
        ...(date === undefined ? {} : { date }),
        ...(hours.value === undefined ? {} : { hours: hours.value }),
        amount: amount.amount,
        credit: amount.credit,
      },
    });
  });
  return { lines, problems, leftOut };
}
