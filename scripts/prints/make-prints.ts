/*
 * Makes the pictures in docs/prints: each printed budget summary, printed from the built site in
 * Chromium to A4 as a person prints it, one PNG a page at 60 dots an inch (issue 17). Run it
 * after a change to the printed summary, then look at every page before the change lands:
 *
 *   npm run build && npx vite-node scripts/prints/make-prints.ts
 *
 * It needs Chromium and pdftoppm (poppler-utils), as the browser tests do.
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
  const page = await browser.newPage();
  for (const file of readdirSync(OUT)) {
    if (file.startsWith('budget-summary-') && file.endsWith('.png')) rmSync(join(OUT, file));
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
  await browser.close();
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
