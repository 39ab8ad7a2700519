import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  dayOrderOf,
  isFormula,
  readAmountCell,
  readDateCell,
  readHoursCell,
} from '../../../src/lib/money-check/csv/cells';
import { guessMatching, matchingKey, namesRowOf } from '../../../src/lib/money-check/csv/columns';
import { MOST_CSV_ROWS, readCsv } from '../../../src/lib/money-check/csv/read';
import { readRows } from '../../../src/lib/money-check/csv/rows';
import { checkStatement } from '../../../src/lib/money-check/check';
import { formatMoney } from '../../../src/lib/money';
import { PLANNED } from './fixtures';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/statements/${name}`, import.meta.url)));
const text = (value: string): Uint8Array => new TextEncoder().encode(value);

function rowsOf(bytes: Uint8Array) {
  const reading = readCsv(bytes);
  if (!reading.ok) throw new Error(reading.message);
  return reading.rows;
}

describe('readAmountCell', () => {
  it.each([
    ['£1,200.50', '1200.50', false],
    ['1200.5', '1200.50', false],
    ['1.200,50', '1200.50', false],
    ['12,50', '12.50', false],
    ['1,200', '1200.00', false],
    ['1.200.000', '1200000.00', false],
    ['GBP 12', '12.00', false],
    ['£ 12.00', '12.00', false],
    ['(45.00)', '45.00', true],
    ['(£45.00)', '45.00', true],
    ['-45', '45.00', true],
    ['−£45', '45.00', true],
    ['£-45.00', '45.00', true],
    ['45.00-', '45.00', true],
    ['45.00 CR', '45.00', true],
  ])('reads %s as %s (money given back: %s)', (cell, amount, credit) => {
    expect(readAmountCell(cell)).toEqual({ ok: true, value: { amount, credit } });
  });

  it.each([
    ['', 'There is no amount'],
    ['=SUM(D2:D9)', 'is a spreadsheet formula'],
    ['=HYPERLINK("http://example.com","£10")', 'is a spreadsheet formula'],
    ['+A1', 'is a spreadsheet formula'],
    ['twenty pounds', 'is not an amount of money'],
    ['1.200', 'more than 2 numbers after the point'],
    ['12,5,0', 'is not an amount of money'],
    ['(-45)', 'has 2 signs'],
    ['NaN', 'is not an amount of money'],
    ['1e5', 'is not an amount of money'],
    ['£1,000,000,000', 'must be £999,999,999.99 or less'],
  ])('refuses %j with a message that says what to do', (cell, words) => {
    const reading = readAmountCell(cell);
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.message).toContain(words);
      expect(reading.message).toMatch(/\.$/);
    }
  });

  it('quotes at most 40 characters of a long cell', () => {
    const reading = readAmountCell('x'.repeat(10_000));
    expect(!reading.ok && reading.message.length).toBeLessThan(140);
  });
});

describe('readDateCell', () => {
  it.each([
    ['03/02/2027', '2027-02-03'],
    ['3/2/27', '2027-02-03'],
    ['2027-02-03', '2027-02-03'],
    ['03-02-2027', '2027-02-03'],
    ['03.02.2027', '2027-02-03'],
    ['3 Feb 2027', '2027-02-03'],
    ['3rd February 2027', '2027-02-03'],
    ['3 Sept 2027', undefined],
  ])('reads %s day first', (cell, iso) => {
    const reading = readDateCell(cell, 'day-first');
    expect(reading.ok ? reading.value : undefined).toBe(iso);
  });

  it('reads month first when the column says so', () => {
    expect(readDateCell('02/13/2027', 'month-first')).toEqual({ ok: true, value: '2027-02-13' });
  });

  it('refuses a date that does not exist, with how to write one', () => {
    const reading = readDateCell('31/02/2027', 'day-first');
    expect(reading).toEqual({
      ok: false,
      message:
        '"31/02/2027" is not a date we can read. Write it as day, month and year, like 24/05/2027.',
    });
  });
});

describe('dayOrderOf', () => {
  it('is day first unless a date can only be month first', () => {
    expect(dayOrderOf(['01/02/2027', '03/04/2027'])).toBe('day-first');
    expect(dayOrderOf(['01/02/2027', '02/13/2027'])).toBe('month-first');
    expect(dayOrderOf(['13/02/2027', '02/13/2027'])).toBe('day-first');
  });
});

describe('readHoursCell', () => {
  it.each([
    ['12', '12'],
    ['12.5', '12.5'],
    ['2,5', '2.5'],
    ['12:30', '12.5'],
    ['12 hrs', '12'],
    ['12h 30m', '12.5'],
    ['', undefined],
  ])('reads %j as %j', (cell, hours) => {
    expect(readHoursCell(cell)).toEqual({ ok: true, value: hours });
  });

  it('refuses hours that cannot fit in a month, and formulas', () => {
    expect(readHoursCell('745').ok).toBe(false);
    expect(readHoursCell('=B2*2').ok).toBe(false);
    expect(isFormula('@SUM(A1)')).toBe(true);
    expect(isFormula('-45.00')).toBe(false);
  });
});

describe('readCsv', () => {
  it('reads UTF-8 with its mark, and keeps commas inside quotes', () => {
    const rows = rowsOf(fixture('provider-a-week.csv'));
    expect(rows[0]).toEqual(['Date', 'Description', 'Hours', 'Amount']);
    expect(rows[3]?.[1]).toBe('Swimming, monthly pass');
  });

  it('reads the Windows encoding of older Excel, and semicolons', () => {
    const rows = rowsOf(fixture('provider-b-week.csv'));
    expect(rows[0]?.[0]).toBe('Statement for S. Example: March 2027, amounts in £');
    expect(rows[1]).toEqual(['Week commencing', 'Service', 'Qty', 'Debit', 'Credit']);
  });

  it('reads UTF-16 with its mark', () => {
    const body = 'Date,Amount\r\n01/03/2027,£5.00\r\n';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < body.length; index += 1) {
      bytes[2 + index * 2] = body.charCodeAt(index) & 0xff;
      bytes[3 + index * 2] = body.charCodeAt(index) >> 8;
    }
    expect(rowsOf(bytes)[1]).toEqual(['01/03/2027', '£5.00']);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['an Excel workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'not-csv'],
    ['a PDF', text('%PDF-1.7 ...'), 'not-csv'],
    ['a file with NUL bytes', new Uint8Array([0x41, 0x00, 0x42, 0x2c, 0x43]), 'not-csv'],
    ['one column of words', text('hello\nthere\n'), 'not-csv'],
    ['only blank lines', text('\n\n  \n'), 'empty'],
    [
      'too many rows',
      text('Date,Amount\n' + '01/03/2027,1\n'.repeat(MOST_CSV_ROWS)),
      'too-many-rows',
    ],
    ['too many columns', text('a,'.repeat(60) + 'b\n'), 'too-many-columns'],
    ['a huge file', new Uint8Array(5 * 1024 * 1024 + 1).fill(0x31), 'too-large'],
  ])('refuses %s, saying what to do', (_name, bytes, kind) => {
    const reading = readCsv(bytes);
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.kind).toBe(kind);
      expect(reading.message).toMatch(/\.$/);
    }
  });

  it('stops reading a million rows at the limit rather than reading them all', () => {
    const million = text('Date,Amount\n' + '01/03/2027,1\n'.repeat(300_000));
    expect(readCsv(million)).toMatchObject({ ok: false, kind: 'too-many-rows' });
  });
});

describe('the columns', () => {
  it('guesses each layout from its names', () => {
    expect(guessMatching(['Date', 'Description', 'Hours', 'Amount'])).toEqual({
      date: 0,
      words: 1,
      hours: 2,
      amount: 3,
    });
    expect(guessMatching(['Week commencing', 'Service', 'Qty', 'Debit', 'Credit'])).toEqual({
      date: 0,
      words: 1,
      hours: 2,
      amount: 3,
      credit: 4,
    });
  });

  it('finds the names under a title row', () => {
    expect(namesRowOf(rowsOf(fixture('provider-b-week.csv')))).toBe(1);
    expect(namesRowOf(rowsOf(fixture('provider-a-week.csv')))).toBe(0);
  });

  it('keeps a matching under the tidied names, so the same layout finds it', () => {
    expect(matchingKey([' Date ', 'AMOUNT (£)'])).toBe(matchingKey(['date', 'amount £']));
  });
});

describe('readRows', () => {
  it("reads provider A's week, leaving out its total", () => {
    const rows = rowsOf(fixture('provider-a-week.csv'));
    const reading = readRows(rows, 0, guessMatching(rows[0] ?? []), PLANNED);
    expect(reading.problems).toEqual([]);
    expect(reading.leftOut).toEqual([
      { row: 6, why: 'It looks like a total, and a total would count its lines twice.' },
    ]);
    expect(reading.lines.map(({ line }) => [line.for, line.date, line.hours, line.amount])).toEqual(
      [
        [{ kind: 'support', id: 'care' }, '2027-03-01', '12', '288.00'],
        [{ kind: 'support', id: 'out' }, '2027-03-02', '3', '60.00'],
        [{ kind: 'item', id: 'swim' }, '2027-03-05', undefined, '20.00'],
        [{ kind: 'fee' }, '2027-03-07', undefined, '30.00'],
      ],
    );
  });

  it("reads provider B's week, with its decimal commas and money given back", () => {
    const rows = rowsOf(fixture('provider-b-week.csv'));
    const namesRow = namesRowOf(rows);
    const reading = readRows(rows, namesRow, guessMatching(rows[namesRow] ?? []), PLANNED);
    expect(reading.problems).toEqual([]);
    expect(
      reading.lines.map(({ row, line }) => [row, line.for.kind, line.amount, line.credit]),
    ).toEqual([
      [3, 'support', '336.00', false],
      [4, 'support', '50.00', false],
      [5, 'other', '25.00', false],
      [6, 'other', '24.00', true],
      [7, 'fee', '30.00', false],
    ]);
    const check = checkStatement(PLANNED, {
      id: 'b',
      period: 'week',
      start: '2027-03-08',
      lines: reading.lines.map(({ line }) => line),
    });
    expect(formatMoney(check.spent)).toBe('£387');
    expect(formatMoney(check.fees)).toBe('£30');
    expect(formatMoney(check.left)).toBe('-£39');
  });

  it('lists each problem of a hostile file by row, and keeps its words as text', () => {
    const rows = rowsOf(fixture('hostile.csv'));
    const reading = readRows(rows, 0, guessMatching(rows[0] ?? []), PLANNED);
    expect(reading.problems.map((problem) => problem.message)).toEqual([
      'Row 3, Amount: "=SUM(D2:D3)" is a spreadsheet formula, not a figure. Save the spreadsheet as CSV again, or type the figure in.',
      'Row 4, Date: "31/02/2027" is not a date we can read. Write it as day, month and year, like 24/05/2027.',
      'Row 5, Hours: "one": Enter the hours as a number, like 7.5, or in hours and minutes, like 7:30.',
      'Row 5, Amount: "twenty pounds" is not an amount of money. Check it, like 20.50 or £1,200.50.',
    ]);
    expect(
      reading.lines.map(({ row, line }) => [row, line.words, line.amount, line.credit]),
    ).toEqual([
      [2, '=HYPERLINK("http://example.com","Click me")', '10.00', false],
      [6, '@cmd', '45.00', true],
    ]);
  });

  it('numbers each row as the spreadsheet does, blank rows included', () => {
    const rows = rowsOf(text('Date,Amount\n\n,,\n01/03/2027,£5.00\n02/03/2027,five\n'));
    const reading = readRows(rows, 0, guessMatching(rows[0] ?? []), PLANNED);
    expect(reading.lines.map((line) => line.row)).toEqual([4]);
    expect(reading.problems.map((problem) => problem.row)).toEqual([5]);
  });

  it('refuses a row with both an amount and money given back', () => {
    const rows = [
      ['Date', 'Item', 'Debit', 'Credit'],
      ['01/03/2027', 'Mixed', '10.00', '5.00'],
    ];
    expect(readRows(rows, 0, guessMatching(rows[0] ?? []), PLANNED).problems).toHaveLength(1);
  });
});
