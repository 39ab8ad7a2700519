/*
 * Makes the pictures in docs/prints, one PNG a page at 60 dots an inch (issues 17, 19 and 21),
 * from the built site in Chromium, used with the page's own buttons as a person uses them:
 * - each printed budget summary, and the Word documents of 3 kinds of support and 6 spending
 *   items, opened in LibreOffice;
 * - the printed easy-read plan of a plan with 3 parts written and of the full example plan,
 *   each opened from a backup file;
 * - the printed notes for an assessment ("What I want you to know about me"), 3 areas and the
 *   carer's part written, opened from a backup file.
 * Run it after a change to any of these, then look at every page before the change lands:
 *
 *   npm run build && npx vite-node scripts/prints/make-prints.ts
 *
 * It needs Chromium, pdftoppm (poppler-utils) and soffice (LibreOffice).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { budgetStories } from '../../src/lib/budget/stories';
import { calculatorLink } from '../../src/lib/calculator/link';
import { CHROMIUM_ARGS, findChromium } from '../chromium-path.mjs';
import { startServer } from '../serve.mjs';
import { serialiseBackup } from '../../src/lib/plan';
import { serialiseNotesBackup } from '../../src/lib/prepare/backup';
import { BIGGEST, THREE_LINES_SIX_ITEMS } from '../../tests/e2e/support/printed-budgets';
import { threeAreaNotes } from '../../tests/unit/export/support/notes';
import { fullPlan, threePartPlan } from '../../tests/unit/export/support/plans';

const OUT = 'docs/prints';

/** The Word documents' buttons on the budget page, by the style of document each makes. */
const WORD_BUTTONS = [
  ['easy-read', 'Download in easy read, as a Word document'],
  ['standard', 'Download as a Word document'],
] as const;

const budgets = [
  ...budgetStories.map((story) => ({
    file: `budget-summary-${story.id}`,
    hash: calculatorLink(story.input).split('#')[1] ?? '',
  })),
  { file: 'budget-summary-three-six', hash: THREE_LINES_SIX_ITEMS },
  { file: 'budget-summary-biggest', hash: BIGGEST },
];

/** When the backup files were saved: fixed, so the pictures change only when the prints do. */
const SAVED_AT = new Date('2026-11-20T10:00:00.000Z');

const executablePath = findChromium();
if (executablePath === undefined) {
  throw new Error('There is no Chromium here: run "apt-get install chromium".');
}
const server = await startServer();
const work = mkdtempSync(join(tmpdir(), 'prints-'));

/** Turns a PDF into one PNG a page in docs/prints, named `name-1.png`, `name-2.png`… */
function toPictures(pdf: string, name: string): void {
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(OUT, name)]);
  console.log(name);
}

/** Prints the page to A4 as the browser's Print does, once every picture in `pictures` is in. */
async function printToPictures(page: Page, pictures: string, name: string): Promise<void> {
  await page.waitForFunction(
    (selector) =>
      Array.from(document.querySelectorAll(selector)).every(
        (picture) => (picture as HTMLImageElement).complete,
      ),
    pictures,
  );
  await page.emulateMedia({ media: 'print' });
  const pdf = join(work, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  toPictures(pdf, name);
}

/** Chooses a backup file in the page's "Open a backup file" box. */
async function chooseBackup(page: Page, content: string): Promise<void> {
  await page.getByLabel('Open a backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(content, 'utf8'),
  });
}

try {
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  for (const file of readdirSync(OUT)) {
    if (file.endsWith('.png')) rmSync(join(OUT, file));
  }

  const page = await browser.newPage({ acceptDownloads: true });
  for (const budget of budgets) {
    await page.goto(`${server.url}/budget/#${budget.hash}`);
    await page.locator('.print-summary').waitFor({ state: 'attached' });
    await printToPictures(page, '.print-summary img', budget.file);
  }
  for (const [style, button] of WORD_BUTTONS) {
    await page.goto(`${server.url}/budget/#${THREE_LINES_SIX_ITEMS}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    const name = `budget-word-three-six-${style}`;
    const docx = join(work, `${name}.docx`);
    await download.saveAs(docx);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
      stdio: 'ignore',
    });
    toPictures(join(work, `${name}.pdf`), name);
  }

  // Each plan in a page of its own, so each is the only plan on the device.
  for (const [name, plan] of [
    ['plan-three-parts', threePartPlan()],
    ['plan-full', fullPlan()],
  ] as const) {
    const context = await browser.newContext();
    const planPage = await context.newPage();
    await planPage.goto(`${server.url}/plan/#plans`);
    await chooseBackup(planPage, serialiseBackup(plan, SAVED_AT));
    await planPage.getByRole('button', { name: 'Open it as a new plan' }).click();
    await planPage.locator('.print-plan').waitFor({ state: 'attached' });
    await printToPictures(planPage, '.print-plan img', name);
    await context.close();
  }

  const context = await browser.newContext();
  const notesPage = await context.newPage();
  await notesPage.goto(`${server.url}/prepare/`);
  await notesPage.getByText(/You have finished \d+ of 10 areas/).waitFor();
  await chooseBackup(notesPage, serialiseNotesBackup(threeAreaNotes(), SAVED_AT));
  await notesPage.getByRole('button', { name: 'Open these notes' }).click();
  await notesPage.locator('.print-notes').waitFor({ state: 'attached' });
  await printToPictures(notesPage, '.print-notes img', 'notes-three-areas');
  await browser.close();
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
