import { describe, expect, it } from 'vitest';
import { guideFigures } from '../../../src/lib/guides/figures';
import { describeBreak, measureGuide } from '../../../src/lib/guides/rules';
import { guideTableSchema } from '../../../src/lib/guides/schema';
import { checkTable, tableWords } from '../../../src/lib/guides/table';
import { loadGuides } from './load-guides';

const guides = loadGuides();
const figures = guideFigures();

const table = {
  caption: 'The ways side by side',
  afterRow: 1,
  nameHeading: 'The way',
  columns: [{ heading: 'Who looks after the money?' }],
  rows: [
    { picture: 'direct-payment', name: 'A Direct Payment', cells: ['You do.'] },
    { picture: 'council', name: 'Your council arranges it', cells: ['Your council.'] },
  ],
};

describe('a side-by-side table', () => {
  it('counts every word a reader sees in it', () => {
    // Caption 5, first heading 2, column 5, then (3 + 2) and (4 + 2) for the lines.
    expect(tableWords(guideTableSchema.parse(table))).toBe(23);
  });

  it('is refused when a line has a different number of answers from the columns', () => {
    const broken = {
      ...table,
      rows: [...table.rows, { picture: 'direct-payment', name: 'A mix', cells: [] }],
    };
    expect(guideTableSchema.safeParse(broken).success).toBe(false);
  });

  it('is refused when a cell marks a hard word, which the table cannot explain', () => {
    const broken = {
      ...table,
      rows: [
        { picture: 'direct-payment', name: 'A [[Direct Payment]]', cells: ['You do.'] },
        table.rows[1],
      ],
    };
    const result = guideTableSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/explain hard words in the points/);
  });

  it('is refused when a cell is longer than an easy-read sentence may be', () => {
    const long = 'This answer has far too many words in it for a reader to take in at one glance.';
    const broken = { ...table, rows: [{ ...table.rows[0], cells: [long] }, table.rows[1]] };
    expect(guideTableSchema.safeParse(broken).success).toBe(false);
  });

  it('breaks the word limit when it and the points have more than 600 words', () => {
    const parsed = guideTableSchema.parse(table);
    expect(checkTable('a-guide', parsed, 577)).toHaveLength(0);
    expect(checkTable('a-guide', parsed, 578).map(describeBreak)).toEqual([
      'guide "a-guide", easy read with its table: "601 words" - an easy-read part, table included, has at most 600 words',
    ]);
  });
});

describe('every guide with a table', () => {
  const withTables = guides.filter((guide) => guide.data.table !== undefined);

  it('includes the guide to the ways to have your budget', () => {
    expect(withTables.map((guide) => guide.id)).toContain('the-ways-to-have-your-budget');
  });

  it.each(withTables.map((guide) => [guide.id, guide] as const))(
    '%s keeps its points and table within the easy-read word limit',
    (_id, guide) => {
      const { table: guideTable } = guide.data;
      if (guideTable === undefined) throw new Error('no table');
      const words = measureGuide(guide, figures).easyReadWords;
      expect(checkTable(guide.id, guideTable, words).map(describeBreak)).toEqual([]);
    },
  );
});
