/*
 * The calculator's "Download as a Word document" in real Chromium: it works by keyboard, the
 * file is a real Word document with the figures on the page, and the Word writer is not in the
 * page's first load (it is fetched only when the button is pressed).
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sarahStory } from '../../src/lib/budget/stories';
import { calculatorLink } from '../../src/lib/calculator/link';
import { unzip } from '../unit/export/support/unzip';
import { findAll, paragraphStyle, parseXml, wordText } from '../unit/export/support/xml';
import { launchBrowser } from './support/browser';
import { BudgetPage } from './pages/BudgetPage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const hash = (link: string): string => link.slice(link.indexOf('#') + 1);

/** The Word writer's own words: only its code holds the WordprocessingML namespace. */
const WORD_MARKER = 'schemas.openxmlformats.org/wordprocessingml/2006/main';

describe("the calculator's Word document", () => {
  it('downloads by keyboard, with the figures, and loads the Word writer only then', async () => {
    const budget = await BudgetPage.open(browser, hash(calculatorLink(sarahStory.input)));
    const scripts: { url: string; body: Promise<string> }[] = [];
    budget.page.on('response', (response) => {
      if (response.url().endsWith('.js')) {
        scripts.push({ url: response.url(), body: response.text().catch(() => '') });
      }
    });
    try {
      await expect.poll(() => budget.headline()).toContain('Your budget is £12,480 a year.');
      // Scripts already loaded (and any late ones) must not hold the Word writer.
      await budget.page.waitForLoadState('networkidle');
      const before = scripts.length;
      const firstLoad = await Promise.all(scripts.map((script) => script.body));
      expect(firstLoad.some((body) => body.includes(WORD_MARKER))).toBe(false);

      const button = budget.page.getByRole('button', { name: 'Download as a Word document' });
      await button.focus();
      const [download] = await Promise.all([
        budget.page.waitForEvent('download'),
        budget.page.keyboard.press('Enter'),
      ]);
      expect(download.suggestedFilename()).toMatch(/^Budget summary - \d{4}-\d{2}-\d{2}\.docx$/);
      const later = await Promise.all(scripts.slice(before).map((script) => script.body));
      expect(later.some((body) => body.includes(WORD_MARKER))).toBe(true);

      const path = await download.path();
      const files = unzip(readFileSync(path));
      const document = parseXml(files.get('word/document.xml')?.toString('utf8') ?? '');
      const paragraphs = findAll(document, 'w:p');
      const styled = (style: string): string[] =>
        paragraphs.filter((p) => paragraphStyle(p) === style).map(wordText);
      expect(styled('Title')).toEqual(['Your budget summary']);
      expect(styled('Heading1')).toContain('How it was worked out');
      expect(paragraphs.map(wordText).join('\n')).toContain('Your budget is £12,480 a year.');
      await expect
        .poll(() => budget.page.getByRole('status').allTextContents())
        .toContainEqual(expect.stringContaining('Your Word document is ready.'));
      expect(budget.site.problemList()).toEqual([]);
    } finally {
      await budget.close();
    }
  });

  it('puts the Budget row of the "made of" table in its own week and year cells', async () => {
    // 12 hours at £20 and 6 hours at £18.50 a week, with a 10% provider fee (issue 13).
    const budget = await BudgetPage.open(
      browser,
      'l1n=Day%20support&l1h=12&l1r=20&l2n=Evening%20support&l2h=6&l2r=18.50&fee=percent:10',
    );
    try {
      await expect.poll(() => budget.headline()).toContain('£20,077.20 a year');
      const [download] = await Promise.all([
        budget.page.waitForEvent('download'),
        budget.page.getByRole('button', { name: 'Download as a Word document' }).click(),
      ]);
      const files = unzip(readFileSync(await download.path()));
      const document = parseXml(files.get('word/document.xml')?.toString('utf8') ?? '');
      const rows = findAll(document, 'w:tr').map((row) =>
        findAll(row, 'w:tc').map((cell) => findAll(cell, 'w:p').map(wordText).join(' ')),
      );
      expect(rows).toContainEqual(['Part', 'A week', 'A year']);
      expect(rows).toContainEqual(['Provider fee', '£35.10', '£1,825.20']);
      expect(rows).toContainEqual(['Budget', '£386.10', '£20,077.20']);
      expect(rows.flat().filter((cell) => cell.includes(' a week, '))).toEqual([]);
      expect(budget.site.problemList()).toEqual([]);
    } finally {
      await budget.close();
    }
  });

  it('makes the easy-read Word document: the printed summary, a picture beside each key figure', async () => {
    const budget = await BudgetPage.open(browser, hash(calculatorLink(sarahStory.input)));
    try {
      await expect.poll(() => budget.headline()).toContain('£12,480');
      const [download] = await Promise.all([
        budget.page.waitForEvent('download'),
        budget.page
          .getByRole('button', { name: 'Download in easy read, as a Word document' })
          .click(),
      ]);
      const files = unzip(readFileSync(await download.path()));
      const document = parseXml(files.get('word/document.xml')?.toString('utf8') ?? '');
      const headings = findAll(document, 'w:p')
        .filter((p) => paragraphStyle(p) === 'Heading1')
        .map(wordText);
      expect(headings).toEqual(['What you would like to spend it on', 'How it was worked out']);
      expect(wordText(document)).toContain('£2,980 a year is left.');
      // Each picture as an SVG with a PNG copy: the budget, what is left and the hours beside
      // their points; and the budget as pictures (issue 21): 2 rows of clocks, the split's bar,
      // and each part's square and picture (planned spending, and the purse again for "Left").
      const media = [...files.keys()].filter((name) => name.startsWith('word/media/'));
      expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(9);
      expect(media.filter((name) => name.endsWith('.png'))).toHaveLength(9);
      const described = findAll(document, 'wp:docPr').map((picture) => picture.attributes['descr']);
      expect(described).toContain('12 clocks, 1 for each hour: 12 hours');
      expect(described).toContain(
        '2 clocks, 1 for each hour, and a part clock for 0.8 of an hour: 2.8 hours',
      );
      const clocks =
        files
          .get(
            media.find(
              (name) =>
                name.endsWith('.svg') && files.get(name)?.toString('utf8').includes('>12 hours<'),
            ) ?? '',
          )
          ?.toString('utf8') ?? '';
      // The 12 hours' clocks: 12 whole clocks (each with 12 marks for the hours), none in part.
      expect(clocks.match(/<g/g)).toHaveLength(12);
      expect(clocks).not.toContain('<path');
      const rows = findAll(document, 'w:tr').map((row) => wordText(row).trim());
      expect(rows).toEqual(
        expect.arrayContaining(['Planned spending£9,500', 'Left£2,980', 'Budget£12,480']),
      );
      expect(budget.site.problemList()).toEqual([]);
    } finally {
      await budget.close();
    }
  });
});
