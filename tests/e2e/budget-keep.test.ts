/*
 * Keeping the calculator's figures (issue 13): they stay in the tab after the menu, Back and
 * a reload; "Start again" can be undone; a list too long for a link says so and stays on the
 * page; a link with parts left out names them; an idea already in the list is not added twice.
 * Each at 320 and 1280 pixels wide, with no accessibility problems in the states touched.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sarahStory } from '../../src/lib/budget/stories';
import {
  calculatorLink,
  emptyDraft,
  MAX_LINK_LENGTH,
  writeLink,
  type CalculatorDraft,
} from '../../src/lib/calculator/link';
import { launchBrowser } from './support/browser';
import { BudgetPage } from './pages/BudgetPage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const WIDTHS = [320, 1280] as const;
const TOO_LONG = 'This list is too long to keep in a link. Use Print or Word to keep it.';
const sarahLink = calculatorLink(sarahStory.input).slice('/budget/#'.length);

/** 12 hours at £20, and `count` spending items called `name 1`, `name 2`, each £10 once. */
function spendingLink(count: number, name = 'Item'): string {
  const draft: CalculatorDraft = emptyDraft();
  draft.supportLines[0] = { id: 'l1', name: 'Support', hoursPerWeek: '12', hourlyRate: '20' };
  draft.spending = Array.from({ length: count }, (_, index) => ({
    id: `s${index + 1}`,
    name: `${name} ${index + 1}`,
    amount: '10',
    frequency: 'once',
  }));
  return writeLink(draft);
}

function spendingNames(page: Page): Promise<string[]> {
  return page
    .getByLabel('What is it?')
    .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
}

function keepSection(page: Page) {
  return page.getByRole('region', { name: 'Keep or share your figures' });
}

/** The accessibility problems found, and how far the page scrolls sideways. */
async function problems(budget: BudgetPage): Promise<{ axe: unknown[]; sideways: number }> {
  return {
    axe: await budget.site.axeViolations(),
    sideways: await budget.site.horizontalOverflow(),
  };
}

const NONE = { axe: [], sideways: 0 };

describe.each(WIDTHS)('keeping the figures at %i pixels wide', (width) => {
  it('brings them back after the menu, Back and a reload', async () => {
    const budget = await BudgetPage.open(browser, '', { width });
    try {
      const { page } = budget;
      await budget.fillLine(0, '12', '20');
      await page.getByRole('button', { name: /^Add cooking classes/ }).click();
      await expect.poll(() => budget.headline()).toContain('£12,480 a year');
      // Leave straight after the last key press, before the address has caught up.
      await page.getByLabel('Cost (£)').first().fill('1600');
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Guides' })
        .click();
      await page.waitForURL(/\/guides\/$/);

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Budget calculator' })
        .click();
      await budget.hoursField(0).waitFor();
      await expect.poll(() => budget.headline()).toContain('£12,480 a year');
      expect(await spendingNames(page)).toEqual(['Cooking classes']);
      expect(await page.getByLabel('Cost (£)').first().inputValue()).toBe('1600');
      expect(await problems(budget)).toEqual(NONE);

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Guides' })
        .click();
      await page.waitForURL(/\/guides\/$/);
      await page.goBack();
      await budget.hoursField(0).waitFor();
      await expect.poll(() => budget.headline()).toContain('£12,480 a year');
      expect(await page.getByLabel('Cost (£)').first().inputValue()).toBe('1600');

      await budget.rateField(0).fill('21');
      await page.reload();
      await budget.hoursField(0).waitFor();
      await expect.poll(() => budget.headline()).toContain('£13,104 a year');
      expect(await spendingNames(page)).toEqual(['Cooking classes']);
      expect(budget.site.problemList()).toEqual([]);
    } finally {
      await budget.close();
    }
  });

  it('puts whose budget it is on the summary, keeps it for the tab, and never in the link', async () => {
    const budget = await BudgetPage.open(browser, sarahLink, { width });
    try {
      const { page } = budget;
      const summaryTitle = page.locator('.print-summary__title');
      const nameBox = keepSection(page).getByLabel('Whose budget is this?');
      await expect.poll(() => summaryTitle.innerText()).toMatch(/^Your budget summary, /);
      await nameBox.focus();
      await page.keyboard.type('Sam');
      // Reload straight after the last key press.
      await page.reload();
      await budget.ready();
      await expect.poll(() => nameBox.inputValue()).toBe('Sam');
      expect(page.url()).not.toContain('Sam');
      await expect.poll(() => summaryTitle.innerText()).toMatch(/^Sam's budget summary, /);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download as a Word document' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        /^Budget summary - Sam - \d{4}-\d{2}-\d{2}\.docx$/,
      );

      await nameBox.fill('S'.repeat(61));
      await expect
        .poll(() => keepSection(page).locator('.error-message').innerText())
        .toContain('Make the name shorter. It can have up to 60 characters. It has 61 now.');
      // A name too long to print is kept, but the summary goes back to its own title.
      await expect.poll(() => summaryTitle.innerText()).toMatch(/^Your budget summary, /);
      expect(await problems(budget)).toEqual(NONE);

      await nameBox.fill('Sam');
      await page.getByRole('button', { name: 'Start again' }).click();
      await expect
        .poll(() => page.getByRole('button', { name: 'Undo start again' }).count())
        .toBe(1);
      await page.getByRole('button', { name: 'Undo start again' }).click();
      await expect.poll(() => nameBox.inputValue()).toBe('Sam');
      expect(budget.site.problemList()).toEqual([]);
    } finally {
      await budget.close();
    }
  });

  it('offers "Undo" after "Start again", by keyboard, until the next change', async () => {
    const budget = await BudgetPage.open(browser, sarahLink, { width });
    try {
      const { page } = budget;
      await expect.poll(() => budget.headline()).toContain('£12,480 a year');
      await page.getByRole('button', { name: 'Start again' }).focus();
      await page.keyboard.press('Enter');
      expect(await budget.hoursField(0).inputValue()).toBe('');
      const undo = page.getByRole('button', { name: 'Undo start again' });
      await expect
        .poll(() => undo.evaluate((button) => button === document.activeElement))
        .toBe(true);
      expect(await keepSection(page).getByRole('status').last().innerText()).toContain(
        'We cleared your figures.',
      );
      expect(await problems(budget)).toEqual(NONE);

      await page.keyboard.press('Enter');
      await expect.poll(() => budget.headline()).toContain('£12,480 a year');
      expect(await spendingNames(page)).toEqual(['Cooking classes', 'Personal assistant']);
      const startAgain = page.getByRole('button', { name: 'Start again' });
      await expect
        .poll(() => startAgain.evaluate((button) => button === document.activeElement))
        .toBe(true);
      expect(await undo.count()).toBe(0);
      await expect.poll(() => page.url()).toContain('l1h=12');

      await startAgain.click();
      await undo.waitFor();
      await budget.hoursField(0).fill('5');
      await expect.poll(() => undo.count()).toBe(0);
      expect(await problems(budget)).toEqual(NONE);
    } finally {
      await budget.close();
    }
  });

  it('says when a list is too long for a link, and keeps it on the page and in the tab', async () => {
    const budget = await BudgetPage.open(browser, spendingLink(100), { width });
    try {
      const { page } = budget;
      await expect.poll(() => spendingNames(page).then((names) => names.length)).toBe(100);
      expect(await keepSection(page).innerText()).not.toContain(TOO_LONG);
      await page.getByRole('button', { name: 'Add something to spend on' }).click();
      await page.getByLabel('What is it?').last().fill('One more');
      await expect.poll(() => keepSection(page).innerText()).toContain(TOO_LONG);
      await expect.poll(() => page.url()).not.toContain('#');
      expect(await page.getByRole('button', { name: 'Copy the link' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: /support plan/ }).count()).toBe(0);
      expect(await problems(budget)).toEqual(NONE);

      await page.reload();
      await budget.hoursField(0).waitFor();
      await expect.poll(() => spendingNames(page).then((names) => names.length)).toBe(101);
      expect((await spendingNames(page)).at(-1)).toBe('One more');
      expect(await keepSection(page).innerText()).toContain(TOO_LONG);
    } finally {
      await budget.close();
    }
  });

  it('says so when names in another script make the link too long', async () => {
    const name = 'साप्ताहिक योग कक्षा और सामुदायिक केंद्र में खाना पकाने का समूह, दोस्तों के साथ';
    const link = spendingLink(32, name);
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    const budget = await BudgetPage.open(browser, link, { width });
    try {
      const { page } = budget;
      await expect.poll(() => spendingNames(page).then((names) => names.length)).toBe(32);
      expect((await spendingNames(page))[0]).toBe(`${name} 1`);
      await page.getByRole('button', { name: 'Add something to spend on' }).click();
      await page.getByLabel('What is it?').last().fill(`${name} 33`);
      await page.getByLabel('Cost (£)').last().fill('10');
      await expect.poll(() => keepSection(page).innerText()).toContain(TOO_LONG);
      await expect.poll(() => page.url()).not.toContain('#');
      await expect.poll(() => budget.headline()).toContain('£12,480 a year');
      await page.reload();
      await budget.hoursField(0).waitFor();
      await expect.poll(() => spendingNames(page).then((names) => names.length)).toBe(33);
      expect(await problems(budget)).toEqual(NONE);
    } finally {
      await budget.close();
    }
  });

  it('opens a link with a repeated key, a gap and too many rows, and names what was left out', async () => {
    const rows = Array.from({ length: 102 }, (_, index) => {
      const number = index + 3; // spending 2 is missing
      return `s${number}n=Item%20${number}&s${number}a=10&s${number}f=once`;
    });
    const hash = ['l1h=12', 'l1h=40', 'l1r=20', 's1n=First&s1a=5&s1f=once', ...rows].join('&');
    const budget = await BudgetPage.open(browser, hash, { width });
    try {
      const { page } = budget;
      const notice = page
        .getByRole('alert')
        .filter({ hasText: 'We could not use all of this link.' });
      await notice.waitFor();
      const words = (await notice.innerText()).replace(/\s+/g, ' ');
      expect(words).toContain(
        'The link gives the hours of kind of support 1 more than once. We used the first one and left out the others.',
      );
      expect(words).toContain(
        'The link has 103 spending items. A link can hold up to 100, so we left out spending 102 to 104.',
      );
      expect(words).toContain('The link has no spending 2, so we moved the ones after it up.');
      expect(await budget.hoursField(0).inputValue()).toBe('12');
      const names = await spendingNames(page);
      expect(names).toHaveLength(100);
      expect([names[0], names[1], names.at(-1)]).toEqual(['First', 'Item 3', 'Item 101']);
      expect(await problems(budget)).toEqual(NONE);
    } finally {
      await budget.close();
    }
  });

  it('does not add an idea twice, and offers to change its cost instead', async () => {
    const budget = await BudgetPage.open(browser, '', { width });
    try {
      const { page } = budget;
      await budget.fillLine(0, '12', '20');
      const addIdea = page.getByRole('button', { name: /^Add cooking classes/ });
      await addIdea.click();
      await page.getByLabel('What is it?').first().fill('cooking  CLASSES ');
      await addIdea.click();
      expect(await spendingNames(page)).toEqual(['cooking  CLASSES ']);
      const said = page
        .getByRole('status')
        .filter({ hasText: 'Cooking classes is already in your list, as spending 1.' });
      await said.waitFor();
      expect(await said.innerText()).toContain('You can change its cost instead.');
      expect(await problems(budget)).toEqual(NONE);

      await said.getByRole('button', { name: 'Change the cost of spending 1' }).focus();
      await page.keyboard.press('Enter');
      const cost = page.getByLabel('Cost (£)').first();
      await expect
        .poll(() => cost.evaluate((field) => field === document.activeElement))
        .toBe(true);
      await page.keyboard.press('End');
      await page.keyboard.type('0');
      expect(await cost.inputValue()).toBe('15000');
      expect(await said.count()).toBe(0);
    } finally {
      await budget.close();
    }
  });
});
