/*
 * Which column of a provider's spreadsheet holds what (issue 20): the date, what the line was
 * for, the hours, the amount, and money given back when a statement has its own column for it.
 * The site guesses from the columns' names, the person checks or changes the guess once, and
 * the matching is kept for the next statement with the same columns.
 */

/** What a column can hold. */
export const STATEMENT_COLUMNS = ['date', 'words', 'hours', 'amount', 'credit'] as const;

/** What a column can hold. */
export type StatementColumn = (typeof STATEMENT_COLUMNS)[number];

/** Each of our columns and the number of the spreadsheet's column that holds it (0 is the first). */
export type ColumnMatching = Readonly<Partial<Record<StatementColumn, number>>>;

/** Our columns' names, in easy read, as the person sees them when matching. */
export const COLUMN_NAMES: Readonly<Record<StatementColumn, string>> = {
  date: 'Date',
  words: 'What it was for',
  hours: 'Hours',
  amount: 'Amount',
  credit: 'Money given back',
};

/** The words in a column's name that say what it holds, most telling first. */
const NAME_WORDS: Readonly<Record<StatementColumn, readonly RegExp[]>> = {
  date: [/^date$/, /date/, /^day$/, /week (?:ending|commencing|beginning)/, /^period$/],
  words: [
    /^description$/,
    /description|details?|narrative/,
    /^(?:item|service|support|type|category|activity|what)\b/,
    /notes?|reference/,
  ],
  hours: [/^hours?$/, /hours|hrs/, /^(?:duration|time|qty|quantity|units)$/],
  amount: [
    /^(?:amount|cost|charge|total|value|debit|£)$/,
    /amount|cost|charged?|debit|price|total|£|gbp/,
  ],
  credit: [/^credits?$/, /credit|refund/],
};

function tidyName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9£ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A guess at the matching from the columns' names: for each of our columns, the first
 * spreadsheet column whose name fits best. One spreadsheet column holds at most one of ours.
 */
export function guessMatching(names: readonly string[]): ColumnMatching {
  const tidy = names.map(tidyName);
  const taken = new Set<number>();
  const matching: Partial<Record<StatementColumn, number>> = {};
  // Money given back first, so "Credit" is not taken as the amount; then the rest in order.
  for (const column of ['credit', 'date', 'hours', 'amount', 'words'] as const) {
    for (const pattern of NAME_WORDS[column]) {
      const index = tidy.findIndex((name, at) => !taken.has(at) && pattern.test(name));
      if (index !== -1) {
        matching[column] = index;
        taken.add(index);
        break;
      }
    }
  }
  return matching;
}

/** True when a matching says where the amounts are, which a statement cannot do without. */
export function hasAmounts(matching: ColumnMatching): boolean {
  return matching.amount !== undefined || matching.credit !== undefined;
}

/** The most rows looked through for the columns' names: statements often start with a title. */
export const MOST_TITLE_ROWS = 10;

/**
 * The row holding the columns' names: the first with a column of amounts and another column we
 * know, or the first row.
 */
export function namesRowOf(rows: readonly (readonly string[])[]): number {
  const found = rows.slice(0, MOST_TITLE_ROWS).findIndex((row) => {
    const matching = guessMatching(row);
    return hasAmounts(matching) && Object.keys(matching).length >= 2;
  });
  return found === -1 ? 0 : found;
}

/** The key a matching is kept under: the columns' names, tidied, so the same layout finds it again. */
export function matchingKey(names: readonly string[]): string {
  return names.map(tidyName).join('|');
}
