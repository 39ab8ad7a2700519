/*
 * Taking a plan anywhere, in real Chromium (issue 7): "Open a backup file" on the plans list
 * with every kind of bad file, opening as a new plan or replacing one (asked first, showing
 * both), the Word document (the easy-read one with the budget as pictures), the printed
 * easy-read plan, and saving a backup file. Needs the
 * export components mounted in the planner (PlansList and PlanWorkspace).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialiseBackup } from '../../src/lib/plan';
import { readBackupFile } from '../../src/lib/plan/backup-read';
import { unzip } from '../unit/export/support/unzip';
import { findAll, paragraphStyle, parseXml, wordText } from '../unit/export/support/xml';
import { fullPlan } from '../unit/export/support/plans';
import { launchBrowser } from './support/browser';
import { SitePage } from './pages/SitePage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const SARAH = serialiseBackup(fullPlan(), new Date('2026-11-20T10:00:00.000Z'));

async function openPlans(): Promise<SitePage> {
  const site = await SitePage.open(browser, '/plan/#plans');
  await site.page.getByLabel('Open a backup file').waitFor();
  return site;
}

async function chooseFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  await page.getByLabel('Open a backup file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  });
}

/** Opens Sarah's backup file as a new plan and waits for its task list. */
async function openSarahAsNewPlan(page: Page): Promise<void> {
  await chooseFile(page, 'Sarah.json', SARAH);
  await page.getByRole('button', { name: 'Open it as a new plan' }).click();
  await page.getByRole('heading', { name: 'Take your plan with you' }).waitFor();
}

function planCards(page: Page): Promise<number> {
  return page.locator('.plan-card').count();
}

const BAD_FILES: readonly [string, string | Buffer, RegExp][] = [
  ['an empty file', '', /This file is empty/],
  ['a 6 MB file', Buffer.alloc(6 * 1024 * 1024, 0x20), /too big to be a backup file/],
  ['a Word file renamed .json', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /Word document/],
  ['a picture', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /picture \(PNG\)/],
  ['broken JSON cut short', SARAH.slice(0, 500), /stops part-way through/],
  [
    'nesting 100,000 deep',
    `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    /nested far deeper/,
  ],
  [
    'a wrong type',
    JSON.stringify({ type: 'something-else', version: 1 }),
    /not a backup of a support plan/,
  ],
  [
    'a future version',
    SARAH.replace(/"version": \d+/, '"version": 99'),
    /newer version of Open ISF/,
  ],
  ['an amount of "NaN"', SARAH.replace('"cost": "1500.00"', '"cost": "NaN"'), /not an amount/],
  ['an amount of "1e5"', SARAH.replace('"cost": "1500.00"', '"cost": "1e5"'), /not an amount/],
  ['an amount of 12.345', SARAH.replace('"cost": "1500.00"', '"cost": "12.345"'), /not an amount/],
  [
    'a 100,000-character field',
    SARAH.replace('"name": "Sarah"', `"name": "${'a'.repeat(100_000)}"`),
    /could not be opened/,
  ],
  [
    'a lone surrogate',
    SARAH.replace('"name": "Sarah"', '"name": "Sarah \\ud83d"'),
    /broken characters/,
  ],
  ['a __proto__ key', SARAH.replace('"title":', '"__proto__": {"x": 1}, "title":'), /never writes/],
];

describe('opening a backup file', () => {
  it.each(BAD_FILES)(
    'refuses %s with a clear message in under a second',
    async (_name, content, message) => {
      const site = await openPlans();
      try {
        const before = await planCards(site.page);
        // Timed inside the page, from the file being chosen to the message showing, so the time
        // the test takes to hand Chromium a 6 MB file is not counted.
        await site.page.evaluate(() => {
          const timing = window as unknown as { chosenAt?: number; shownAt?: number };
          document.addEventListener('change', () => (timing.chosenAt = performance.now()), true);
          new MutationObserver(() => {
            if (
              timing.shownAt === undefined &&
              document.querySelector('.open-backup .error-message')
            ) {
              timing.shownAt = performance.now();
            }
          }).observe(document.body, { childList: true, subtree: true });
        });
        await chooseFile(site.page, 'plan.json', content);
        const alert = site.page.getByRole('alert').filter({ hasText: message });
        await alert.waitFor({ timeout: 10_000 });
        const took = await site.page.evaluate(() => {
          const timing = window as unknown as { chosenAt?: number; shownAt?: number };
          return (timing.shownAt ?? Infinity) - (timing.chosenAt ?? 0);
        });
        expect(took).toBeLessThan(1_000);
        expect(await planCards(site.page)).toBe(before);
        expect(site.problemList()).toEqual([]);
      } finally {
        await site.close();
      }
    },
  );

  it('opens a backup as a new plan, then replaces it only after asking, showing both', async () => {
    const site = await openPlans();
    const { page } = site;
    try {
      await openSarahAsNewPlan(page);

      await site.goto('/plan/#plans');
      await page.getByLabel('Open a backup file').waitFor();
      await expect.poll(() => planCards(page)).toBe(1);
      // The same file again: it opens as a new plan unless the person chooses to replace one.
      await chooseFile(page, 'Sarah.json', SARAH);
      await page.getByRole('button', { name: 'Replace a plan on this device' }).click();
      await page.getByRole('heading', { name: "Replace Sarah's plan 2026?" }).waitFor();
      const compare = page.getByRole('table', { name: /on this device and the plan in the file/ });
      expect(await compare.getByRole('columnheader').allTextContents()).toEqual([
        'On this device',
        'In the file',
      ]);
      await page.getByRole('button', { name: 'No, open it as a new plan' }).waitFor();
      await page.getByRole('button', { name: 'Yes, replace it' }).click();
      await page.getByRole('heading', { name: 'Take your plan with you' }).waitFor();
      await site.goto('/plan/#plans');
      await page.getByLabel('Open a backup file').waitFor();
      await expect.poll(() => planCards(page)).toBe(1);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe('taking a plan anywhere', () => {
  it('makes the Word document, the printed plan and a backup file, by keyboard', async () => {
    const site = await openPlans();
    const { page } = site;
    try {
      await openSarahAsNewPlan(page);

      // The Word document, easy read, by keyboard.
      await page.getByLabel('Easy read').focus();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Download as a Word document' }).focus();
      const [word] = await Promise.all([
        page.waitForEvent('download'),
        page.keyboard.press('Enter'),
      ]);
      expect(word.suggestedFilename()).toMatch(/^Support plan - Sarah - \d{4}-\d{2}-\d{2}\.docx$/);
      const files = unzip(readFileSync(await word.path()));
      const document = parseXml(files.get('word/document.xml')?.toString('utf8') ?? '');
      const headings = findAll(document, 'w:p')
        .filter((p) => paragraphStyle(p) === 'Heading1')
        .map(wordText);
      expect(headings).toHaveLength(9);
      expect(wordText(document)).toContain('£2,260');
      // Easy read is the printed plan's model: a picture beside each point.
      const media = [...files.keys()].filter((name) => name.startsWith('word/media/'));
      expect(media.length).toBeGreaterThan(5);
      // And the budget as pictures (issue 21) in "How I will use my budget": 2 rows of clocks
      // and the split's bar, each an SVG with a PNG copy the browser drew.
      const described = findAll(document, 'wp:docPr').map((picture) => picture.attributes['descr']);
      expect(described).toContain('12 clocks, 1 for each hour: 12 hours');
      expect(described).toContain(
        '2 clocks, 1 for each hour, and a part clock for 0.1 of an hour: 2.1 hours',
      );
      expect(described).toContain('A bar in 2 parts, each as wide as its share of the budget');
      expect(media.filter((name) => name.endsWith('.png'))).toHaveLength(
        media.filter((name) => name.endsWith('.svg')).length,
      );
      const rows = findAll(document, 'w:tr').map((row) => wordText(row).trim());
      expect(rows).toEqual(
        expect.arrayContaining(['Planned spending£10,220', 'Left£2,260', 'Budget£12,480']),
      );

      // "Print my plan" prints the easy-read plan, which takes the place of the page in print.
      await page.evaluate(() => {
        const printed = window as unknown as { printCalls: number };
        printed.printCalls = 0;
        window.print = () => {
          printed.printCalls += 1;
        };
      });
      const printButton = page.getByRole('button', { name: 'Print my plan (easy read)' });
      await printButton.focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls))
        .toBe(1);
      expect(await page.locator('.print-plan').count()).toBe(1);
      await site.emulatePrint(true);
      expect(await page.locator('.print-plan').isVisible()).toBe(true);
      expect(await page.locator('#main-content').isVisible()).toBe(false);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await site.emulatePrint(false);
      expect(await page.locator('.print-plan').isVisible()).toBe(false);

      // The backup file, which opens again as the same plan.
      await page.getByRole('button', { name: 'Save a backup file' }).last().focus();
      const [backup] = await Promise.all([
        page.waitForEvent('download'),
        page.keyboard.press('Enter'),
      ]);
      const read = readBackupFile(readFileSync(await backup.path()));
      expect(read.ok && read.plan.aboutMe).toEqual(fullPlan().aboutMe);
      expect(site.problemList()).toEqual([]);
      expect(await site.axeViolations()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it("prints the easy-read plan with the browser's own Print command, once the page has settled", async () => {
    const site = await openPlans();
    const { page } = site;
    try {
      await openSarahAsNewPlan(page);
      await page.locator('.print-plan').waitFor({ state: 'attached' });
      // On screen the printed plan's <main> is hidden by its attribute, not only by the style
      // sheet, so the page's own <main> stays the one main landmark; print shows it all the same.
      expect(await page.locator('main.print-plan').getAttribute('hidden')).not.toBeNull();
      expect(await page.getByRole('main').count()).toBe(1);
      await site.emulatePrint(true);
      expect(await page.locator('.print-plan').isVisible()).toBe(true);
      expect(await page.locator('.print-plan').innerText()).toContain('Sarah');
      expect(await page.locator('#main-content').isVisible()).toBe(false);
      await site.emulatePrint(false);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
