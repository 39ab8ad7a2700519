/*
 * Reads a provider's spreadsheet, saved as CSV, into rows of cells (issue 20). The bytes are
 * turned into text first (UTF-8, UTF-16 with its mark, or the Windows encoding older Excel
 * saves in, where "£" is one byte), then Papa Parse splits the text into rows and cells: it
 * knows quotes, commas inside quotes, line breaks inside cells and other separators. Anything
 * that is not a spreadsheet, or is too big to check by eye, is refused with a message that says
 * what to do.
 */
import Papa from 'papaparse';
import { formatWholeNumber } from '../../money';

/** The largest file read: 5 MB, far more than a year of statements. */
export const MOST_CSV_BYTES = 5 * 1024 * 1024;

/** The most rows read, the names of the columns included. */
export const MOST_CSV_ROWS = 5000;

/** The most columns read. */
export const MOST_CSV_COLUMNS = 50;

/** Why a file could not be read. */
export type CsvFailureKind =
  'empty' | 'too-large' | 'not-csv' | 'too-many-rows' | 'too-many-columns';

/** A file read into rows, or why it could not be. */
export type CsvReading =
  | { readonly ok: true; readonly rows: readonly (readonly string[])[] }
  | { readonly ok: false; readonly kind: CsvFailureKind; readonly message: string };

const SAVE_AS_CSV =
  'Open it in your spreadsheet program, choose "Save as", and pick "CSV". Then open the new file here.';

function failure(kind: CsvFailureKind, message: string): CsvReading {
  return { ok: false, kind, message };
}

/** True when the bytes start with the signature of a file that is not text: a zip (Excel's .xlsx), a PDF, an old Excel file. */
function looksLikeAnotherKindOfFile(bytes: Uint8Array): boolean {
  const starts = (...signature: number[]): boolean =>
    signature.every((byte, index) => bytes[index] === byte);
  return (
    starts(0x50, 0x4b, 0x03, 0x04) ||
    starts(0x25, 0x50, 0x44, 0x46) ||
    starts(0xd0, 0xcf, 0x11, 0xe0)
  );
}

/**
 * The text of a file: UTF-8 (with or without its mark), UTF-16 when it starts with its mark, or
 * else Windows-1252, which every byte is valid in. Undefined when the text holds a NUL, which
 * no spreadsheet's text does.
 */
export function decodeCsvBytes(bytes: Uint8Array): string | undefined {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  return text.includes('\u0000') ? undefined : text;
}

/**
 * Reads the bytes of a CSV file into rows of cells, each cell's spaces at either end taken away.
 * Row 1 of the spreadsheet is `rows[0]`, blank rows included.
 */
export function readCsv(bytes: Uint8Array): CsvReading {
  if (bytes.length === 0) {
    return failure('empty', 'The file is empty. Check you chose the right file, then try again.');
  }
  if (bytes.length > MOST_CSV_BYTES) {
    return failure(
      'too-large',
      'The file is bigger than 5 MB, so it is not one statement. Save one statement or one year as CSV, then open that.',
    );
  }
  const text = looksLikeAnotherKindOfFile(bytes) ? undefined : decodeCsvBytes(bytes);
  if (text === undefined) {
    return failure('not-csv', `This file is not a spreadsheet saved as CSV. ${SAVE_AS_CSV}`);
  }
  // Blank rows are kept, so each row's number is the one the spreadsheet shows it under.
  const parsed = Papa.parse<string[]>(text, { preview: MOST_CSV_ROWS + 1 });
  const rows = parsed.data.map((row) => row.map((cell) => cell.trim()));
  const filled = rows.filter((row) => row.some((cell) => cell !== ''));
  if (filled.length === 0) {
    return failure(
      'empty',
      'The file has no rows. Check you chose the right file, then try again.',
    );
  }
  if (rows.length > MOST_CSV_ROWS) {
    return failure(
      'too-many-rows',
      `The file has more than ${formatWholeNumber(MOST_CSV_ROWS)} rows. Save a shorter part, like one month, as CSV, then open that.`,
    );
  }
  if (rows.some((row) => row.length > MOST_CSV_COLUMNS)) {
    return failure(
      'too-many-columns',
      `The file has more than ${MOST_CSV_COLUMNS} columns, so it is not a statement. ${SAVE_AS_CSV}`,
    );
  }
  if (filled.every((row) => row.length < 2)) {
    return failure(
      'not-csv',
      `Every row of this file has only 1 column, so we cannot tell the amounts from the words. ${SAVE_AS_CSV}`,
    );
  }
  return { ok: true, rows };
}
