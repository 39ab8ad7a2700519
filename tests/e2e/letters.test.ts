/*
 * The letters page (issue 15) in real Chromium: each letter filled in by keyboard, its words in
 * the letter on screen, hostile text kept as text, printed on 1 A4 page with nothing else, and
 * downloaded as a Word document holding the person's words. No accessibility problems at 320
 * and 1280 pixels, and no sideways scrolling at 320.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LETTER_LIMITS } from '../../src/lib/letters/schema';
import { unzip } from '../unit/export/support/unzip';
import { findAll, paragraphStyle, parseXml, wordText } from '../unit/export/support/xml';
import { launchBrowser } from './support/browser';
import { SitePage } from './pages/SitePage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const HOSTILE = '<img src=x onerror=alert(1)>';

/** Counts dialogs the page opens (hostile text that ran would open one), closing each. */
function countDialogs(page: Page): () => number {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  return () => dialogs;
}

/** Replaces the browser's print dialog with a counter, so pressing Print can be checked. */
async function countPrints(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counted = window as unknown as { prints: number };
    counted.prints = 0;
    window.print = () => {
      counted.prints += 1;
    };
  });
  return () => page.evaluate(() => (window as unknown as { prints: number }).prints);
}

/** Moves to a box and types into it with the keyboard. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).and(page.locator(':visible')).focus();
  await page.keyboard.type(text);
}

/** The letter as it shows on screen, for the letter that is open. */
const sheetText = (page: Page): Promise<string> =>
  page.locator('.letter-sheet:visible').innerText();

/** How many A4 pages the page prints on. */
async function printedPages(page: Page): Promise<number> {
  // Screen emulation left by an earlier check would print the page as it shows on screen.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: null });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** Presses "Download as a Word document" by keyboard and reads the document's paragraphs. */
async function downloadWord(
  page: Page,
): Promise<{ fileName: string; paragraphs: string[]; title: string[] }> {
  await page
    .getByRole('button', { name: 'Download as a Word document' })
    .and(page.locator(':visible'))
    .focus();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  const files = unzip(readFileSync(await download.path()));
  const document = parseXml(files.get('word/document.xml')?.toString('utf8') ?? '');
  const paragraphs = findAll(document, 'w:p');
  return {
    fileName: download.suggestedFilename(),
    paragraphs: paragraphs.map(wordText),
    title: paragraphs.filter((p) => paragraphStyle(p) === 'Title').map(wordText),
  };
}

/** What the page prints: only the letter, with nothing of the site around it. */
async function printedText(site: SitePage): Promise<string> {
  await site.emulatePrint(true);
  const text = await site.page.locator('body').innerText();
  await site.emulatePrint(false);
  return text;
}

/** Axe findings at 1280 and 320 pixels, and how far the page scrolls sideways at 320. */
async function checkWidths(site: SitePage): Promise<Record<string, unknown>> {
  const found: Record<string, unknown> = {};
  for (const width of [1280, 320]) {
    await site.setWidth(width);
    found[`${width}px`] = await site.axeViolations();
  }
  found['sideways at 320px'] = await site.horizontalOverflow();
  await site.setWidth(1280);
  return found;
}

describe('the letters page', () => {
  it('writes the letter asking for an Individual Service Fund: errors, hostile words, print and Word', async () => {
    const site = await SitePage.open(browser, '/letters/');
    const { page } = site;
    const dialogs = countDialogs(page);
    try {
      await page.getByRole('heading', { name: 'Your letter' }).first().waitFor();
      const prints = await countPrints(page);

      // Nothing filled in: the error summary says what to fix, and nothing prints.
      await page.getByRole('button', { name: 'Print this letter' }).first().focus();
      await page.keyboard.press('Enter');
      const summary = page.locator('.error-summary');
      await expect.poll(() => summary.evaluate((box) => box === document.activeElement)).toBe(true);
      expect(await summary.innerText()).toContain('Enter your name');
      expect(await page.title()).toMatch(/^Error: /);
      expect(await prints()).toBe(0);
      expect(await checkWidths(site)).toEqual({
        '1280px': [],
        '320px': [],
        'sideways at 320px': 0,
      });

      // A 5,000-character name is cut at the box's limit, and still fits the page.
      await page.getByLabel('Your name', { exact: true }).first().fill('W'.repeat(5000));
      expect(
        (await page.getByLabel('Your name', { exact: true }).first().inputValue()).length,
      ).toBe(LETTER_LIMITS.name);
      await page.getByLabel('Your name', { exact: true }).first().fill('');

      await typeInto(page, 'Your name', HOSTILE);
      await typeInto(page, 'Your council', 'Leeds City Council');
      await typeInto(page, 'Your address (you can leave this out)', '1 High Street');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Leeds LS1 1AA');
      await typeInto(page, 'The provider you want (you can leave this out)', 'Good Days Support');
      await typeInto(
        page,
        'What do you want from your support?',
        `I want to go swimming. ${HOSTILE}`,
      );

      const letter = await sheetText(page);
      expect(letter).toContain(HOSTILE);
      expect(letter).toContain('Leeds LS1 1AA');
      expect(letter).toContain('I would like Good Days Support to be my provider.');
      expect(letter).toContain('I want to go swimming.');
      expect(await page.locator('.letter-sheet img').count()).toBe(0);

      await page.getByRole('button', { name: 'Print this letter' }).first().focus();
      await page.keyboard.press('Enter');
      await expect.poll(prints).toBe(1);
      expect(await summary.count()).toBe(0);

      const printed = await printedText(site);
      expect(printed).toContain('Asking for an Individual Service Fund');
      expect(printed).not.toContain('Which letter do you want to write?');
      expect(printed).not.toContain('Open ISF');
      expect(await printedPages(page)).toBe(1);

      const word = await downloadWord(page);
      expect(word.fileName).toMatch(
        /^Asking for an Individual Service Fund - \d{4}-\d{2}-\d{2}\.docx$/,
      );
      expect(word.title).toEqual(['Asking for an Individual Service Fund']);
      expect(word.paragraphs).toContain(HOSTILE);
      expect(word.paragraphs).toContain('To: Leeds City Council');
      expect(word.paragraphs).toContain(`I want to go swimming. ${HOSTILE}`);

      // The longest answers every box takes still print on 1 page.
      const fillMost = async (label: string, max: number) =>
        page
          .getByLabel(label, { exact: true })
          .first()
          .fill('Wide words '.repeat(max).slice(0, max));
      await fillMost('Your name', LETTER_LIMITS.name);
      await fillMost('Your council', LETTER_LIMITS.council);
      await fillMost('Your address (you can leave this out)', LETTER_LIMITS.address);
      await fillMost('Your reference number (you can leave this out)', LETTER_LIMITS.reference);
      await fillMost('The provider you want (you can leave this out)', LETTER_LIMITS.provider);
      await fillMost('What do you want from your support?', LETTER_LIMITS.want);
      expect(await printedPages(page)).toBe(1);

      expect(dialogs()).toBe(0);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('writes the letter about a decision, by keyboard, in Scotland, and prints and downloads it', async () => {
    const site = await SitePage.open(browser, '/letters/');
    const { page } = site;
    try {
      await page.getByRole('heading', { name: 'Your letter' }).first().waitFor();
      await page.getByRole('radio', { name: 'Asking for an Individual Service Fund' }).focus();
      await page.keyboard.press('ArrowDown');
      await page.getByRole('heading', { name: 'I do not agree with a decision' }).waitFor();

      await page.getByRole('radio', { name: 'The reasons for the decision, in writing' }).focus();
      await page.keyboard.press('ArrowDown');
      await page.locator('#field-decision-region').focus();
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('#field-decision-region-scotland').isChecked()).toBe(true);

      await typeInto(page, 'Your name', 'Morag Bell');
      await typeInto(page, 'Your council', 'Fife Council');
      await typeInto(page, 'Your reference number (you can leave this out)', 'SW-4471');
      await typeInto(page, 'What did the council decide?', 'You made my budget smaller.');
      await typeInto(page, 'When did the council tell you?', '3 November 2026');
      await typeInto(page, 'Why do you not agree?', 'I still need help every morning.');

      const letter = await sheetText(page);
      expect(letter).toContain('Asking you to look at my budget again');
      expect(letter).toContain('My reference number: SW-4471');
      expect(letter).toContain('Your decision was: You made my budget smaller.');
      expect(letter).toContain('You told me about it on: 3 November 2026');
      expect(letter).toContain('I still need help every morning.');
      expect(letter).not.toContain('Care Act 2014');

      const printed = await printedText(site);
      expect(printed).toContain('Morag Bell');
      expect(printed).not.toContain('Asking for an Individual Service Fund');
      expect(await printedPages(page)).toBe(1);

      const word = await downloadWord(page);
      expect(word.title).toEqual(['Asking you to look at my budget again']);
      expect(word.paragraphs).toContain('I still need help every morning.');
      expect(word.paragraphs).toContain('Morag Bell');

      // The longest answers every box takes still print on 1 page.
      for (const [label, max] of [
        ['What did the council decide?', LETTER_LIMITS.decision],
        ['Why do you not agree?', LETTER_LIMITS.disagree],
        ['Your address (you can leave this out)', LETTER_LIMITS.address],
      ] as const) {
        await page
          .getByLabel(label, { exact: true })
          .and(page.locator(':visible'))
          .fill('Wide words '.repeat(max).slice(0, max));
      }
      expect(await printedPages(page)).toBe(1);

      expect(await checkWidths(site)).toEqual({
        '1280px': [],
        '320px': [],
        'sideways at 320px': 0,
      });
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
