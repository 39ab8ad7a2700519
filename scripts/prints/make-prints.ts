/*
 * Makes the pictures in docs/prints: each printed budget summary, printed from the built site in
 * Chromium to A4 as a person prints it, and the Word documents of 3 kinds of support and 6
 * spending items, downloaded with the page's own buttons and opened in LibreOffice; one PNG a
 * page at 60 dots an inch (issue 17). Run it after a change to the printed summary or the Word
 * documents, then look at every page before the change lands:
 *
 *   npm run build && npx vite-node scripts/prints/make-prints.ts
 *
 * It needs Chromium, pdftoppm (poppler-utils) and soffice (LibreOffice).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { budgetStories } from '../../src/lib/budget/stories';
import { calculatorLink } from '../../src/lib/calculator/link';
import { CHROMIUM_ARGS, findChromium } from '../chromium-path.mjs';
import { startServer } from '../serve.mjs';
import { BIGGEST, THREE_LINES_SIX_ITEMS } from '../../tests/e2e/support/printed-budgets';

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

const executablePath = findChromium();
if (executablePath === undefined)
  throw new Error('There is no Chromium here: run "apt-get install chromium".');
const server = await startServer();
const work = mkdtempSync(join(tmpdir(), 'prints-'));
try {
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS],
  });
  const page = await browser.newPage({ acceptDownloads: true });
  for (const file of readdirSync(OUT)) {
    if (file.startsWith('budget-') && file.endsWith('.png')) rmSync(join(OUT, file));
  }
  for (const budget of budgets) {
    await page.goto(`${server.url}/budget/#${budget.hash}`);
    await page.locator('.print-summary').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const pdf = join(work, `${budget.file}.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    await page.emulateMedia({ media: 'screen' });
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(OUT, budget.file)]);
    console.log(budget.file);
  }
  for (const [style, button] of WORD_BUTTONS) {
    await page.goto(`${server.url}/budget/#${THREE_LINES_SIX_ITEMS}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    const docx = join(work, `budget-word-three-six-${style}.docx`);
    await download.saveAs(docx);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
      stdio: 'ignore',
    });
    const name = `budget-word-three-six-${style}`;
    execFileSync('pdftoppm', ['-r', '60', '-png', join(work, `${name}.pdf`), join(OUT, name)]);
    console.log(name);
  }
  await browser.close();
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
