/*
 * The easy-read checks for a guide's side-by-side table (guideTableSchema). The schema
 * keeps each cell short and plain; here its words count towards the guide's easy-read
 * limit (EASY_READ.md: at most about 600 words), like the points around it.
 */
import { splitWords } from '../readability';
import type { RuleBreak } from './rules';
import { LIMITS } from './rules';
import type { GuideTable } from './schema';

/** Every piece of text a reader sees in a table: caption, headings, names and answers. */
export function tableTexts(table: GuideTable): string[] {
  return [
    table.caption,
    table.nameHeading,
    ...table.columns.map((column) => column.heading),
    ...table.rows.flatMap((row) => [row.name, ...row.cells]),
  ];
}

/** How many words a reader sees in a table. */
export function tableWords(table: GuideTable): number {
  return tableTexts(table).reduce((total, text) => total + splitWords(text).length, 0);
}

/**
 * The rules a guide's table breaks: the points and the table together keep within the
 * easy-read word limit. `easyReadWords` is the points' own count (measureGuide).
 */
export function checkTable(guideId: string, table: GuideTable, easyReadWords: number): RuleBreak[] {
  const total = easyReadWords + tableWords(table);
  if (total <= LIMITS.easyRead.words) return [];
  return [
    {
      guide: guideId,
      place: 'easy read with its table',
      sentence: `${total} words`,
      rule: `an easy-read part, table included, has at most ${LIMITS.easyRead.words} words`,
    },
  ];
}
